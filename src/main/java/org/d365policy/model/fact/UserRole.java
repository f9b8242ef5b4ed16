package org.d365policy.model.fact;

import java.util.Objects;

/** A role assigned directly to a user record. */
public final class UserRole {
    private final String environment;
    private final String recordKey;
    private final String upn;
    private final String role;

    public UserRole(String environment, String recordKey, String upn, String role) {
        this.environment = environment;
        this.recordKey = recordKey;
        this.upn = upn;
        this.role = role;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getRecordKey() {
        return recordKey;
    }

    public String getUpn() {
        return upn;
    }

    public String getRole() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof UserRole)) return false;
        UserRole o = (UserRole) other;
        return Objects.equals(environment, o.environment) && Objects.equals(recordKey, o.recordKey) && Objects.equals(upn, o.upn) && Objects.equals(role, o.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(environment, recordKey, upn, role);
    }
}
