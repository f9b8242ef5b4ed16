package org.d365policy.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The operations of a change set (changes.md). */
public enum Operation {
    @JsonProperty("createAccount") CREATE_ACCOUNT("createAccount"),
    @JsonProperty("deleteAccount") DELETE_ACCOUNT("deleteAccount"),
    @JsonProperty("assignLicense") ASSIGN_LICENSE("assignLicense"),
    @JsonProperty("removeLicense") REMOVE_LICENSE("removeLicense"),
    @JsonProperty("setSeats") SET_SEATS("setSeats"),
    @JsonProperty("invite") INVITE("invite"),
    @JsonProperty("revokeInvitation") REVOKE_INVITATION("revokeInvitation"),
    @JsonProperty("assignAdminRole") ASSIGN_ADMIN_ROLE("assignAdminRole"),
    @JsonProperty("removeAdminRole") REMOVE_ADMIN_ROLE("removeAdminRole"),
    @JsonProperty("addGroupMember") ADD_GROUP_MEMBER("addGroupMember"),
    @JsonProperty("removeGroupMember") REMOVE_GROUP_MEMBER("removeGroupMember"),
    @JsonProperty("resetPassword") RESET_PASSWORD("resetPassword"),
    @JsonProperty("addUser") ADD_USER("addUser"),
    @JsonProperty("setAccessMode") SET_ACCESS_MODE("setAccessMode"),
    @JsonProperty("enableUser") ENABLE_USER("enableUser"),
    @JsonProperty("disableUser") DISABLE_USER("disableUser"),
    @JsonProperty("assignRole") ASSIGN_ROLE("assignRole"),
    @JsonProperty("removeRole") REMOVE_ROLE("removeRole"),
    @JsonProperty("addTeamMember") ADD_TEAM_MEMBER("addTeamMember"),
    @JsonProperty("removeTeamMember") REMOVE_TEAM_MEMBER("removeTeamMember");

    private final String label;

    Operation(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
