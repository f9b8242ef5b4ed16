package org.d365policy.sources.graph;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.load.InvalidInputException;
import org.d365policy.sources.ApiList;
import org.d365policy.sources.ListFetcher;
import org.d365policy.sources.Responses;
import org.d365policy.sources.http.Endpoint;
import org.d365policy.sources.http.SourceFailure;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Microsoft Graph v1.0: the organization's name, subscribed SKUs, users with their licenses and whether they may
 * sign in, the role assignments of each admin role that matters, and the direct members of groups, nested groups
 * followed.
 */
public final class GraphReader {
    /** At most this many groups are followed through nesting: far more than any environment names. */
    static final int MAX_GROUPS = 100_000;

    private final ListFetcher fetcher;
    private final Endpoint graph;

    public GraphReader(ListFetcher fetcher, String graphUrl, String audience) {
        this.fetcher = fetcher;
        this.graph = new Endpoint("Microsoft Graph", graphUrl.replaceAll("/+$", "") + "/v1.0/", audience, Map.of());
    }

    public Endpoint endpoint() {
        return graph;
    }

    public void readDirectory(Collection<String> roleTemplates) throws InvalidInputException {
        fetcher.fetch(graph, ApiList.ORGANIZATION, null);
        fetcher.fetch(graph, ApiList.SUBSCRIBED_SKUS, null);
        fetcher.fetch(graph, ApiList.USERS, null);
        for (String template : new TreeSet<>(roleTemplates)) fetcher.fetch(graph, ApiList.ROLE_ASSIGNMENTS, template);
    }

    /** The groups that hold an admin role through a role assignment. */
    public Set<String> roleHoldingGroups() {
        Set<String> groups = new TreeSet<>();
        for (Responses.Page page : fetcher.responses().all().values()) {
            if (!page.path().startsWith(ApiList.ROLE_ASSIGNMENTS.folder(null) + "/")) continue;
            for (JsonNode assignment : page.body().path("value")) {
                if (assignment.path("principal").path("@odata.type").asText("").endsWith(".group")) {
                    groups.add(assignment.path("principalId").asText().toLowerCase(Locale.ROOT));
                }
            }
        }
        return groups;
    }

    /** Reads the members of each group and of every group nested in them. */
    public void readGroups(Collection<String> start) throws InvalidInputException {
        Set<String> read = new TreeSet<>();
        Deque<String> pending = new ArrayDeque<>(new TreeSet<>(start));
        while (!pending.isEmpty()) {
            String group = pending.poll();
            if (!read.add(group)) continue;
            if (read.size() > MAX_GROUPS) {
                throw new SourceFailure("GET " + graph.baseUrl() + ApiList.GROUP_MEMBERS.query(group), "more than " + MAX_GROUPS
                        + " groups are nested in the groups the environments name; stopped");
            }
            fetcher.fetch(graph, ApiList.GROUP_MEMBERS, group);
            for (Responses.Page page : fetcher.responses().pages(ApiList.GROUP_MEMBERS.folder(group), ApiList.GROUP_MEMBERS.entity(group))) {
                for (JsonNode member : page.body().path("value")) {
                    if (member.path("@odata.type").asText("").endsWith(".group")) {
                        String nested = member.path("id").asText().toLowerCase(Locale.ROOT);
                        if (!read.contains(nested)) pending.add(nested);
                    }
                }
            }
        }
    }
}
