package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Well-known role templates (tenant-format.md). */
public enum RoleTemplate {
    @JsonProperty("system-administrator") SYSTEM_ADMINISTRATOR("system-administrator"),
    @JsonProperty("system-customizer") SYSTEM_CUSTOMIZER("system-customizer"),
    @JsonProperty("salesperson") SALESPERSON("salesperson"),
    @JsonProperty("basic-user") BASIC_USER("basic-user"),
    @JsonProperty("common-data-service-user") COMMON_DATA_SERVICE_USER("common-data-service-user"),
    @JsonProperty("support-user") SUPPORT_USER("support-user"),
    @JsonProperty("delegate") DELEGATE("delegate");

    private final String label;

    RoleTemplate(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
