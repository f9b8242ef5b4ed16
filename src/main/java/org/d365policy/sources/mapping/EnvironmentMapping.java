package org.d365policy.sources.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.load.InvalidInputException;
import org.d365policy.sources.ApiList;
import org.d365policy.sources.Responses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One environment: what the admin API says of it (type, security group), its business units and roles; then its
 * user records and teams through {@link UserRecordMapping} and {@link TeamMapping}.
 */
final class EnvironmentMapping {
    static final String TYPE_GUESSED = "environment type customer-engagement where neither a Dynamics 365 template nor "
            + "a list of solutions could tell";

    private EnvironmentMapping() {
    }

    static Map<String, Object> map(Responses responses, String id, JsonNode adminRecord, MappingOptions options, Directory directory,
                                   MappingLog log) throws InvalidInputException {
        String folder = ApiList.BUSINESS_UNITS.folder(id);
        JsonNode local = local(responses, folder, id);
        JsonNode admin = local != null && !isHandWritten(local) ? local : adminRecord;
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("id", id);
        env.put("type", type(responses, id, local, admin, options, log));
        String group = local != null && isHandWritten(local) ? Json.text(local, "securityGroup") : securityGroup(admin);
        if (group != null) {
            env.put("securityGroup", Json.lower(group));
            directory.needGroup(Json.lower(group), "environment " + id + " names it as its security group");
        }
        Map<String, String> units = businessUnits(responses, id, env);
        Map<String, String> roles = roles(responses, id, env, units, log);
        Map<String, String> upnBySystemUser = UserRecordMapping.map(responses, id, env, units, roles, directory, log);
        TeamMapping.map(responses, id, env, units, roles, upnBySystemUser, directory, log);
        return env;
    }

    /** The admin API's record of each environment with Dataverse, by its Dataverse domain name. */
    static Map<String, JsonNode> adminRecords(Responses responses) throws InvalidInputException {
        Map<String, JsonNode> records = new HashMap<>();
        List<Lists.Item> items = Lists.optional(responses, ApiList.ENVIRONMENTS, null);
        if (items == null) return records;
        for (Lists.Item item : items) {
            String domain = domainName(item.json());
            if (domain != null) records.put(domain.toLowerCase(Locale.ROOT), item.json());
        }
        return records;
    }

    /** An environment's id in the snapshot: its Dataverse domain name (BAP's nested shape, or the Power Platform API's flat one). */
    static String domainName(JsonNode record) {
        String nested = Json.text(record.path("properties").path("linkedEnvironmentMetadata"), "domainName");
        return nested != null ? nested : Json.text(record, "domainName");
    }

    private static String securityGroup(JsonNode admin) {
        if (admin == null) return null;
        String nested = Json.text(admin.path("properties").path("linkedEnvironmentMetadata"), "securityGroupId");
        return nested != null ? nested : Json.text(admin, "securityGroupId");
    }

    /** environment.json: written by hand ({"type", "securityGroup"}), or the admin API's record of it, or its whole list. */
    private static JsonNode local(Responses responses, String folder, String id) throws InvalidInputException {
        Responses.Page page = responses.get(folder + "/environment.json");
        if (page == null) return null;
        Lists.refuseErrorBody(page.name(), page.body(), "GET " + ApiList.ENVIRONMENTS.query(null));
        JsonNode body = page.body();
        if (!body.has("value")) return body;
        for (JsonNode record : body.get("value")) {
            if (id.equalsIgnoreCase(domainName(record))) return record;
        }
        throw new InvalidInputException(page.name(), 0, 0, "value", "no environment of this list has the domain name " + id
                + " (linkedEnvironmentMetadata.domainName), the name of its folder");
    }

    private static boolean isHandWritten(JsonNode local) {
        return !local.has("properties") && !local.has("domainName");
    }

    private static String type(Responses responses, String id, JsonNode local, JsonNode admin, MappingOptions options, MappingLog log)
            throws InvalidInputException {
        // Read first, whichever way the type is decided: a saved list is checked like every other (an error body is
        // structural loss), and import does not take it for a file outside the layout.
        List<Lists.Item> solutions = Lists.optional(responses, ApiList.SOLUTIONS, id);
        String override = options.environmentTypes().get(id);
        if (override != null) return override;
        if (local != null && isHandWritten(local) && Json.text(local, "type") != null) return Json.text(local, "type");
        if (admin != null) {
            for (JsonNode template : admin.path("properties").path("linkedEnvironmentMetadata").path("template")) {
                if (template.asText().startsWith(KnownIds.DYNAMICS_TEMPLATE_PREFIX)) return "customer-engagement";
            }
        }
        if (solutions != null) {
            for (Lists.Item solution : solutions) {
                String name = Json.text(solution.json(), "uniquename", "").toLowerCase(Locale.ROOT);
                if (name.startsWith(KnownIds.CUSTOMER_ENGAGEMENT_SOLUTION_PREFIX)) return "customer-engagement";
            }
            return "power-apps";
        }
        log.approximated(TYPE_GUESSED);
        return "customer-engagement";
    }

    private static Map<String, String> businessUnits(Responses responses, String id, Map<String, Object> env) throws InvalidInputException {
        List<Lists.Item> items = Lists.required(responses, ApiList.BUSINESS_UNITS, id);
        Map<String, String> ids = Readable.ids(items, "businessunitid", "name");
        List<Map<String, Object>> units = new ArrayList<>();
        for (Lists.Item item : items) {
            String guid = Json.lower(Json.text(item.json(), "businessunitid"));
            if (guid == null) continue;
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("id", ids.get(guid));
            String parent = ids.get(Json.lower(Json.text(item.json(), "_parentbusinessunitid_value")));
            if (parent != null) unit.put("parent", parent);
            units.add(unit);
        }
        units.sort(Comparator.comparing(u -> (String) u.get("id")));
        env.put("businessUnits", units);
        return ids;
    }

    /** Dataverse copies each role into every business unit; copies fold into their root role, whose unit is the role's. */
    private static Map<String, String> roles(Responses responses, String id, Map<String, Object> env, Map<String, String> units,
                                             MappingLog log) throws InvalidInputException {
        List<Lists.Item> items = Lists.required(responses, ApiList.ROLES, id);
        List<Lists.Item> roots = new ArrayList<>();
        Map<String, String> rootOf = new HashMap<>();
        for (Lists.Item item : items) {
            String guid = Json.lower(Json.text(item.json(), "roleid"));
            if (guid == null) continue;
            String root = Json.lower(Json.text(item.json(), "_parentrootroleid_value"));
            rootOf.put(guid, root == null ? guid : root);
            if (root == null || root.equals(guid)) roots.add(item);
        }
        Map<String, String> idByRoot = Readable.ids(roots, "roleid", "name");
        List<Map<String, Object>> list = new ArrayList<>();
        for (Lists.Item item : roots) {
            String guid = Json.lower(Json.text(item.json(), "roleid"));
            String unit = units.get(Json.lower(Json.text(item.json(), "_businessunitid_value")));
            String name = Json.text(item.json(), "name", idByRoot.get(guid));
            if (unit == null) {
                log.leftOut(item.file(), "role " + name, "its business unit is not in businessunits");
                idByRoot.remove(guid);
                continue;
            }
            Map<String, Object> role = new LinkedHashMap<>();
            role.put("id", idByRoot.get(guid));
            role.put("name", name);
            role.put("businessUnit", unit);
            String template = Json.lookup(KnownIds.ROLE_TEMPLATES, Json.text(item.json(), "_roletemplateid_value"));
            if (template != null) role.put("template", template);
            if (item.json().has("ismanaged")) {
                role.put("predefined", item.json().path("ismanaged").asBoolean(false));
                log.approximated("role predefined taken from ismanaged");
            }
            if (KnownIds.APP_ACCESS_ROLE_NAMES.contains(name.trim().toLowerCase(Locale.ROOT))) role.put("appAccess", true);
            list.add(role);
        }
        list.sort(Comparator.comparing(r -> (String) r.get("id")));
        env.put("roles", list);
        Map<String, String> idByCopy = new HashMap<>();
        rootOf.forEach((copy, root) -> {
            if (idByRoot.containsKey(root)) idByCopy.put(copy, idByRoot.get(root));
        });
        return idByCopy;
    }
}
