package org.d365policy.sources.auth;

import org.d365policy.load.InvalidInputException;
import org.d365policy.sources.http.Endpoint;
import org.d365policy.sources.http.SourceFailure;
import org.d365policy.sources.http.TokenSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * --token-command: a command run once per API, {@code {resource}} replaced by the API's base URL (scheme and host)
 * and {@code {audience}} by the resource its tokens are for; its standard output is the bearer token. What the
 * command prints is never echoed: it may hold a token.
 */
public final class CommandTokens implements TokenSource {
    private static final Duration LIMIT = Duration.ofMinutes(2);

    private final String template;
    private final Map<String, String> tokens = new HashMap<>();

    public CommandTokens(String template) {
        this.template = template;
    }

    @Override
    public String token(Endpoint endpoint) throws InvalidInputException {
        String key = endpoint.resource() + " " + endpoint.audience();
        String cached = tokens.get(key);
        if (cached != null) return cached;
        String command = template.replace("{resource}", endpoint.resource()).replace("{audience}", endpoint.audience());
        String what = "--token-command for " + endpoint.name();
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Process process;
        try {
            process = new ProcessBuilder(windows ? List.of("cmd", "/c", command) : List.of("sh", "-c", command))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new SourceFailure(what, "the command cannot be started (" + e.getMessage() + ")");
        }
        try {
            process.getOutputStream().close();
            byte[] out = readAll(process.getInputStream());
            if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SourceFailure(what, "the command did not finish within " + LIMIT.toMinutes() + " minutes");
            }
            if (process.exitValue() != 0) throw new SourceFailure(what, "the command exited " + process.exitValue() + " (its output is not shown)");
            String token = new String(out, StandardCharsets.UTF_8).strip();
            if (token.isEmpty() || token.contains("\n") || token.contains(" ")) {
                throw new SourceFailure(what, "the command's standard output is not one bearer token (it is not shown)");
            }
            tokens.put(key, token);
            return token;
        } catch (IOException e) {
            throw new SourceFailure(what, "the command's output cannot be read (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new SourceFailure(what, "interrupted");
        }
    }

    /** At most 1 MB: a token is a few kilobytes. */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (out.size() < (1 << 20)) out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
