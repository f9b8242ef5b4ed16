package org.d365policy.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small tenant in the shapes Microsoft documents, written for these tests: two Dataverse environments, a guest
 * with a pending invitation, a blocked account, seats in their grace period, an admin through a role-assignable
 * group, an Entra group team, a security group with a nested group, and records that cannot be mapped. The same
 * data is served by {@link FakeMicrosoft} for pull and written as a folder for import.
 */
public final class Fabrikam {
    public static final String GLOBAL_ADMIN = "62e90394-69f5-4237-9190-012177145e10";
    public static final String POWER_PLATFORM_ADMIN = "11648597-926c-4cf3-9c36-bcebb0ba8dcc";
    public static final String PROD_GROUP = "a0000000-0000-4000-8000-00000000b001";
    public static final String CONTRACTORS = "a0000000-0000-4000-8000-00000000b002";
    public static final String PP_ADMINS = "a0000000-0000-4000-8000-00000000b003";
    public static final String BOB = "c0000000-0000-4000-8000-000000000b0b";
    static final String PLAN1 = "f0000000-0000-4000-8000-000000000001";
    static final String OFFICE = "f0000000-0000-4000-8000-000000000002";
    static final String STORAGE = "f0000000-0000-4000-8000-000000000003";
    static final String TRIAL = "f0000000-0000-4000-8000-000000000004";
    static final String BUSINESS_CENTRAL = "f0000000-0000-4000-8000-000000000005";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The lists by the path the server serves them at, with the page size it uses. */
    private final Map<String, ArrayNode> lists = new LinkedHashMap<>();
    private final Map<String, Integer> pageSizes = new LinkedHashMap<>();

    public Fabrikam() {
        graph();
        admin();
        prod();
        apps();
    }

    public Map<String, ArrayNode> lists() {
        return lists;
    }

    public void serveFrom(FakeMicrosoft server) {
        lists.forEach((path, records) -> server.list(path, records, pageSizes.get(path)));
    }

    private void put(String path, int pageSize, String records) {
        lists.put(path, (ArrayNode) FakeMicrosoft.json(records));
        pageSizes.put(path, pageSize);
    }

    private void graph() {
        put("/v1.0/organization", 100, """
                [{"id": "e0000000-0000-4000-8000-000000000001", "displayName": "Fabrikam"}]""");
        put("/v1.0/subscribedSkus", 100, """
                [
                  {"skuId": "%s", "skuPartNumber": "DYN365_ENTERPRISE_PLAN1", "capabilityStatus": "Enabled", "appliesTo": "User",
                   "prepaidUnits": {"enabled": 4, "warning": 1, "suspended": 0, "lockedOut": 0}},
                  {"skuId": "%s", "skuPartNumber": "ENTERPRISEPACK", "capabilityStatus": "Enabled", "appliesTo": "User",
                   "prepaidUnits": {"enabled": 25, "warning": 0, "suspended": 0, "lockedOut": 0}},
                  {"skuId": "%s", "skuPartNumber": "CRMSTORAGE", "capabilityStatus": "Enabled", "appliesTo": "Company",
                   "prepaidUnits": {"enabled": 10, "warning": 0, "suspended": 0, "lockedOut": 0}},
                  {"skuId": "%s", "skuPartNumber": "DYN365_ENTERPRISE_P1_IW", "capabilityStatus": "Enabled", "appliesTo": "User",
                   "prepaidUnits": {"enabled": 10000, "warning": 0, "suspended": 0, "lockedOut": 0}},
                  {"skuId": "%s", "skuPartNumber": "DYN365_FINANCIALS_BUSINESS_SKU", "capabilityStatus": "Enabled", "appliesTo": "User",
                   "prepaidUnits": {"enabled": 2, "warning": 0, "suspended": 0, "lockedOut": 0}}
                ]""".formatted(PLAN1, OFFICE, STORAGE, TRIAL, BUSINESS_CENTRAL));
        put("/v1.0/users", 2, """
                [
                  {"id": "c0000000-0000-4000-8000-00000000a11c", "userPrincipalName": "Alice@fabrikam.com", "displayName": "Alice Ng",
                   "accountEnabled": true, "userType": "Member",
                   "assignedLicenses": [{"skuId": "%1$s", "disabledPlans": []}, {"skuId": "%2$s", "disabledPlans": []}]},
                  {"id": "%6$s", "userPrincipalName": "bob@fabrikam.com", "displayName": "Bob Ortiz", "accountEnabled": true,
                   "userType": "Member", "assignedLicenses": [{"skuId": "%1$s", "disabledPlans": []}]},
                  {"id": "c0000000-0000-4000-8000-000000000ca1", "userPrincipalName": "carol@fabrikam.com", "displayName": "Carol Li",
                   "accountEnabled": true, "userType": "Member", "assignedLicenses": [{"skuId": "%2$s", "disabledPlans": []}]},
                  {"id": "c0000000-0000-4000-8000-000000000da7", "userPrincipalName": "dave@fabrikam.com", "displayName": "Dave Kim",
                   "accountEnabled": false, "userType": "Member",
                   "assignedLicenses": [{"skuId": "%1$s", "disabledPlans": []}, {"skuId": "%3$s", "disabledPlans": []}]},
                  {"id": "c0000000-0000-4000-8000-000000000e1a", "userPrincipalName": "erin_outlook.com#EXT#@fabrikam.onmicrosoft.com",
                   "displayName": "Erin (guest)", "accountEnabled": true, "userType": "Guest",
                   "assignedLicenses": [{"skuId": "%1$s", "disabledPlans": []}]},
                  {"id": "c0000000-0000-4000-8000-000000000f4a", "userPrincipalName": "frank@fabrikam.com", "displayName": "Frank Wu",
                   "accountEnabled": true, "userType": "Member",
                   "assignedLicenses": [{"skuId": "%1$s", "disabledPlans": []}, {"skuId": "%4$s", "disabledPlans": []},
                                        {"skuId": "%5$s", "disabledPlans": []}]},
                  {"id": "c0000000-0000-4000-8000-000000000000", "displayName": "no name", "accountEnabled": true,
                   "userPrincipalName": null, "assignedLicenses": []}
                ]""".formatted(PLAN1, OFFICE, STORAGE, TRIAL, BUSINESS_CENTRAL, BOB));
        put("/v1.0/roleManagement/directory/roleAssignments#" + GLOBAL_ADMIN, 100, """
                [{"id": "ra1", "principalId": "c0000000-0000-4000-8000-00000000a11c", "roleDefinitionId": "%s", "directoryScopeId": "/",
                  "principal": {"@odata.type": "#microsoft.graph.user", "id": "c0000000-0000-4000-8000-00000000a11c",
                                "userPrincipalName": "Alice@fabrikam.com"}}]""".formatted(GLOBAL_ADMIN));
        put("/v1.0/roleManagement/directory/roleAssignments#" + POWER_PLATFORM_ADMIN, 100, """
                [{"id": "ra2", "principalId": "%s", "roleDefinitionId": "%s", "directoryScopeId": "/",
                  "principal": {"@odata.type": "#microsoft.graph.group", "id": "%1$s", "displayName": "Power Platform admins"}}]"""
                .formatted(PP_ADMINS, POWER_PLATFORM_ADMIN));
        put("/v1.0/groups/" + PP_ADMINS + "/members", 100, """
                [{"@odata.type": "#microsoft.graph.user", "id": "c0000000-0000-4000-8000-000000000f4a",
                  "userPrincipalName": "frank@fabrikam.com"}]""");
        put("/v1.0/groups/" + PROD_GROUP + "/members", 2, """
                [
                  {"@odata.type": "#microsoft.graph.user", "id": "c0000000-0000-4000-8000-00000000a11c", "userPrincipalName": "Alice@fabrikam.com"},
                  {"@odata.type": "#microsoft.graph.user", "id": "c0000000-0000-4000-8000-000000000e1a",
                   "userPrincipalName": "erin_outlook.com#EXT#@fabrikam.onmicrosoft.com"},
                  {"@odata.type": "#microsoft.graph.group", "id": "%s"},
                  {"@odata.type": "#microsoft.graph.device", "id": "d0000000-0000-4000-8000-000000000001"}
                ]""".formatted(CONTRACTORS));
        put("/v1.0/groups/" + CONTRACTORS + "/members", 100, """
                [
                  {"@odata.type": "#microsoft.graph.user", "id": "%s", "userPrincipalName": "bob@fabrikam.com"},
                  {"@odata.type": "#microsoft.graph.user", "id": "c0000000-0000-4000-8000-000000000da7", "userPrincipalName": "dave@fabrikam.com"}
                ]""".formatted(BOB));
    }

    private void admin() {
        put("/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments", 100, """
                [
                  {"id": "/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/00000000-0000-4000-8000-0000000000e1",
                   "name": "00000000-0000-4000-8000-0000000000e1", "type": "Microsoft.BusinessAppPlatform/scopes/environments",
                   "location": "europe",
                   "properties": {"displayName": "Fabrikam (Production)", "environmentSku": "Production", "isDefault": false,
                     "databaseType": "CommonDataService",
                     "linkedEnvironmentMetadata": {"type": "Dynamics365Instance", "resourceId": "r1", "friendlyName": "Fabrikam",
                       "uniqueName": "unq1", "domainName": "fabrikam-prod", "version": "9.2.25111.00150",
                       "instanceUrl": "{base}/dv/fabrikam-prod/", "instanceApiUrl": "{base}/dv/fabrikam-prod",
                       "securityGroupId": "%s", "instanceState": "Ready", "template": ["D365_Sales"]},
                     "states": {"runtime": {"id": "Enabled"}}}},
                  {"id": "/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/00000000-0000-4000-8000-0000000000e2",
                   "name": "00000000-0000-4000-8000-0000000000e2", "location": "europe",
                   "properties": {"displayName": "Fabrikam apps", "environmentSku": "Sandbox", "isDefault": false,
                     "databaseType": "CommonDataService",
                     "linkedEnvironmentMetadata": {"type": "Dynamics365Instance", "domainName": "fabrikam-apps",
                       "instanceUrl": "{base}/dv/fabrikam-apps/", "instanceState": "Ready"}}},
                  {"id": "/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/Default-e0000000",
                   "name": "Default-e0000000-0000-4000-8000-000000000001", "location": "europe",
                   "properties": {"displayName": "Fabrikam (default)", "environmentSku": "Default", "isDefault": true,
                     "databaseType": "None"}}
                ]""".formatted(PROD_GROUP));
    }

    private void prod() {
        String api = "/dv/fabrikam-prod/api/data/v9.2/";
        put(api + "businessunits", 100, """
                [{"businessunitid": "b0000000-0000-4000-8000-000000000001", "name": "Fabrikam", "_parentbusinessunitid_value": null},
                 {"businessunitid": "b0000000-0000-4000-8000-000000000002", "name": "Sales",
                  "_parentbusinessunitid_value": "b0000000-0000-4000-8000-000000000001"}]""");
        put(api + "roles", 3, """
                [
                  {"roleid": "r0000000-0000-4000-8000-000000000001", "name": "System Administrator", "ismanaged": true,
                   "_businessunitid_value": "b0000000-0000-4000-8000-000000000001", "_parentrootroleid_value": "r0000000-0000-4000-8000-000000000001",
                   "_roletemplateid_value": "627090FF-40A3-4053-8790-584EDC5BE201"},
                  {"roleid": "r0000000-0000-4000-8000-000000000002", "name": "Salesperson", "ismanaged": true,
                   "_businessunitid_value": "b0000000-0000-4000-8000-000000000001", "_parentrootroleid_value": "r0000000-0000-4000-8000-000000000002",
                   "_roletemplateid_value": "a4be89ff-7c35-4d69-9900-999c3f603e6f"},
                  {"roleid": "r0000000-0000-4000-8000-000000000012", "name": "Salesperson", "ismanaged": true,
                   "_businessunitid_value": "b0000000-0000-4000-8000-000000000002", "_parentrootroleid_value": "r0000000-0000-4000-8000-000000000002",
                   "_roletemplateid_value": "a4be89ff-7c35-4d69-9900-999c3f603e6f"},
                  {"roleid": "r0000000-0000-4000-8000-000000000003", "name": "Sales, Enterprise app access", "ismanaged": true,
                   "_businessunitid_value": "b0000000-0000-4000-8000-000000000001", "_parentrootroleid_value": "r0000000-0000-4000-8000-000000000003",
                   "_roletemplateid_value": null},
                  {"roleid": "r0000000-0000-4000-8000-000000000004", "name": "Portal app access", "ismanaged": false,
                   "_businessunitid_value": "b0000000-0000-4000-8000-000000000001", "_parentrootroleid_value": "r0000000-0000-4000-8000-000000000004",
                   "_roletemplateid_value": null}
                ]""");
        put(api + "systemusers", 3, """
                [
                  %s,
                  %s,
                  %s,
                  %s,
                  %s,
                  {"systemuserid": "%s", "domainname": "bob@fabrikam.com", "fullname": "Bob Ortiz", "accessmode": 0, "isdisabled": false,
                   "applicationid": null, "_businessunitid_value": "b0000000-0000-4000-8000-000000000002", "invitestatuscode": 0,
                   "systemmanagedusertype": 0, "modifiedon": "2026-10-01T08:00:00Z",
                   "systemuserroles_association": [{"roleid": "r0000000-0000-4000-8000-000000000012", "name": "Salesperson"}],
                   "systemuserroles_association@odata.nextLink": "{base}/dv/fabrikam-prod/api/data/v9.2/systemusers(%6$s)/systemuserroles_association?$select=roleid,name"},
                  %s,
                  %s,
                  %s,
                  %s
                ]""".formatted(
                user("00000000-0000-4000-8000-00000000005a", "", "SYSTEM", 0, 0, null, 0, null),
                user("00000000-0000-4000-8000-00000000005b", null, "INTEGRATION", 0, 0, null, 0, null),
                user("u0000000-0000-4000-8000-00000000a11c", "alice@fabrikam.com", "Alice Ng", 0, 0, null, 0,
                        "r0000000-0000-4000-8000-000000000001"),
                user("u0000000-0000-4000-8000-000000000ca1", "carol@fabrikam.com", "Carol Li", 0, 0, null, 0,
                        "r0000000-0000-4000-8000-000000000002"),
                user("u0000000-0000-4000-8000-000000000da7", "dave@fabrikam.com", "Dave Kim", 0, 0, null, 0,
                        "r0000000-0000-4000-8000-000000000002"),
                BOB,
                user("u0000000-0000-4000-8000-000000000e1a", "erin_outlook.com#EXT#@fabrikam.onmicrosoft.com", "Erin", 0, 0, null, 1,
                        "r0000000-0000-4000-8000-000000000002"),
                user("u0000000-0000-4000-8000-000000000f4a", "frank@fabrikam.com", "Frank Wu", 0, 0, null, 0,
                        "r0000000-0000-4000-8000-000000000003"),
                user("u0000000-0000-4000-8000-0000000000a9", "erp@fabrikam.com", "# ERP connector", 4, 0,
                        "6f1c2a1e-0d5b-4d8e-9a55-3f7f1e0c2b11", 0, "r0000000-0000-4000-8000-000000000002"),
                user("u0000000-0000-4000-8000-0000000000c2", "c2-user@fabrikam.com", "C2 user", 0, 1, null, 0, null)));
        put(api + "systemusers(" + BOB + ")/systemuserroles_association", 100, """
                [{"roleid": "r0000000-0000-4000-8000-000000000012", "name": "Salesperson"},
                 {"roleid": "r0000000-0000-4000-8000-000000000003", "name": "Sales, Enterprise app access"}]""");
        put(api + "teams", 100, """
                [
                  {"teamid": "t0000000-0000-4000-8000-000000000001", "name": "Fabrikam", "teamtype": 0, "azureactivedirectoryobjectid": null,
                   "_businessunitid_value": "b0000000-0000-4000-8000-000000000001", "teamroles_association": [],
                   "teammembership_association": [{"systemuserid": "u0000000-0000-4000-8000-00000000a11c"}]},
                  {"teamid": "t0000000-0000-4000-8000-000000000002", "name": "Sales team", "teamtype": 0, "azureactivedirectoryobjectid": null,
                   "_businessunitid_value": "b0000000-0000-4000-8000-000000000002",
                   "teamroles_association": [{"roleid": "r0000000-0000-4000-8000-000000000012"}],
                   "teammembership_association": [{"systemuserid": "%s"}]},
                  {"teamid": "t0000000-0000-4000-8000-000000000003", "name": "Contractors", "teamtype": 2,
                   "azureactivedirectoryobjectid": "%s", "_businessunitid_value": "b0000000-0000-4000-8000-000000000001",
                   "teamroles_association": [{"roleid": "r0000000-0000-4000-8000-000000000002"}], "teammembership_association": []}
                ]""".formatted(BOB, CONTRACTORS.toUpperCase()));
        put(api + "solutions", 100, """
                [{"uniquename": "msdynce_Sales", "ismanaged": true}, {"uniquename": "Default", "ismanaged": false}]""");
    }

    private void apps() {
        String api = "/dv/fabrikam-apps/api/data/v9.2/";
        put(api + "businessunits", 100, """
                [{"businessunitid": "b1000000-0000-4000-8000-000000000001", "name": "fabrikam-apps", "_parentbusinessunitid_value": null}]""");
        put(api + "roles", 100, """
                [{"roleid": "r1000000-0000-4000-8000-000000000001", "name": "System Administrator", "ismanaged": true,
                  "_businessunitid_value": "b1000000-0000-4000-8000-000000000001", "_parentrootroleid_value": null,
                  "_roletemplateid_value": "627090ff-40a3-4053-8790-584edc5be201"}]""");
        put(api + "systemusers", 100, "[" + user("u1000000-0000-4000-8000-00000000a11c", "alice@fabrikam.com", "Alice Ng", 0, 0, null, 0,
                "r1000000-0000-4000-8000-000000000001").replace("b0000000-0000-4000-8000-000000000001", "b1000000-0000-4000-8000-000000000001")
                + "]");
        put(api + "teams", 100, "[]");
        put(api + "solutions", 100, """
                [{"uniquename": "Default", "ismanaged": false}, {"uniquename": "cr8a2_Inventory", "ismanaged": false}]""");
    }

    private static String user(String id, String upn, String name, int accessMode, int managedType, String applicationId, int invite,
                               String role) {
        return """
                {"systemuserid": "%s", "domainname": %s, "fullname": "%s", "accessmode": %d, "isdisabled": false,
                 "applicationid": %s, "_businessunitid_value": "b0000000-0000-4000-8000-000000000001", "invitestatuscode": %d,
                 "systemmanagedusertype": %d, "modifiedon": "2026-11-20T09:30:00Z", "internalemailaddress": "%s",
                 "systemuserroles_association": [%s]}""".formatted(id, upn == null ? "null" : "\"" + upn + "\"", name, accessMode,
                applicationId == null ? "null" : "\"" + applicationId + "\"", invite, managedType,
                upn == null ? "" : upn.contains("#EXT#") ? "erin@outlook.com" : upn,
                role == null ? "" : "{\"roleid\": \"" + role + "\", \"name\": \"a role\"}");
    }

    /** Writes the responses as an admin would save them by hand, in import's layout: one page per list. */
    public void writeFolder(Path dir, String base) throws IOException {
        for (Map.Entry<String, ArrayNode> list : lists.entrySet()) {
            String file = importPath(list.getKey());
            if (file == null) continue;
            ObjectNode page = JSON.createObjectNode();
            page.set("value", list.getValue());
            Path target = dir.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, JSON.writeValueAsString(page).replace("{base}", base));
        }
        for (String template : org.d365policy.sources.mapping.TenantMapping.adminRoleTemplates()) {
            Path empty = dir.resolve("graph/roleAssignments/" + template + ".json");
            if (!Files.exists(empty)) Files.writeString(empty, "{\"value\": []}");
        }
    }

    /** Where import expects a list that the server serves at {@code path}; null for nested lists, which pull merges. */
    static String importPath(String path) {
        if (path.contains("systemusers(")) return null;
        if (path.startsWith("/v1.0/roleManagement/directory/roleAssignments#")) return "graph/roleAssignments/" + path.substring(path.indexOf('#') + 1) + ".json";
        if (path.startsWith("/v1.0/groups/")) return "graph/groups/" + path.split("/")[3] + "/members.json";
        if (path.startsWith("/v1.0/")) return "graph/" + path.substring(6) + ".json";
        if (path.startsWith("/providers/")) return "admin/environments.json";
        String[] parts = path.split("/");
        return "environments/" + parts[2] + "/" + parts[parts.length - 1] + ".json";
    }

    public JsonNode list(String path) {
        return lists.get(path);
    }
}
