package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.d365policy.model.Upn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A user record of one environment. Records of one environment may share a UPN (USR-002), so each
 * has a key of its own: the environment and its position in that environment's user list.
 */
public class UserRecord extends Located {
    @JsonProperty("upn")
    private String upn;
    @JsonProperty("type")
    private UserType type;
    @JsonProperty("accessMode")
    private AccessMode accessMode;
    @JsonProperty("enabled")
    private Boolean enabled;
    @JsonProperty("businessUnit")
    private String businessUnit;
    @JsonProperty("roles")
    private List<String> roles;
    @JsonProperty("applicationId")
    private String applicationId;
    private String environment;
    private String key;

    public UserRecord() {
    }

    /** A record added by a change, with the snapshot's defaults for whatever is null. */
    public UserRecord(String environment, int index, String upn, UserType type, AccessMode accessMode, Boolean enabled,
                      String businessUnit, List<String> roles, String applicationId) {
        this.upn = upn;
        this.type = type;
        this.accessMode = accessMode;
        this.enabled = enabled;
        this.businessUnit = businessUnit;
        this.roles = roles == null ? null : new ArrayList<>(roles);
        this.applicationId = applicationId;
        normalize(environment, index);
        fillDefaults();
    }

    public String getUpn() {
        return upn;
    }

    public UserType getType() {
        return type;
    }

    public AccessMode getAccessMode() {
        return accessMode;
    }

    public void setAccessMode(AccessMode accessMode) {
        this.accessMode = accessMode;
    }

    public boolean isEnabled() {
        return Boolean.TRUE.equals(enabled);
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getBusinessUnit() {
        return businessUnit;
    }

    public List<String> getRoles() {
        return roles;
    }

    public String getApplicationId() {
        return applicationId;
    }

    public String getEnvironment() {
        return environment;
    }

    /** Unique within the tenant, unlike the UPN. */
    public String getKey() {
        return key;
    }

    /** Whether the input left the access mode out; read by the validator before defaults are filled. */
    public boolean hasAccessMode() {
        return accessMode != null;
    }

    /**
     * Gives the record the key of {@code index} in its environment: where two snapshots are judged as one
     * session's changes, a record the same on both sides takes its counterpart's key, and any other one a
     * key that no record of the other side has.
     */
    public void rekey(int index) {
        this.key = environment + "#" + index;
    }

    /** Gives the record the key of {@code same}, the record of its environment it stands for on another side. */
    public void takeKeyOf(UserRecord same) {
        this.key = same.key;
    }

    void normalize(String environment, int index) {
        this.environment = environment;
        rekey(index);
        this.upn = Upn.normalize(upn);
        if (applicationId != null) applicationId = applicationId.toLowerCase(Locale.ROOT);
        if (roles == null) roles = new ArrayList<>();
    }

    /** The defaults of tenant-format.md's type table; called after validation. */
    public void fillDefaults() {
        if (type == null) type = UserType.PERSON;
        if (accessMode == null) accessMode = type.defaultAccessMode();
        if (enabled == null) enabled = type.enabledByDefault();
    }
}
