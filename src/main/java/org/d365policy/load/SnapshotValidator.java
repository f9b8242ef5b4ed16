package org.d365policy.load;

import org.d365policy.model.snapshot.Account;
import org.d365policy.model.snapshot.BusinessUnit;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Group;
import org.d365policy.model.snapshot.Invitation;
import org.d365policy.model.snapshot.InvitationStatus;
import org.d365policy.model.snapshot.Located;
import org.d365policy.model.snapshot.PolicyOverrides;
import org.d365policy.model.snapshot.Provenance;
import org.d365policy.model.snapshot.Role;
import org.d365policy.model.snapshot.Subscription;
import org.d365policy.model.snapshot.Team;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;
import org.d365policy.model.snapshot.UserType;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "Invalid input" list of tenant-format.md, beyond what the reader catches: required fields,
 * ranges, references, unique ids and the business-unit hierarchy. Policy problems are left to the
 * rules. Expects UPNs already lower-cased, so that comparisons here are case-insensitive as specified.
 */
final class SnapshotValidator {
    private final String file;

    SnapshotValidator(String file) {
        this.file = file;
    }

    void validate(Tenant tenant) throws InvalidInputException {
        Place root = Place.root(file, tenant);
        required(root.field("tenant"), tenant.getTenant());
        validatePolicy(root, tenant.getPolicy());
        Set<String> skus = validateSubscriptions(root, tenant.getSubscriptions());
        validateAccounts(root, tenant.getAccounts(), skus);
        validateInvitations(root, tenant.getInvitations(), skus);
        Set<String> groups = validateGroups(root, tenant.getGroups());
        validateEnvironments(root, tenant.getEnvironments(), groups);
        validateProvenance(root, tenant.getProvenance());
    }

    private void validateProvenance(Place root, Provenance provenance) throws InvalidInputException {
        if (provenance == null) return;
        Place p = root.field("provenance").at(provenance);
        atLeastZero(p.field("leftOut"), provenance.getLeftOut());
        noneMissing(p.field("sources"), provenance.getSources());
        noneMissing(p.field("approximations"), provenance.getApproximations());
        if (provenance.getGeneratedAt() != null) {
            try {
                Instant.parse(provenance.getGeneratedAt());
            } catch (DateTimeParseException e) {
                throw p.field("generatedAt").problem("\"" + provenance.getGeneratedAt()
                        + "\" is not an instant; expected an ISO 8601 instant such as 2026-11-30T09:15:00Z");
            }
        }
    }

    private void validatePolicy(Place root, PolicyOverrides policy) throws InvalidInputException {
        if (policy == null) return;
        Place p = root.field("policy").at(policy);
        atLeastZero(p.field("nonInteractiveLimit"), policy.getNonInteractiveLimit());
        atLeastZero(p.field("invitationHoldDays"), policy.getInvitationHoldDays());
    }

    private Set<String> validateSubscriptions(Place root, List<Subscription> subscriptions) throws InvalidInputException {
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < subscriptions.size(); i++) {
            Subscription s = subscriptions.get(i);
            Place p = item(root, "subscriptions", i, s);
            required(p.field("sku"), s.getSku());
            required(p.field("seats"), s.getSeats());
            atLeastZero(p.field("seats"), s.getSeats());
            atLeastZero(p.field("minimumSeats"), s.getMinimumSeats());
            atLeastZero(p.field("warningSeats"), s.getWarningSeats());
            unique(p.field("sku"), skus, s.getSku(), "subscription");
        }
        return skus;
    }

    private void validateAccounts(Place root, List<Account> accounts, Set<String> skus) throws InvalidInputException {
        for (int i = 0; i < accounts.size(); i++) {
            Account a = accounts.get(i);
            Place p = item(root, "accounts", i, a);
            required(p.field("upn"), a.getUpn());
            references(p.field("licenses"), a.getLicenses(), skus, "subscription's sku");
            distinct(p.field("adminRoles"), a.getAdminRoles());
        }
    }

    private void validateInvitations(Place root, List<Invitation> invitations, Set<String> skus) throws InvalidInputException {
        Set<String> pending = new HashSet<>();
        for (int i = 0; i < invitations.size(); i++) {
            Invitation inv = invitations.get(i);
            Place p = item(root, "invitations", i, inv);
            required(p.field("email"), inv.getEmail());
            required(p.field("sku"), inv.getSku());
            required(p.field("issued"), inv.getIssued());
            required(p.field("status"), inv.getStatus());
            exists(p.field("sku"), skus, inv.getSku(), "subscription's sku");
            if (inv.getStatus() == InvitationStatus.PENDING && !pending.add(inv.getEmail() + "\n" + inv.getSku())) {
                throw p.problem("a second pending invitation for " + inv.getEmail() + " and " + inv.getSku()
                        + "; expected at most one pending invitation per e-mail and SKU");
            }
        }
    }

    private Set<String> validateGroups(Place root, List<Group> groups) throws InvalidInputException {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            Place p = item(root, "groups", i, g);
            required(p.field("id"), g.getId());
            unique(p.field("id"), ids, g.getId(), "group");
            distinct(p.field("members"), g.getMembers());
        }
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            references(item(root, "groups", i, g).field("groups"), g.getGroups(), ids, "group's id");
        }
        return ids;
    }

    private void validateEnvironments(Place root, List<Environment> environments, Set<String> groups)
            throws InvalidInputException {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < environments.size(); i++) {
            Environment e = environments.get(i);
            Place p = item(root, "environments", i, e);
            required(p.field("id"), e.getId());
            unique(p.field("id"), ids, e.getId(), "environment");
            if (e.getSecurityGroup() != null) exists(p.field("securityGroup"), groups, e.getSecurityGroup(), "group's id");
            Set<String> units = validateBusinessUnits(p, e.getBusinessUnits());
            Set<String> roles = validateRoles(p, e.getRoles(), units);
            Set<String> upns = validateUsers(p, e.getUsers(), units, roles);
            validateTeams(p, e.getTeams(), units, roles, upns, groups);
        }
    }

    private Set<String> validateBusinessUnits(Place env, List<BusinessUnit> units) throws InvalidInputException {
        if (units.isEmpty()) {
            throw env.field("businessUnits").problem("missing or empty; expected a list of at least one business unit");
        }
        Set<String> ids = new HashSet<>();
        Map<String, String> parentOf = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            BusinessUnit u = units.get(i);
            Place p = item(env, "businessUnits", i, u);
            required(p.field("id"), u.getId());
            unique(p.field("id"), ids, u.getId(), "business unit");
            parentOf.put(u.getId(), u.getParent());
        }
        List<String> roots = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            BusinessUnit u = units.get(i);
            if (u.getParent() == null) roots.add(u.getId());
            else exists(item(env, "businessUnits", i, u).field("parent"), ids, u.getParent(),
                    "business unit of this environment");
        }
        if (roots.size() > 1) {
            throw env.field("businessUnits").problem("several root business units (" + String.join(", ", roots)
                    + "); expected exactly one unit without a parent");
        }
        if (roots.isEmpty()) {
            throw env.field("businessUnits").problem("no root business unit; expected exactly one unit without a parent");
        }
        for (int i = 0; i < units.size(); i++) {
            Set<String> seen = new LinkedHashSet<>();
            for (String at = units.get(i).getId(); at != null; at = parentOf.get(at)) {
                if (!seen.add(at)) {
                    throw item(env, "businessUnits", i, units.get(i)).field("parent").problem(
                            "the business units form a cycle (" + String.join(" -> ", seen) + " -> " + at
                                    + "); expected a tree with one root");
                }
            }
        }
        return ids;
    }

    private Set<String> validateRoles(Place env, List<Role> roles, Set<String> units) throws InvalidInputException {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < roles.size(); i++) {
            Role r = roles.get(i);
            Place p = item(env, "roles", i, r);
            required(p.field("id"), r.getId());
            required(p.field("businessUnit"), r.getBusinessUnit());
            unique(p.field("id"), ids, r.getId(), "role");
            exists(p.field("businessUnit"), units, r.getBusinessUnit(), "business unit of this environment");
        }
        return ids;
    }

    private Set<String> validateUsers(Place env, List<UserRecord> users, Set<String> units, Set<String> roles)
            throws InvalidInputException {
        Set<String> upns = new HashSet<>();
        for (int i = 0; i < users.size(); i++) {
            UserRecord u = users.get(i);
            Place p = item(env, "users", i, u);
            required(p.field("upn"), u.getUpn());
            required(p.field("businessUnit"), u.getBusinessUnit());
            exists(p.field("businessUnit"), units, u.getBusinessUnit(), "business unit of this environment");
            references(p.field("roles"), u.getRoles(), roles, "role of this environment");
            UserType type = u.getType() == null ? UserType.PERSON : u.getType();
            if (u.hasAccessMode() && !type.allows(u.getAccessMode())) {
                throw p.field("accessMode").problem("access mode " + u.getAccessMode() + " is not allowed for "
                        + type.withArticle() + " user; expected one of " + join(type.allowedAccessModes()));
            }
            if (u.getApplicationId() != null && type != UserType.APPLICATION) {
                throw p.field("applicationId").problem("applicationId is given on a " + type
                        + " user; expected it on application users only");
            }
            upns.add(u.getUpn());
        }
        return upns;
    }

    private void validateTeams(Place env, List<Team> teams, Set<String> units, Set<String> roles, Set<String> upns,
                               Set<String> groups) throws InvalidInputException {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < teams.size(); i++) {
            Team t = teams.get(i);
            Place p = item(env, "teams", i, t);
            required(p.field("id"), t.getId());
            required(p.field("businessUnit"), t.getBusinessUnit());
            unique(p.field("id"), ids, t.getId(), "team");
            exists(p.field("businessUnit"), units, t.getBusinessUnit(), "business unit of this environment");
            references(p.field("roles"), t.getRoles(), roles, "role of this environment");
            references(p.field("members"), t.getMembers(), upns, "user record of this environment");
            if (t.getGroup() != null) exists(p.field("group"), groups, t.getGroup(), "group's id");
        }
    }

    /** The place of list item {@code i}, which must be a map. */
    private static Place item(Place parent, String list, int i, Located object) throws InvalidInputException {
        Place p = parent.field(list).item(i).at(object);
        if (object == null) throw p.problem("expected a map, found nothing");
        return p;
    }

    private static void required(Place p, Object value) throws InvalidInputException {
        if (value == null) throw p.problem("missing required field");
    }

    private static void atLeastZero(Place p, Integer value) throws InvalidInputException {
        if (value != null && value < 0) throw p.problem("expected a whole number of at least 0, found " + value);
    }

    private static void unique(Place p, Set<String> seen, String id, String kind) throws InvalidInputException {
        if (!seen.add(id)) throw p.problem("a second " + kind + " with id \"" + id + "\"; expected ids to be unique");
    }

    private static void exists(Place p, Set<String> known, String id, String kind) throws InvalidInputException {
        if (!known.contains(id)) throw p.problem("\"" + id + "\" does not exist; expected a " + kind);
    }

    private static void noneMissing(Place p, List<String> items) throws InvalidInputException {
        if (items == null) return;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) throw p.item(i).problem("expected a value, found nothing");
        }
    }

    /** Most lists here have a few items: those are compared pairwise, which spares a set per list. */
    private static <T> void distinct(Place p, List<T> items) throws InvalidInputException {
        if (items == null) return;
        Set<T> seen = items.size() > 8 ? new HashSet<>() : null;
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) throw p.item(i).problem("expected a value, found nothing");
            if (seen != null ? !seen.add(item) : items.subList(0, i).contains(item)) {
                throw p.item(i).problem("\"" + item + "\" is given twice; expected each item once");
            }
        }
    }

    private static void references(Place p, List<String> items, Set<String> known, String kind) throws InvalidInputException {
        distinct(p, items);
        if (items == null) return;
        for (int i = 0; i < items.size(); i++) exists(p.item(i), known, items.get(i), kind);
    }

    private static String join(Set<?> values) {
        List<String> labels = new ArrayList<>();
        for (Object v : values) labels.add(v.toString());
        return String.join(", ", labels);
    }
}
