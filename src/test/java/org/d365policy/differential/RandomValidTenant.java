package org.d365policy.differential;

import org.d365policy.model.snapshot.AccessMode;
import org.d365policy.model.snapshot.AdminRole;
import org.d365policy.model.snapshot.EnvironmentType;
import org.d365policy.model.snapshot.InvitationStatus;
import org.d365policy.model.snapshot.Profile;
import org.d365policy.model.snapshot.ProvenanceKind;
import org.d365policy.model.snapshot.RoleTemplate;
import org.d365policy.model.snapshot.UserType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A small random tenant that is valid input, as the maps and lists of a JSON snapshot, covering every
 * field of tenant-format.md: both profiles, policy overrides, duplicate UPNs that differ in case,
 * invitations on and around the last day they hold a seat, every user type and access mode, deep and
 * circular group nesting, blocked accounts, Entra group teams, warningSeats and provenance. People are
 * drawn from a small pool, so that accounts, records, group and team members meet often.
 */
final class RandomValidTenant {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final String[] PEOPLE = {"ann", "ben", "cat", "dan", "eve", "fay", "gus", "hal"};
    private static final String[] APPLICATION_IDS = {"6f1c2a1e-0d5b-4d8e-9a55-3f7f1e0c2b11", "0b7e3c55-2f1d-4c8a-b1e2-9d0a6f4e7c21"};

    private final Random random;
    private final Map<String, Object> root = new LinkedHashMap<>();
    private final List<String> skus = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();

    private RandomValidTenant(long seed) {
        this.random = new Random(seed);
    }

    /** The same seed gives the same tenant. */
    static Map<String, Object> generate(long seed) {
        return new RandomValidTenant(seed).build(seed);
    }

    private Map<String, Object> build(long seed) {
        root.put("tenant", "t" + Long.toHexString(seed));
        if (chance(2)) root.put("asOf", AS_OF.toString());
        if (chance(3)) root.put("profile", pick(Profile.values()).label());
        Map<String, Object> policy = new LinkedHashMap<>();
        if (chance(3)) policy.put("nonInteractiveLimit", random.nextInt(4));
        if (chance(3)) policy.put("invitationHoldDays", random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(20));
        if (!policy.isEmpty() || chance(6)) root.put("policy", policy);
        root.put("subscriptions", subscriptions());
        root.put("accounts", accounts());
        root.put("invitations", invitations());
        root.put("groups", groups());
        List<Object> environments = new ArrayList<>();
        for (int e = 0, n = random.nextInt(3); e <= n; e++) environments.add(environment("e" + e));
        root.put("environments", environments);
        if (chance(3)) {
            Map<String, Object> provenance = new LinkedHashMap<>();
            provenance.put("kind", pick(ProvenanceKind.values()).toString());
            if (chance(2)) provenance.put("generatedAt", "2026-11-21T08:00:00Z");
            if (chance(2)) provenance.put("leftOut", random.nextInt(5));
            root.put("provenance", provenance);
        }
        return root;
    }

    private List<Object> subscriptions() {
        List<Object> out = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            Map<String, Object> s = new LinkedHashMap<>();
            String sku = "SKU_" + i;
            skus.add(sku);
            s.put("sku", sku);
            if (chance(3)) s.put("name", "Plan " + i);
            s.put("seats", random.nextInt(8));
            if (chance(2)) s.put("minimumSeats", random.nextInt(6));
            if (chance(3)) s.put("warningSeats", random.nextInt(3));
            out.add(s);
        }
        return out;
    }

    private List<Object> accounts() {
        List<Object> out = new ArrayList<>();
        for (int i = 0, n = random.nextInt(10); i < n; i++) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("upn", person());
            if (chance(4)) a.put("displayName", "Person " + i);
            if (!chance(4)) a.put("licenses", subset(skus, 2));
            if (chance(3)) a.put("adminRoles", subset(labels(AdminRole.values()), 2));
            if (chance(3)) a.put("enabled", random.nextBoolean());
            out.add(a);
        }
        return out;
    }

    /** Issued around the last day of the hold periods the profiles and policies give: 0, 14 and up to 20 days. */
    private List<Object> invitations() {
        List<Object> out = new ArrayList<>();
        Set<String> pending = new HashSet<>();
        for (int i = 0, n = random.nextInt(5); i < n; i++) {
            Map<String, Object> inv = new LinkedHashMap<>();
            String email = person();
            String sku = pick(skus);
            int daysAgo = switch (random.nextInt(4)) {
                case 0 -> 13 + random.nextInt(3);
                case 1 -> random.nextInt(3) - 1;
                default -> random.nextInt(25);
            };
            InvitationStatus status = pick(InvitationStatus.values());
            if (status == InvitationStatus.PENDING && !pending.add(email.toLowerCase(Locale.ROOT) + " " + sku)) continue;
            inv.put("email", email);
            inv.put("sku", sku);
            inv.put("issued", AS_OF.minusDays(daysAgo).toString());
            inv.put("status", status.toString());
            out.add(inv);
        }
        return out;
    }

    /** Groups nest at random: chains, cycles and groups nested in themselves. */
    private List<Object> groups() {
        List<Object> out = new ArrayList<>();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) groups.add("g" + i);
        for (String id : groups) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("id", id);
            if (!chance(4)) g.put("members", distinctPeople(4));
            if (chance(2)) g.put("groups", subset(groups, 2));
            out.add(g);
        }
        return out;
    }

    private Map<String, Object> environment(String id) {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("id", id);
        if (chance(2)) env.put("type", pick(EnvironmentType.values()).toString());
        if (!groups.isEmpty() && chance(2)) env.put("securityGroup", pick(groups));
        List<String> units = new ArrayList<>();
        List<Object> unitList = new ArrayList<>();
        for (int u = 0, n = random.nextInt(4); u <= n; u++) {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("id", "bu" + u);
            if (u > 0) unit.put("parent", pick(units));
            units.add("bu" + u);
            unitList.add(unit);
        }
        env.put("businessUnits", unitList);
        List<String> roles = new ArrayList<>();
        List<Object> roleList = new ArrayList<>();
        for (int r = 0, n = random.nextInt(5); r < n; r++) {
            Map<String, Object> role = new LinkedHashMap<>();
            role.put("id", "r" + r);
            role.put("name", "Role " + r);
            role.put("businessUnit", pick(units));
            if (chance(2)) role.put("template", pick(RoleTemplate.values()).toString());
            if (chance(2)) role.put("predefined", random.nextBoolean());
            if (chance(3)) role.put("appAccess", random.nextBoolean());
            roles.add("r" + r);
            roleList.add(role);
        }
        env.put("roles", roleList);
        List<Object> users = new ArrayList<>();
        List<String> upns = new ArrayList<>();
        for (int u = 0, n = random.nextInt(9); u < n; u++) {
            Map<String, Object> user = user(units, roles);
            users.add(user);
            upns.add((String) user.get("upn"));
        }
        List<Object> teams = new ArrayList<>();
        for (int t = 0, n = random.nextInt(3); t < n; t++) {
            Map<String, Object> team = new LinkedHashMap<>();
            team.put("id", "team" + t);
            team.put("businessUnit", pick(units));
            if (!chance(4)) team.put("roles", subset(roles, 2));
            // Members are user records of this environment, written in any case, each once.
            List<String> members = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String upn : subset(upns, 3)) {
                if (seen.add(upn.toLowerCase(Locale.ROOT))) members.add(recase(upn));
            }
            if (!chance(3)) team.put("members", members);
            if (!groups.isEmpty() && chance(2)) team.put("group", pick(groups));
            teams.add(team);
        }
        env.put("teams", teams);
        env.put("users", users);
        return env;
    }

    private Map<String, Object> user(List<String> units, List<String> roles) {
        Map<String, Object> user = new LinkedHashMap<>();
        UserType type = random.nextInt(3) == 0 ? pick(UserType.values()) : UserType.PERSON;
        user.put("upn", type == UserType.PERSON || chance(2) ? person() : type + "-" + random.nextInt(3) + "@contoso.com");
        if (type != UserType.PERSON || chance(3)) user.put("type", type.toString());
        if (chance(2)) user.put("accessMode", pick(type.allowedAccessModes().toArray(new AccessMode[0])).toString());
        if (chance(2)) user.put("enabled", random.nextBoolean());
        user.put("businessUnit", pick(units));
        if (!chance(5)) user.put("roles", subset(roles, 3));
        if (type == UserType.APPLICATION && !chance(4)) user.put("applicationId", recase(pick(APPLICATION_IDS)));
        return user;
    }

    /** A person's UPN from the pool, sometimes in another letter case. */
    private String person() {
        return recase(pick(PEOPLE) + "@contoso.com");
    }

    private String recase(String text) {
        return chance(5) ? text.toUpperCase(Locale.ROOT) : chance(5) ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
    }

    private List<String> distinctPeople(int max) {
        List<String> out = new ArrayList<>();
        for (String p : subset(List.of(PEOPLE), max)) out.add(recase(p + "@contoso.com"));
        return out;
    }

    /** Up to {@code max} distinct items, in random order. */
    private List<String> subset(List<String> items, int max) {
        List<String> pool = new ArrayList<>(items);
        List<String> out = new ArrayList<>();
        for (int i = 0, n = pool.isEmpty() ? 0 : random.nextInt(Math.min(max, pool.size()) + 1); i < n; i++) {
            out.add(pool.remove(random.nextInt(pool.size())));
        }
        return out;
    }

    private static List<String> labels(Object[] values) {
        List<String> out = new ArrayList<>();
        for (Object v : values) out.add(v.toString());
        return out;
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
