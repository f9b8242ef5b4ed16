package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.d365policy.model.Upn;

import java.util.ArrayList;
import java.util.List;

public class Team extends Located {
    @JsonProperty("id")
    private String id;
    @JsonProperty("businessUnit")
    private String businessUnit;
    @JsonProperty("roles")
    private List<String> roles;
    @JsonProperty("members")
    private List<String> members;
    /** An Entra group team: the id of a group whose direct members are members of the team too. */
    @JsonProperty("group")
    private String group;
    private String environment;

    public String getId() {
        return id;
    }

    public String getBusinessUnit() {
        return businessUnit;
    }

    public List<String> getRoles() {
        return roles;
    }

    public List<String> getMembers() {
        return members;
    }

    /** The group of an Entra group team, or {@code null} for an owner or access team. */
    public String getGroup() {
        return group;
    }

    public String getEnvironment() {
        return environment;
    }

    void normalize(String environment) {
        this.environment = environment;
        if (roles == null) roles = new ArrayList<>();
        members = members == null ? new ArrayList<>() : Upn.normalizeAll(members);
    }
}
