package org.d365policy.engine;

import org.d365policy.model.Account;
import org.d365policy.model.AccountAdminRole;
import org.d365policy.model.AccountLicense;
import org.d365policy.model.AdminRole;
import org.d365policy.model.BusinessUnit;
import org.d365policy.model.Environment;
import org.d365policy.model.Group;
import org.d365policy.model.GroupMember;
import org.d365policy.model.GroupNesting;
import org.d365policy.model.Invitation;
import org.d365policy.model.Role;
import org.d365policy.model.Subscription;
import org.d365policy.model.Team;
import org.d365policy.model.TeamMember;
import org.d365policy.model.TeamRole;
import org.d365policy.model.Tenant;
import org.d365policy.model.UserRecord;
import org.d365policy.model.UserRole;
import org.kie.api.runtime.KieSession;

/**
 * Inserts a tenant into a session as flat facts: the snapshot's objects, and one small fact per
 * relation (license held, role assigned, group member...), so that the rules join on indexed keys
 * instead of scanning lists. It decides nothing.
 */
final class TenantFacts {
    private TenantFacts() {
    }

    static void insert(KieSession session, Tenant tenant) {
        session.insert(tenant); // for rules about the tenant as a whole (its name is their subject)
        for (Subscription subscription : tenant.getSubscriptions()) session.insert(subscription);
        for (Account account : tenant.getAccounts()) {
            session.insert(account);
            for (String sku : account.getLicenses()) {
                session.insert(new AccountLicense(account.getUpn(), sku, account.getOrdinal()));
            }
            for (AdminRole role : account.getAdminRoles()) session.insert(new AccountAdminRole(account.getUpn(), role, account.getOrdinal()));
        }
        for (Invitation invitation : tenant.getInvitations()) session.insert(invitation);
        for (Group group : tenant.getGroups()) {
            session.insert(group);
            for (String upn : group.getMembers()) session.insert(new GroupMember(group.getId(), upn));
            for (String nested : group.getGroups()) session.insert(new GroupNesting(group.getId(), nested));
        }
        for (Environment environment : tenant.getEnvironments()) insert(session, environment);
    }

    private static void insert(KieSession session, Environment environment) {
        String env = environment.getId();
        session.insert(environment);
        for (BusinessUnit unit : environment.getBusinessUnits()) session.insert(unit);
        for (Role role : environment.getRoles()) session.insert(role);
        for (Team team : environment.getTeams()) {
            session.insert(team);
            for (String role : team.getRoles()) session.insert(new TeamRole(env, team.getId(), role));
            for (String upn : team.getMembers()) session.insert(new TeamMember(env, team.getId(), upn));
        }
        for (UserRecord user : environment.getUsers()) {
            session.insert(user);
            for (String role : user.getRoles()) session.insert(new UserRole(env, user.getKey(), user.getUpn(), role));
        }
    }
}
