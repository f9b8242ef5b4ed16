package org.d365policy.sources.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.load.InvalidInputException;
import org.d365policy.sources.Responses;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The one mapping from API responses to a tenant snapshot (tenant-format.md), for responses that {@code pull}
 * fetched and for those {@code import} read from a folder alike. It builds the snapshot as maps and lists; what it
 * cannot map is in the {@link MappingLog}, and structural loss is an {@link InvalidInputException}.
 */
public final class TenantMapping {
    /** The snapshot, and what was left out or approximated on the way. */
    public record Result(Map<String, Object> snapshot, MappingLog log) {
    }

    /** How the snapshot is being made, for its provenance; a folder that pull saved keeps the pull's own. */
    public record Stamp(String kind, String generatedAt, String tool, List<String> sources) {
    }

    private TenantMapping() {
    }

    /** The Entra role templates whose holders are admins in the snapshot: pull reads the assignments of each. */
    public static Set<String> adminRoleTemplates() {
        return KnownIds.ADMIN_ROLES.keySet();
    }

    public static Result map(Responses responses, MappingOptions options, Stamp stamp) throws InvalidInputException {
        JsonNode saved = saved(responses);
        MappingLog log = new MappingLog();
        Directory directory = new Directory();
        Map<String, Object> snapshot = new LinkedHashMap<>();
        String tenant = first(options.tenantName(), Json.text(saved, "tenant"), organizationName(responses), lastPart(responses.origin()));
        snapshot.put("tenant", tenant);
        String asOf = first(options.asOf(), Json.text(saved, "asOf"));
        if (asOf != null) snapshot.put("asOf", asOf);
        String profile = first(options.profile(), Json.text(saved, "profile"));
        if (profile != null) snapshot.put("profile", profile);

        List<Object> subscriptions = SubscriptionMapping.map(responses, seatPools(options, saved), directory, log);
        AccountMapping.map(responses, directory, log);
        AdminRoleMapping.map(responses, directory, log);
        Map<String, String> types = environmentTypes(options, saved, responses);
        Map<String, JsonNode> admin = EnvironmentMapping.adminRecords(responses);
        List<Object> environments = new ArrayList<>();
        MappingOptions effective = new MappingOptions(null, types, null, null, null);
        for (String id : responses.folders("environments")) {
            environments.add(EnvironmentMapping.map(responses, id, admin.get(id.toLowerCase(java.util.Locale.ROOT)), effective, directory, log));
        }
        List<Object> groups = GroupMapping.map(responses, directory, log);

        snapshot.put("provenance", provenance(stamp, saved, log));
        snapshot.put("subscriptions", subscriptions);
        snapshot.put("accounts", accounts(directory));
        snapshot.put("invitations", new ArrayList<>(directory.invitations.values()));
        snapshot.put("groups", groups);
        snapshot.put("environments", environments);
        return new Result(snapshot, log);
    }

    /** The keys of tenant.json, as the README's folder layout lists them. */
    private static final List<String> SAVED_KEYS = List.of("tenant", "asOf", "profile", "skus", "environmentTypes", "provenance");

    /** tenant.json: written by hand, or by pull --save-responses with what its command line said. */
    private static JsonNode saved(Responses responses) throws InvalidInputException {
        Responses.Page page = responses.get("tenant.json");
        if (page == null) return null;
        if (!page.body().isObject()) throw new InvalidInputException(page.name(), 0, 0, null, "expected a map such as {\"tenant\": \"contoso\"}");
        // A misspelt key ("asof") would leave the snapshot without what it was meant to say, unseen (tenant-format.md).
        for (Iterator<String> names = page.body().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!SAVED_KEYS.contains(name)) {
                throw new InvalidInputException(page.name(), 0, 0, name, "is no key of tenant.json; expected " + String.join(", ", SAVED_KEYS));
            }
        }
        return page.body();
    }

    private static String organizationName(Responses responses) throws InvalidInputException {
        if (responses.pages("graph", "organization").isEmpty()) return null;
        List<Lists.Item> organizations = Lists.required(responses, org.d365policy.sources.ApiList.ORGANIZATION, null);
        return organizations.isEmpty() ? null : Json.text(organizations.get(0).json(), "displayName");
    }

    private static Predicate<String> seatPools(MappingOptions options, JsonNode saved) throws InvalidInputException {
        if (options.skus() != null) return part -> options.skus().matcher(part).matches();
        String regex = Json.text(saved, "skus");
        if (regex == null) return KnownIds.CUSTOMER_ENGAGEMENT_SKUS::contains;
        try {
            Pattern pattern = Pattern.compile(regex);
            return part -> pattern.matcher(part).matches();
        } catch (PatternSyntaxException e) {
            throw new InvalidInputException("tenant.json", 0, 0, "skus", "is no valid regular expression (" + e.getDescription() + ")");
        }
    }

    private static Map<String, String> environmentTypes(MappingOptions options, JsonNode saved, Responses responses)
            throws InvalidInputException {
        Map<String, String> types = new TreeMap<>();
        if (saved != null) saved.path("environmentTypes").fields().forEachRemaining(e -> types.put(e.getKey(), e.getValue().asText()));
        types.putAll(options.environmentTypes());
        Set<String> known = Set.copyOf(responses.folders("environments"));
        for (String id : types.keySet()) {
            if (!known.contains(id)) {
                throw new InvalidInputException("--environment-type", 0, 0, null, "names environment " + id + ", which "
                        + (known.isEmpty() ? "is not among the environments read (there are none)" : "is none of " + String.join(", ", known)));
            }
        }
        return types;
    }

    private static Map<String, Object> provenance(Stamp stamp, JsonNode saved, MappingLog log) {
        JsonNode pulled = saved == null ? null : saved.get("provenance");
        Map<String, Object> provenance = new LinkedHashMap<>();
        boolean fromPull = pulled != null && "pull".equals(Json.text(pulled, "kind"));
        provenance.put("kind", fromPull ? "pull" : stamp.kind());
        provenance.put("generatedAt", stamp.generatedAt());
        provenance.put("tool", fromPull && Json.text(pulled, "tool") != null ? Json.text(pulled, "tool") : stamp.tool());
        List<String> sources = new ArrayList<>();
        if (fromPull) pulled.path("sources").forEach(s -> sources.add(s.asText()));
        else sources.addAll(stamp.sources());
        provenance.put("sources", sources);
        provenance.put("approximations", log.approximations());
        provenance.put("leftOut", log.leftOut());
        return provenance;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> accounts(Directory directory) {
        List<Object> accounts = new ArrayList<>();
        for (Map<String, Object> account : directory.accounts.values()) {
            Object roles = account.get("adminRoles");
            if (roles != null) account.put("adminRoles", new ArrayList<>((Set<String>) roles));
            accounts.add(account);
        }
        return accounts;
    }

    private static String first(String... values) {
        for (String value : values) if (value != null && !value.isBlank()) return value;
        return null;
    }

    private static String lastPart(String origin) {
        String trimmed = origin.replaceAll("[/\\\\]+$", "");
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return slash < 0 ? trimmed : trimmed.substring(slash + 1);
    }
}
