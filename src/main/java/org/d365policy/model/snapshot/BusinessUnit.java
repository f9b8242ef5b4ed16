package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

public class BusinessUnit extends Located {
    @JsonProperty("id")
    private String id;
    @JsonProperty("parent")
    private String parent;
    private String environment;

    public String getId() {
        return id;
    }

    public String getParent() {
        return parent;
    }

    public String getEnvironment() {
        return environment;
    }

    void setEnvironment(String environment) {
        this.environment = environment;
    }
}
