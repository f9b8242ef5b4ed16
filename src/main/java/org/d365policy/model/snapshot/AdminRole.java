package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Microsoft 365 admin roles of an account. */
public enum AdminRole {
    @JsonProperty("global") GLOBAL("global"),
    @JsonProperty("billing") BILLING("billing"),
    @JsonProperty("password") PASSWORD("password"),
    @JsonProperty("service") SERVICE("service"),
    @JsonProperty("user-management") USER_MANAGEMENT("user-management");

    private final String label;

    AdminRole(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
