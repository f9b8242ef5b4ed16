package org.d365policy.change.ops;

import org.d365policy.engine.TenantSession;
import org.d365policy.model.change.BeforeRecord;
import org.d365policy.model.change.ChangeSetDisabling;
import org.d365policy.model.snapshot.UserRecord;
import org.d365policy.model.snapshot.UserType;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What the change set has done to user records so far: each record as it was before the change set
 * first touched it (the {@link BeforeRecord} that CHG-003 and CHG-005 compare with), which person records a
 * step disabled ({@link ChangeSetDisabling}, for CHG-003), and which ones {@code disableUser} disabled, which
 * the platform does not enable again (changes.md revision 2).
 */
public final class RecordHistory {
    private final TenantSession session;
    private final Set<UserRecord> touched = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<UserRecord> disabledByHand = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<UserRecord> disabledByAStep = Collections.newSetFromMap(new IdentityHashMap<>());

    public RecordHistory(TenantSession session) {
        this.session = session;
    }

    void touch(UserRecord record) {
        if (touched.add(record)) {
            session.insert(new BeforeRecord(record.getEnvironment(), record.getUpn(), record.isEnabled(), !record.getRoles().isEmpty()));
        }
    }

    /** Before a step disables an enabled record, by hand or as the platform's consequence. */
    void disabling(UserRecord record) {
        if (record.isEnabled() && record.getType() == UserType.PERSON && disabledByAStep.add(record)) {
            session.insert(new ChangeSetDisabling(record.getEnvironment(), record.getUpn()));
        }
    }

    boolean disabledByHand(UserRecord record) {
        return disabledByHand.contains(record);
    }

    /** After {@code disableUser} (true) or {@code enableUser} (false). */
    void disabledByHand(UserRecord record, boolean disabled) {
        if (disabled) disabledByHand.add(record);
        else disabledByHand.remove(record);
    }
}
