package org.d365policy.sources.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.d365policy.load.InvalidInputException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * GETs JSON from Microsoft's APIs: a bearer token on every request, a timeout on every request, Retry-After
 * honoured for 429 and 503, other 5xx, 408 and network errors retried with backoff and jitter, all bounded. Lists
 * are read page by page through every {@code @odata.nextLink}, and an expanded collection that comes with its own
 * next link is read in full from it and merged into its record.
 */
public final class ApiHttp {
    /** No list has more pages than this (100 million records at 1,000 a page): a server that never stops is an error. */
    static final int MAX_PAGES = 100_000;

    private final HttpClient client;
    private final TokenSource tokens;
    private final RetryPolicy retry;
    private final Duration timeout;
    private final Progress progress;
    /** As import reads a saved response: one JSON value and nothing after it. */
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public ApiHttp(TokenSource tokens, RetryPolicy retry, Duration timeout, Progress progress) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.tokens = tokens;
        this.retry = retry;
        this.timeout = timeout;
        this.progress = progress;
    }

    /** Receives each page of a list as it is read, nested collections already merged. */
    public interface PageSink {
        void page(int number, JsonNode body) throws InvalidInputException;
    }

    /**
     * Reads every page of a list from {@code query} (relative to the endpoint's base), giving each to the sink.
     * {@code permission} is what a 401 or 403 is said to lack. Returns the number of records read.
     */
    public int list(Endpoint endpoint, String query, String listName, String permission, PageSink sink) throws InvalidInputException {
        String url = endpoint.baseUrl() + query;
        Set<String> seen = new HashSet<>();
        int records = 0;
        for (int page = 1; url != null; page++) {
            if (page > MAX_PAGES || !seen.add(url)) {
                throw new SourceFailure("GET " + url, "the API keeps sending next links (" + (page - 1) + " pages so far); stopped");
            }
            JsonNode body = get(endpoint, url, permission);
            mergeNested(endpoint, body, permission);
            records += body.path("value").size();
            progress.reading(endpoint.name(), listName, records);
            sink.page(page, body);
            url = nextLink(body);
        }
        return records;
    }

    /** One GET, retried as the class comment says. */
    public JsonNode get(Endpoint endpoint, String url, String permission) throws InvalidInputException {
        String request = "GET " + url;
        String lastProblem = null;
        for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
            HttpResponse<byte[]> response;
            try {
                response = client.send(request(endpoint, url), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                lastProblem = "no answer (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
                pause(attempt, retry.backoff(attempt));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceFailure(request, "interrupted");
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) return parse(request, response.body());
            String said = errorText(response.body());
            if (status == 401) {
                // 401 is the token refused (expired, for another tenant or API, or no token at all); 403 is a token the API
                // took, for an identity without the right. Only a refused token is worth a look at how it was made.
                throw new SourceFailure(request, "HTTP 401" + (said.isEmpty() ? "" : " (" + said + ")") + ": the API refused the token "
                        + "(expired, or made for another tenant or API); where a fresh token is refused too, the application lacks "
                        + permission + "; nothing was written");
            }
            if (status == 403) {
                throw new SourceFailure(request, "HTTP 403" + (said.isEmpty() ? "" : " (" + said + ")") + ": the application lacks "
                        + permission + "; nothing was written");
            }
            lastProblem = "HTTP " + status + (said.isEmpty() ? "" : " (" + said + ")");
            if (status == 429 || status == 503) {
                pause(attempt, retry.retryAfter(response.headers().firstValue("Retry-After").orElse(null)).orElse(retry.backoff(attempt)));
            } else if (status >= 500 || status == 408) {
                pause(attempt, retry.backoff(attempt));
            } else {
                throw new SourceFailure(request, lastProblem + "; nothing was written");
            }
        }
        throw new SourceFailure(request, "gave up after " + retry.maxAttempts() + " attempts, the last " + lastProblem
                + "; nothing was written");
    }

    private void pause(int attempt, Duration wait) throws SourceFailure {
        if (attempt >= retry.maxAttempts()) return;
        try {
            retry.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailure("waiting to retry", "interrupted");
        }
    }

    private HttpRequest request(Endpoint endpoint, String url) throws InvalidInputException {
        HttpRequest.Builder builder;
        URI target;
        try {
            target = URI.create(url);
            builder = HttpRequest.newBuilder(target).timeout(timeout).GET();
        } catch (IllegalArgumentException e) {
            throw new SourceFailure("GET " + url, "not a URL (" + e.getMessage() + ")");
        }
        // A next link is the server's to write: the token for one API goes to that API's scheme, host and port only,
        // never to a host a page names (a proxy's or a compromised page's), nor over http where the API is https.
        if (!sameOrigin(target, URI.create(endpoint.baseUrl()))) {
            throw new SourceFailure("GET " + url, "the link leads away from " + endpoint.resource() + ", where " + endpoint.name()
                    + " is read; its token is sent nowhere else, so the list was not read further; nothing was written");
        }
        builder.header("Accept", "application/json");
        endpoint.headers().forEach(builder::header);
        builder.header("Authorization", "Bearer " + tokens.token(endpoint));
        return builder.build();
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getHost() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) return uri.getPort();
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private JsonNode parse(String request, byte[] body) throws SourceFailure {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || node.isMissingNode()) throw new SourceFailure(request, "the answer is empty; expected JSON; nothing was written");
            return node;
        } catch (IOException e) {
            throw new SourceFailure(request, "the answer is not JSON (" + firstLine(e.getMessage()) + "); nothing was written");
        }
    }

    /** The error an API states in its body ({"error": {"code", "message"}}), shortened; never a header. */
    private String errorText(byte[] body) {
        try {
            JsonNode error = json.readTree(body).path("error");
            String text = (error.path("code").asText("") + " " + error.path("message").asText("")).trim();
            return text.length() > 200 ? text.substring(0, 200) + "..." : text;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Every expanded collection with a {@code <nav>@odata.nextLink} is read in full from that link and merged with what came inline. */
    private void mergeNested(Endpoint endpoint, JsonNode body, String permission) throws InvalidInputException {
        JsonNode values = body.path("value");
        if (!values.isArray()) return;
        for (JsonNode record : values) {
            if (!(record instanceof ObjectNode object)) continue;
            List<String> links = new ArrayList<>();
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.endsWith("@odata.nextLink") || name.endsWith("@odata.nextlink")) links.add(name);
            }
            for (String link : links) {
                String nav = link.substring(0, link.indexOf('@'));
                Set<JsonNode> merged = new LinkedHashSet<>();
                object.path(nav).forEach(merged::add);
                String url = object.get(link).asText();
                Set<String> seen = new HashSet<>();
                for (int page = 1; url != null; page++) {
                    if (page > MAX_PAGES || !seen.add(url)) throw new SourceFailure("GET " + url, "the API keeps sending next links; stopped");
                    JsonNode more = get(endpoint, url, permission);
                    more.path("value").forEach(merged::add);
                    url = nextLink(more);
                }
                ArrayNode all = object.putArray(nav);
                merged.forEach(all::add);
                object.remove(link);
            }
        }
    }

    static String nextLink(JsonNode body) {
        for (String key : List.of("@odata.nextLink", "@odata.nextlink", "nextLink")) {
            JsonNode link = body.get(key);
            if (link != null && link.isTextual() && !link.asText().isBlank()) return link.asText();
        }
        return null;
    }

    private static String firstLine(String text) {
        if (text == null) return "unreadable";
        String line = text.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
