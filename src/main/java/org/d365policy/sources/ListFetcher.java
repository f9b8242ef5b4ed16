package org.d365policy.sources;

import org.d365policy.load.InvalidInputException;
import org.d365policy.sources.http.ApiHttp;
import org.d365policy.sources.http.Endpoint;

/** Reads one list of {@link ApiList} from an API and keeps each page where import would find it. */
public final class ListFetcher {
    private final ApiHttp http;
    private final Responses responses;

    public ListFetcher(ApiHttp http, Responses responses) {
        this.http = http;
        this.responses = responses;
    }

    public Responses responses() {
        return responses;
    }

    /** Reads every page of {@code list} (for the environment, group or role template {@code id}); returns the records read. */
    public int fetch(Endpoint endpoint, ApiList list, String id) throws InvalidInputException {
        String folder = list.folder(id);
        String entity = list.entity(id);
        return http.list(endpoint, list.query(id), folder + "/" + entity, list.permission(), (n, body) -> {
            String path = folder + "/" + Responses.pageName(entity, n);
            responses.put(path, "GET " + endpoint.baseUrl() + list.query(id) + (n == 1 ? "" : " (page " + n + ")"), body);
        });
    }
}
