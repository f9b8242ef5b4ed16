package org.d365policy.sources;

import java.util.List;

/**
 * Every list the sources read: where import finds it (folder and entity in the folder layout), the query that
 * fetches it, the fields the mapping needs in every record (a forgotten {@code $select} or {@code $expand} is
 * structural loss), and the permission or role a 401 or 403 on it points to. {@code pull} sends these queries and
 * import's messages quote them, so the two never disagree.
 */
public enum ApiList {
    ORGANIZATION("graph", "organization", "organization?$select=id,displayName", List.of("displayName"),
            "the Graph application permission Organization.Read.All"),
    SUBSCRIBED_SKUS("graph", "subscribedSkus", "subscribedSkus?$select=skuId,skuPartNumber,capabilityStatus,appliesTo,prepaidUnits",
            List.of("skuId", "skuPartNumber", "prepaidUnits"), "the Graph application permission Organization.Read.All"),
    USERS("graph", "users", "users?$select=id,userPrincipalName,displayName,accountEnabled,assignedLicenses,userType&$top=999",
            List.of("id", "userPrincipalName", "accountEnabled", "assignedLicenses"), "the Graph application permission User.Read.All"),
    /** One list per directory role template: {@code graph/roleAssignments/<template id>.json}. */
    ROLE_ASSIGNMENTS("graph/roleAssignments", null,
            "roleManagement/directory/roleAssignments?$filter=roleDefinitionId%20eq%20'{id}'&$expand=principal",
            List.of("principalId", "roleDefinitionId", "principal"), "the Graph application permission RoleManagement.Read.Directory"),
    /** One list per group: {@code graph/groups/<group id>/members.json}. */
    GROUP_MEMBERS("graph/groups/{id}", "members", "groups/{id}/members?$select=id,userPrincipalName&$top=999", List.of("id"),
            "the Graph application permission GroupMember.Read.All"),
    ENVIRONMENTS("admin", "environments", "providers/Microsoft.BusinessAppPlatform/scopes/admin/environments?api-version=2020-10-01",
            List.of(), "registration of the application as a Power Platform admin management application "
            + "(pac admin application register --application-id CLIENT_ID, run once by a Power Platform admin)"),
    BUSINESS_UNITS("environments/{id}", "businessunits", "businessunits?$select=businessunitid,name,_parentbusinessunitid_value",
            List.of("businessunitid", "name", "_parentbusinessunitid_value"), DataverseRole.TEXT),
    ROLES("environments/{id}", "roles", "roles?$select=roleid,name,_businessunitid_value,_parentrootroleid_value,_roletemplateid_value,ismanaged",
            List.of("roleid", "name", "_businessunitid_value"), DataverseRole.TEXT),
    SYSTEM_USERS("environments/{id}", "systemusers", "systemusers?$select=systemuserid,domainname,fullname,accessmode,isdisabled,"
            + "applicationid,_businessunitid_value,invitestatuscode,systemmanagedusertype,modifiedon"
            + "&$expand=systemuserroles_association($select=roleid,name)",
            List.of("systemuserid", "domainname", "accessmode", "isdisabled", "applicationid", "_businessunitid_value",
                    "invitestatuscode", "systemmanagedusertype", "systemuserroles_association"), DataverseRole.TEXT),
    TEAMS("environments/{id}", "teams", "teams?$select=teamid,name,teamtype,azureactivedirectoryobjectid,_businessunitid_value"
            + "&$expand=teamroles_association($select=roleid),teammembership_association($select=systemuserid)",
            List.of("teamid", "name", "teamtype", "azureactivedirectoryobjectid", "_businessunitid_value", "teamroles_association",
                    "teammembership_association"), DataverseRole.TEXT),
    /** Optional: which first-party Dynamics 365 solutions are installed, which tells Customer Engagement from Power Apps. */
    SOLUTIONS("environments/{id}", "solutions", "solutions?$select=uniquename,ismanaged", List.of("uniquename"), DataverseRole.TEXT);

    private final String folder;
    private final String entity;
    private final String query;
    private final List<String> required;
    private final String permission;

    ApiList(String folder, String entity, String query, List<String> required, String permission) {
        this.folder = folder;
        this.entity = entity;
        this.query = query;
        this.required = required;
        this.permission = permission;
    }

    /** The folder of the layout, with {@code {id}} (an environment or a group) filled in. */
    public String folder(String id) {
        return folder.replace("{id}", id == null ? "" : id);
    }

    /** The list's file name stem; for role assignments, the role template id. */
    public String entity(String id) {
        return entity != null ? entity : id;
    }

    /** The request path below the API's base, with {@code {id}} filled in. */
    public String query(String id) {
        return query.replace("{id}", id == null ? "" : id);
    }

    /**
     * The request for messages: "GET users?$select=... with &$top=999". The query options are set apart by " with &" so
     * that a message can show each in full (messages shorten any run of over 200 characters without a blank).
     */
    public String request(String id) {
        return "GET " + query(id).replace("%20", " ").replace("&", " with &");
    }

    public List<String> required() {
        return required;
    }

    public String permission() {
        return permission;
    }

    private static final class DataverseRole {
        static final String TEXT = "an application user in this environment with a security role that reads users, roles, "
                + "business units, teams and solutions (e.g. Service Reader)";
    }
}
