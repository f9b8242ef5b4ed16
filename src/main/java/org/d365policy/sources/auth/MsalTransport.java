package org.d365policy.sources.auth;

import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * MSAL4J's HTTP through the JDK client, with the same timeout as every other request of pull. MSAL4J accepts
 * only https authorities, so --login-url (a proxy, a test server) is honoured here: a request to the cloud's sign-in
 * host is sent to that URL instead.
 */
final class MsalTransport implements IHttpClient {
    private final HttpClient client;
    private final Duration timeout;
    private final String loginHostUrl;
    private final String loginOverride;

    MsalTransport(Duration timeout, String loginHostUrl, String loginOverride) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.timeout = timeout;
        this.loginHostUrl = loginHostUrl;
        this.loginOverride = loginOverride == null ? null : loginOverride.replaceAll("/+$", "");
    }

    @Override
    public IHttpResponse send(HttpRequest request) throws Exception {
        String url = request.url().toString();
        if (loginOverride != null && url.startsWith(loginHostUrl + "/")) url = loginOverride + url.substring(loginHostUrl.length());
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        if (request.headers() != null) {
            request.headers().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) builder.header(name, value);
            });
        }
        String body = request.body();
        builder.method(request.httpMethod().methodName,
                body == null ? java.net.http.HttpRequest.BodyPublishers.noBody() : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        com.microsoft.aad.msal4j.HttpResponse answer = new com.microsoft.aad.msal4j.HttpResponse();
        answer.statusCode(response.statusCode());
        answer.body(response.body());
        answer.addHeaders(response.headers().map());
        return answer;
    }
}
