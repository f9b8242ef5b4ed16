package org.d365policy.model.change;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The operations of a change set and their schema (changes.md): the fields each requires, the fields
 * it may have, and the scope whose right it needs. What an operation does lives in its handler under
 * {@code change/ops}; which admin roles may make a directory operation lives in rules/change-rights.drl.
 */
public enum Operation {
    //                                                          scope                   required fields                    optional fields
    @JsonProperty("createAccount") CREATE_ACCOUNT("createAccount", OperationScope.DIRECTORY, "upn", "licenses adminRoles"),
    @JsonProperty("deleteAccount") DELETE_ACCOUNT("deleteAccount", OperationScope.DIRECTORY, "upn", ""),
    @JsonProperty("assignLicense") ASSIGN_LICENSE("assignLicense", OperationScope.DIRECTORY, "upn sku", ""),
    @JsonProperty("removeLicense") REMOVE_LICENSE("removeLicense", OperationScope.DIRECTORY, "upn sku", ""),
    @JsonProperty("setSeats") SET_SEATS("setSeats", OperationScope.DIRECTORY, "sku seats", ""),
    @JsonProperty("invite") INVITE("invite", OperationScope.DIRECTORY, "email sku", ""),
    @JsonProperty("revokeInvitation") REVOKE_INVITATION("revokeInvitation", OperationScope.DIRECTORY, "email sku", ""),
    @JsonProperty("assignAdminRole") ASSIGN_ADMIN_ROLE("assignAdminRole", OperationScope.DIRECTORY, "upn role", ""),
    @JsonProperty("removeAdminRole") REMOVE_ADMIN_ROLE("removeAdminRole", OperationScope.DIRECTORY, "upn role", ""),
    @JsonProperty("addGroupMember") ADD_GROUP_MEMBER("addGroupMember", OperationScope.DIRECTORY, "group upn", ""),
    @JsonProperty("removeGroupMember") REMOVE_GROUP_MEMBER("removeGroupMember", OperationScope.DIRECTORY, "group upn", ""),
    @JsonProperty("resetPassword") RESET_PASSWORD("resetPassword", OperationScope.DIRECTORY, "upn", ""),
    @JsonProperty("addUser") ADD_USER("addUser", OperationScope.ENVIRONMENT, "environment upn businessUnit",
            "type accessMode enabled roles applicationId"),
    @JsonProperty("setAccessMode") SET_ACCESS_MODE("setAccessMode", OperationScope.ENVIRONMENT, "environment upn accessMode", ""),
    // Enabling and disabling is done with licenses and group membership, in the directory (seed).
    @JsonProperty("enableUser") ENABLE_USER("enableUser", OperationScope.DIRECTORY, "environment upn", ""),
    @JsonProperty("disableUser") DISABLE_USER("disableUser", OperationScope.DIRECTORY, "environment upn", ""),
    @JsonProperty("assignRole") ASSIGN_ROLE("assignRole", OperationScope.ENVIRONMENT, "environment upn role", ""),
    @JsonProperty("removeRole") REMOVE_ROLE("removeRole", OperationScope.ENVIRONMENT, "environment upn role", ""),
    @JsonProperty("addTeamMember") ADD_TEAM_MEMBER("addTeamMember", OperationScope.ENVIRONMENT, "environment team upn", ""),
    @JsonProperty("removeTeamMember") REMOVE_TEAM_MEMBER("removeTeamMember", OperationScope.ENVIRONMENT, "environment team upn", "");

    private final String label;
    private final OperationScope scope;
    private final List<String> required;
    private final List<String> optional;

    Operation(String label, OperationScope scope, String required, String optional) {
        this.label = label;
        this.scope = scope;
        this.required = words(required);
        this.optional = words(optional);
    }

    private static List<String> words(String names) {
        return names.isBlank() ? List.of() : List.of(names.trim().split("\\s+"));
    }

    /** Whose right the operation needs: read by CHG-001 and CHG-002. */
    public OperationScope getScope() {
        return scope;
    }

    /** The fields the operation must have, in the order changes.md lists them. */
    public List<String> requiredFields() {
        return required;
    }

    /** The fields the operation may have besides. */
    public List<String> optionalFields() {
        return optional;
    }

    @Override
    public String toString() {
        return label;
    }
}
