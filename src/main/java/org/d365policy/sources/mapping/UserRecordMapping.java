package org.d365policy.sources.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.Upn;
import org.d365policy.sources.ApiList;
import org.d365policy.sources.Responses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Dataverse systemusers: user records with their type, access mode, roles, and the invitation each may carry. */
final class UserRecordMapping {
    private static final String EMPTY_GUID = "00000000-0000-0000-0000-000000000000";

    private UserRecordMapping() {
    }

    /** Maps the user records into {@code env} and returns the UPN of each record kept, by systemuserid. */
    static Map<String, String> map(Responses responses, String id, Map<String, Object> env, Map<String, String> units,
                                   Map<String, String> roles, Directory directory, MappingLog log) throws InvalidInputException {
        Map<String, String> upnBySystemUser = new HashMap<>();
        List<Map<String, Object>> users = new ArrayList<>();
        for (Lists.Item item : Lists.required(responses, ApiList.SYSTEM_USERS, id)) {
            JsonNode record = item.json();
            String upn = Upn.normalize(Json.text(record, "domainname"));
            if (upn == null || upn.isBlank()) {
                if (!KnownIds.SYSTEM_ACCOUNTS.contains(Json.text(record, "fullname", "").trim().toLowerCase(Locale.ROOT))) {
                    log.leftOut(item.file(), "user " + Json.text(record, "systemuserid"), "has no domainname (UPN)");
                }
                continue;
            }
            String name = "user " + upn;
            String unit = units.get(Json.lower(Json.text(record, "_businessunitid_value")));
            if (unit == null) {
                log.leftOut(item.file(), name, "its business unit is not in businessunits");
                continue;
            }
            Integer mode = Json.code(record, "accessmode");
            if (mode == null || mode < 0 || mode >= KnownIds.ACCESS_MODES.length) {
                log.leftOut(item.file(), name, "has accessmode " + record.get("accessmode") + ", which is no documented value (0-5)");
                continue;
            }
            String applicationId = Json.lower(Json.text(record, "applicationid"));
            if (EMPTY_GUID.equals(applicationId)) applicationId = null;
            String type = type(record, mode, applicationId);
            if (type == null) {
                log.leftOut(item.file(), name, "has systemmanagedusertype " + record.get("systemmanagedusertype")
                        + ", neither 0 (Entra user) nor 2 (stub user)");
                continue;
            }
            if (!record.get("isdisabled").isBoolean()) {
                log.leftOut(item.file(), name, "has isdisabled " + record.get("isdisabled") + ", neither true nor false");
                continue;
            }
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("upn", upn);
            user.put("type", type);
            user.put("accessMode", KnownIds.ACCESS_MODES[mode]);
            user.put("enabled", !record.get("isdisabled").asBoolean());
            user.put("businessUnit", unit);
            Set<String> held = new TreeSet<>();
            for (JsonNode role : record.path("systemuserroles_association")) {
                String roleId = roles.get(Json.lower(Json.text(role, "roleid")));
                if (roleId == null && roles.isEmpty()) {
                    throw Lists.referredToButEmpty(responses, ApiList.ROLES, id, "role", name, "role " + Json.text(role, "roleid"));
                } else if (roleId == null) {
                    log.heldLeftOut(item.file(), name, "holds role " + Json.text(role, "roleid") + " (" + Json.text(role, "name")
                            + "), which roles does not list");
                } else {
                    held.add(roleId);
                }
            }
            user.put("roles", new ArrayList<>(held));
            if (applicationId != null) user.put("applicationId", applicationId);
            users.add(user);
            upnBySystemUser.put(Json.lower(Json.text(record, "systemuserid")), upn);
            InvitationMapping.map(item, upn, directory, log);
        }
        users.sort(Comparator.comparing(u -> (String) u.get("upn")));
        env.put("users", users);
        return upnBySystemUser;
    }

    /** The record's type, or null when its systemmanagedusertype is no documented person or stub value. */
    private static String type(JsonNode record, int mode, String applicationId) {
        if (applicationId != null) return "application";
        if (mode == 3) return "support";
        if (mode == 5) return "delegated-admin";
        Integer managed = Json.code(record, "systemmanagedusertype");
        if (managed == null) return null;
        return switch (managed) {
            case 0 -> "person";
            case 2 -> "stub";
            default -> null;
        };
    }
}
