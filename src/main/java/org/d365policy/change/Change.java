package org.d365policy.change;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.d365policy.model.Upn;
import org.d365policy.model.change.Operation;
import org.d365policy.model.snapshot.AccessMode;
import org.d365policy.model.snapshot.AdminRole;
import org.d365policy.model.snapshot.Located;
import org.d365policy.model.snapshot.UserType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One operation of a change set. All operations share this one strict shape; which fields an
 * operation requires or allows is checked by {@link ChangeSetLoader}, so that a field another
 * operation uses is still reported as not belonging here.
 */
public class Change extends Located {
    @JsonProperty("op")
    private Operation op;
    @JsonProperty("upn")
    private String upn;
    @JsonProperty("email")
    private String email;
    @JsonProperty("sku")
    private String sku;
    @JsonProperty("seats")
    private Integer seats;
    @JsonProperty("licenses")
    private List<String> licenses;
    @JsonProperty("adminRoles")
    private List<AdminRole> adminRoles;
    @JsonProperty("role")
    private String role;
    @JsonProperty("group")
    private String group;
    @JsonProperty("environment")
    private String environment;
    @JsonProperty("businessUnit")
    private String businessUnit;
    @JsonProperty("team")
    private String team;
    @JsonProperty("type")
    private UserType type;
    @JsonProperty("accessMode")
    private AccessMode accessMode;
    @JsonProperty("enabled")
    private Boolean enabled;
    @JsonProperty("roles")
    private List<String> roles;
    @JsonProperty("applicationId")
    private String applicationId;

    /** The fields given, by name, in the order of the class: for checking them against the operation. */
    Map<String, Object> given() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("upn", upn);
        fields.put("email", email);
        fields.put("sku", sku);
        fields.put("seats", seats);
        fields.put("licenses", licenses);
        fields.put("adminRoles", adminRoles);
        fields.put("role", role);
        fields.put("group", group);
        fields.put("environment", environment);
        fields.put("businessUnit", businessUnit);
        fields.put("team", team);
        fields.put("type", type);
        fields.put("accessMode", accessMode);
        fields.put("enabled", enabled);
        fields.put("roles", roles);
        fields.put("applicationId", applicationId);
        fields.values().removeIf(v -> v == null);
        return fields;
    }

    void normalize() {
        upn = Upn.normalize(upn);
        email = Upn.normalize(email);
        if (applicationId != null) applicationId = applicationId.toLowerCase(java.util.Locale.ROOT);
    }

    public Operation getOp() {
        return op;
    }

    public String getUpn() {
        return upn;
    }

    public String getEmail() {
        return email;
    }

    public String getSku() {
        return sku;
    }

    public Integer getSeats() {
        return seats;
    }

    public List<String> getLicenses() {
        return licenses == null ? new ArrayList<>() : licenses;
    }

    public List<AdminRole> getAdminRoles() {
        return adminRoles == null ? new ArrayList<>() : adminRoles;
    }

    public String getRole() {
        return role;
    }

    public String getGroup() {
        return group;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getBusinessUnit() {
        return businessUnit;
    }

    public String getTeam() {
        return team;
    }

    public UserType getType() {
        return type;
    }

    public AccessMode getAccessMode() {
        return accessMode;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public List<String> getRoles() {
        return roles;
    }

    public String getApplicationId() {
        return applicationId;
    }
}
