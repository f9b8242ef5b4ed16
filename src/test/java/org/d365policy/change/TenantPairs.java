package org.d365policy.change;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Small random tenants (as the maps a snapshot file holds) and a second version of each: a few
 * edits, many, renamed environments and groups, environments added and removed, or a tenant of its
 * own. Every tenant is valid input. The same seed always gives the same pair.
 */
final class TenantPairs {
    static final String[] PROFILES = {"ce-v9", "dataverse-2025"};
    private static final String[] SKUS = {"D365_CE_PLAN", "D365_SALES_PRO"};
    private static final String[] MODES = {"read-write", "read", "administrative", "non-interactive"};
    private static final String[] ADMIN_ROLES = {"global", "user-management", "service"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random;
    private int renames;

    TenantPairs(long seed) {
        this.random = new Random(seed);
    }

    static byte[] json(Map<String, Object> tenant) {
        try {
            return JSON.writeValueAsBytes(tenant);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Map<String, Object> tenant) {
        try {
            return JSON.readValue(JSON.writeValueAsBytes(tenant), Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String upn() {
        int i = random.nextInt(9);
        // Now and then the same person in other letters: LIC-003, and records that match accounts case-insensitively.
        return (random.nextInt(12) == 0 ? "U" : "u") + i + "@contoso.com";
    }

    private String lowerUpn() {
        return "u" + random.nextInt(9) + "@contoso.com";
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    private <T> List<T> some(List<T> items, int percent) {
        List<T> out = new ArrayList<>();
        for (T item : items) if (random.nextInt(100) < percent && !out.contains(item)) out.add(item);
        return out;
    }

    Map<String, Object> tenant(String profile) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("tenant", "contoso");
        t.put("asOf", "2026-11-22");
        t.put("profile", profile);
        if (random.nextInt(4) == 0) t.put("policy", Map.of("nonInteractiveLimit", 1 + random.nextInt(3), "invitationHoldDays", random.nextInt(20)));
        List<Object> subscriptions = new ArrayList<>();
        for (String sku : SKUS) {
            Map<String, Object> s = new LinkedHashMap<>(Map.of("sku", sku, "seats", random.nextInt(8)));
            if (random.nextBoolean()) s.put("minimumSeats", random.nextInt(6));
            subscriptions.add(s);
        }
        t.put("subscriptions", subscriptions);
        List<Object> accounts = new ArrayList<>();
        for (int i = random.nextInt(9); i > 0; i--) accounts.add(account());
        t.put("accounts", accounts);
        List<Object> invitations = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) invitations.add(invitation());
        t.put("invitations", invitations);
        List<Object> groups = new ArrayList<>();
        for (int g = 0; g < 1 + random.nextInt(3); g++) groups.add(group("g" + g, g));
        t.put("groups", groups);
        List<Object> environments = new ArrayList<>();
        for (int e = 0; e < 1 + random.nextInt(3); e++) environments.add(environment("e" + e, groupIds(t)));
        t.put("environments", environments);
        fixPendingInvitations(t);
        return t;
    }

    private Map<String, Object> account() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("upn", upn());
        a.put("licenses", some(List.of(SKUS), 60));
        if (random.nextInt(4) == 0) a.put("adminRoles", some(List.of(ADMIN_ROLES), 50));
        if (random.nextInt(6) == 0) a.put("enabled", false);
        return a;
    }

    private Map<String, Object> invitation() {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("email", lowerUpn());
        i.put("sku", pick(SKUS));
        // Around the hold boundary of 14 days before 2026-11-22, and the day itself.
        i.put("issued", "2026-11-" + String.format("%02d", 1 + random.nextInt(22)));
        i.put("status", random.nextInt(4) == 0 ? "revoked" : random.nextInt(5) == 0 ? "accepted" : "pending");
        return i;
    }

    private Map<String, Object> group(String id, int index) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("id", id);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 9; i++) if (random.nextInt(100) < 45) members.add("u" + i + "@contoso.com");
        g.put("members", members);
        // Nesting, circular at times: g0 in g1 in g0.
        if (random.nextInt(3) == 0) g.put("groups", List.of("g" + random.nextInt(index + 1)));
        return g;
    }

    @SuppressWarnings("unchecked")
    private static List<String> groupIds(Map<String, Object> t) {
        List<String> ids = new ArrayList<>();
        for (Object g : (List<Object>) t.get("groups")) ids.add((String) ((Map<String, Object>) g).get("id"));
        return ids;
    }

    private Map<String, Object> environment(String id, List<String> groups) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("type", random.nextInt(3) == 0 ? "power-apps" : "customer-engagement");
        if (random.nextBoolean()) e.put("securityGroup", groups.get(random.nextInt(groups.size())));
        e.put("businessUnits", List.of(Map.of("id", "root"), Map.of("id", "sales", "parent", "root")));
        e.put("roles", List.of(
                Map.of("id", "sysadmin", "businessUnit", "root", "template", "system-administrator", "predefined", true),
                Map.of("id", "salesperson", "businessUnit", "root", "template", "salesperson", "predefined", true),
                Map.of("id", "basic-user", "businessUnit", "root", "template", "basic-user", "predefined", true),
                Map.of("id", "app-access", "businessUnit", "root", "predefined", true, "appAccess", true),
                Map.of("id", "east", "businessUnit", "sales")));
        List<Object> users = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) users.add(record());
        e.put("users", users);
        List<Object> teams = new ArrayList<>();
        for (int t = random.nextInt(3); t > 0; t--) teams.add(team("t" + t, users, groups));
        e.put("teams", teams);
        return e;
    }

    private static final List<String> ROLES = List.of("sysadmin", "salesperson", "basic-user", "app-access", "east");

    Map<String, Object> record() {
        Map<String, Object> u = new LinkedHashMap<>();
        int kind = random.nextInt(10);
        u.put("upn", kind < 7 ? upn() : "app" + random.nextInt(3) + "@contoso.com");
        u.put("businessUnit", random.nextBoolean() ? "root" : "sales");
        if (kind == 7 || kind == 8) {
            u.put("type", kind == 7 ? "application" : "stub");
            if (kind == 7 && random.nextBoolean()) u.put("applicationId", "app-" + random.nextInt(2));
        }
        if (random.nextBoolean()) u.put("accessMode", pick(MODES));
        if (random.nextInt(4) == 0) u.put("enabled", random.nextBoolean());
        u.put("roles", some(ROLES, 30));
        return u;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> team(String id, List<Object> users, List<String> groups) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id);
        t.put("businessUnit", random.nextBoolean() ? "root" : "sales");
        t.put("roles", some(ROLES, 30));
        List<String> upns = new ArrayList<>();
        for (Object u : users) upns.add(((Map<String, Object>) u).get("upn").toString().toLowerCase(java.util.Locale.ROOT));
        t.put("members", some(upns, 40));
        if (random.nextInt(3) == 0) t.put("group", groups.get(random.nextInt(groups.size())));
        return t;
    }

    /** The second version: some edits (few or many), or another tenant altogether. */
    Map<String, Object> after(Map<String, Object> before) {
        int kind = random.nextInt(10);
        if (kind == 0) return tenant((String) before.get("profile"));
        Map<String, Object> after = copy(before);
        int edits = kind < 7 ? 1 + random.nextInt(3) : 5 + random.nextInt(20);
        for (int i = 0; i < edits; i++) edit(after);
        fixPendingInvitations(after);
        return after;
    }

    @SuppressWarnings("unchecked")
    private void edit(Map<String, Object> t) {
        List<Object> accounts = (List<Object>) t.get("accounts");
        List<Object> environments = (List<Object>) t.get("environments");
        List<Object> groups = (List<Object>) t.get("groups");
        switch (random.nextInt(15)) {
            case 0 -> accounts.add(account());
            case 1 -> { if (!accounts.isEmpty()) accounts.remove(random.nextInt(accounts.size())); }
            case 2 -> { if (!accounts.isEmpty()) accounts.set(random.nextInt(accounts.size()), account()); }
            case 3 -> ((Map<String, Object>) ((List<Object>) t.get("subscriptions")).get(random.nextInt(2))).put("seats", random.nextInt(8));
            case 4 -> ((List<Object>) t.get("invitations")).add(invitation());
            case 5 -> {
                List<Object> invitations = (List<Object>) t.get("invitations");
                if (!invitations.isEmpty()) ((Map<String, Object>) invitations.get(random.nextInt(invitations.size())))
                        .put("status", random.nextBoolean() ? "revoked" : "accepted");
            }
            case 6 -> {
                List<String> members = (List<String>) ((Map<String, Object>) groups.get(random.nextInt(groups.size()))).get("members");
                String upn = lowerUpn();
                if (!members.remove(upn)) members.add(upn);
            }
            case 7 -> environments.add(environment("e" + (3 + renames++), groupIds(t)));
            case 8 -> { if (environments.size() > 1) environments.remove(random.nextInt(environments.size())); }
            case 9 -> renameEnvironment((Map<String, Object>) environments.get(random.nextInt(environments.size())));
            case 10 -> renameGroup(t, (Map<String, Object>) groups.get(random.nextInt(groups.size())));
            // Nesting added or taken away: members of a nested group then stand differently (SG-001's reason changes).
            case 11 -> {
                Map<String, Object> group = (Map<String, Object>) groups.get(random.nextInt(groups.size()));
                if (group.containsKey("groups")) group.remove("groups");
                else group.put("groups", List.of(groupIds(t).get(random.nextInt(groups.size()))));
            }
            default -> editRecord((Map<String, Object>) environments.get(random.nextInt(environments.size())));
        }
    }

    private void renameEnvironment(Map<String, Object> env) {
        env.put("id", "renamed" + renames++);
    }

    @SuppressWarnings("unchecked")
    private void renameGroup(Map<String, Object> t, Map<String, Object> group) {
        String old = (String) group.get("id");
        String id = "renamed-g" + renames++;
        group.put("id", id);
        for (Object g : (List<Object>) t.get("groups")) {
            List<String> nested = (List<String>) ((Map<String, Object>) g).get("groups");
            if (nested != null && nested.contains(old)) ((Map<String, Object>) g).put("groups", List.of(id));
        }
        for (Object e : (List<Object>) t.get("environments")) {
            Map<String, Object> env = (Map<String, Object>) e;
            if (old.equals(env.get("securityGroup"))) env.put("securityGroup", id);
            for (Object team : (List<Object>) env.get("teams")) {
                if (old.equals(((Map<String, Object>) team).get("group"))) ((Map<String, Object>) team).put("group", id);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void editRecord(Map<String, Object> env) {
        List<Object> users = (List<Object>) env.get("users");
        int choice = random.nextInt(5);
        if (users.isEmpty() || choice == 0) {
            users.add(random.nextInt(Math.max(1, users.size() + 1)), record());
            return;
        }
        int i = random.nextInt(users.size());
        Map<String, Object> u = (Map<String, Object>) users.get(i);
        switch (choice) {
            case 1 -> u.put("enabled", !Boolean.FALSE.equals(u.get("enabled")) ? false : true);
            case 2 -> u.put("roles", some(ROLES, 30));
            case 3 -> {
                if (!"stub".equals(u.get("type")) && !"application".equals(u.get("type"))) u.put("accessMode", pick(MODES));
            }
            default -> {
                users.remove(i);
                dropTeamMembersWithoutRecord(env);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void dropTeamMembersWithoutRecord(Map<String, Object> env) {
        List<String> upns = new ArrayList<>();
        for (Object u : (List<Object>) env.get("users")) upns.add(((Map<String, Object>) u).get("upn").toString().toLowerCase(java.util.Locale.ROOT));
        for (Object team : (List<Object>) env.get("teams")) ((List<String>) ((Map<String, Object>) team).get("members")).retainAll(upns);
    }

    /** At most one pending invitation per e-mail and SKU, as the format requires. */
    @SuppressWarnings("unchecked")
    private static void fixPendingInvitations(Map<String, Object> t) {
        List<String> seen = new ArrayList<>();
        for (Iterator<Object> it = ((List<Object>) t.get("invitations")).iterator(); it.hasNext(); ) {
            Map<String, Object> i = (Map<String, Object>) it.next();
            String key = i.get("email") + " " + i.get("sku");
            if ("pending".equals(i.get("status")) && seen.contains(key)) it.remove();
            else if ("pending".equals(i.get("status"))) seen.add(key);
        }
    }
}
