package org.d365policy.model.derived;

import org.d365policy.model.snapshot.UserRecord;

import java.util.Objects;

/**
 * Derived by rules: one reason why a user record cannot use its environment. It keeps the record, and
 * whether the record was enabled when it was derived, so that a finding about it needs no second look
 * at every user record. A change to the record derives its blockers anew.
 */
public final class AccessBlocker {
    private final UserRecord userRecord;
    private final boolean recordEnabled;
    private final AccessBlock block;
    private final String reason;

    public AccessBlocker(UserRecord userRecord, AccessBlock block, String reason) {
        this.userRecord = userRecord;
        this.recordEnabled = userRecord.isEnabled();
        this.block = block;
        this.reason = reason;
    }

    public UserRecord getUserRecord() {
        return userRecord;
    }

    public String getRecordKey() {
        return userRecord.getKey();
    }

    public boolean isRecordEnabled() {
        return recordEnabled;
    }

    public AccessBlock getBlock() {
        return block;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof AccessBlocker)) return false;
        AccessBlocker o = (AccessBlocker) other;
        return recordEnabled == o.recordEnabled && getRecordKey().equals(o.getRecordKey()) && Objects.equals(block, o.block)
                && Objects.equals(reason, o.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getRecordKey(), recordEnabled, block, reason);
    }
}
