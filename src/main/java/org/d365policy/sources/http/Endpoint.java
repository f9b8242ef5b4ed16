package org.d365policy.sources.http;

import java.util.Map;

/**
 * One API as pull calls it: its name for messages and progress, the base URL requests are relative to, the
 * resource a token must be for (its audience), and the headers every request to it carries.
 */
public record Endpoint(String name, String baseUrl, String audience, Map<String, String> headers) {
    public Endpoint {
        headers = Map.copyOf(headers);
        if (!baseUrl.endsWith("/")) baseUrl = baseUrl + "/";
    }

    /** Scheme, host and port of the base URL: the {@code {resource}} of a token command. */
    public String resource() {
        java.net.URI uri = java.net.URI.create(baseUrl);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
