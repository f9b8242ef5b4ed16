package org.d365policy.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Microsoft Graph, the Power Platform admin API, Dataverse and Entra ID's token endpoint, as a local server on
 * 127.0.0.1 for tests: lists served in pages with next links, faults queued per path (a 429 with Retry-After, a
 * 503, a 403, an error body), and every request recorded. Bodies may say {base}, replaced by the server's URL.
 */
public final class FakeMicrosoft implements AutoCloseable {
    /** The only token this server accepts; the tests look for it in everything pull writes. */
    public static final String TOKEN = "eyFAKE-access-token-3f9c1d7e";
    public static final String SECRET = "s3cret-Value~not-to-be-seen";

    /** A response given instead of the data, once. */
    public record Fault(int status, Map<String, String> headers, String body) {
    }

    /** A request as the server saw it. */
    public record Seen(String method, String target, Map<String, String> headers, String body, long nanos) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROLE_FILTER = Pattern.compile("roleDefinitionId eq '([^']+)'");

    static {
        // Headers and body go out in separate writes: without this, Nagle's algorithm adds 40 ms to every answer.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final Map<String, ArrayNode> lists = new ConcurrentHashMap<>();
    private final Map<String, Integer> pageSizes = new ConcurrentHashMap<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private volatile int tokenRequests;
    private volatile long delayMillis;

    public FakeMicrosoft() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves a list at a path (a role assignment list's path ends in "#" and the role template id). */
    public FakeMicrosoft list(String path, ArrayNode records, int pageSize) {
        lists.put(path, records);
        pageSizes.put(path, pageSize);
        return this;
    }

    public FakeMicrosoft fault(String path, Fault fault) {
        faults.computeIfAbsent(path, p -> new ArrayDeque<>()).add(fault);
        return this;
    }

    /** Every answer takes this long (for timeouts). */
    public void delay(long millis) {
        delayMillis = millis;
    }

    public List<Seen> seen() {
        synchronized (seen) {
            return new ArrayList<>(seen);
        }
    }

    public int tokenRequests() {
        return tokenRequests;
    }

    public long requestsTo(String path) {
        return seen().stream().filter(s -> s.target().startsWith(path)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            seen.add(new Seen(exchange.getRequestMethod(), path + (query == null ? "" : "?" + decode(query)), headers, body, System.nanoTime()));
            if (delayMillis > 0) Thread.sleep(delayMillis);
            if (path.endsWith("/oauth2/v2.0/devicecode")) {
                send(exchange, 200, "{\"user_code\":\"FAKE-CODE\",\"device_code\":\"device-123\",\"verification_uri\":"
                        + "\"https://microsoft.com/devicelogin\",\"expires_in\":900,\"interval\":1,\"message\":\"To sign in, use a web "
                        + "browser to open the page https://microsoft.com/devicelogin and enter the code FAKE-CODE to authenticate.\"}");
                return;
            }
            if (path.endsWith("/oauth2/v2.0/token")) {
                token(exchange, body);
                return;
            }
            Deque<Fault> queued = faults.get(path);
            Fault fault = queued == null ? null : queued.poll();
            if (fault != null) {
                fault.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
                send(exchange, fault.status(), fault.body());
                return;
            }
            if (!("Bearer " + TOKEN).equals(headers.get("authorization"))) {
                send(exchange, 401, "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token is empty.\"}}");
                return;
            }
            String key = path;
            Matcher role = ROLE_FILTER.matcher(query == null ? "" : decode(query));
            if (role.find()) key = path + "#" + role.group(1);
            ArrayNode records = lists.get(key);
            if (records == null && key.contains("#")) records = JSON.createArrayNode();
            if (records == null) {
                send(exchange, 404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"Resource not found: " + path + "\"}}");
                return;
            }
            int page = 0;
            Matcher skip = Pattern.compile("\\$skiptoken=(\\d+)").matcher(query == null ? "" : decode(query));
            if (skip.find()) page = Integer.parseInt(skip.group(1));
            int size = pageSizes.getOrDefault(key, 1000);
            ObjectNode answer = JSON.createObjectNode();
            ArrayNode value = answer.putArray("value");
            for (int i = page * size; i < Math.min(records.size(), (page + 1) * size); i++) value.add(records.get(i));
            if ((page + 1) * size < records.size()) {
                String first = query == null ? "" : query.replaceAll("&?\\$skiptoken=\\d+", "");
                answer.put("@odata.nextLink", base() + path + "?" + first + (first.isEmpty() ? "" : "&") + "$skiptoken=" + (page + 1));
            }
            send(exchange, 200, JSON.writeValueAsString(answer));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void token(HttpExchange exchange, String body) throws IOException {
        tokenRequests++;
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) form.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        boolean person = "device_code".equals(form.get("grant_type")) && "device-123".equals(form.get("device_code"));
        boolean refresh = "refresh_token".equals(form.get("grant_type")) && "refresh-1".equals(form.get("refresh_token"));
        if (person || refresh) {
            String clientInfo = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    "{\"uid\":\"c0000000-0000-4000-8000-00000000a11c\",\"utid\":\"e0000000-0000-4000-8000-000000000001\"}".getBytes(StandardCharsets.UTF_8));
            String idToken = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                    + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"aud\":\"c\",\"iss\":\"https://login.microsoftonline.com/"
                    + "e0000000-0000-4000-8000-000000000001/v2.0\",\"oid\":\"c0000000-0000-4000-8000-00000000a11c\",\"tid\":\"e0000000-0000-4000-8000-"
                    + "000000000001\",\"preferred_username\":\"alice@fabrikam.com\",\"sub\":\"s\"}").getBytes(StandardCharsets.UTF_8)) + ".";
            send(exchange, 200, "{\"token_type\":\"Bearer\",\"scope\":\"" + form.get("scope") + "\",\"expires_in\":3599,\"access_token\":\""
                    + TOKEN + "\",\"refresh_token\":\"refresh-1\",\"id_token\":\"" + idToken + "\",\"client_info\":\"" + clientInfo + "\"}");
            return;
        }
        if (!"client_credentials".equals(form.get("grant_type")) || !SECRET.equals(form.get("client_secret"))) {
            send(exchange, 401, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\","
                    + "\"error_codes\":[7000215]}");
            return;
        }
        send(exchange, 200, "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"" + TOKEN + "\"}");
    }

    private void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.replace("{base}", base()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Parses JSON written in a test, {base} left for the server to fill in. */
    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
