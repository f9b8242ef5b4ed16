package org.d365policy.change;

import org.d365policy.engine.TenantSession;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.AccessMode;
import org.d365policy.model.Account;
import org.d365policy.model.AccountAdminRole;
import org.d365policy.model.AccountLicense;
import org.d365policy.model.AdminRole;
import org.d365policy.model.BeforeInvitation;
import org.d365policy.model.BeforeRecord;
import org.d365policy.model.BusinessUnit;
import org.d365policy.model.ChangeSetInvitation;
import org.d365policy.model.ChangeStep;
import org.d365policy.model.Environment;
import org.d365policy.model.Finding;
import org.d365policy.model.Group;
import org.d365policy.model.GroupMember;
import org.d365policy.model.Invitation;
import org.d365policy.model.InvitationStatus;
import org.d365policy.model.Operation;
import org.d365policy.model.Role;
import org.d365policy.model.SeatRequest;
import org.d365policy.model.Subject;
import org.d365policy.model.Subscription;
import org.d365policy.model.Team;
import org.d365policy.model.TeamMember;
import org.d365policy.model.Tenant;
import org.d365policy.model.UserRecord;
import org.d365policy.model.UserRole;
import org.d365policy.model.UserType;

import org.d365policy.report.Location;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies a change set, operation by operation, to a tenant loaded in a session: first the change
 * rules judge the step on the state just before it, then the operation and the platform's own
 * consequences (changes.md) become fact updates. It judges nothing itself; it only checks that an
 * operation can apply at all, which is invalid input when it cannot.
 */
public final class ChangeApplier {
    private final Tenant tenant;
    private final TenantSession session;
    private final LocalDate day;
    private final String file;
    private final String actor;
    private final Set<UserRecord> baselined = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final TenantIndex index;
    private final Map<Finding, Location> stepLocations = new IdentityHashMap<>();
    private final Map<String, Location> subjectPlaces = new java.util.HashMap<>();

    /** Remembers the invitations as they are, which CHG-003 compares with; then operations can be applied. */
    public ChangeApplier(Tenant tenant, TenantSession session, LocalDate day, String file, String actor) {
        this.tenant = tenant;
        this.session = session;
        this.day = day;
        this.file = file;
        this.actor = actor;
        this.index = new TenantIndex(tenant);
        // The change rules' findings are located at the operation they judged, so each step's are taken as they come.
        session.recordInserted();
        for (Invitation invitation : tenant.getInvitations()) {
            session.insert(new BeforeInvitation(invitation.getEmail(), invitation.getSku(), invitation.getStatus(), invitation.getIssued()));
        }
    }

    /** Applies every operation of the change set in order; the caller reads the findings afterwards. */
    public void applyAll(ChangeSet changeSet) throws InvalidInputException {
        if (accounts(actor).isEmpty()) {
            throw new InvalidInputException(file, changeSet.getLine(), changeSet.getColumn(), "actor",
                    "\"" + actor + "\" is no account of the tenant; expected the account that makes the change");
        }
        for (Change change : changeSet.getChanges()) {
            if (change.getOp() == Operation.INVITE) session.insert(new ChangeSetInvitation(change.getEmail()));
        }
        List<Change> changes = changeSet.getChanges();
        for (int i = 0; i < changes.size(); i++) apply(i, changes.get(i));
        session.fire();
    }

    private void apply(int i, Change c) throws InvalidInputException {
        Step step = new Step(i, c);
        switch (c.getOp()) {
            case CREATE_ACCOUNT: createAccount(step); break;
            case DELETE_ACCOUNT: deleteAccount(step); break;
            case ASSIGN_LICENSE: assignLicense(step); break;
            case REMOVE_LICENSE: removeLicense(step); break;
            case SET_SEATS: setSeats(step); break;
            case INVITE: invite(step); break;
            case REVOKE_INVITATION: revokeInvitation(step); break;
            case ASSIGN_ADMIN_ROLE: case REMOVE_ADMIN_ROLE: adminRole(step); break;
            case ADD_GROUP_MEMBER: addGroupMember(step); break;
            case REMOVE_GROUP_MEMBER: removeGroupMember(step); break;
            case RESET_PASSWORD: existingAccounts(step); judge(step, Subject.account(c.getUpn())); break;
            case ADD_USER: addUser(step); break;
            case SET_ACCESS_MODE: setAccessMode(step); break;
            case ENABLE_USER: case DISABLE_USER: enablement(step); break;
            case ASSIGN_ROLE: case REMOVE_ROLE: role(step); break;
            case ADD_TEAM_MEMBER: case REMOVE_TEAM_MEMBER: teamMember(step); break;
            default: throw step.cannot("this operation is not known");
        }
        session.fire();
        // Rules judged on the state after the operation (CHG-003, CHG-005) fire here, not at the next step.
        placeInserted(step);
    }

    // --- The operations.

    private void createAccount(Step s) throws InvalidInputException {
        Change c = s.change;
        if (!accounts(c.getUpn()).isEmpty()) throw s.cannot("an account " + c.getUpn() + " exists already");
        for (String sku : c.getLicenses()) subscription(s, sku);
        List<SeatRequest> seats = new ArrayList<>();
        for (String sku : c.getLicenses()) seats.add(new SeatRequest(s.index, sku, c.getUpn(), Subject.account(c.getUpn()), false));
        judge(s, Subject.account(c.getUpn()), null, null, null, seats);
        int ordinal = tenant.getAccounts().stream().mapToInt(Account::getOrdinal).max().orElse(-1) + 1;
        Account account = new Account(c.getUpn(), c.getLicenses(), c.getAdminRoles(), ordinal);
        tenant.getAccounts().add(account);
        index.added(account);
        session.insert(account);
        for (String sku : account.getLicenses()) session.insert(new AccountLicense(account.getUpn(), sku, ordinal));
        for (AdminRole role : account.getAdminRoles()) session.insert(new AccountAdminRole(account.getUpn(), role, ordinal));
    }

    private void deleteAccount(Step s) throws InvalidInputException {
        String upn = s.change.getUpn();
        List<Account> accounts = existingAccounts(s);
        judge(s, Subject.account(upn));
        for (Account account : accounts) {
            for (String sku : account.getLicenses()) session.delete(new AccountLicense(upn, sku, account.getOrdinal()));
            for (AdminRole role : account.getAdminRoles()) session.delete(new AccountAdminRole(upn, role, account.getOrdinal()));
            tenant.getAccounts().remove(account);
            index.removed(account);
            session.delete(account);
        }
        for (Group group : tenant.getGroups()) {
            if (group.getMembers().remove(upn)) session.delete(new GroupMember(group.getId(), upn));
        }
        for (Environment env : tenant.getEnvironments()) {
            for (Team team : env.getTeams()) {
                if (team.getMembers().remove(upn)) session.delete(new TeamMember(env.getId(), team.getId(), upn));
            }
        }
        for (UserRecord record : index.records(upn)) {
            if (record.getType() == UserType.PERSON && record.isEnabled()) disable(record);
        }
    }

    private void assignLicense(Step s) throws InvalidInputException {
        Change c = s.change;
        List<Account> accounts = existingAccounts(s);
        subscription(s, c.getSku());
        if (accounts.stream().anyMatch(a -> a.getLicenses().contains(c.getSku()))) {
            throw s.cannot(c.getUpn() + " already holds " + c.getSku());
        }
        judge(s, Subject.account(c.getUpn()), null, null, null,
                List.of(new SeatRequest(s.index, c.getSku(), c.getUpn(), Subject.account(c.getUpn()), false)));
        Account account = accounts.get(0);
        account.getLicenses().add(c.getSku());
        session.insert(new AccountLicense(account.getUpn(), c.getSku(), account.getOrdinal()));
    }

    private void removeLicense(Step s) throws InvalidInputException {
        Change c = s.change;
        List<Account> holders = accounts(c.getUpn()).stream().filter(a -> a.getLicenses().contains(c.getSku()))
                .collect(Collectors.toList());
        if (holders.isEmpty()) throw s.cannot(c.getUpn() + " holds no " + c.getSku());
        judge(s, Subject.account(c.getUpn()));
        for (Account account : holders) {
            account.getLicenses().remove(c.getSku());
            session.delete(new AccountLicense(account.getUpn(), c.getSku(), account.getOrdinal()));
        }
        boolean anyLeft = accounts(c.getUpn()).stream().anyMatch(a -> !a.getLicenses().isEmpty());
        if (anyLeft) return;
        for (UserRecord record : index.records(c.getUpn())) {
            if (record.getType() == UserType.PERSON && record.isEnabled()
                    && (record.getAccessMode() == AccessMode.READ_WRITE || record.getAccessMode() == AccessMode.READ)) {
                disable(record);
            }
        }
    }

    private void setSeats(Step s) throws InvalidInputException {
        Subscription subscription = subscription(s, s.change.getSku());
        judge(s, Subject.subscription(subscription.getSku()));
        subscription.setSeats(s.change.getSeats());
        session.update(subscription);
    }

    private void invite(Step s) throws InvalidInputException {
        Change c = s.change;
        subscription(s, c.getSku());
        String subject = Subject.invitation(c.getEmail(), c.getSku());
        judge(s, subject, null, null, null, List.of(new SeatRequest(s.index, c.getSku(), c.getEmail(), subject, true)));
        Invitation pending = pendingInvitation(c.getEmail(), c.getSku());
        if (pending != null) {
            pending.setIssued(day);
            session.update(pending);
        } else {
            Invitation invitation = new Invitation(c.getEmail(), c.getSku(), day, InvitationStatus.PENDING);
            tenant.getInvitations().add(invitation);
            session.insert(invitation);
        }
    }

    private void revokeInvitation(Step s) throws InvalidInputException {
        Change c = s.change;
        Invitation pending = pendingInvitation(c.getEmail(), c.getSku());
        if (pending == null) throw s.cannot("there is no pending invitation to " + c.getEmail() + " for " + c.getSku());
        judge(s, Subject.invitation(c.getEmail(), c.getSku()));
        pending.setStatus(InvitationStatus.REVOKED);
        session.update(pending);
    }

    private void adminRole(Step s) throws InvalidInputException {
        Change c = s.change;
        List<Account> accounts = existingAccounts(s);
        AdminRole role = ChangeSetLoader.adminRole(c.getRole());
        boolean held = accounts.stream().anyMatch(a -> a.getAdminRoles().contains(role));
        boolean assign = c.getOp() == Operation.ASSIGN_ADMIN_ROLE;
        if (assign && held) throw s.cannot(c.getUpn() + " already holds the admin role " + role);
        if (!assign && !held) throw s.cannot(c.getUpn() + " does not hold the admin role " + role);
        judge(s, Subject.account(c.getUpn()));
        if (assign) {
            accounts.get(0).getAdminRoles().add(role);
            session.insert(new AccountAdminRole(c.getUpn(), role, accounts.get(0).getOrdinal()));
            return;
        }
        for (Account account : accounts) {
            if (account.getAdminRoles().remove(role)) session.delete(new AccountAdminRole(c.getUpn(), role, account.getOrdinal()));
        }
    }

    private void addGroupMember(Step s) throws InvalidInputException {
        Change c = s.change;
        Group group = group(s);
        if (group.getMembers().contains(c.getUpn())) throw s.cannot(c.getUpn() + " is a direct member of " + group.getId() + " already");
        judge(s, Subject.account(c.getUpn()));
        group.getMembers().add(c.getUpn());
        session.insert(new GroupMember(group.getId(), c.getUpn()));
    }

    private void removeGroupMember(Step s) throws InvalidInputException {
        Change c = s.change;
        Group group = group(s);
        if (!group.getMembers().contains(c.getUpn())) throw s.cannot(c.getUpn() + " is no direct member of " + group.getId());
        judge(s, Subject.account(c.getUpn()));
        group.getMembers().remove(c.getUpn());
        session.delete(new GroupMember(group.getId(), c.getUpn()));
        for (UserRecord record : index.records(c.getUpn())) {
            Environment env = index.environment(record.getEnvironment());
            if (group.getId().equals(env.getSecurityGroup()) && record.getType() == UserType.PERSON && record.isEnabled()) {
                disable(record);
            }
        }
    }

    private void addUser(Step s) throws InvalidInputException {
        Change c = s.change;
        Environment env = environment(s);
        if (env.getBusinessUnits().stream().map(BusinessUnit::getId).noneMatch(c.getBusinessUnit()::equals)) {
            throw s.cannot("business unit " + c.getBusinessUnit() + " does not exist in " + env.getId());
        }
        if (c.getRoles() != null) {
            for (String role : c.getRoles()) role(s, env, role);
        }
        if (record(env, c.getUpn()) != null) throw s.cannot(c.getUpn() + " has a user record in " + env.getId() + " already");
        UserType type = c.getType() == null ? UserType.PERSON : c.getType();
        if (type == UserType.PERSON && accounts(c.getUpn()).isEmpty()) {
            throw s.cannot("there is no account " + c.getUpn() + "; a person's user record needs one");
        }
        if (c.getAccessMode() != null && !type.allows(c.getAccessMode())) {
            throw s.cannot("access mode " + c.getAccessMode() + " is not allowed for a " + type + " user");
        }
        if (c.getApplicationId() != null && type != UserType.APPLICATION) {
            throw s.cannot("applicationId is given on a " + type + " user; expected it on application users only");
        }
        AccessMode mode = c.getAccessMode() == null ? type.defaultAccessMode() : c.getAccessMode();
        judge(s, Subject.user(env.getId(), c.getUpn()), env.getId(), mode, type, List.of());
        UserRecord record = new UserRecord(env.getId(), env.getUsers().size(), c.getUpn(), type, c.getAccessMode(),
                c.getEnabled(), c.getBusinessUnit(), c.getRoles(), c.getApplicationId());
        env.getUsers().add(record);
        index.added(record);
        session.insert(record);
        for (String role : record.getRoles()) session.insert(new UserRole(env.getId(), record.getKey(), record.getUpn(), role));
    }

    private void setAccessMode(Step s) throws InvalidInputException {
        Change c = s.change;
        Environment env = environment(s);
        UserRecord record = existingRecord(s, env);
        if (!record.getType().allows(c.getAccessMode())) {
            throw s.cannot("access mode " + c.getAccessMode() + " is not allowed for a " + record.getType() + " user");
        }
        if (record.getAccessMode() == c.getAccessMode()) throw s.cannot(c.getUpn() + " is in access mode " + c.getAccessMode() + " already");
        judge(s, Subject.user(record), env.getId(), c.getAccessMode(), record.getType(), List.of());
        baseline(record);
        record.setAccessMode(c.getAccessMode());
        session.update(record, "accessMode");
    }

    private void enablement(Step s) throws InvalidInputException {
        Environment env = environment(s);
        UserRecord record = existingRecord(s, env);
        boolean enable = s.change.getOp() == Operation.ENABLE_USER;
        if (record.isEnabled() == enable) throw s.cannot(record.getUpn() + " is " + (enable ? "enabled" : "disabled") + " already");
        judge(s, Subject.user(record), env.getId(), null, record.getType(), List.of());
        baseline(record);
        record.setEnabled(enable);
        session.update(record, "enabled");
    }

    private void role(Step s) throws InvalidInputException {
        Change c = s.change;
        Environment env = environment(s);
        UserRecord record = existingRecord(s, env);
        role(s, env, c.getRole());
        boolean assign = c.getOp() == Operation.ASSIGN_ROLE;
        boolean held = record.getRoles().contains(c.getRole());
        if (assign && held) throw s.cannot(c.getUpn() + " holds the role " + c.getRole() + " already");
        if (!assign && !held) throw s.cannot(c.getUpn() + " does not hold the role " + c.getRole() + " directly");
        judge(s, Subject.user(record), env.getId(), null, record.getType(), List.of());
        baseline(record);
        UserRole fact = new UserRole(env.getId(), record.getKey(), record.getUpn(), c.getRole());
        if (assign) {
            record.getRoles().add(c.getRole());
            session.insert(fact);
        } else {
            record.getRoles().remove(c.getRole());
            session.delete(fact);
        }
    }

    private void teamMember(Step s) throws InvalidInputException {
        Change c = s.change;
        Environment env = environment(s);
        Team team = env.getTeams().stream().filter(t -> t.getId().equals(c.getTeam())).findFirst()
                .orElseThrow(() -> s.cannot("team " + c.getTeam() + " does not exist in " + env.getId()));
        existingRecord(s, env);
        boolean add = c.getOp() == Operation.ADD_TEAM_MEMBER;
        boolean member = team.getMembers().contains(c.getUpn());
        if (add && member) throw s.cannot(c.getUpn() + " is a member of " + team.getId() + " already");
        if (!add && !member) throw s.cannot(c.getUpn() + " is no member of " + team.getId());
        judge(s, Subject.team(env.getId(), team.getId()), env.getId(), null, null, List.of());
        TeamMember fact = new TeamMember(env.getId(), team.getId(), c.getUpn());
        if (add) {
            team.getMembers().add(c.getUpn());
            session.insert(fact);
        } else {
            team.getMembers().remove(c.getUpn());
            session.delete(fact);
        }
    }

    // --- Judging a step, and the state the change rules compare with.

    private void judge(Step s, String subject) {
        judge(s, subject, null, null, null, List.of());
    }

    /** Puts the step before the rules on the state just before it, then takes it away again. */
    private void judge(Step s, String subject, String environment, AccessMode mode, UserType type, List<SeatRequest> seats) {
        ChangeStep step = new ChangeStep(s.index, s.change.getOp(), actor, subject, environment, s.change.getUpn(), mode, type);
        session.insert(step);
        for (SeatRequest seat : seats) session.insert(seat);
        session.fire();
        for (SeatRequest seat : seats) session.delete(seat);
        session.delete(step);
        subjectPlaces.putIfAbsent(subject, s.location());
        placeInserted(s);
    }

    private void placeInserted(Step s) {
        for (Finding f : session.takeInserted()) stepLocations.put(f, s.location());
    }

    /**
     * The operation during which each finding was inserted, snapshot rules' findings included: only a
     * change rule's finding is about that operation, so the caller keeps those.
     */
    public Map<Finding, Location> stepLocations() {
        return stepLocations;
    }

    /** Where each subject that an operation names is first named in the change set. */
    public Map<String, Location> subjectPlaces() {
        return subjectPlaces;
    }

    /** Remembers a record as it was before the change, the first time the change touches it. */
    private void baseline(UserRecord record) {
        if (baselined.add(record)) {
            session.insert(new BeforeRecord(record.getEnvironment(), record.getUpn(), record.isEnabled(), !record.getRoles().isEmpty()));
        }
    }

    private void disable(UserRecord record) {
        baseline(record);
        record.setEnabled(false);
        session.update(record, "enabled");
    }

    // --- Looking things up, or saying why the operation cannot apply.

    private List<Account> accounts(String upn) {
        return index.accounts(upn);
    }

    private List<Account> existingAccounts(Step s) throws InvalidInputException {
        List<Account> accounts = accounts(s.change.getUpn());
        if (accounts.isEmpty()) throw s.cannot("there is no account " + s.change.getUpn());
        return accounts;
    }

    private Subscription subscription(Step s, String sku) throws InvalidInputException {
        return tenant.getSubscriptions().stream().filter(x -> x.getSku().equals(sku)).findFirst()
                .orElseThrow(() -> s.cannot("there is no subscription " + sku));
    }

    private Invitation pendingInvitation(String email, String sku) {
        return tenant.getInvitations().stream().filter(i -> i.getStatus() == InvitationStatus.PENDING
                && i.getEmail().equals(email) && i.getSku().equals(sku)).findFirst().orElse(null);
    }

    private Group group(Step s) throws InvalidInputException {
        return tenant.getGroups().stream().filter(g -> g.getId().equals(s.change.getGroup())).findFirst()
                .orElseThrow(() -> s.cannot("there is no group " + s.change.getGroup()));
    }

    private Environment environment(Step s) throws InvalidInputException {
        Environment env = index.environment(s.change.getEnvironment());
        if (env == null) throw s.cannot("there is no environment " + s.change.getEnvironment());
        return env;
    }

    private static void role(Step s, Environment env, String role) throws InvalidInputException {
        if (env.getRoles().stream().map(Role::getId).noneMatch(role::equals)) {
            throw s.cannot("role " + role + " does not exist in " + env.getId());
        }
    }

    private UserRecord record(Environment env, String upn) {
        return index.record(env.getId(), upn);
    }

    private UserRecord existingRecord(Step s, Environment env) throws InvalidInputException {
        UserRecord record = record(env, s.change.getUpn());
        if (record == null) throw s.cannot(s.change.getUpn() + " has no user record in " + env.getId());
        return record;
    }

    /** One operation of the change set, and how to say that it cannot apply. */
    private final class Step {
        final int index;
        final Change change;

        Step(int index, Change change) {
            this.index = index;
            this.change = change;
        }

        Location location() {
            return new Location(file, change.getLine(), change.getColumn());
        }

        InvalidInputException cannot(String why) {
            return new InvalidInputException(file, change.getLine(), change.getColumn(), "changes[" + index + "]",
                    change.getOp() + " cannot apply: " + why);
        }
    }
}
