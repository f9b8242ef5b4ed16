package org.d365policy.features;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.load.InvalidInputException;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.snapshot.Tenant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tenant a scenario describes, built up by its steps as the snapshot's own maps and lists, then
 * written out and read back through the real loader, so scenarios see exactly what users' files see.
 * Its defaults (the evaluation day, the seats of a subscription, the role of a person's record, the custom
 * role of an application user, each environment's root unit and predefined roles) are set by the steps of
 * each feature's Background, which say them (DefaultsSteps); the values below are those steps' values,
 * kept for a scenario written before its feature declared them.
 */
final class ScenarioTenant {
    static final String ROOT_UNIT = "root";

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> environments = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> subscriptions = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
    private int seats = 25;
    private String personRole = "salesperson";
    private String applicationRole = "integration";
    private List<List<String>> predefinedRoles = List.of(
            List.of("sysadmin", "System Administrator", "system-administrator"),
            List.of("salesperson", "Salesperson", "salesperson"),
            List.of("basic-user", "Basic User", "basic-user"));

    ScenarioTenant() {
        root.put("tenant", "contoso");
        root.put("asOf", "2026-11-22");
        subscription("D365_CE_PLAN");
    }

    /** Seats of every subscription a step names without saying how many, those named so far included. */
    void defaultSeats(int seats) {
        this.seats = seats;
        for (Map<String, Object> subscription : subscriptions.values()) subscription.put("seats", seats);
    }

    /** The role a person's user record holds unless a step says otherwise; null for none. */
    void personRole(String role) {
        this.personRole = role;
    }

    String personRole() {
        return personRole;
    }

    /** The custom role (of the root unit) an application user holds unless a step says otherwise. */
    void applicationRole(String role) {
        this.applicationRole = role;
    }

    String applicationRole() {
        return applicationRole;
    }

    /** Each environment's predefined roles (id, name, template), in the root unit. */
    void predefinedRoles(List<List<String>> roles) {
        this.predefinedRoles = List.copyOf(roles);
    }

    void set(String field, Object value) {
        root.put(field, value);
    }

    void policy(String parameter, int value) {
        map(root, "policy").put(parameter, value);
    }

    Map<String, Object> subscription(String sku) {
        return subscriptions.computeIfAbsent(sku, s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sku", s);
            m.put("seats", seats);
            list(root, "subscriptions").add(m);
            return m;
        });
    }

    Map<String, Object> account(String upn) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("upn", upn);
        list(root, "accounts").add(account);
        return account;
    }

    /** The last account written with this UPN, or a new one. */
    Map<String, Object> existingAccount(String upn) {
        List<Object> accounts = list(root, "accounts");
        for (int i = accounts.size() - 1; i >= 0; i--) {
            @SuppressWarnings("unchecked") Map<String, Object> a = (Map<String, Object>) accounts.get(i);
            if (upn.equalsIgnoreCase((String) a.get("upn"))) return a;
        }
        return account(upn);
    }

    void license(String upn, String sku) {
        subscription(sku);
        list(existingAccount(upn), "licenses").add(sku);
    }

    void adminRole(String upn, String role) {
        list(existingAccount(upn), "adminRoles").add(role);
    }

    void invitation(String email, String sku, String issued, String status) {
        subscription(sku);
        Map<String, Object> invitation = new LinkedHashMap<>();
        invitation.put("email", email);
        invitation.put("sku", sku);
        invitation.put("issued", issued);
        invitation.put("status", status);
        list(root, "invitations").add(invitation);
    }

    Map<String, Object> group(String id) {
        return groups.computeIfAbsent(id, g -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", g);
            list(root, "groups").add(m);
            return m;
        });
    }

    Map<String, Object> environment(String id) {
        return environments.computeIfAbsent(id, e -> {
            Map<String, Object> env = new LinkedHashMap<>();
            env.put("id", e);
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("id", ROOT_UNIT);
            list(env, "businessUnits").add(unit);
            for (List<String> role : predefinedRoles) role(env, role.get(0), role.get(1), ROOT_UNIT, role.get(2));
            list(root, "environments").add(env);
            return env;
        });
    }

    void businessUnit(String environment, String id, String parent) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("id", id);
        unit.put("parent", parent);
        list(environment(environment), "businessUnits").add(unit);
    }

    Map<String, Object> role(String environment, String id, String unit) {
        return role(environment(environment), id, id, unit, null);
    }

    private static Map<String, Object> role(Map<String, Object> env, String id, String name, String unit, String template) {
        Map<String, Object> role = new LinkedHashMap<>();
        role.put("id", id);
        role.put("name", name);
        role.put("businessUnit", unit);
        if (template != null) {
            role.put("template", template);
            role.put("predefined", true);
        }
        list(env, "roles").add(role);
        return role;
    }

    /** A user record; a person's holds the Background's person role, unless a later step says otherwise. */
    Map<String, Object> user(String environment, String upn, String type) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("upn", upn);
        user.put("type", type);
        user.put("businessUnit", ROOT_UNIT);
        if (type.equals("person") && personRole != null) list(user, "roles").add(personRole);
        list(environment(environment), "users").add(user);
        return user;
    }

    Map<String, Object> existingUser(String environment, String upn) {
        for (Object o : list(environment(environment), "users")) {
            @SuppressWarnings("unchecked") Map<String, Object> u = (Map<String, Object>) o;
            if (upn.equalsIgnoreCase((String) u.get("upn"))) return u;
        }
        throw new IllegalStateException("the scenario has no user record " + upn + " in " + environment);
    }

    Map<String, Object> team(String environment, String id, String unit) {
        Map<String, Object> team = new LinkedHashMap<>();
        team.put("id", id);
        team.put("businessUnit", unit);
        list(environment(environment), "teams").add(team);
        return team;
    }

    Map<String, Object> existingTeam(String environment, String id) {
        for (Object o : list(environment(environment), "teams")) {
            @SuppressWarnings("unchecked") Map<String, Object> t = (Map<String, Object>) o;
            if (id.equals(t.get("id"))) return t;
        }
        throw new IllegalStateException("the scenario has no team " + id + " in " + environment);
    }

    Tenant load() throws InvalidInputException {
        try {
            byte[] json = new ObjectMapper().writeValueAsBytes(root);
            return new SnapshotLoader().load(json, "scenario.json");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> map, String key) {
        return (List<Object>) map.computeIfAbsent(key, k -> new ArrayList<>());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }

    static String mode(String words) {
        return words.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
