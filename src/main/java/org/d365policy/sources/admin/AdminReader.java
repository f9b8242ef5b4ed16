package org.d365policy.sources.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.load.InvalidInputException;
import org.d365policy.sources.ApiList;
import org.d365policy.sources.ListFetcher;
import org.d365policy.sources.Responses;
import org.d365policy.sources.http.Endpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Power Platform admin API (BAP, {@code scopes/admin/environments}): every environment of the tenant with its
 * Dataverse instance URL, domain name, security group and provisioning template.
 */
public final class AdminReader {
    private final ListFetcher fetcher;
    private final Endpoint admin;

    public AdminReader(ListFetcher fetcher, String adminUrl, String audience) {
        this.fetcher = fetcher;
        this.admin = new Endpoint("Power Platform admin API", adminUrl, audience, Map.of());
    }

    public Endpoint endpoint() {
        return admin;
    }

    /** Every environment record the API lists. */
    public List<JsonNode> environments() throws InvalidInputException {
        fetcher.fetch(admin, ApiList.ENVIRONMENTS, null);
        List<JsonNode> environments = new ArrayList<>();
        for (Responses.Page page : fetcher.responses().pages(ApiList.ENVIRONMENTS.folder(null), ApiList.ENVIRONMENTS.entity(null))) {
            page.body().path("value").forEach(environments::add);
        }
        return environments;
    }

    /** The Dataverse instance URL of an environment record, or null when it has no Dataverse. */
    public static String instanceUrl(JsonNode environment) {
        JsonNode url = environment.path("properties").path("linkedEnvironmentMetadata").path("instanceUrl");
        if (url.isTextual() && !url.asText().isBlank()) return url.asText();
        JsonNode flat = environment.path("url");
        return flat.isTextual() && !flat.asText().isBlank() ? flat.asText() : null;
    }

    public static String domainName(JsonNode environment) {
        JsonNode nested = environment.path("properties").path("linkedEnvironmentMetadata").path("domainName");
        if (nested.isTextual()) return nested.asText();
        JsonNode flat = environment.path("domainName");
        return flat.isTextual() ? flat.asText() : null;
    }

    /** The environment's name in the admin API: its GUID. */
    public static String name(JsonNode environment) {
        JsonNode name = environment.path("name");
        return name.isTextual() ? name.asText() : environment.path("id").asText(null);
    }
}
