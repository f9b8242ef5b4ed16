package org.d365policy.sources.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.load.InvalidInputException;
import org.d365policy.sources.ApiList;
import org.d365policy.sources.Responses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dataverse teams with their roles and members. An Entra group team (teamtype 2 or 3) names its group: Dataverse
 * adds a group's members to the team only when each next signs in, so the group's members come from Graph.
 */
final class TeamMapping {
    private TeamMapping() {
    }

    static void map(Responses responses, String id, Map<String, Object> env, Map<String, String> units, Map<String, String> roles,
                    Map<String, String> upnBySystemUser, Directory directory, MappingLog log) throws InvalidInputException {
        List<Lists.Item> items = Lists.required(responses, ApiList.TEAMS, id);
        Map<String, String> ids = Readable.ids(items, "teamid", "name");
        List<Map<String, Object>> teams = new ArrayList<>();
        for (Lists.Item item : items) {
            JsonNode record = item.json();
            String team = ids.get(Json.lower(Json.text(record, "teamid")));
            if (team == null) continue;
            String name = "team " + team;
            String unit = units.get(Json.lower(Json.text(record, "_businessunitid_value")));
            if (unit == null) {
                log.leftOut(item.file(), name, "its business unit is not in businessunits");
                continue;
            }
            Integer type = Json.code(record, "teamtype");
            if (type == null || type < 0 || type > 3) {
                log.leftOut(item.file(), name, "has teamtype " + record.get("teamtype") + ", which is no documented value (0-3)");
                continue;
            }
            String group = Json.lower(Json.text(record, "azureactivedirectoryobjectid"));
            if (type >= 2 && group == null) {
                log.leftOut(item.file(), name, "is an Entra group team without azureactivedirectoryobjectid");
                continue;
            }
            Set<String> held = new TreeSet<>();
            for (JsonNode role : record.path("teamroles_association")) {
                String roleId = roles.get(Json.lower(Json.text(role, "roleid")));
                if (roleId == null && roles.isEmpty()) {
                    throw Lists.referredToButEmpty(responses, ApiList.ROLES, id, "role", name, "role " + Json.text(role, "roleid"));
                }
                if (roleId == null) log.heldLeftOut(item.file(), name, "holds role " + Json.text(role, "roleid") + ", which roles does not list");
                else held.add(roleId);
            }
            Set<String> members = new TreeSet<>();
            for (JsonNode member : record.path("teammembership_association")) {
                String upn = upnBySystemUser.get(Json.lower(Json.text(member, "systemuserid")));
                if (upn == null) {
                    log.heldLeftOut(item.file(), name, "member " + Json.text(member, "systemuserid") + " is no user record kept from systemusers");
                } else {
                    members.add(upn);
                }
            }
            Map<String, Object> mapped = new LinkedHashMap<>();
            mapped.put("id", team);
            mapped.put("businessUnit", unit);
            mapped.put("roles", new ArrayList<>(held));
            mapped.put("members", new ArrayList<>(members));
            if (type >= 2) {
                mapped.put("group", group);
                directory.needGroup(group, "team " + team + " of environment " + id + " is its group team");
            }
            teams.add(mapped);
        }
        teams.sort(Comparator.comparing(t -> (String) t.get("id")));
        env.put("teams", teams);
    }
}
