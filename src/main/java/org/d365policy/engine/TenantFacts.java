package org.d365policy.engine;

import org.d365policy.model.fact.AccountAdminRole;
import org.d365policy.model.fact.GroupMember;
import org.d365policy.model.fact.GroupNesting;
import org.d365policy.model.fact.TeamMember;
import org.d365policy.model.fact.TeamRole;
import org.d365policy.model.snapshot.Account;
import org.d365policy.model.snapshot.AdminRole;
import org.d365policy.model.snapshot.BusinessUnit;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Group;
import org.d365policy.model.snapshot.Invitation;
import org.d365policy.model.snapshot.Role;
import org.d365policy.model.snapshot.Subscription;
import org.d365policy.model.snapshot.Team;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;

import org.d365policy.model.fact.JudgedRule;
import org.d365policy.model.fact.Waiver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * How a tenant becomes facts: the snapshot's objects, and one small fact per relation that a change
 * to one side must not make the rules look at the whole other side for (group and team members,
 * team roles, admin roles, group nesting), so that the rules join on indexed keys. An account's
 * licenses and a record's direct roles stay in their owner, a few short lists the rules read with
 * {@code contains} and {@code memberOf}: a fact for each cost a fact handle and a place in every
 * join that reads it, about a third of all facts, and a change to them concerns their owner alone.
 * Each object's facts are given to a sink, which inserts them for a new session and, through
 * {@link LiveTenant}, inserts or deletes them as the tenant changes: the mapping is written once here.
 * It decides nothing.
 */
final class TenantFacts {
    private TenantFacts() {
    }

    static void of(Tenant tenant, Consumer<Object> sink) {
        sink.accept(tenant); // for rules about the tenant as a whole (its name is their subject)
        for (Subscription subscription : tenant.getSubscriptions()) sink.accept(subscription);
        for (Account account : tenant.getAccounts()) of(account, sink);
        for (Invitation invitation : tenant.getInvitations()) sink.accept(invitation);
        for (Group group : tenant.getGroups()) of(group, sink);
        for (Environment environment : tenant.getEnvironments()) of(environment, sink);
    }

    /**
     * What a session judges with: the day and profile's parameters, the rules judged, the waivers. The change
     * rules are not among the rules judged here: a snapshot gives them nothing to judge, and a waiver of one
     * that matched no finding would be called unused (WAIVER-002) where it was never in question
     * ({@link #changeRulesJudged}).
     */
    static void judging(RuleBase rules, EvaluationSettings settings, Consumer<Object> sink) {
        rulesJudged(rules, settings, rule -> !rule.changeRule(), sink);
        for (Waiver waiver : settings.waivers()) sink.accept(waiver);
        sink.accept(settings.toFact());
    }

    /**
     * Change rules among the rules judged: all of them where a change set is judged (what-if), those that
     * compare two states ({@link RuleInfo#comparesStates}) on the side after of two snapshots (diff, gate).
     */
    static void changeRulesJudged(RuleBase rules, EvaluationSettings settings, ChangeRules which, Consumer<Object> sink) {
        rulesJudged(rules, settings, rule -> rule.changeRule() && (which == ChangeRules.OF_A_CHANGE_SET || rule.comparesStates()), sink);
    }

    /** Which change rules a judging covers. */
    enum ChangeRules {
        /** A change set's: every change rule. */
        OF_A_CHANGE_SET,
        /** Two snapshots': the rules that compare the state after with the state before. */
        OF_TWO_STATES
    }

    private static void rulesJudged(RuleBase rules, EvaluationSettings settings, Predicate<RuleInfo> judged, Consumer<Object> sink) {
        for (String id : settings.only() == null ? rules.catalog().keySet() : settings.only()) {
            RuleInfo rule = rules.catalog().get(id);
            if (rule != null && judged.test(rule)) sink.accept(new JudgedRule(id));
        }
    }

    /**
     * The facts the tenant-wide rules read ({@link RuleBase#TENANT_PACKAGE}): subscriptions, accounts
     * and their admin roles, and invitations, without the environments.
     */
    static void tenantWide(Tenant tenant, EvaluationSettings settings, Consumer<Object> sink) {
        sink.accept(tenant);
        sink.accept(settings.toFact());
        for (Subscription subscription : tenant.getSubscriptions()) sink.accept(subscription);
        for (Account account : tenant.getAccounts()) of(account, sink);
        for (Invitation invitation : tenant.getInvitations()) sink.accept(invitation);
    }

    /**
     * The facts some people's rules read ({@link RuleBase#PEOPLE_PACKAGE}): the accounts, with admin
     * roles, and the records in every environment of some people ({@link PartPlan.Side#share}), beside
     * the tenant.
     */
    static void people(Tenant tenant, List<Account> accounts, List<List<UserRecord>> records, EvaluationSettings settings,
                       Consumer<Object> sink) {
        sink.accept(tenant);
        sink.accept(settings.toFact());
        for (Account account : accounts) of(account, sink);
        for (List<UserRecord> some : records) {
            for (UserRecord user : some) of(user, sink);
        }
    }

    /**
     * The facts one environment's rules read, for the people whose records {@code users} are (all of the
     * environment's, or those of a share of its people, {@link PartPlan.Side#share}): the environment with
     * its units, roles and teams, and of its records and team memberships those of these people; of the
     * tenant only what concerns them, their accounts (with admin roles) and group memberships, beside
     * every group and nesting. Each rule about a record reaches an account or a membership from the
     * record by its UPN, so the others could never match; the rules that compare records of different
     * people ({@link RuleBase#ENVIRONMENT_PACKAGE}) read {@link #wholeEnvironment} instead, where some
     * people of an environment are judged apart.
     */
    static void environmentPart(Tenant tenant, Environment environment, List<UserRecord> users, PeopleIndex people,
                                EvaluationSettings settings, Consumer<Object> sink) {
        Map<String, PeopleIndex.Person> own = new LinkedHashMap<>();
        for (UserRecord user : users) own.computeIfAbsent(user.getUpn(), people::person);
        sink.accept(settings.toFact());
        for (PeopleIndex.Person person : own.values()) {
            for (Account account : person.accounts()) of(account, sink);
        }
        for (Group group : tenant.getGroups()) withoutMembers(group, sink);
        for (Map.Entry<String, PeopleIndex.Person> person : own.entrySet()) {
            for (Group group : person.getValue().groups()) sink.accept(groupMember(group, person.getKey()));
        }
        sink.accept(environment);
        for (BusinessUnit unit : environment.getBusinessUnits()) sink.accept(unit);
        for (Role role : environment.getRoles()) sink.accept(role);
        for (Team team : environment.getTeams()) of(environment.getId(), team, own::containsKey, sink);
        for (UserRecord user : users) of(user, sink);
    }

    /** The facts the rules about an environment's records all at once read: the environment and its records. */
    static void wholeEnvironment(Environment environment, EvaluationSettings settings, Consumer<Object> sink) {
        sink.accept(settings.toFact());
        sink.accept(environment);
        for (UserRecord user : environment.getUsers()) of(user, sink);
    }

    static void of(Account account, Consumer<Object> sink) {
        sink.accept(account);
        for (AdminRole role : account.getAdminRoles()) sink.accept(adminRole(account, role));
    }

    static AccountAdminRole adminRole(Account account, AdminRole role) {
        return new AccountAdminRole(account.getUpn(), role, account.getOrdinal());
    }

    static void of(Group group, Consumer<Object> sink) {
        withoutMembers(group, sink);
        for (String upn : group.getMembers()) sink.accept(groupMember(group, upn));
    }

    /** A group with its nesting. */
    private static void withoutMembers(Group group, Consumer<Object> sink) {
        sink.accept(group);
        for (String nested : group.getGroups()) sink.accept(new GroupNesting(group.getId(), nested));
    }

    static GroupMember groupMember(Group group, String upn) {
        return new GroupMember(group.getId(), upn);
    }

    /** The environment with everything in it: units, roles, teams and user records. */
    static void of(Environment environment, Consumer<Object> sink) {
        sink.accept(environment);
        for (BusinessUnit unit : environment.getBusinessUnits()) sink.accept(unit);
        for (Role role : environment.getRoles()) sink.accept(role);
        for (Team team : environment.getTeams()) of(environment.getId(), team, sink);
        for (UserRecord user : environment.getUsers()) of(user, sink);
    }

    static void of(String environment, Team team, Consumer<Object> sink) {
        of(environment, team, upn -> true, sink);
    }

    /** A team with its roles, and of its members those {@code members} accepts. */
    private static void of(String environment, Team team, Predicate<String> members, Consumer<Object> sink) {
        sink.accept(team);
        for (String role : team.getRoles()) sink.accept(new TeamRole(environment, team.getId(), role));
        for (String upn : team.getMembers()) if (members.test(upn)) sink.accept(teamMember(environment, team, upn));
    }

    static TeamMember teamMember(String environment, Team team, String upn) {
        return new TeamMember(environment, team.getId(), upn);
    }

    static void of(UserRecord user, Consumer<Object> sink) {
        sink.accept(user);
    }
}
