package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The editions of the documented rules (rules.md, "Profiles"). These are the parameters the DRL
 * reads from the {@link Evaluation} fact; the rules themselves decide what the parameters mean.
 */
public enum Profile {
    @JsonProperty("ce-v9") CE_V9("ce-v9", 5, 14, true, false, false),
    @JsonProperty("dataverse-2025") DATAVERSE_2025("dataverse-2025", 7, 0, false, true, true);

    private final String label;
    private final int nonInteractiveLimit;
    private final int invitationHoldDays;
    private final boolean adminsAreSystemAdministrators;
    private final boolean teamRolesCount;
    private final boolean globalAdminsExemptFromSecurityGroup;

    Profile(String label, int nonInteractiveLimit, int invitationHoldDays, boolean adminsAreSystemAdministrators,
            boolean teamRolesCount, boolean globalAdminsExemptFromSecurityGroup) {
        this.label = label;
        this.nonInteractiveLimit = nonInteractiveLimit;
        this.invitationHoldDays = invitationHoldDays;
        this.adminsAreSystemAdministrators = adminsAreSystemAdministrators;
        this.teamRolesCount = teamRolesCount;
        this.globalAdminsExemptFromSecurityGroup = globalAdminsExemptFromSecurityGroup;
    }

    public static Profile byLabel(String label) {
        for (Profile p : values()) {
            if (p.label.equals(label)) return p;
        }
        return null;
    }

    public String label() {
        return label;
    }

    public int nonInteractiveLimit() {
        return nonInteractiveLimit;
    }

    public int invitationHoldDays() {
        return invitationHoldDays;
    }

    public boolean adminsAreSystemAdministrators() {
        return adminsAreSystemAdministrators;
    }

    public boolean teamRolesCount() {
        return teamRolesCount;
    }

    public boolean globalAdminsExemptFromSecurityGroup() {
        return globalAdminsExemptFromSecurityGroup;
    }

    @Override
    public String toString() {
        return label;
    }
}
