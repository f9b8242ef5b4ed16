package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum InvitationStatus {
    @JsonProperty("pending") PENDING("pending"),
    @JsonProperty("accepted") ACCEPTED("accepted"),
    @JsonProperty("revoked") REVOKED("revoked");

    private final String label;

    InvitationStatus(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
