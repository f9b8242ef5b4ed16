package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.EnumSet;

public enum AccessMode {
    @JsonProperty("read-write") READ_WRITE("read-write"),
    @JsonProperty("read") READ("read"),
    @JsonProperty("administrative") ADMINISTRATIVE("administrative"),
    @JsonProperty("non-interactive") NON_INTERACTIVE("non-interactive"),
    @JsonProperty("support-user") SUPPORT_USER("support-user"),
    @JsonProperty("delegated-admin") DELEGATED_ADMIN("delegated-admin");

    private final String label;

    AccessMode(String label) {
        this.label = label;
    }

    static EnumSet<AccessMode> personModes() {
        return EnumSet.of(READ_WRITE, READ, ADMINISTRATIVE, NON_INTERACTIVE);
    }

    @Override
    public String toString() {
        return label;
    }
}
