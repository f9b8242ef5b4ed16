package org.d365policy.change.ops;

import org.d365policy.change.Change;
import org.d365policy.engine.LiveTenant;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.change.SeatRequest;
import org.d365policy.model.snapshot.AccessMode;
import org.d365policy.model.snapshot.Account;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Group;
import org.d365policy.model.snapshot.Role;
import org.d365policy.model.snapshot.Subscription;
import org.d365policy.model.snapshot.UserRecord;
import org.d365policy.model.snapshot.UserType;

import java.util.List;

/**
 * One operation of a change set as its handler sees it: what it asks for, the tenant it applies to,
 * how to look up what it names or say why it cannot apply, and how to put it before the change
 * rules. Every handler follows the same rhythm: look up (or {@link #cannot}), {@link #judge}, change
 * the tenant through {@link #tenant()}.
 */
public final class Step {
    /** Puts a step before the change rules on the state just before it. */
    public interface Judge {
        void judge(Step step, String subject, String environment, AccessMode mode, UserType type, List<SeatRequest> seats);
    }

    private final int index;
    private final Change change;
    private final String file;
    private final LiveTenant tenant;
    private final RecordHistory history;
    private final Judge judge;

    public Step(int index, Change change, String file, LiveTenant tenant, RecordHistory history, Judge judge) {
        this.index = index;
        this.change = change;
        this.file = file;
        this.tenant = tenant;
        this.history = history;
        this.judge = judge;
    }

    public int index() {
        return index;
    }

    public Change change() {
        return change;
    }

    public LiveTenant tenant() {
        return tenant;
    }

    /** The operation cannot apply: invalid input naming {@code changes[i]}, the operation and why. */
    public InvalidInputException cannot(String why) {
        return new InvalidInputException(file, change.getLine(), change.getColumn(), "changes[" + index + "]",
                change.getOp() + " cannot apply: " + why);
    }

    // --- Judging.

    void judge(String subject) {
        judge(subject, null, null, null, List.of());
    }

    void judge(String subject, String environment, AccessMode mode, UserType type, List<SeatRequest> seats) {
        judge.judge(this, subject, environment, mode, type, seats);
    }

    /** Remembers the record as it was before the change set, the first time the change set touches it. */
    void touch(UserRecord record) {
        history.touch(record);
    }

    /** Before this step disables {@code record}: CHG-003 then judges a later step that enables it again. */
    void disabling(UserRecord record) {
        history.disabling(record);
    }

    boolean disabledByHand(UserRecord record) {
        return history.disabledByHand(record);
    }

    void disabledByHand(UserRecord record, boolean disabled) {
        history.disabledByHand(record, disabled);
    }

    // --- Looking up what the operation names, or saying why it cannot apply.

    List<Account> accounts() throws InvalidInputException {
        List<Account> accounts = tenant.accounts(change.getUpn());
        if (accounts.isEmpty()) throw cannot("there is no account " + change.getUpn());
        return accounts;
    }

    Subscription subscription(String sku) throws InvalidInputException {
        Subscription subscription = tenant.subscription(sku);
        if (subscription == null) throw cannot("there is no subscription " + sku);
        return subscription;
    }

    Group group() throws InvalidInputException {
        Group group = tenant.group(change.getGroup());
        if (group == null) throw cannot("there is no group " + change.getGroup());
        return group;
    }

    Environment environment() throws InvalidInputException {
        Environment env = tenant.environment(change.getEnvironment());
        if (env == null) throw cannot("there is no environment " + change.getEnvironment());
        return env;
    }

    UserRecord record(Environment env) throws InvalidInputException {
        UserRecord record = tenant.record(env.getId(), change.getUpn());
        if (record == null) throw cannot(change.getUpn() + " has no user record in " + env.getId());
        return record;
    }

    void role(Environment env, String role) throws InvalidInputException {
        if (env.getRoles().stream().map(Role::getId).noneMatch(role::equals)) {
            throw cannot("role " + role + " does not exist in " + env.getId());
        }
    }
}
