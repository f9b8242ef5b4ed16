package org.d365policy.change.ops;

import org.d365policy.change.Change;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.Subject;
import org.d365policy.model.change.Operation;
import org.d365policy.model.snapshot.AccessMode;
import org.d365policy.model.snapshot.BusinessUnit;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.UserRecord;
import org.d365policy.model.snapshot.UserType;

import java.util.List;

/** User records of an environment: addUser, setAccessMode, enableUser, disableUser, assignRole, removeRole. */
public final class UserRecordOps {
    private UserRecordOps() {
    }

    public static void addUser(Step s) throws InvalidInputException {
        Change c = s.change();
        Environment env = s.environment();
        if (env.getBusinessUnits().stream().map(BusinessUnit::getId).noneMatch(c.getBusinessUnit()::equals)) {
            throw s.cannot("business unit " + c.getBusinessUnit() + " does not exist in " + env.getId());
        }
        if (c.getRoles() != null) {
            for (String role : c.getRoles()) s.role(env, role);
        }
        if (s.tenant().record(env.getId(), c.getUpn()) != null) throw s.cannot(c.getUpn() + " has a user record in " + env.getId() + " already");
        UserType type = c.getType() == null ? UserType.PERSON : c.getType();
        if (type == UserType.PERSON && s.tenant().accounts(c.getUpn()).isEmpty()) {
            throw s.cannot("there is no account " + c.getUpn() + "; a person's user record needs one");
        }
        if (c.getAccessMode() != null && !type.allows(c.getAccessMode())) {
            throw s.cannot("access mode " + c.getAccessMode() + " is not allowed for " + type.withArticle() + " user");
        }
        if (c.getApplicationId() != null && type != UserType.APPLICATION) {
            throw s.cannot("applicationId is given on a " + type + " user; expected it on application users only");
        }
        AccessMode mode = c.getAccessMode() == null ? type.defaultAccessMode() : c.getAccessMode();
        s.judge(Subject.user(env.getId(), c.getUpn()), env.getId(), mode, type, List.of());
        s.tenant().addRecord(env, new UserRecord(env.getId(), s.tenant().nextRecordIndex(env), c.getUpn(), type, c.getAccessMode(),
                c.getEnabled(), c.getBusinessUnit(), c.getRoles(), c.getApplicationId()));
    }

    public static void setAccessMode(Step s) throws InvalidInputException {
        Change c = s.change();
        Environment env = s.environment();
        UserRecord record = s.record(env);
        if (!record.getType().allows(c.getAccessMode())) {
            throw s.cannot("access mode " + c.getAccessMode() + " is not allowed for " + record.getType().withArticle() + " user");
        }
        if (record.getAccessMode() == c.getAccessMode()) throw s.cannot(c.getUpn() + " is in access mode " + c.getAccessMode() + " already");
        s.judge(Subject.user(record), env.getId(), c.getAccessMode(), record.getType(), List.of());
        s.touch(record);
        s.tenant().setAccessMode(record, c.getAccessMode());
    }

    public static void enablement(Step s) throws InvalidInputException {
        Environment env = s.environment();
        UserRecord record = s.record(env);
        boolean enable = s.change().getOp() == Operation.ENABLE_USER;
        if (record.isEnabled() == enable) throw s.cannot(record.getUpn() + " is " + (enable ? "enabled" : "disabled") + " already");
        s.judge(Subject.user(record), env.getId(), null, record.getType(), List.of());
        s.touch(record);
        if (!enable) s.disabling(record);
        s.disabledByHand(record, !enable);
        s.tenant().setEnabled(record, enable);
    }

    public static void role(Step s) throws InvalidInputException {
        Change c = s.change();
        Environment env = s.environment();
        UserRecord record = s.record(env);
        s.role(env, c.getRole());
        boolean assign = c.getOp() == Operation.ASSIGN_ROLE;
        boolean held = record.getRoles().contains(c.getRole());
        if (assign && held) throw s.cannot(c.getUpn() + " holds the role " + c.getRole() + " already");
        if (!assign && !held) throw s.cannot(c.getUpn() + " does not hold the role " + c.getRole() + " directly");
        s.judge(Subject.user(record), env.getId(), null, record.getType(), List.of());
        s.touch(record);
        if (assign) s.tenant().assignRole(record, c.getRole());
        else s.tenant().removeRole(record, c.getRole());
    }
}
