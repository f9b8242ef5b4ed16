package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A security role of one environment, defined in one business unit. */
public class Role extends Located {
    @JsonProperty("id")
    private String id;
    @JsonProperty("name")
    private String name;
    @JsonProperty("businessUnit")
    private String businessUnit;
    @JsonProperty("template")
    private RoleTemplate template;
    @JsonProperty("predefined")
    private Boolean predefined;
    @JsonProperty("appAccess")
    private Boolean appAccess;
    private String environment;

    public String getId() {
        return id;
    }

    /** The display name, or the id where none is given. */
    public String getName() {
        return name == null ? id : name;
    }

    public String getBusinessUnit() {
        return businessUnit;
    }

    public RoleTemplate getTemplate() {
        return template;
    }

    public boolean isPredefined() {
        return Boolean.TRUE.equals(predefined);
    }

    public boolean isAppAccess() {
        return Boolean.TRUE.equals(appAccess);
    }

    public String getEnvironment() {
        return environment;
    }

    void normalize(String environment) {
        this.environment = environment;
    }
}
