package org.d365policy.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.report.Version;
import org.d365policy.sources.ResponseSave;
import org.d365policy.sources.SnapshotOutput;
import org.d365policy.sources.TenantPull;
import org.d365policy.sources.auth.Cloud;
import org.d365policy.sources.auth.CommandTokens;
import org.d365policy.sources.auth.MsalTokens;
import org.d365policy.sources.http.ApiHttp;
import org.d365policy.sources.http.Progress;
import org.d365policy.sources.http.RetryPolicy;
import org.d365policy.sources.http.TokenSource;
import org.d365policy.sources.mapping.MappingOptions;
import org.d365policy.sources.mapping.TenantMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "pull", mixinStandardHelpOptions = true,
        description = "Reads a tenant live from Microsoft Graph, the Power Platform admin API and each environment's Dataverse "
                + "Web API, and writes a snapshot (setup: README).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:the snapshot was written (warnings name what was left out)",
        "2:a usage error, a refused sign-in, a missing permission (the request and the permission are named), an API that "
                + "kept failing, or data that would be lost; nothing is written", "4:internal error"})
final class PullCommand implements Callable<Integer> {
    /** Microsoft's own public client for samples (live-apis.md 1.3), for --device-code without --client-id. */
    static final String SAMPLE_PUBLIC_CLIENT = "51f81489-12ee-4a9e-aaae-a2591f45987d";

    @Spec
    CommandSpec spec;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The snapshot to write (.yaml, .yml or .json).")
    Path output;

    @Option(names = "--tenant-id", required = true, paramLabel = "TENANT", description = "The Entra tenant: its id or a verified domain.")
    String tenantId;

    @Option(names = "--client-id", paramLabel = "ID", description = "The application (client) id of the app registration.")
    String clientId;

    @Option(names = "--client-secret-env", paramLabel = "VAR", description = "The environment variable that holds the client secret "
            + "(a secret is never taken on the command line).")
    String clientSecretEnv;

    @Option(names = "--certificate", paramLabel = "FILE", description = "A PKCS#12 file (.pfx, .p12) with the app's certificate and key.")
    Path certificate;

    @Option(names = "--certificate-password-env", paramLabel = "VAR", description = "The environment variable that holds the "
            + "certificate file's password.")
    String certificatePasswordEnv;

    @Option(names = "--device-code", description = "Sign in as a person: a code to enter at a web page is shown on standard error.")
    boolean deviceCode;

    @Option(names = "--token-command", paramLabel = "CMD", description = "A command run for each API whose standard output is the "
            + "bearer token; {resource} is replaced by the API's base URL, {audience} by the resource the token is for.")
    String tokenCommand;

    @Option(names = "--environment", paramLabel = "ID", description = "An environment to read, by Dataverse domain name, name (GUID) "
            + "or instance URL (repeatable; default: every environment with Dataverse).")
    List<String> environments = new ArrayList<>();

    @Option(names = "--cloud", paramLabel = "CLOUD", description = "public (default), usgov, usgov-high, dod or china.")
    String cloud = "public";

    @Option(names = "--graph-url", paramLabel = "URL", description = "Replaces the cloud's Microsoft Graph host.")
    String graphUrl;

    @Option(names = "--admin-url", paramLabel = "URL", description = "Replaces the cloud's Power Platform admin API host.")
    String adminUrl;

    @Option(names = "--login-url", paramLabel = "URL", description = "Replaces the cloud's sign-in host.")
    String loginUrl;

    @Option(names = "--save-responses", paramLabel = "DIR", description = "Also writes every response read, in import's folder layout, into a new or empty "
            + "folder, or one an earlier pull saved into, whose responses this pull did not read again are removed.")
    Path saveResponses;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "The longest one request may take (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 100;

    @Mixin
    MappingMixin mapping;

    @Override
    public Integer call() throws Exception {
        SnapshotOutput.formatOf(output);
        // A snapshot kept in the save folder may name a folder that pull is about to make for the responses.
        if (saveResponses == null || !inFolder(output, saveResponses)) SnapshotOutput.checkFolder(output);
        if (saveResponses != null) ResponseSave.checkPlace(saveResponses);
        MappingOptions options = mapping.options();
        Cloud chosen = Cloud.of(cloud);
        if (chosen == null) throw new UsageException("--cloud " + cloud + ": expected public, usgov, usgov-high, dod or china");
        if (timeoutSeconds < 1) throw new UsageException("--timeout " + timeoutSeconds + ": expected a number of seconds of at least 1");
        String graph = url("--graph-url", graphUrl, chosen.graphUrl());
        String admin = url("--admin-url", adminUrl, chosen.adminUrl());
        String login = loginUrl == null ? null : url("--login-url", loginUrl, null);
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Progress.forTerminal(err);

        ApiHttp http = new ApiHttp(tokens(chosen, login, timeout, err), RetryPolicy.standard(), timeout, progress);
        TenantPull.Pulled pulled = TenantPull.pull(http, new TenantPull.Hosts(graph, chosen.graphUrl(), admin, chosen.adminAudience()),
                environments);
        progress.done();
        pulled.responses().put("tenant.json", "pull's own record", record(pulled.sources()));
        var stamp = new TenantMapping.Stamp("pull", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), tool(), pulled.sources());
        TenantMapping.Result result = TenantMapping.map(pulled.responses(), options, stamp);
        byte[] content = SnapshotOutput.render(result.snapshot(), output, "the responses pull read");
        Tenant tenant = SnapshotOutput.load(content, output);
        // The responses first, then the snapshot, moved into place in one step: where the responses cannot all be
        // written, no snapshot is (and the message says what the folder may hold).
        if (saveResponses != null) ResponseSave.write(pulled.responses(), saveResponses, output);
        SnapshotOutput.write(content, output);
        for (String warning : result.log().warnings()) err.println("warning: " + warning);
        err.println(SnapshotOutput.summary(tenant, output, result.log().leftOut(), result.log().heldLeftOut()));
        err.flush();
        return ExitCode.OK;
    }

    private static boolean inFolder(Path file, Path folder) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null && parent.equals(folder.toAbsolutePath().normalize());
    }

    private TokenSource tokens(Cloud chosen, String login, Duration timeout, PrintWriter err) throws Exception {
        int ways = (clientSecretEnv != null ? 1 : 0) + (certificate != null ? 1 : 0) + (deviceCode ? 1 : 0) + (tokenCommand != null ? 1 : 0);
        if (ways != 1) {
            throw new UsageException("pull needs exactly one way to sign in: --client-id with --client-secret-env VAR or --certificate FILE, "
                    + "--device-code, or --token-command CMD" + (ways > 1 ? " (several were given)" : ""));
        }
        if (tokenCommand != null) return new CommandTokens(tokenCommand);
        if (deviceCode) {
            MsalTokens.SignIn signIn = new MsalTokens.SignIn(tenantId, clientId != null ? clientId : SAMPLE_PUBLIC_CLIENT, chosen, login, timeout);
            return MsalTokens.deviceCode(signIn, message -> {
                err.println(message);
                err.flush();
            });
        }
        if (clientId == null) throw new UsageException("--client-id is needed with " + (certificate != null ? "--certificate" : "--client-secret-env"));
        MsalTokens.SignIn signIn = new MsalTokens.SignIn(tenantId, clientId, chosen, login, timeout);
        if (clientSecretEnv != null) return MsalTokens.clientSecret(signIn, secret("--client-secret-env", clientSecretEnv));
        String password = certificatePasswordEnv == null ? "" : secret("--certificate-password-env", certificatePasswordEnv);
        try (InputStream in = Files.newInputStream(certificate)) {
            return MsalTokens.certificate(signIn, in, password, certificate.toString());
        } catch (IOException e) {
            throw new UsageException("--certificate " + certificate + ": the file cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The value of an environment variable that holds a secret; the message names the variable, never a value. */
    private static String secret(String option, String variable) throws UsageException {
        String value = System.getenv(variable);
        if (value == null || value.isEmpty()) throw new UsageException(option + " " + variable + ": the environment variable is not set");
        return value;
    }

    private static String url(String option, String given, String otherwise) throws UsageException {
        if (given == null) return otherwise;
        try {
            URI uri = URI.create(given);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) return given.replaceAll("/+$", "");
        } catch (IllegalArgumentException e) {
            // Reported below.
        }
        throw new UsageException(option + " " + given + ": expected an http or https URL such as https://graph.microsoft.com");
    }

    /** tenant.json of the saved responses: what this command line said, so that import of them makes the same snapshot. */
    private ObjectNode record(List<String> sources) {
        ObjectNode record = new ObjectMapper().createObjectNode();
        if (mapping.tenantName != null) record.put("tenant", mapping.tenantName);
        if (mapping.asOf != null) record.put("asOf", mapping.asOf.toString());
        if (mapping.profile != null) record.put("profile", mapping.profile.label());
        if (mapping.skus != null) record.put("skus", mapping.skus);
        if (!mapping.environmentTypes.isEmpty()) {
            ObjectNode types = record.putObject("environmentTypes");
            mapping.environmentTypes.forEach(types::put);
        }
        ObjectNode provenance = record.putObject("provenance");
        provenance.put("kind", "pull");
        provenance.put("tool", tool());
        sources.forEach(provenance.putArray("sources")::add);
        return record;
    }

    private static String tool() {
        return Version.TOOL + " " + Version.get();
    }
}
