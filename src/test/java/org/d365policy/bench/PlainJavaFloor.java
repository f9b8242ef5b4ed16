package org.d365policy.bench;

import org.d365policy.model.Finding;
import org.d365policy.model.Subject;
import org.d365policy.model.fact.Evaluation;
import org.d365policy.model.snapshot.AccessMode;
import org.d365policy.model.snapshot.Account;
import org.d365policy.model.snapshot.AdminRole;
import org.d365policy.model.snapshot.BusinessUnit;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.EnvironmentType;
import org.d365policy.model.snapshot.Group;
import org.d365policy.model.snapshot.Invitation;
import org.d365policy.model.snapshot.InvitationStatus;
import org.d365policy.model.snapshot.Role;
import org.d365policy.model.snapshot.RoleTemplate;
import org.d365policy.model.snapshot.Subscription;
import org.d365policy.model.snapshot.Team;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;
import org.d365policy.model.snapshot.UserType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The 25 snapshot rules of rules.md as the obvious plain Java: hash lookups and one pass over the
 * records. Written only as the benchmark's floor, to say what the rule engine costs on top of the
 * least work the rules need, and to check that both find the same (rule, subject) pairs. It is not
 * used by the product, which keeps its policy in rules/.
 */
public final class PlainJavaFloor {
    private static final Set<AccessMode> NEED_NO_LICENSE = Set.of(AccessMode.ADMINISTRATIVE, AccessMode.NON_INTERACTIVE);

    private final Evaluation evaluation;
    private final Set<String> findings = new HashSet<>();

    private PlainJavaFloor(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** The findings as "RULE subject" strings. */
    public static Set<String> evaluate(Tenant tenant, Evaluation evaluation) {
        PlainJavaFloor floor = new PlainJavaFloor(evaluation);
        floor.run(tenant);
        return floor.findings;
    }

    /** The findings of the rules in the form {@link #evaluate} gives, leaving out what the floor does not judge: change set and waivers. */
    public static Set<String> sameFormAs(List<Finding> rules) {
        Set<String> out = new TreeSet<>();
        for (Finding f : rules) {
            if (!f.getRule().startsWith("CHG-") && !f.getRule().startsWith("WAIVER-")) out.add(key(f.getRule(), f.getSubject()));
        }
        return out;
    }

    private static String key(String rule, String subject) {
        return rule + " " + subject;
    }

    private void find(String rule, String subject) {
        findings.add(key(rule, subject));
    }

    /** What the records of one UPN say about its license, over every environment. */
    private static final class PersonRecords {
        boolean anyEnabled;
        boolean anyNeedingLicense;
    }

    private void run(Tenant tenant) {
        Map<String, Integer> accountCount = new HashMap<>();
        Map<String, Set<String>> licenses = new HashMap<>();
        Map<String, Set<AdminRole>> adminRoles = new HashMap<>();
        Map<String, Integer> held = new HashMap<>();
        int globalAdminAccounts = 0;
        for (Account a : tenant.getAccounts()) {
            accountCount.merge(a.getUpn(), 1, Integer::sum);
            if (!a.isEnabled() && !a.getLicenses().isEmpty()) find("LIC-009", Subject.account(a.getUpn()));
            if (a.isEnabled() && a.getAdminRoles().contains(AdminRole.GLOBAL)) globalAdminAccounts++;
            for (String sku : a.getLicenses()) {
                licenses.computeIfAbsent(a.getUpn(), k -> new HashSet<>()).add(sku);
                held.merge(sku, 1, Integer::sum);
            }
            if (!a.getAdminRoles().isEmpty()) adminRoles.computeIfAbsent(a.getUpn(), k -> new HashSet<>()).addAll(a.getAdminRoles());
        }
        accountCount.forEach((upn, n) -> {
            if (n > 1) find("LIC-003", Subject.account(upn));
        });

        if (globalAdminAccounts == 1) find("ADM-001", Subject.tenant(tenant.getTenant()));

        Map<String, Integer> holds = invitations(tenant, licenses);
        for (Subscription s : tenant.getSubscriptions()) {
            int inUse = held.getOrDefault(s.getSku(), 0) + holds.getOrDefault(s.getSku(), 0);
            if (inUse > s.getSeats()) find("LIC-002", Subject.subscription(s.getSku()));
            if (s.getSeats() < s.getMinimumSeats()) find("LIC-006", Subject.subscription(s.getSku()));
            if (Math.max(inUse, s.getMinimumSeats()) < s.getSeats()) find("LIC-007", Subject.subscription(s.getSku()));
        }

        Map<String, Set<String>> members = new HashMap<>();
        for (Group g : tenant.getGroups()) members.put(g.getId(), new HashSet<>(g.getMembers()));
        Map<String, PersonRecords> people = new HashMap<>();
        for (Environment env : tenant.getEnvironments()) {
            environment(env, accountCount, licenses, adminRoles, members, people);
        }
        for (String upn : licenses.keySet()) {
            if (!people.containsKey(upn)) find("LIC-008", Subject.account(upn));
        }
        people.forEach((upn, p) -> {
            if (!licenses.containsKey(upn) || !accountCount.containsKey(upn)) return;
            if (!p.anyEnabled) find("LIC-004", Subject.account(upn));
            if (!p.anyNeedingLicense) find("LIC-005", Subject.account(upn));
        });
    }

    /** INV-001 and INV-002; returns the seats held by pending invitations, by SKU. */
    private Map<String, Integer> invitations(Tenant tenant, Map<String, Set<String>> licenses) {
        Map<String, Integer> holds = new HashMap<>();
        int holdDays = evaluation.getInvitationHoldDays();
        if (holdDays <= 0) return holds;
        LocalDate day = evaluation.getAsOf();
        for (Invitation inv : tenant.getInvitations()) {
            if (inv.getStatus() != InvitationStatus.PENDING || inv.getIssued().isAfter(day)) continue;
            String subject = Subject.invitation(inv.getEmail(), inv.getSku());
            if (!inv.getIssued().plusDays(holdDays).isAfter(day)) {
                find("INV-002", subject);
            } else if (!licenses.getOrDefault(inv.getEmail(), Set.of()).contains(inv.getSku())) {
                find("INV-001", subject);
                holds.merge(inv.getSku(), 1, Integer::sum);
            }
        }
        return holds;
    }

    private void environment(Environment env, Map<String, Integer> accountCount, Map<String, Set<String>> licenses,
                             Map<String, Set<AdminRole>> adminRoles, Map<String, Set<String>> members,
                             Map<String, PersonRecords> people) {
        String envId = env.getId();
        Map<String, Role> roles = new HashMap<>();
        for (Role r : env.getRoles()) roles.put(r.getId(), r);
        Map<String, Set<String>> above = ancestors(env.getBusinessUnits());

        Map<String, List<Role>> teamRolesOf = new HashMap<>();
        for (Team t : env.getTeams()) {
            List<Role> teamRoles = new ArrayList<>();
            for (String id : t.getRoles()) {
                Role r = roles.get(id);
                teamRoles.add(r);
                if (!above.getOrDefault(t.getBusinessUnit(), Set.of()).contains(r.getBusinessUnit())) find("ROLE-004", Subject.team(envId, t.getId()));
            }
            if (evaluation.isTeamRolesCount()) {
                // An Entra group team's members are those listed and the direct members of its group.
                Set<String> teamMembers = new HashSet<>(t.getMembers());
                if (t.getGroup() != null) teamMembers.addAll(members.getOrDefault(t.getGroup(), Set.of()));
                for (String upn : teamMembers) teamRolesOf.computeIfAbsent(upn, k -> new ArrayList<>()).addAll(teamRoles);
            }
        }

        Set<String> securityGroup = env.getSecurityGroup() == null ? null : members.getOrDefault(env.getSecurityGroup(), Set.of());
        Set<RoleTemplate> stubDefaults = env.getType() == EnvironmentType.CUSTOMER_ENGAGEMENT ? Set.of(RoleTemplate.SALESPERSON)
                : Set.of(RoleTemplate.BASIC_USER, RoleTemplate.COMMON_DATA_SERVICE_USER);
        Map<String, Integer> upnCount = new HashMap<>();
        Map<String, Integer> applicationIdCount = new HashMap<>();
        int nonInteractive = 0;
        for (UserRecord u : env.getUsers()) {
            upnCount.merge(u.getUpn(), 1, Integer::sum);
            if (u.getType() == UserType.APPLICATION && u.getApplicationId() != null) applicationIdCount.merge(u.getApplicationId(), 1, Integer::sum);
            if (u.getAccessMode() == AccessMode.NON_INTERACTIVE && u.getType() != UserType.APPLICATION) nonInteractive++;
        }
        if (nonInteractive > evaluation.getNonInteractiveLimit()) find("NI-001", Subject.environment(envId));

        for (UserRecord u : env.getUsers()) {
            String subject = Subject.user(u);
            UserType type = u.getType();
            if (upnCount.get(u.getUpn()) > 1) find("USR-002", subject);

            boolean anyRole = false;
            boolean anyDataRole = false;
            boolean customRole = false;
            boolean stubDefault = false;
            Set<String> unitAndAbove = above.getOrDefault(u.getBusinessUnit(), Set.of());
            for (String id : u.getRoles()) {
                Role r = roles.get(id);
                anyRole = true;
                anyDataRole |= !r.isAppAccess();
                customRole |= !r.isPredefined();
                stubDefault |= r.getTemplate() != null && stubDefaults.contains(r.getTemplate());
                if (!unitAndAbove.contains(r.getBusinessUnit())) find("ROLE-002", subject);
            }
            for (Role r : teamRolesOf.getOrDefault(u.getUpn(), List.of())) {
                anyRole = true;
                anyDataRole |= !r.isAppAccess();
            }
            Set<AdminRole> admin = adminRoles.getOrDefault(u.getUpn(), Set.of());
            if (evaluation.isAdminsAreSystemAdministrators() && type == UserType.PERSON
                    && (admin.contains(AdminRole.GLOBAL) || admin.contains(AdminRole.SERVICE))) {
                anyRole = true;
                anyDataRole = true;
            }
            if (u.isEnabled() && (type == UserType.PERSON || type == UserType.APPLICATION) && !anyRole) find("ROLE-001", subject);
            if (u.isEnabled() && anyRole && !anyDataRole) find("ROLE-003", subject);

            if (type == UserType.PERSON) {
                PersonRecords p = people.computeIfAbsent(u.getUpn(), k -> new PersonRecords());
                p.anyEnabled |= u.isEnabled();
                p.anyNeedingLicense |= !NEED_NO_LICENSE.contains(u.getAccessMode());
                if (u.isEnabled()) {
                    boolean hasAccount = accountCount.containsKey(u.getUpn());
                    if (!hasAccount) find("USR-001", subject);
                    if (hasAccount && !licenses.containsKey(u.getUpn())
                            && (u.getAccessMode() == AccessMode.READ_WRITE || u.getAccessMode() == AccessMode.READ)) find("LIC-001", subject);
                    boolean exempt = evaluation.isGlobalAdminsExemptFromSecurityGroup() && admin.contains(AdminRole.GLOBAL);
                    if (securityGroup != null && !securityGroup.contains(u.getUpn()) && !exempt) find("SG-001", subject);
                }
            } else if (type == UserType.APPLICATION) {
                if (u.getApplicationId() == null || u.getAccessMode() != AccessMode.NON_INTERACTIVE) find("APP-001", subject);
                if (!customRole) find("APP-002", subject);
                if (u.getApplicationId() != null && applicationIdCount.get(u.getApplicationId()) > 1) find("APP-003", subject);
            } else if (type == UserType.STUB) {
                if (u.isEnabled()) find("STUB-001", subject);
                if (!stubDefault) find("STUB-002", subject);
            }
        }
    }

    /** For each business unit, the set of itself and every unit above it. */
    private static Map<String, Set<String>> ancestors(List<BusinessUnit> units) {
        Map<String, String> parent = new HashMap<>();
        for (BusinessUnit b : units) parent.put(b.getId(), b.getParent());
        Map<String, Set<String>> above = new HashMap<>();
        for (BusinessUnit b : units) {
            Set<String> chain = new HashSet<>();
            for (String id = b.getId(); id != null && chain.add(id); id = parent.get(id)) {
                // walks up to the root; the validator has refused cycles
            }
            above.put(b.getId(), chain);
        }
        return above;
    }
}
