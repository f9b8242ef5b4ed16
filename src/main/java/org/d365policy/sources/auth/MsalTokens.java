package org.d365policy.sources.auth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.MsalException;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import org.d365policy.load.InvalidInputException;
import org.d365policy.sources.http.Endpoint;
import org.d365policy.sources.http.SourceFailure;
import org.d365policy.sources.http.TokenSource;

import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Tokens from Entra ID through MSAL4J: client credentials (a secret or a certificate) for a registered application,
 * or the device-code flow for a person at a terminal. One application object serves the whole run, so MSAL4J's
 * cache hands out each resource's token until it expires.
 */
public final class MsalTokens implements TokenSource {
    /** Sign-in, including a person entering a device code, must finish within this. */
    private static final Duration SIGN_IN_LIMIT = Duration.ofMinutes(15);

    private final ConfidentialClientApplication confidential;
    private final PublicClientApplication publicClient;
    private final Consumer<String> showDeviceCode;
    private IAccount account;

    private MsalTokens(ConfidentialClientApplication confidential, PublicClientApplication publicClient, Consumer<String> showDeviceCode) {
        this.confidential = confidential;
        this.publicClient = publicClient;
        this.showDeviceCode = showDeviceCode;
    }

    /** Where to sign in and how: the cloud's sign-in host (https, as MSAL4J requires), and an optional URL requests go to instead. */
    public record SignIn(String tenantId, String clientId, Cloud cloud, String loginOverride, Duration timeout) {
        String authority() {
            return cloud.loginUrl() + "/" + tenantId + "/";
        }

        MsalTransport transport() {
            return new MsalTransport(timeout, cloud.loginUrl(), loginOverride);
        }
    }

    public static MsalTokens clientSecret(SignIn signIn, String secret) throws InvalidInputException {
        return confidential(signIn, ClientCredentialFactory.createFromSecret(secret));
    }

    public static MsalTokens certificate(SignIn signIn, InputStream pkcs12, String password, String file) throws InvalidInputException {
        try {
            return confidential(signIn, ClientCredentialFactory.createFromCertificate(pkcs12, password == null ? "" : password));
        } catch (Exception e) {
            throw new SourceFailure("--certificate " + file, "not a PKCS#12 (.pfx, .p12) file with a private key that this password "
                    + "opens (" + e.getClass().getSimpleName() + ")");
        }
    }

    public static MsalTokens deviceCode(SignIn signIn, Consumer<String> show) throws InvalidInputException {
        try {
            PublicClientApplication app = PublicClientApplication.builder(signIn.clientId()).authority(signIn.authority())
                    .instanceDiscovery(false).httpClient(signIn.transport()).build();
            return new MsalTokens(null, app, show);
        } catch (Exception e) {
            throw new SourceFailure("sign-in at " + signIn.authority(), "MSAL4J refuses it (" + e.getMessage() + ")");
        }
    }

    private static MsalTokens confidential(SignIn signIn, IClientCredential credential) throws InvalidInputException {
        try {
            ConfidentialClientApplication app = ConfidentialClientApplication.builder(signIn.clientId(), credential)
                    .authority(signIn.authority()).instanceDiscovery(false).httpClient(signIn.transport()).build();
            return new MsalTokens(app, null, null);
        } catch (Exception e) {
            throw new SourceFailure("sign-in at " + signIn.authority(), "MSAL4J refuses it (" + e.getMessage() + ")");
        }
    }

    @Override
    public synchronized String token(Endpoint endpoint) throws InvalidInputException {
        String what = "sign-in for " + endpoint.name() + " (" + endpoint.audience() + ")";
        try {
            if (confidential != null) {
                Set<String> scopes = Set.of(endpoint.audience() + "/.default");
                return wait(confidential.acquireToken(ClientCredentialParameters.builder(scopes).build())).accessToken();
            }
            // A person's token for Dataverse is for user_impersonation; the other APIs take .default (live-apis.md 1.3).
            Set<String> scopes = Set.of(endpoint.audience() + (endpoint.name().startsWith("Dataverse") ? "/user_impersonation" : "/.default"));
            if (account != null) {
                try {
                    return wait(publicClient.acquireTokenSilently(SilentParameters.builder(scopes, account).build())).accessToken();
                } catch (ExecutionException | java.net.MalformedURLException notSilently) {
                    // The first sign-in does not cover this resource: ask the person again.
                }
            }
            IAuthenticationResult result = wait(publicClient.acquireToken(DeviceCodeFlowParameters.builder(scopes,
                    code -> showDeviceCode.accept(code.message())).build()));
            account = result.account();
            return result.accessToken();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String said = cause instanceof MsalException msal ? msal.getMessage() : cause.getClass().getSimpleName() + ": " + cause.getMessage();
            throw new SourceFailure(what, "refused (" + firstLine(said) + "); check --tenant-id, --client-id and the credential");
        } catch (TimeoutException e) {
            throw new SourceFailure(what, "no token within " + SIGN_IN_LIMIT.toMinutes() + " minutes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailure(what, "interrupted");
        }
    }

    private static IAuthenticationResult wait(CompletableFuture<IAuthenticationResult> future)
            throws ExecutionException, TimeoutException, InterruptedException {
        return future.get(SIGN_IN_LIMIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static String firstLine(String text) {
        if (text == null) return "no reason given";
        String line = text.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
