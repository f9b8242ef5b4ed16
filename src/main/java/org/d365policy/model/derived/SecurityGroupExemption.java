package org.d365policy.model.derived;

import java.util.Objects;

/** Derived by rules: upn need not be in environments' security groups, and why. */
public final class SecurityGroupExemption {
    private final String upn;
    private final String reason;

    public SecurityGroupExemption(String upn, String reason) {
        this.upn = upn;
        this.reason = reason;
    }

    public String getUpn() {
        return upn;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof SecurityGroupExemption)) return false;
        SecurityGroupExemption o = (SecurityGroupExemption) other;
        return Objects.equals(upn, o.upn) && Objects.equals(reason, o.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(upn, reason);
    }
}
