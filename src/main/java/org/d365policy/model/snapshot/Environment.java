package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;

/** A Customer Engagement instance (organization). */
public class Environment extends Located {
    @JsonProperty("id")
    private String id;
    @JsonProperty("type")
    private EnvironmentType type;
    @JsonProperty("securityGroup")
    private String securityGroup;
    @JsonProperty("businessUnits")
    private List<BusinessUnit> businessUnits;
    @JsonProperty("roles")
    private List<Role> roles;
    @JsonProperty("teams")
    private List<Team> teams;
    @JsonProperty("users")
    private List<UserRecord> users;

    public String getId() {
        return id;
    }

    public EnvironmentType getType() {
        return type;
    }

    public String getSecurityGroup() {
        return securityGroup;
    }

    public List<BusinessUnit> getBusinessUnits() {
        return businessUnits;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public List<Team> getTeams() {
        return teams;
    }

    public List<UserRecord> getUsers() {
        return users;
    }

    /** Fills defaults and tells each part which environment it belongs to. */
    public void normalize() {
        if (type == null) type = EnvironmentType.CUSTOMER_ENGAGEMENT;
        if (businessUnits == null) businessUnits = new ArrayList<>();
        if (roles == null) roles = new ArrayList<>();
        if (teams == null) teams = new ArrayList<>();
        if (users == null) users = new ArrayList<>();
        for (BusinessUnit unit : businessUnits) {
            if (unit != null) unit.setEnvironment(id);
        }
        for (Role role : roles) {
            if (role != null) role.normalize(id);
        }
        for (Team team : teams) {
            if (team != null) team.normalize(id);
        }
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i) != null) users.get(i).normalize(id, i);
        }
    }
}
