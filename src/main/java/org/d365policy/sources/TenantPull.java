package org.d365policy.sources;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.load.InvalidInputException;
import org.d365policy.sources.admin.AdminReader;
import org.d365policy.sources.dataverse.DataverseReader;
import org.d365policy.sources.graph.GraphReader;
import org.d365policy.sources.http.ApiHttp;
import org.d365policy.sources.http.Endpoint;
import org.d365policy.sources.http.SourceFailure;
import org.d365policy.sources.mapping.TenantMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a tenant live, in the order live-apis.md 6 suggests: the environments from the admin API, the directory
 * from Graph, each chosen environment's Dataverse, then the members of every group those name. What it reads is
 * kept as {@link Responses} in import's layout, for the one mapping.
 */
public final class TenantPull {
    /** Where each API is and the resource its tokens are for. */
    public record Hosts(String graphUrl, String graphAudience, String adminUrl, String adminAudience) {
    }

    /** What was read, and the APIs it came from (for provenance: URLs only, never a token). */
    public record Pulled(Responses responses, List<String> sources) {
    }

    private TenantPull() {
    }

    /** @param wanted environments by domain name, name (GUID) or instance URL; empty for every one that has Dataverse */
    public static Pulled pull(ApiHttp http, Hosts hosts, List<String> wanted) throws InvalidInputException {
        Responses responses = new Responses("pull");
        ListFetcher fetcher = new ListFetcher(http, responses);
        List<String> sources = new ArrayList<>();

        AdminReader admin = new AdminReader(fetcher, hosts.adminUrl(), hosts.adminAudience());
        TreeMap<String, JsonNode> chosen = choose(admin.environments(), wanted);
        sources.add(admin.endpoint().name() + " " + admin.endpoint().baseUrl());

        GraphReader graph = new GraphReader(fetcher, hosts.graphUrl(), hosts.graphAudience());
        graph.readDirectory(TenantMapping.adminRoleTemplates());
        sources.add(graph.endpoint().name() + " " + graph.endpoint().baseUrl());

        DataverseReader dataverse = new DataverseReader(fetcher);
        Set<String> groups = new TreeSet<>(graph.roleHoldingGroups());
        for (var environment : chosen.entrySet()) {
            Endpoint endpoint = DataverseReader.endpoint(environment.getKey(), AdminReader.instanceUrl(environment.getValue()));
            dataverse.read(environment.getKey(), endpoint);
            sources.add(endpoint.name() + " " + endpoint.baseUrl());
            String securityGroup = environment.getValue().path("properties").path("linkedEnvironmentMetadata").path("securityGroupId").asText("");
            if (securityGroup.isBlank()) securityGroup = environment.getValue().path("securityGroupId").asText("");
            if (!securityGroup.isBlank()) groups.add(securityGroup.toLowerCase(Locale.ROOT));
            groups.addAll(groupTeams(responses, environment.getKey()));
        }
        graph.readGroups(groups);
        return new Pulled(responses, sources);
    }

    /** The environments to read, by domain name: those asked for, or every one with Dataverse. */
    private static TreeMap<String, JsonNode> choose(List<JsonNode> environments, List<String> wanted) throws InvalidInputException {
        TreeMap<String, JsonNode> withDataverse = new TreeMap<>();
        for (JsonNode environment : environments) {
            String domain = AdminReader.domainName(environment);
            if (AdminReader.instanceUrl(environment) != null && domain != null) withDataverse.put(domain.toLowerCase(Locale.ROOT), environment);
        }
        if (wanted.isEmpty()) return withDataverse;
        TreeMap<String, JsonNode> chosen = new TreeMap<>();
        for (String want : wanted) {
            String key = want.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
            String found = null;
            for (var environment : withDataverse.entrySet()) {
                String name = AdminReader.name(environment.getValue());
                String url = AdminReader.instanceUrl(environment.getValue()).toLowerCase(Locale.ROOT).replaceAll("/+$", "");
                if (environment.getKey().equals(key) || key.equals(name == null ? null : name.toLowerCase(Locale.ROOT)) || url.equals(key)) {
                    found = environment.getKey();
                }
            }
            if (found == null) {
                throw new SourceFailure("--environment " + want, "no environment with Dataverse has that domain name, name or instance URL; "
                        + (withDataverse.isEmpty() ? "the tenant has none" : "there are: " + String.join(", ", withDataverse.keySet())));
            }
            chosen.put(found, withDataverse.get(found));
        }
        return chosen;
    }

    /** The Entra groups of an environment's group teams (teamtype 2 and 3). */
    private static Set<String> groupTeams(Responses responses, String environment) {
        Set<String> groups = new TreeSet<>();
        for (Responses.Page page : responses.pages(ApiList.TEAMS.folder(environment), ApiList.TEAMS.entity(environment))) {
            for (JsonNode team : page.body().path("value")) {
                int type = team.path("teamtype").asInt(-1);
                String group = team.path("azureactivedirectoryobjectid").asText("");
                if ((type == 2 || type == 3) && !group.isBlank()) groups.add(group.toLowerCase(Locale.ROOT));
            }
        }
        return groups;
    }
}
