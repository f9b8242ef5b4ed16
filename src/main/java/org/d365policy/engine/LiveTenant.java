package org.d365policy.engine;

import org.d365policy.model.snapshot.AccessMode;
import org.d365policy.model.snapshot.Account;
import org.d365policy.model.snapshot.AdminRole;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Group;
import org.d365policy.model.snapshot.Invitation;
import org.d365policy.model.snapshot.InvitationStatus;
import org.d365policy.model.snapshot.Subscription;
import org.d365policy.model.snapshot.Team;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant loaded in a session, kept in step with it: the only code that changes a tenant after it
 * is loaded, and each change it makes to an object it makes to that object's facts too (through the
 * one mapping of {@link TenantFacts}). It also keeps lookups by UPN and environment, so that one
 * change to a large tenant does not scan it. It decides nothing: callers say what changes, and call
 * {@link TenantSession#fire()} when a change is complete.
 */
public final class LiveTenant {
    private final Tenant tenant;
    private final TenantSession session;
    private final Map<String, List<Account>> accounts = new HashMap<>();
    private final Map<String, List<UserRecord>> records = new HashMap<>();
    private final Map<String, Environment> environments = new HashMap<>();

    /** @param session a session the tenant was loaded into */
    public LiveTenant(Tenant tenant, TenantSession session) {
        this.tenant = tenant;
        this.session = session;
        for (Account account : tenant.getAccounts()) index(account);
        for (Environment env : tenant.getEnvironments()) index(env);
    }

    public Tenant tenant() {
        return tenant;
    }

    public TenantSession session() {
        return session;
    }

    // --- Lookups.

    /** The accounts of a UPN, in the order of the file (a copy). */
    public List<Account> accounts(String upn) {
        return new ArrayList<>(accounts.getOrDefault(upn, List.of()));
    }

    /** Every record of a UPN, in every environment. */
    public List<UserRecord> records(String upn) {
        return records.getOrDefault(upn, List.of());
    }

    /** The first record of a UPN in an environment, or null. */
    public UserRecord record(String environment, String upn) {
        for (UserRecord record : records(upn)) {
            if (record.getEnvironment().equals(environment)) return record;
        }
        return null;
    }

    public Environment environment(String id) {
        return environments.get(id);
    }

    public Subscription subscription(String sku) {
        return tenant.getSubscriptions().stream().filter(s -> s.getSku().equals(sku)).findFirst().orElse(null);
    }

    public Group group(String id) {
        return tenant.getGroups().stream().filter(g -> g.getId().equals(id)).findFirst().orElse(null);
    }

    public Invitation pendingInvitation(String email, String sku) {
        return tenant.getInvitations().stream().filter(i -> i.getStatus() == InvitationStatus.PENDING
                && i.getEmail().equals(email) && i.getSku().equals(sku)).findFirst().orElse(null);
    }

    /** A position that no record of the environment had, for the key of a record added to it. */
    public int nextRecordIndex(Environment env) {
        return env.getUsers().size();
    }

    /** An ordinal no account of the tenant has: for an account that a change creates. */
    public int nextAccountOrdinal() {
        return tenant.nextAccountOrdinal();
    }

    // --- Accounts, licenses and admin roles.

    public void addAccount(Account account) {
        tenant.getAccounts().add(account);
        index(account);
        TenantFacts.of(account, session::insert);
    }

    public void removeAccount(Account account) {
        TenantFacts.of(account, session::delete);
        tenant.getAccounts().remove(account);
        List<Account> list = accounts.get(account.getUpn());
        if (list != null && list.remove(account) && list.isEmpty()) accounts.remove(account.getUpn());
    }

    public void grantLicense(Account account, String sku) {
        account.getLicenses().add(sku);
        session.update(account, "licenses");
    }

    public void revokeLicense(Account account, String sku) {
        account.getLicenses().remove(sku);
        session.update(account, "licenses");
    }

    public void grantAdminRole(Account account, AdminRole role) {
        account.getAdminRoles().add(role);
        session.update(account, "adminRoles");
        session.insert(TenantFacts.adminRole(account, role));
    }

    public void revokeAdminRole(Account account, AdminRole role) {
        account.getAdminRoles().remove(role);
        session.update(account, "adminRoles");
        session.delete(TenantFacts.adminRole(account, role));
    }

    public void setSeats(Subscription subscription, int seats) {
        subscription.setSeats(seats);
        session.update(subscription);
    }

    // --- Invitations.

    public void addInvitation(Invitation invitation) {
        tenant.getInvitations().add(invitation);
        session.insert(invitation);
    }

    public void reissue(Invitation invitation, LocalDate day) {
        invitation.setIssued(day);
        session.update(invitation);
    }

    public void revoke(Invitation invitation) {
        invitation.setStatus(InvitationStatus.REVOKED);
        session.update(invitation);
    }

    // --- Groups and teams.

    public void addGroup(Group group) {
        tenant.getGroups().add(group);
        TenantFacts.of(group, session::insert);
    }

    public void removeGroup(Group group) {
        TenantFacts.of(group, session::delete);
        tenant.getGroups().remove(group);
    }

    public void addGroupMember(Group group, String upn) {
        group.getMembers().add(upn);
        session.insert(TenantFacts.groupMember(group, upn));
    }

    public void removeGroupMember(Group group, String upn) {
        group.getMembers().remove(upn);
        session.delete(TenantFacts.groupMember(group, upn));
    }

    public void addTeamMember(Environment env, Team team, String upn) {
        team.getMembers().add(upn);
        session.insert(TenantFacts.teamMember(env.getId(), team, upn));
    }

    public void removeTeamMember(Environment env, Team team, String upn) {
        team.getMembers().remove(upn);
        session.delete(TenantFacts.teamMember(env.getId(), team, upn));
    }

    // --- Environments and user records.

    /** @param record a record made with the position {@link #nextRecordIndex} gives, so that its key is unused */
    public void addRecord(Environment env, UserRecord record) {
        env.getUsers().add(record);
        records.computeIfAbsent(record.getUpn(), k -> new ArrayList<>(1)).add(record);
        TenantFacts.of(record, session::insert);
    }

    public void setEnabled(UserRecord record, boolean enabled) {
        record.setEnabled(enabled);
        session.update(record, "enabled");
    }

    public void setAccessMode(UserRecord record, AccessMode mode) {
        record.setAccessMode(mode);
        session.update(record, "accessMode");
    }

    public void assignRole(UserRecord record, String role) {
        record.getRoles().add(role);
        session.update(record, "roles");
    }

    public void removeRole(UserRecord record, String role) {
        record.getRoles().remove(role);
        session.update(record, "roles");
    }

    private void index(Account account) {
        accounts.computeIfAbsent(account.getUpn(), k -> new ArrayList<>(1)).add(account);
    }

    private void index(Environment env) {
        environments.put(env.getId(), env);
        for (UserRecord record : env.getUsers()) records.computeIfAbsent(record.getUpn(), k -> new ArrayList<>(1)).add(record);
    }
}
