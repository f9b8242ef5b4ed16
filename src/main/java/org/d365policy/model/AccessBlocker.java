package org.d365policy.model;

import java.util.Objects;

/** Derived by rules: one reason why a user record cannot use its environment. */
public final class AccessBlocker {
    private final String recordKey;
    private final AccessBlock block;
    private final String reason;

    public AccessBlocker(String recordKey, AccessBlock block, String reason) {
        this.recordKey = recordKey;
        this.block = block;
        this.reason = reason;
    }

    public String getRecordKey() {
        return recordKey;
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
        return Objects.equals(recordKey, o.recordKey) && Objects.equals(block, o.block) && Objects.equals(reason, o.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recordKey, block, reason);
    }
}
