package org.d365policy.sources.dataverse;

import org.d365policy.load.InvalidInputException;
import org.d365policy.sources.ApiList;
import org.d365policy.sources.ListFetcher;
import org.d365policy.sources.http.Endpoint;

import java.net.URI;
import java.util.Map;

/**
 * One environment's Dataverse Web API (v9.2): business units, roles, user records with their roles, teams with
 * their roles and members, and the solutions that tell Customer Engagement from Power Apps. Every request asks for
 * pages of 5,000, the most Dataverse allows.
 */
public final class DataverseReader {
    static final Map<String, String> HEADERS = Map.of("OData-MaxVersion", "4.0", "OData-Version", "4.0",
            "Prefer", "odata.maxpagesize=5000");

    private final ListFetcher fetcher;

    public DataverseReader(ListFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** The Web API of the environment at {@code instanceUrl} (as the admin API gives it, with or without a trailing slash). */
    public static Endpoint endpoint(String environment, String instanceUrl) {
        String base = instanceUrl.replaceAll("/+$", "");
        URI uri = URI.create(base);
        return new Endpoint("Dataverse " + environment, base + "/api/data/v9.2/", uri.getScheme() + "://" + uri.getAuthority(), HEADERS);
    }

    public void read(String environment, Endpoint endpoint) throws InvalidInputException {
        for (ApiList list : new ApiList[] {ApiList.BUSINESS_UNITS, ApiList.ROLES, ApiList.SYSTEM_USERS, ApiList.TEAMS, ApiList.SOLUTIONS}) {
            fetcher.fetch(endpoint, list, environment);
        }
    }
}
