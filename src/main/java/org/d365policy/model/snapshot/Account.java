package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.d365policy.model.Upn;

import java.util.ArrayList;
import java.util.List;

/** A Microsoft 365 user account. Several accounts may share a UPN (LIC-003), so each has an ordinal. */
public class Account extends Located {
    @JsonProperty("upn")
    private String upn;
    @JsonProperty("displayName")
    private String displayName;
    @JsonProperty("licenses")
    private List<String> licenses;
    @JsonProperty("adminRoles")
    private List<AdminRole> adminRoles;
    /** Sign-in allowed (Entra {@code accountEnabled}); {@code false} = blocked. Absent means true. */
    @JsonProperty("enabled")
    private Boolean enabled;
    private int ordinal;

    public Account() {
    }

    /** An account created by a change; {@code ordinal} must be unused in its tenant. */
    public Account(String upn, List<String> licenses, List<AdminRole> adminRoles, int ordinal) {
        this.upn = Upn.normalize(upn);
        this.licenses = new ArrayList<>(licenses);
        this.adminRoles = new ArrayList<>(adminRoles);
        this.ordinal = ordinal;
    }

    public String getUpn() {
        return upn;
    }

    public String getDisplayName() {
        return displayName;
    }

    public List<String> getLicenses() {
        return licenses;
    }

    public List<AdminRole> getAdminRoles() {
        return adminRoles;
    }

    /** Whether the account may sign in; a blocked account ({@code enabled: false}) may not. */
    public boolean isEnabled() {
        return enabled == null || enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Position in the file's account list: tells apart accounts that share a UPN. */
    public int getOrdinal() {
        return ordinal;
    }

    public void normalize(int ordinal) {
        this.ordinal = ordinal;
        this.upn = Upn.normalize(upn);
        if (licenses == null) licenses = new ArrayList<>();
        if (adminRoles == null) adminRoles = new ArrayList<>();
    }
}
