package org.d365policy.sources.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.sources.FakeMicrosoft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP plumbing against the local server: retries and their waits, timeouts, next links. */
class ApiHttpTest {
    final FakeMicrosoft server = new FakeMicrosoft();
    final List<Duration> waits = new ArrayList<>();
    final Endpoint api = new Endpoint("Test API", server.base() + "/v1.0/", "https://graph.microsoft.com", Map.of());
    final TokenSource token = endpoint -> FakeMicrosoft.TOKEN;

    ApiHttpTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    ApiHttp http(Duration timeout) {
        return new ApiHttp(token, new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(5), waits::add, new Random(1)), timeout,
                Progress.none());
    }

    List<JsonNode> readAll(ApiHttp http, String query) throws Exception {
        List<JsonNode> pages = new ArrayList<>();
        http.list(api, query, "things", "Things.Read.All", (n, body) -> pages.add(body));
        return pages;
    }

    @Test
    void a429WaitsAsRetryAfterSaysAndOther5xxBackOff() throws Exception {
        server.list("/v1.0/things", (com.fasterxml.jackson.databind.node.ArrayNode) FakeMicrosoft.json("[{\"id\": 1}, {\"id\": 2}, {\"id\": 3}]"), 2);
        server.fault("/v1.0/things", new FakeMicrosoft.Fault(429, Map.of("Retry-After", "2.128"), ""));
        server.fault("/v1.0/things", new FakeMicrosoft.Fault(500, Map.of(), ""));
        server.fault("/v1.0/things", new FakeMicrosoft.Fault(503, Map.of(), ""));
        List<JsonNode> pages = readAll(http(Duration.ofSeconds(5)), "things");
        assertThat(pages).hasSize(2);
        assertThat(waits.get(0)).isEqualTo(Duration.ofMillis(2128));
        assertThat(waits.get(1)).as("backoff after the second failure").isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(waits.get(2)).as("a 503 without Retry-After backs off").isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(waits).hasSize(3);
    }

    @Test
    void everyRequestHasATimeoutAndTimeoutsAreRetriedABoundedNumberOfTimes() {
        server.list("/v1.0/slow", (com.fasterxml.jackson.databind.node.ArrayNode) FakeMicrosoft.json("[]"), 10);
        server.delay(1500);
        long start = System.nanoTime();
        assertThatThrownBy(() -> readAll(http(Duration.ofMillis(200)), "slow")).isInstanceOf(SourceFailure.class)
                .hasMessageContaining("GET " + server.base() + "/v1.0/slow: gave up after 4 attempts, the last no answer (HttpTimeoutException");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(waits).hasSize(3);
    }

    @Test
    void aServerThatRepeatsItsNextLinkIsStopped() {
        server.list("/v1.0/loop", (com.fasterxml.jackson.databind.node.ArrayNode) FakeMicrosoft.json("[1, 2, 3]"), 1);
        server.fault("/v1.0/loop", new FakeMicrosoft.Fault(200, Map.of(), "{\"value\": [1], \"@odata.nextLink\": \"{base}/v1.0/loop\"}"));
        server.fault("/v1.0/loop", new FakeMicrosoft.Fault(200, Map.of(), "{\"value\": [1], \"@odata.nextLink\": \"{base}/v1.0/loop\"}"));
        assertThatThrownBy(() -> readAll(http(Duration.ofSeconds(5)), "loop")).isInstanceOf(SourceFailure.class)
                .hasMessageContaining("the API keeps sending next links");
    }

    @Test
    void forbiddenIsNotRetriedAndNamesThePermission() {
        server.fault("/v1.0/secret", new FakeMicrosoft.Fault(403, Map.of(), "{\"error\": {\"code\": \"Forbidden\", \"message\": \"no\"}}"));
        assertThatThrownBy(() -> readAll(http(Duration.ofSeconds(5)), "secret")).isInstanceOf(SourceFailure.class)
                .hasMessage("GET " + server.base() + "/v1.0/secret: HTTP 403 (Forbidden no): the application lacks Things.Read.All; nothing was written");
        assertThat(waits).isEmpty();
        assertThat(server.requestsTo("/v1.0/secret")).isEqualTo(1);
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowedAndGetsNoToken() {
        String elsewhere = server.base().replace("127.0.0.1", "localhost");
        server.list("/v1.0/rest", (com.fasterxml.jackson.databind.node.ArrayNode) FakeMicrosoft.json("[{\"id\": 2}]"), 10);
        server.fault("/v1.0/first", new FakeMicrosoft.Fault(200, Map.of(), "{\"value\": [{\"id\": 1}], \"@odata.nextLink\": \""
                + elsewhere + "/v1.0/rest\"}"));
        assertThatThrownBy(() -> readAll(http(Duration.ofSeconds(5)), "first")).isInstanceOf(SourceFailure.class)
                .hasMessage("GET " + elsewhere + "/v1.0/rest: the link leads away from " + server.base() + ", where Test API is read; its token "
                        + "is sent nowhere else, so the list was not read further; nothing was written");
        assertThat(server.requestsTo("/v1.0/rest")).isZero();
    }

    @Test
    void anAnswerWithTextAfterItsJsonIsNotJson() {
        server.fault("/v1.0/tail", new FakeMicrosoft.Fault(200, Map.of(), "{\"value\": [{\"id\": 1}]} trailing garbage"));
        assertThatThrownBy(() -> readAll(http(Duration.ofSeconds(5)), "tail")).isInstanceOf(SourceFailure.class)
                .hasMessageContaining("GET " + server.base() + "/v1.0/tail: the answer is not JSON (");
    }

    @Test
    void aRefusedTokenIsToldApartFromAMissingPermission() {
        server.fault("/v1.0/expired", new FakeMicrosoft.Fault(401, Map.of(), "{\"error\": {\"code\": \"InvalidAuthenticationToken\", "
                + "\"message\": \"Access token has expired.\"}}"));
        assertThatThrownBy(() -> readAll(http(Duration.ofSeconds(5)), "expired")).isInstanceOf(SourceFailure.class)
                .hasMessage("GET " + server.base() + "/v1.0/expired: HTTP 401 (InvalidAuthenticationToken Access token has expired.): the API "
                        + "refused the token (expired, or made for another tenant or API); where a fresh token is refused too, the "
                        + "application lacks Things.Read.All; nothing was written");
    }

    @Test
    void theLowerCaseNextLinkOfThePowerPlatformApiIsFollowedToo() throws Exception {
        server.list("/v1.0/rest", (com.fasterxml.jackson.databind.node.ArrayNode) FakeMicrosoft.json("[{\"id\": 2}]"), 10);
        server.fault("/v1.0/first", new FakeMicrosoft.Fault(200, Map.of(), "{\"value\": [{\"id\": 1}], \"@odata.nextlink\": \"{base}/v1.0/rest\"}"));
        assertThat(readAll(http(Duration.ofSeconds(5)), "first")).hasSize(2);
    }
}
