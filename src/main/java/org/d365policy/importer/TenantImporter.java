package org.d365policy.importer;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.Upn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds a tenant snapshot (as the maps and lists of tenant-format.md) from the JSON responses an
 * admin saves from the Dataverse Web API and Microsoft Graph. The folder layout and every mapping are
 * written down in the README; what cannot be mapped becomes a warning that names the record.
 */
public final class TenantImporter {
    /** Customer Engagement license pools among a tenant's SKUs, unless told otherwise. */
    public static final String DEFAULT_SKUS = "(?i)^(DYN365|D365|DYNAMICS|CRM).*";

    /** Dataverse's standard role templates (the same in every environment). */
    private static final Map<String, String> ROLE_TEMPLATES = Map.of(
            "627090ff-40a3-4053-8790-584edc5be201", "system-administrator",
            "119f245c-3cc8-4b62-b31c-d1a046ced15d", "system-customizer",
            "a4be89ff-7c35-4d69-9900-999c3f603e6f", "salesperson",
            "236750cd-45ae-4939-ab12-b24b920ced93", "basic-user",
            "2d101bb3-5ced-4122-83f1-94d5efde4e3b", "support-user",
            "d892cc0b-28c7-4e88-bd92-72f2c366baed", "delegate");

    /** Entra directory role templates, and the admin roles of the seed they stand for today. */
    private static final Map<String, String> ADMIN_ROLES = Map.of(
            "62e90394-69f5-4237-9190-012177145e10", "global",
            "b0f54661-2d74-4c50-afa3-1ec803f12efe", "billing",
            "966707d0-3269-4727-9be2-8c3a10f19b9d", "password",
            "729827e3-9c14-49f7-bb1b-9608f156bbb8", "password",
            "fe930be7-5e62-47db-91af-98c3a49a38b1", "user-management",
            "44367163-eba1-44c3-98af-f5787879f96a", "service",
            "11648597-926c-4cf3-9c36-bcebb0ba8dcc", "service");

    private static final Map<String, String> ADMIN_ROLE_NAMES = Map.of(
            "global administrator", "global", "company administrator", "global", "billing administrator", "billing",
            "password administrator", "password", "helpdesk administrator", "password",
            "user administrator", "user-management", "dynamics 365 administrator", "service",
            "dynamics 365 service administrator", "service", "power platform administrator", "service");

    /** systemuser.accessmode (d365-facts.md 1.1). */
    private static final String[] ACCESS_MODES = {"read-write", "administrative", "read", "support-user", "non-interactive",
            "delegated-admin"};

    private final DocumentReader reader = new DocumentReader();
    private final ImportWarnings warnings = new ImportWarnings();
    private final ApiFolder api = new ApiFolder(reader, warnings);
    private final Pattern skuFilter;

    private final Map<String, String> skuById = new HashMap<>();
    /** SKUs left out on purpose (not Customer Engagement): known from subscribedSkus, so not warned about. */
    private final Set<String> excludedSkus = new HashSet<>();
    private final Map<String, String> upnByUserId = new HashMap<>();
    private final Map<String, Map<String, Object>> accounts = new TreeMap<>();
    private final Map<String, Map<String, Object>> groups = new TreeMap<>();
    private final Map<String, Map<String, Object>> invitations = new TreeMap<>();

    public TenantImporter(String skuFilter) {
        this.skuFilter = Pattern.compile(skuFilter);
    }

    public ImportWarnings warnings() {
        return warnings;
    }

    public Map<String, Object> importFrom(Path dir) throws InvalidInputException {
        if (!Files.isDirectory(dir)) throw new InvalidInputException(dir.toString(), 0, 0, null, "no such folder; expected an export folder");
        Map<String, Object> snapshot = new LinkedHashMap<>();
        Path tenantFile = dir.resolve("tenant.json");
        JsonNode tenant = Files.exists(tenantFile) ? reader.readTree(tenantFile, tenantFile.toString()) : null;
        snapshot.put("tenant", text(tenant, "tenant") != null ? text(tenant, "tenant") : dir.toAbsolutePath().normalize().getFileName().toString());
        if (text(tenant, "asOf") != null) snapshot.put("asOf", text(tenant, "asOf"));
        if (text(tenant, "profile") != null) snapshot.put("profile", text(tenant, "profile"));
        Path graph = dir.resolve("graph");
        snapshot.put("subscriptions", subscriptions(graph));
        readAccounts(graph);
        readAdminRoles(graph);
        readGroups(graph.resolve("groups"));
        List<Object> environments = new ArrayList<>();
        for (Path env : folders(dir.resolve("environments"))) environments.add(environment(env));
        snapshot.put("accounts", new ArrayList<>(accounts.values()));
        snapshot.put("invitations", new ArrayList<>(invitations.values()));
        snapshot.put("groups", new ArrayList<>(groups.values()));
        snapshot.put("environments", environments);
        return snapshot;
    }

    // --- Microsoft Graph.

    private List<Object> subscriptions(Path graph) throws InvalidInputException {
        Map<String, Map<String, Object>> subscriptions = new TreeMap<>();
        for (ApiFolder.Record r : api.records(graph, "subscribedSkus")) {
            String id = lower(text(r.json, "skuId"));
            String part = text(r.json, "skuPartNumber");
            if (id == null || part == null) {
                warnings.add(r.file, "a subscribed SKU", "has no skuId or skuPartNumber; left out");
                continue;
            }
            if (!skuFilter.matcher(part).matches()) {
                excludedSkus.add(id);
                continue;
            }
            skuById.put(id, part);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("sku", part);
            JsonNode enabled = r.json.path("prepaidUnits").path("enabled");
            if (!enabled.canConvertToInt()) warnings.add(r.file, "SKU " + part, "has no prepaidUnits.enabled; 0 seats assumed");
            s.put("seats", enabled.canConvertToInt() ? Math.max(0, enabled.asInt()) : 0);
            subscriptions.put(part, s);
        }
        return new ArrayList<>(subscriptions.values());
    }

    private void readAccounts(Path graph) throws InvalidInputException {
        for (ApiFolder.Record r : api.records(graph, "users")) {
            String upn = Upn.normalize(text(r.json, "userPrincipalName"));
            if (upn == null) {
                warnings.add(r.file, "user " + text(r.json, "id"), "has no userPrincipalName; left out");
                continue;
            }
            if (text(r.json, "id") != null) upnByUserId.put(lower(text(r.json, "id")), upn);
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("upn", upn);
            if (text(r.json, "displayName") != null) account.put("displayName", text(r.json, "displayName"));
            Set<String> licenses = new TreeSet<>();
            for (JsonNode license : r.json.path("assignedLicenses")) {
                String skuId = lower(text(license, "skuId"));
                if (skuById.containsKey(skuId)) licenses.add(skuById.get(skuId));
                else if (skuId != null && !skuFilterExcludes(skuId)) {
                    warnings.add(r.file, "user " + upn, "holds SKU " + skuId + ", which is not in subscribedSkus; left out");
                }
            }
            account.put("licenses", new ArrayList<>(licenses));
            account.put("adminRoles", new TreeSet<String>());
            if (accounts.containsKey(upn)) warnings.add(r.file, "user " + upn, "appears twice; the first is kept");
            else accounts.put(upn, account);
        }
    }

    private boolean skuFilterExcludes(String skuId) {
        return excludedSkus.contains(skuId);
    }

    @SuppressWarnings("unchecked")
    private void readAdminRoles(Path graph) throws InvalidInputException {
        for (ApiFolder.Record r : api.records(graph, "directoryRoles")) {
            String role = lookup(ADMIN_ROLES, text(r.json, "roleTemplateId"));
            if (role == null) role = lookup(ADMIN_ROLE_NAMES, text(r.json, "displayName"));
            if (role == null) continue;
            for (JsonNode member : r.json.path("members")) {
                String upn = Upn.normalize(text(member, "userPrincipalName"));
                if (upn == null) upn = upnByUserId.get(lower(text(member, "id")));
                if (upn == null || !accounts.containsKey(upn)) {
                    if (!text(member, "@odata.type", "").endsWith("servicePrincipal")) {
                        warnings.add(r.file, "role " + text(r.json, "displayName") + " member " + text(member, "id"),
                                "is no user of users.json; left out");
                    }
                    continue;
                }
                ((Set<String>) accounts.get(upn).get("adminRoles")).add(role);
            }
        }
        for (Map<String, Object> account : accounts.values()) {
            account.put("adminRoles", new ArrayList<>((Set<String>) account.get("adminRoles")));
        }
    }

    private void readGroups(Path groupsFolder) throws InvalidInputException {
        for (Path folder : folders(groupsFolder)) {
            String id = folder.getFileName().toString();
            Set<String> members = new TreeSet<>();
            Set<String> nested = new TreeSet<>();
            for (ApiFolder.Record r : api.records(folder, "members")) {
                String type = text(r.json, "@odata.type", "");
                if (type.endsWith(".group")) {
                    nested.add(text(r.json, "id"));
                } else if (type.endsWith(".user") || r.json.has("userPrincipalName")) {
                    String upn = Upn.normalize(text(r.json, "userPrincipalName"));
                    if (upn == null) upn = upnByUserId.get(lower(text(r.json, "id")));
                    if (upn == null) warnings.add(r.file, "member " + text(r.json, "id"), "has no userPrincipalName; left out");
                    else members.add(upn);
                } else {
                    warnings.add(r.file, "member " + text(r.json, "id"), "is a " + (type.isEmpty() ? "member of unknown type" : type)
                            + ", neither user nor group; left out");
                }
            }
            group(id).put("members", new ArrayList<>(members));
            group(id).put("groups", new ArrayList<>(nested));
        }
        for (Map<String, Object> group : new ArrayList<>(groups.values())) {
            for (Object nested : (List<?>) group.get("groups")) {
                if (!groups.containsKey(nested)) {
                    warnings.add(groupsFolder.resolve(String.valueOf(nested)).toString(), "group " + nested,
                            "is nested in " + group.get("id") + " but its members were not exported; added without members");
                    group((String) nested);
                }
            }
        }
    }

    private Map<String, Object> group(String id) {
        return groups.computeIfAbsent(id, g -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", g);
            m.put("members", new ArrayList<>());
            m.put("groups", new ArrayList<>());
            return m;
        });
    }

    // --- The Dataverse Web API, one environment.

    private Map<String, Object> environment(Path folder) throws InvalidInputException {
        String envId = folder.getFileName().toString();
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("id", envId);
        Path settings = folder.resolve("environment.json");
        JsonNode meta = Files.exists(settings) ? reader.readTree(settings, settings.toString()) : null;
        env.put("type", text(meta, "type") != null ? text(meta, "type") : "customer-engagement");
        String securityGroup = text(meta, "securityGroup");
        if (securityGroup != null) {
            if (!groups.containsKey(securityGroup)) {
                warnings.add(settings.toString(), "security group " + securityGroup, "its members were not exported (graph/groups/"
                        + securityGroup + "/); added without members, so every enabled person will be reported by SG-001");
                group(securityGroup);
            }
            env.put("securityGroup", securityGroup);
        }
        Map<String, String> units = businessUnits(folder, env);
        Map<String, String> roles = roles(folder, env, units);
        Map<String, String> upnBySystemUser = users(folder, env, units, roles);
        teams(folder, env, units, roles, upnBySystemUser);
        return env;
    }

    private Map<String, String> businessUnits(Path folder, Map<String, Object> env) throws InvalidInputException {
        List<ApiFolder.Record> records = api.records(folder, "businessunits");
        Map<String, String> idByGuid = readableIds(records, "businessunitid", "name");
        List<Map<String, Object>> units = new ArrayList<>();
        for (ApiFolder.Record r : records) {
            String guid = lower(text(r.json, "businessunitid"));
            if (guid == null) continue;
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("id", idByGuid.get(guid));
            String parent = lower(text(r.json, "_parentbusinessunitid_value"));
            if (parent != null) {
                if (idByGuid.containsKey(parent)) unit.put("parent", idByGuid.get(parent));
                else warnings.add(r.file, "business unit " + unit.get("id"), "its parent " + parent + " was not exported; taken as a root");
            }
            units.add(unit);
        }
        units.sort(Comparator.comparing(u -> (String) u.get("id")));
        env.put("businessUnits", units);
        return idByGuid;
    }

    /** Dataverse copies a role into every business unit; each copy maps to its root role, which is available below. */
    private Map<String, String> roles(Path folder, Map<String, Object> env, Map<String, String> units) throws InvalidInputException {
        List<ApiFolder.Record> records = api.records(folder, "roles");
        List<ApiFolder.Record> roots = new ArrayList<>();
        Map<String, String> rootOf = new HashMap<>();
        for (ApiFolder.Record r : records) {
            String guid = lower(text(r.json, "roleid"));
            if (guid == null) continue;
            String root = lower(text(r.json, "_parentrootroleid_value"));
            rootOf.put(guid, root == null ? guid : root);
            if (root == null || root.equals(guid)) roots.add(r);
        }
        Map<String, String> idByRoot = readableIds(roots, "roleid", "name");
        List<Map<String, Object>> list = new ArrayList<>();
        for (ApiFolder.Record r : roots) {
            String guid = lower(text(r.json, "roleid"));
            String unit = units.get(lower(text(r.json, "_businessunitid_value")));
            if (unit == null) {
                warnings.add(r.file, "role " + text(r.json, "name"), "its business unit was not exported; left out");
                idByRoot.remove(guid);
                continue;
            }
            Map<String, Object> role = new LinkedHashMap<>();
            role.put("id", idByRoot.get(guid));
            role.put("name", text(r.json, "name", idByRoot.get(guid)));
            role.put("businessUnit", unit);
            String template = lookup(ROLE_TEMPLATES, text(r.json, "_roletemplateid_value"));
            if (template != null) role.put("template", template);
            role.put("predefined", r.json.path("ismanaged").asBoolean(false));
            if (text(r.json, "name", "").toLowerCase(Locale.ROOT).endsWith("app access")) role.put("appAccess", true);
            list.add(role);
        }
        list.sort(Comparator.comparing(x -> (String) x.get("id")));
        env.put("roles", list);
        Map<String, String> idByCopy = new HashMap<>();
        for (Map.Entry<String, String> copy : rootOf.entrySet()) {
            String id = idByRoot.get(copy.getValue());
            if (id != null) idByCopy.put(copy.getKey(), id);
        }
        return idByCopy;
    }

    private Map<String, String> users(Path folder, Map<String, Object> env, Map<String, String> units, Map<String, String> roles)
            throws InvalidInputException {
        Map<String, String> upnBySystemUser = new HashMap<>();
        List<Map<String, Object>> users = new ArrayList<>();
        for (ApiFolder.Record r : api.records(folder, "systemusers")) {
            String upn = Upn.normalize(text(r.json, "domainname"));
            String record = "user " + (upn != null ? upn : text(r.json, "systemuserid"));
            if (upn == null || upn.isBlank()) {
                warnings.add(r.file, record, "has no domainname (UPN); left out");
                continue;
            }
            String unit = units.get(lower(text(r.json, "_businessunitid_value")));
            if (unit == null) {
                warnings.add(r.file, record, "its business unit was not exported; left out");
                continue;
            }
            upnBySystemUser.put(lower(text(r.json, "systemuserid")), upn);
            int mode = r.json.path("accessmode").asInt(0);
            String applicationId = lower(text(r.json, "applicationid"));
            String type = applicationId != null ? "application" : mode == 3 ? "support" : mode == 5 ? "delegated-admin"
                    : r.json.path("systemmanagedusertype").asInt(0) == 2 ? "stub" : "person";
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("upn", upn);
            user.put("type", type);
            String accessMode = mode >= 0 && mode < ACCESS_MODES.length ? ACCESS_MODES[mode] : null;
            boolean special = type.equals("support") || type.equals("delegated-admin");
            if (accessMode == null || (!special && (mode == 3 || mode == 5))) {
                warnings.add(r.file, record, "has accessmode " + mode + ", which a " + type + " user cannot have; the default is used");
            } else {
                user.put("accessMode", accessMode);
            }
            user.put("enabled", !r.json.path("isdisabled").asBoolean(false));
            user.put("businessUnit", unit);
            Set<String> held = new TreeSet<>();
            for (JsonNode role : r.json.path("systemuserroles_association")) {
                String id = roles.get(lower(text(role, "roleid")));
                if (id == null) warnings.add(r.file, record, "holds role " + text(role, "roleid") + " (" + text(role, "name")
                        + "), which roles.json does not have; left out");
                else held.add(id);
            }
            user.put("roles", new ArrayList<>(held));
            if (applicationId != null) user.put("applicationId", applicationId);
            users.add(user);
            invitation(r, upn);
        }
        users.sort(Comparator.comparing(u -> (String) u.get("upn")));
        env.put("users", users);
        return upnBySystemUser;
    }

    /**
     * systemuser.invitestatuscode: 1 invited, 2 near expired, 3 expired are pending; 4 accepted; 5 rejected and 6 revoked are
     * revoked. The issue day is approximated by the record's modifiedon; the SKU is the person's first Customer Engagement license.
     */
    private void invitation(ApiFolder.Record r, String upn) {
        int code = r.json.path("invitestatuscode").asInt(0);
        if (code == 0) return;
        String status = code <= 3 ? "pending" : code == 4 ? "accepted" : "revoked";
        String email = Upn.normalize(text(r.json, "internalemailaddress", upn));
        String modified = text(r.json, "modifiedon");
        List<?> licenses = accounts.containsKey(upn) ? (List<?>) accounts.get(upn).get("licenses") : List.of();
        if (licenses.isEmpty() || modified == null || modified.length() < 10) {
            warnings.add(r.file, "invitation of " + upn, "has invitestatuscode " + code + " but no license or modifiedon to "
                    + "date and price it; left out");
            return;
        }
        Map<String, Object> invitation = new LinkedHashMap<>();
        invitation.put("email", email);
        invitation.put("sku", licenses.get(0));
        invitation.put("issued", modified.substring(0, 10));
        invitation.put("status", status);
        String key = email + "\n" + licenses.get(0) + "\n" + status + ("pending".equals(status) ? "" : "\n" + modified);
        Map<String, Object> earlier = invitations.get(key);
        if (earlier == null || ((String) earlier.get("issued")).compareTo(modified.substring(0, 10)) < 0) invitations.put(key, invitation);
    }

    private void teams(Path folder, Map<String, Object> env, Map<String, String> units, Map<String, String> roles,
                       Map<String, String> upnBySystemUser) throws InvalidInputException {
        List<ApiFolder.Record> records = api.records(folder, "teams");
        Map<String, String> idByGuid = readableIds(records, "teamid", "name");
        List<Map<String, Object>> teams = new ArrayList<>();
        for (ApiFolder.Record r : records) {
            String id = idByGuid.get(lower(text(r.json, "teamid")));
            if (id == null) continue;
            String unit = units.get(lower(text(r.json, "_businessunitid_value")));
            if (unit == null) {
                warnings.add(r.file, "team " + id, "its business unit was not exported; left out");
                continue;
            }
            Set<String> held = new TreeSet<>();
            for (JsonNode role : r.json.path("teamroles_association")) {
                String roleId = roles.get(lower(text(role, "roleid")));
                if (roleId == null) warnings.add(r.file, "team " + id, "holds role " + text(role, "roleid") + ", which roles.json does not have; left out");
                else held.add(roleId);
            }
            Set<String> members = new TreeSet<>();
            for (JsonNode member : r.json.path("teammembership_association")) {
                String upn = upnBySystemUser.get(lower(text(member, "systemuserid")));
                if (upn == null) warnings.add(r.file, "team " + id, "member " + text(member, "systemuserid") + " is no user of systemusers.json; left out");
                else members.add(upn);
            }
            Map<String, Object> team = new LinkedHashMap<>();
            team.put("id", id);
            team.put("businessUnit", unit);
            team.put("roles", new ArrayList<>(held));
            team.put("members", new ArrayList<>(members));
            teams.add(team);
        }
        teams.sort(Comparator.comparing(t -> (String) t.get("id")));
        env.put("teams", teams);
    }

    // --- Helpers.

    /** Readable ids: the name where it is unique, else the name and the start of the GUID. */
    private static Map<String, String> readableIds(List<ApiFolder.Record> records, String guidField, String nameField) {
        Map<String, Integer> names = new HashMap<>();
        for (ApiFolder.Record r : records) names.merge(text(r.json, nameField, ""), 1, Integer::sum);
        Map<String, String> ids = new HashMap<>();
        for (ApiFolder.Record r : records) {
            String guid = lower(text(r.json, guidField));
            if (guid == null) continue;
            String name = text(r.json, nameField, "").trim();
            ids.put(guid, name.isEmpty() ? guid : names.get(text(r.json, nameField, "")) == 1 ? name : name + "-" + guid.substring(0, 8));
        }
        return ids;
    }

    private static List<Path> folders(Path parent) throws InvalidInputException {
        if (!Files.isDirectory(parent)) return List.of();
        try (Stream<Path> list = Files.list(parent)) {
            List<Path> folders = new ArrayList<>();
            list.filter(Files::isDirectory).forEach(folders::add);
            folders.sort(Comparator.comparing(p -> p.getFileName().toString()));
            return folders;
        } catch (IOException e) {
            throw new InvalidInputException(parent.toString(), 0, 0, null, "the folder cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String text(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String text(JsonNode node, String field, String otherwise) {
        String value = text(node, field);
        return value == null ? otherwise : value;
    }

    /** Case-insensitive lookup in a table of constants; a value the export lacks finds nothing. */
    private static String lookup(Map<String, String> table, String key) {
        return key == null ? null : table.get(key.toLowerCase(Locale.ROOT));
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
