package org.d365policy.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.d365policy.cli.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A corpus of broken and hostile snapshots, change sets and waiver files, made by the test: each
 * exits 2 with one message that names the file and the place, prints no policy result and no stack
 * trace, and ends well within a generous bound (a guard against hangs, not a speed target).
 */
class HostileInputTest {
    private static final String EXAMPLE = "examples/contoso.tenant.yaml";
    private static final String VALID_CHANGES = "actor: alice@contoso.com\nchanges:\n  - {op: resetPassword, upn: bob@contoso.com}\n";
    private static final String VALID_WAIVERS = "waivers:\n  - {rule: LIC-004, subject: account:frank@contoso.com, reason: r, "
            + "approvedBy: a, expires: 2027-01-01}\n";

    enum Kind { SNAPSHOT, CHANGES, WAIVERS }

    @TempDir
    static Path dir;

    static Stream<Arguments> corpus() throws IOException {
        String yaml = Files.readString(Path.of(EXAMPLE));
        byte[] json = new ObjectMapper().writeValueAsBytes(new YAMLMapper().readTree(yaml));
        return Stream.of(
                snapshot("truncated JSON at 10%", "t.json", () -> cut(json, 0.10), "ends in the middle"),
                snapshot("truncated JSON at 25%", "t.json", () -> cut(json, 0.25), "ends in the middle"),
                snapshot("truncated JSON at 50%", "t.json", () -> cut(json, 0.50), "ends in the middle"),
                snapshot("truncated JSON at 75%", "t.json", () -> cut(json, 0.75), "ends in the middle"),
                snapshot("truncated JSON one byte short", "t.json", () -> cut(json, 1.0, 1), "ends in the middle"),
                snapshot("truncated YAML inside a flow map", "t.yaml",
                        () -> yaml.substring(0, yaml.lastIndexOf("{upn: svc-3") + 25).getBytes(StandardCharsets.UTF_8), "not valid YAML"),
                snapshot("Latin-1 text", "t.yaml", () -> encode(yaml.replace("Alice Ng", "Alicé Ng"), StandardCharsets.ISO_8859_1),
                        "not UTF-8"),
                snapshot("UTF-16 with a byte-order mark", "t.yaml", () -> encode("\uFEFF" + yaml, StandardCharsets.UTF_16LE), "not UTF-8"),
                snapshot("UTF-16 without a byte-order mark", "t.json", () -> encode("{\"tenant\": \"c\"}", StandardCharsets.UTF_16BE),
                        "line 1"),
                snapshot("UTF-32", "t.yaml", () -> encode("tenant: c\n", Charset.forName("UTF-32")), "line 1"),
                snapshot("binary data as YAML", "t.yaml", () -> random(65_536, 1), "t.yaml"),
                snapshot("binary data as JSON", "t.json", () -> random(65_536, 2), "t.json"),
                snapshot("50 MB of garbage YAML", "t.yaml", () -> garbage(50_000_000, 3), "line"),
                snapshot("50 MB of binary JSON", "t.json", () -> random(50_000_000, 4), "not UTF-8"),
                snapshot("a 30 MB plain scalar", "t.yaml", () -> ("tenant: " + "x".repeat(30_000_000) + "\n").getBytes(StandardCharsets.UTF_8),
                        "characters without a blank"),
                snapshot("a 30 MB JSON string", "t.json", () -> ("{\"tenant\": \"" + "x".repeat(30_000_000) + "\"}").getBytes(StandardCharsets.UTF_8),
                        "too large"),
                snapshot("100,000 nested JSON lists", "t.json", () -> ("{\"tenant\": " + "[".repeat(100_000)).getBytes(StandardCharsets.UTF_8),
                        "tenant"),
                snapshot("100,000 nested YAML flow lists", "t.yaml", () -> ("tenant: " + "[".repeat(100_000)).getBytes(StandardCharsets.UTF_8),
                        "tenant"),
                snapshot("deep JSON nesting in a known field", "t.json",
                        () -> ("{\"tenant\": \"c\", \"policy\": " + "{\"a\": ".repeat(5_000)).getBytes(StandardCharsets.UTF_8), "policy"),
                snapshot("200 levels of YAML block maps", "t.yaml", () -> nestedBlocks(200), "tenant"),
                snapshot("billion laughs", "t.yaml", HostileInputTest::billionLaughs, "line"),
                snapshot("aliases for user records", "t.yaml", () -> (yaml.replace("      - upn: alice@contoso.com\n",
                        "      - &a {upn: alice@contoso.com, businessUnit: contoso}\n      - *a\n      - upn: x@contoso.com\n"))
                        .getBytes(StandardCharsets.UTF_8), "the YAML anchor &a is not allowed"),
                snapshot("a language-specific YAML tag", "t.yaml", () -> "tenant: !!java.lang.Runtime [x]\n".getBytes(StandardCharsets.UTF_8),
                        "tenant"),
                snapshot("seats of 1e400", "t.yaml", () -> bytes("tenant: c\nsubscriptions: [{sku: A, seats: 1e400}]\n"), "seats"),
                snapshot("seats beyond a long", "t.json", () -> bytes("{\"tenant\":\"c\",\"subscriptions\":[{\"sku\":\"A\",\"seats\":99999999999999999999999}]}"),
                        "seats"),
                snapshot("seats below an int", "t.yaml", () -> bytes("tenant: c\nsubscriptions: [{sku: A, seats: -2147483649}]\n"), "seats"),
                snapshot("seats of .nan", "t.yaml", () -> bytes("tenant: c\nsubscriptions: [{sku: A, seats: .nan}]\n"), "seats"),
                snapshot("a 2026-02-30 issue date", "t.yaml", () -> bytes("tenant: c\nsubscriptions: [{sku: A, seats: 1}]\n"
                        + "invitations: [{email: a@c.com, sku: A, issued: 2026-02-30, status: pending}]\n"), "invitations[0].issued"),
                snapshot("a thirteenth month", "t.yaml", () -> bytes("tenant: c\nasOf: 2026-13-01\n"), "asOf"),
                snapshot("day zero", "t.json", () -> bytes("{\"tenant\":\"c\",\"asOf\":\"0000-00-00\"}"), "asOf"),
                snapshot("a NUL byte in a value", "t.yaml", () -> bytes("tenant: con\u0000toso\n"), "line 1"),
                snapshot("a raw control character in JSON", "t.json", () -> bytes("{\"tenant\": \"a\u0007b\"}"), "line 1"),
                snapshot("a duplicate key deep inside", "t.yaml", () -> bytes(yaml.replace("    securityGroup: d365-prod\n",
                        "    securityGroup: d365-prod\n    securityGroup: d365-prod\n")), "securityGroup"),
                snapshot("a 200 KB key", "t.yaml", () -> bytes("tenant: c\n" + "k".repeat(200_000) + ": 1\n"), "line 2"),
                snapshot("only a byte-order mark", "t.yaml", () -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "empty"),
                snapshot("only blanks", "t.yml", () -> bytes(" \n\n  \n"), "empty"),
                snapshot("a tab where YAML wants spaces", "t.yml", () -> bytes("tenant: c\n\tprofile: ce-v9\n"), "line 2"),
                changes("a binary change set", "c.json", () -> random(4096, 5), "c.json"),
                changes("a truncated change set", "c.json", () -> bytes("{\"actor\": \"alice@contoso.com\", \"changes\": [{\"op\": \"invi"),
                        "ends in the middle"),
                changes("an alias bomb of changes", "c.yaml", HostileInputTest::billionLaughs, "line"),
                changes("deeply nested changes", "c.json", () -> bytes("{\"actor\": \"a\", \"changes\": " + "[".repeat(50_000)), "changes"),
                changes("seats of 1e400 in a change", "c.yaml", () -> bytes("actor: alice@contoso.com\nchanges:\n  - {op: setSeats, sku: A, seats: 1e400}\n"),
                        "changes[0].seats"),
                changes("a list instead of a change set", "c.yaml", () -> bytes("- op: invite\n"), "expected a map"),
                waivers("a binary waivers file", "w.yaml", () -> random(4096, 6), "w.yaml"),
                waivers("a truncated waivers file", "w.json", () -> bytes("{\"waivers\": [{\"rule\": \"LIC-004\", \"subj"), "ends in the middle"),
                waivers("a waiver expiring on 2026-02-30", "w.yaml", () -> bytes(VALID_WAIVERS.replace("2027-01-01", "2026-02-30")),
                        "waivers[0].expires"),
                waivers("an alias bomb of waivers", "w.yaml", HostileInputTest::billionLaughs, "line"),
                waivers("deeply nested waivers", "w.json", () -> bytes("{\"waivers\": " + "[".repeat(50_000)), "waivers"));
    }

    private static Arguments snapshot(String name, String file, Supplier<byte[]> content, String place) {
        return arguments(name, Kind.SNAPSHOT, file, content, place);
    }

    private static Arguments changes(String name, String file, Supplier<byte[]> content, String place) {
        return arguments(name, Kind.CHANGES, file, content, place);
    }

    private static Arguments waivers(String name, String file, Supplier<byte[]> content, String place) {
        return arguments(name, Kind.WAIVERS, file, content, place);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void exits2NamingTheFileAndThePlace(String name, Kind kind, String fileName, Supplier<byte[]> content, String place)
            throws Exception {
        Path file = Files.createTempFile(dir, "hostile-", "-" + fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content.get());
        }
        try {
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                switch (kind) {
                    case CHANGES: return CliRun.of("what-if", EXAMPLE, file.toString());
                    case WAIVERS: return CliRun.of("check", EXAMPLE, "--waivers", file.toString());
                    default: return CliRun.of("check", file.toString());
                }
            });
            assertThat(run.exit).as(run.toString()).isEqualTo(2);
            assertThat(run.out).as("no policy result").isEmpty();
            assertThat(run.err).as(run.toString()).startsWith("d365-policy: invalid input in " + file)
                    .contains(place).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(run.err.trim().lines().count()).as("one paragraph: " + run.err).isEqualTo(1);
        } finally {
            Files.delete(file);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encode(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private static byte[] cut(byte[] content, double fraction) {
        return cut(content, fraction, 0);
    }

    private static byte[] cut(byte[] content, double fraction, int less) {
        byte[] part = new byte[(int) (content.length * fraction) - less];
        System.arraycopy(content, 0, part, 0, part.length);
        return part;
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Printable nonsense with YAML's special characters in it. */
    private static byte[] garbage(int size, long seed) {
        String alphabet = "abcdefghij:- {}[],\"'#&*!|>%@`\n  ";
        Random random = new Random(seed);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) bytes[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
        return bytes;
    }

    private static byte[] nestedBlocks(int depth) {
        StringBuilder s = new StringBuilder("tenant:\n");
        for (int i = 1; i <= depth; i++) s.append("  ".repeat(i)).append("a:\n");
        s.append("  ".repeat(depth + 1)).append("b: 1\n");
        return bytes(s.toString());
    }

    /** The classic exponential alias expansion: nine levels of ten references. */
    private static byte[] billionLaughs() {
        StringBuilder s = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            s.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) s.append(i > 0 ? "," : "").append('*').append(previous);
            s.append("]\n");
            previous = c;
        }
        return bytes(s.toString());
    }
}
