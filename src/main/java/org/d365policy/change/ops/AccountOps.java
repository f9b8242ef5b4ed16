package org.d365policy.change.ops;

import org.d365policy.change.Change;
import org.d365policy.change.ChangeSetLoader;
import org.d365policy.engine.LiveTenant;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.Subject;
import org.d365policy.model.change.Operation;
import org.d365policy.model.change.SeatRequest;
import org.d365policy.model.snapshot.Account;
import org.d365policy.model.snapshot.AdminRole;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Group;
import org.d365policy.model.snapshot.Subscription;
import org.d365policy.model.snapshot.Team;

import java.util.ArrayList;
import java.util.List;

/** Accounts and what they hold: createAccount, deleteAccount, licenses, seats, admin roles, resetPassword. */
public final class AccountOps {
    private AccountOps() {
    }

    public static void createAccount(Step s) throws InvalidInputException {
        Change c = s.change();
        LiveTenant tenant = s.tenant();
        if (!tenant.accounts(c.getUpn()).isEmpty()) throw s.cannot("an account " + c.getUpn() + " exists already");
        for (String sku : c.getLicenses()) s.subscription(sku);
        List<SeatRequest> seats = new ArrayList<>();
        for (String sku : c.getLicenses()) seats.add(new SeatRequest(s.index(), sku, c.getUpn(), Subject.account(c.getUpn()), false));
        s.judge(Subject.account(c.getUpn()), null, null, null, seats);
        tenant.addAccount(new Account(c.getUpn(), c.getLicenses(), c.getAdminRoles(), tenant.nextAccountOrdinal()));
    }

    /** Its licenses return to the pool, it leaves every group and team, its person records are disabled. */
    public static void deleteAccount(Step s) throws InvalidInputException {
        String upn = s.change().getUpn();
        List<Account> accounts = s.accounts();
        s.judge(Subject.account(upn));
        LiveTenant tenant = s.tenant();
        for (Account account : accounts) tenant.removeAccount(account);
        for (Group group : tenant.tenant().getGroups()) {
            if (group.getMembers().contains(upn)) tenant.removeGroupMember(group, upn);
        }
        for (Environment env : tenant.tenant().getEnvironments()) {
            for (Team team : env.getTeams()) {
                if (team.getMembers().contains(upn)) tenant.removeTeamMember(env, team, upn);
            }
        }
        PlatformConsequences.disableEveryRecord(s, upn);
    }

    public static void assignLicense(Step s) throws InvalidInputException {
        Change c = s.change();
        List<Account> accounts = s.accounts();
        s.subscription(c.getSku());
        if (accounts.stream().anyMatch(a -> a.getLicenses().contains(c.getSku()))) {
            throw s.cannot(c.getUpn() + " already holds " + c.getSku());
        }
        s.judge(Subject.account(c.getUpn()), null, null, null,
                List.of(new SeatRequest(s.index(), c.getSku(), c.getUpn(), Subject.account(c.getUpn()), false)));
        s.tenant().grantLicense(accounts.get(0), c.getSku());
        PlatformConsequences.enableWhereLicensedAndInGroup(s, c.getUpn());
    }

    public static void removeLicense(Step s) throws InvalidInputException {
        Change c = s.change();
        List<Account> holders = s.tenant().accounts(c.getUpn()).stream().filter(a -> a.getLicenses().contains(c.getSku())).toList();
        if (holders.isEmpty()) throw s.cannot(c.getUpn() + " holds no " + c.getSku());
        s.judge(Subject.account(c.getUpn()));
        for (Account account : holders) s.tenant().revokeLicense(account, c.getSku());
        PlatformConsequences.disableWhereUnlicensed(s, c.getUpn());
    }

    public static void setSeats(Step s) throws InvalidInputException {
        Subscription subscription = s.subscription(s.change().getSku());
        s.judge(Subject.subscription(subscription.getSku()));
        s.tenant().setSeats(subscription, s.change().getSeats());
    }

    /** assignAdminRole acts on the first account of the UPN, removeAdminRole on every one that holds the role. */
    public static void adminRole(Step s) throws InvalidInputException {
        Change c = s.change();
        List<Account> accounts = s.accounts();
        AdminRole role = ChangeSetLoader.adminRole(c.getRole());
        boolean held = accounts.stream().anyMatch(a -> a.getAdminRoles().contains(role));
        boolean assign = c.getOp() == Operation.ASSIGN_ADMIN_ROLE;
        if (assign && held) throw s.cannot(c.getUpn() + " already holds the admin role " + role);
        if (!assign && !held) throw s.cannot(c.getUpn() + " does not hold the admin role " + role);
        s.judge(Subject.account(c.getUpn()));
        if (assign) {
            s.tenant().grantAdminRole(accounts.get(0), role);
            return;
        }
        for (Account account : accounts) {
            if (account.getAdminRoles().contains(role)) s.tenant().revokeAdminRole(account, role);
        }
    }

    /** Changes nothing the rules see; only CHG-001 judges it. */
    public static void resetPassword(Step s) throws InvalidInputException {
        s.accounts();
        s.judge(Subject.account(s.change().getUpn()));
    }
}
