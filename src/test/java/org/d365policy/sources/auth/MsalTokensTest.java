package org.d365policy.sources.auth;

import org.d365policy.sources.FakeMicrosoft;
import org.d365policy.sources.http.Endpoint;
import org.d365policy.sources.http.SourceFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MSAL4J itself against a local token endpoint: its authority stays https (the cloud's sign-in host, as MSAL4J
 * requires), and its IHttpClient hook sends the requests to the --login-url instead.
 */
class MsalTokensTest {
    final FakeMicrosoft server = new FakeMicrosoft();
    final Endpoint graph = new Endpoint("Microsoft Graph", "https://graph.microsoft.com/v1.0/", "https://graph.microsoft.com", Map.of());

    MsalTokensTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    MsalTokens.SignIn signIn() {
        return new MsalTokens.SignIn("fabrikam.onmicrosoft.com", "11111111-2222-3333-4444-555555555555", Cloud.PUBLIC, server.base(),
                Duration.ofSeconds(10));
    }

    @Test
    void aClientSecretGetsATokenOnceAndMsalCachesIt() throws Exception {
        MsalTokens tokens = MsalTokens.clientSecret(signIn(), FakeMicrosoft.SECRET);
        assertThat(tokens.token(graph)).isEqualTo(FakeMicrosoft.TOKEN);
        assertThat(tokens.token(graph)).isEqualTo(FakeMicrosoft.TOKEN);
        assertThat(server.tokenRequests()).isEqualTo(1);
        FakeMicrosoft.Seen request = server.seen().get(0);
        assertThat(request.target()).isEqualTo("/fabrikam.onmicrosoft.com/oauth2/v2.0/token");
        assertThat(request.body()).contains("grant_type=client_credentials").contains("scope=https%3A%2F%2Fgraph.microsoft.com%2F.default");
    }

    @Test
    void aRefusedSecretIsExit2WithoutTheSecret() throws Exception {
        MsalTokens tokens = MsalTokens.clientSecret(signIn(), "wrong-secret-value");
        assertThatThrownBy(() -> tokens.token(graph)).isInstanceOf(SourceFailure.class)
                .hasMessageContaining("sign-in for Microsoft Graph (https://graph.microsoft.com): refused (AADSTS7000215: Invalid client secret")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-secret-value"));
    }

    @Test
    void theDeviceCodeFlowShowsTheCodeAndGetsAToken() throws Exception {
        java.util.List<String> shown = new java.util.ArrayList<>();
        MsalTokens tokens = MsalTokens.deviceCode(signIn(), shown::add);
        assertThat(tokens.token(graph)).isEqualTo(FakeMicrosoft.TOKEN);
        Endpoint dataverse = new Endpoint("Dataverse prod", "https://prod.crm4.dynamics.com/api/data/v9.2/", "https://prod.crm4.dynamics.com",
                Map.of());
        assertThat(tokens.token(dataverse)).as("silently, with the first sign-in's refresh token").isEqualTo(FakeMicrosoft.TOKEN);
        assertThat(server.seen().get(2).body()).contains("grant_type=refresh_token").contains("user_impersonation");
        assertThat(shown).as("one code for every API").containsExactly("To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the "
                + "code FAKE-CODE to authenticate.");
        assertThat(server.seen().get(0).target()).isEqualTo("/fabrikam.onmicrosoft.com/oauth2/v2.0/devicecode");
    }

    @Test
    void aCertificateThatIsNoPkcs12FileIsExit2() {
        assertThatThrownBy(() -> MsalTokens.certificate(signIn(), new java.io.ByteArrayInputStream("not a certificate".getBytes()), "", "app.pfx"))
                .isInstanceOf(SourceFailure.class).hasMessageStartingWith("--certificate app.pfx: not a PKCS#12 (.pfx, .p12) file");
    }
}
