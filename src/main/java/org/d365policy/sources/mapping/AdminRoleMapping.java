package org.d365policy.sources.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.Upn;
import org.d365policy.sources.ApiList;
import org.d365policy.sources.Responses;

import java.util.List;

/**
 * Admin roles from Graph role assignments (one list per role template), a role assigned to a role-assignable group
 * being held by each direct member of that group. The older {@code directoryRoles?$expand=members} is still read,
 * but a member list the API capped is structural loss.
 */
final class AdminRoleMapping {
    /** Graph expands at most this many directory objects, without a next link (live-apis.md 2.2). */
    static final int EXPAND_CAP = 20;
    private static final String LEGACY = "directoryRoles";

    private AdminRoleMapping() {
    }

    static void map(Responses responses, Directory directory, MappingLog log) throws InvalidInputException {
        boolean legacy = !responses.folders("graph").contains("roleAssignments") && !responses.pages("graph", LEGACY).isEmpty();
        if (!legacy) {
            for (String template : KnownIds.ADMIN_ROLES.keySet().stream().sorted().toList()) {
                for (Lists.Item item : Lists.required(responses, ApiList.ROLE_ASSIGNMENTS, template)) {
                    String scope = Json.text(item.json(), "directoryScopeId");
                    if (scope != null && !scope.equals("/")) continue; // scoped to an administrative unit: not tenant-wide
                    grant(item, item.json().path("principal"), Json.lower(Json.text(item.json(), "principalId")),
                            KnownIds.ADMIN_ROLES.get(template), responses, directory, log);
                }
            }
            return;
        }
        for (Lists.Item item : legacy(responses)) {
            String role = Json.lookup(KnownIds.ADMIN_ROLES, Json.text(item.json(), "roleTemplateId"));
            if (role == null) continue;
            JsonNode members = item.json().path("members");
            if (members.size() >= EXPAND_CAP && !item.json().has("members@odata.nextLink")) {
                throw new InvalidInputException(item.file(), 0, 0, "roleTemplateId " + Json.text(item.json(), "roleTemplateId"),
                        "the role lists " + members.size() + " members, where Graph's $expand silently stops; fetch "
                                + ApiList.ROLE_ASSIGNMENTS.request(Json.lower(Json.text(item.json(), "roleTemplateId")))
                                + " into graph/roleAssignments/ instead (or use pull)");
            }
            for (JsonNode member : members) grant(item, member, Json.lower(Json.text(member, "id")), role, responses, directory, log);
        }
    }

    private static List<Lists.Item> legacy(Responses responses) throws InvalidInputException {
        List<Responses.Page> pages = responses.pages("graph", LEGACY);
        List<Lists.Item> items = new java.util.ArrayList<>();
        for (Responses.Page page : pages) {
            Lists.refuseErrorBody(page.name(), page.body(), "GET directoryRoles?$expand=members");
            JsonNode values = page.body().has("value") ? page.body().get("value") : page.body();
            for (JsonNode role : values) items.add(new Lists.Item(role, page.name()));
        }
        return items;
    }

    private static void grant(Lists.Item item, JsonNode principal, String principalId, String role, Responses responses,
                              Directory directory, MappingLog log) throws InvalidInputException {
        String type = Json.text(principal, "@odata.type", "");
        if (type.endsWith(".group")) {
            directory.needGroup(principalId, "it holds an admin role (" + item.file() + ")");
            List<Lists.Item> members = Lists.required(responses, ApiList.GROUP_MEMBERS, principalId);
            for (Lists.Item member : members) {
                if (Json.text(member.json(), "@odata.type", "").endsWith(".user")) {
                    grant(member, member.json(), Json.lower(Json.text(member.json(), "id")), role, responses, directory, log);
                }
            }
            return;
        }
        if (type.endsWith(".servicePrincipal")) {
            log.leftOut(item.file(), "role assignment of " + principalId, "the principal is an application, not an account");
            return;
        }
        String upn = Upn.normalize(Json.text(principal, "userPrincipalName"));
        if (upn == null) upn = directory.upnByUserId.get(principalId);
        if (upn == null || !directory.accounts.containsKey(upn)) {
            log.leftOut(item.file(), "role " + role + " holder " + principalId, "is no user of graph/users");
            return;
        }
        directory.grantAdminRole(upn, role);
    }
}
