package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum EnvironmentType {
    @JsonProperty("customer-engagement") CUSTOMER_ENGAGEMENT("customer-engagement"),
    @JsonProperty("power-apps") POWER_APPS("power-apps");

    private final String label;

    EnvironmentType(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
