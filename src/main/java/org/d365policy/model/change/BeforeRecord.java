package org.d365policy.model.change;

import java.util.Objects;

/** A user record as it was before the change: the baseline of CHG-003 and CHG-005. */
public final class BeforeRecord {
    private final String environment;
    private final String upn;
    private final boolean enabled;
    private final boolean directRoles;

    public BeforeRecord(String environment, String upn, boolean enabled, boolean directRoles) {
        this.environment = environment;
        this.upn = upn;
        this.enabled = enabled;
        this.directRoles = directRoles;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getUpn() {
        return upn;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDirectRoles() {
        return directRoles;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof BeforeRecord)) return false;
        BeforeRecord o = (BeforeRecord) other;
        return Objects.equals(environment, o.environment) && Objects.equals(upn, o.upn) && enabled == o.enabled && directRoles == o.directRoles;
    }

    @Override
    public int hashCode() {
        return Objects.hash(environment, upn, enabled, directRoles);
    }
}
