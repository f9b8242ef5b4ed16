package org.d365policy.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.cli.CliRun;
import org.d365policy.gate.TestRepository;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Microsoft's SARIF validator, with GitHub code scanning's rules and SARIF's own ("Gh;Sarif"), finds no
 * error and no warning in the SARIF of check, what-if, diff and the gate. It is installed from the npm
 * registry into target/; where npm is missing or the install fails, the test is skipped and says why.
 */
class SarifMultitoolIT {
    static final String TOOL = "@microsoft/sarif-multitool@5.7.0";
    /**
     * Notes that do not apply to a policy checker, or that need the network: message arguments,
     * code snippets and context regions (SARIF2002, 2010, 2011), version-control provenance of the run
     * (SARIF2003), whether the schema's and the catalog's addresses answer an HTTP GET (SARIF2006), and
     * the contents of the input files embedded in the artifacts (SARIF2013): the artifacts name each
     * tenant file with its SHA-256 as evidence, and a tenant file does not belong inside a report.
     */
    static final Set<String> NOTES_THAT_DO_NOT_APPLY = Set.of("SARIF2002", "SARIF2003", "SARIF2006", "SARIF2010", "SARIF2011",
            "SARIF2013");

    private static Path multitool;

    @TempDir
    Path dir;

    @BeforeAll
    static void install() throws Exception {
        Path prefix = Path.of("target", "sarif-multitool").toAbsolutePath();
        String platform = platform();
        Assumptions.assumeTrue(platform != null, () -> skip("the validator has no build for " + System.getProperty("os.name")));
        Path binary = prefix.resolve("node_modules/@microsoft/sarif-multitool-" + platform + "/Sarif.Multitool"
                + (platform.equals("win32") ? ".exe" : ""));
        if (!Files.exists(binary)) {
            Run npm;
            try {
                npm = run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", prefix.toString(), TOOL), 10);
            } catch (IOException e) {
                Assumptions.abort(skip("npm cannot be run (" + e.getMessage() + ")"));
                return;
            }
            Run installed = npm;
            Assumptions.assumeTrue(installed.exit == 0 && Files.exists(binary), () -> skip("npm could not install " + TOOL + ": " + installed.tail()));
        }
        // npm may refuse the package's install script, which only sets this bit.
        assertThat(binary.toFile().setExecutable(true)).isTrue();
        multitool = binary;
    }

    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("linux")) return "linux";
        if (os.contains("mac")) return "darwin";
        if (os.contains("windows")) return "win32";
        return null;
    }

    private static String skip(String reason) {
        String message = "SarifMultitoolIT skipped: " + reason;
        System.out.println(message);
        return message;
    }

    @Test
    void checkWhatIfAndDiffPassTheValidator() throws Exception {
        assertValid("check", CliRun.of("check", "examples/contoso.tenant.yaml", "--waivers", "examples/contoso.waivers.yaml",
                "--format", "sarif"));
        assertValid("what-if", CliRun.of("what-if", "examples/contoso.tenant.yaml", "examples/contoso.changes.yaml", "--format", "sarif"));
        assertValid("diff", CliRun.of("diff", "examples/contoso.tenant.yaml", "examples/contoso.tenant.yaml", "--format", "sarif"));
    }

    @Test
    void theGateBetweenTwoCommitsPassesTheValidator() throws Exception {
        TestRepository repo = new TestRepository(Files.createDirectories(dir.resolve("tenants")));
        repo.commit("prod.tenant.yaml", Files.readString(Path.of("examples/contoso.tenant.yaml")));
        repo.git("checkout", "-q", "-b", "feature");
        repo.commit("prod.tenant.yaml", Files.readString(Path.of("examples/contoso.tenant.yaml"))
                .replace("  - upn: bob@contoso.com\n    displayName: Bob Stone\n    licenses: [D365_CE_PLAN]\n",
                        "  - upn: bob@contoso.com\n    displayName: Bob Stone\n"));
        CliRun gate = CliRun.of("gate", "--repo", repo.root.toString(), "--base", "main", "--format", "sarif");
        assertThat(gate.exit).as(gate.toString()).isEqualTo(1);
        assertValid("gate", gate);
    }

    @Test
    void theValidatorCatchesWhatCodeScanningCannotRead() throws Exception {
        String broken = """
                {"version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
                 "runs": [{"tool": {"driver": {"name": "x", "rules": [{"id": "LIC-001", "name": "License required"}]}},
                           "results": [{"ruleId": "LIC-001", "message": {"text": "no location"}}]}]}
                """;
        List<String> problems = problems("broken", broken);
        assertThat(problems).anyMatch(p -> p.startsWith("error GH")).anyMatch(p -> p.startsWith("warning SARIF2005"))
                .anyMatch(p -> p.startsWith("note SARIF2012"));
    }

    private void assertValid(String name, CliRun run) throws Exception {
        assertThat(run.err).as(run.toString()).isEmpty();
        List<String> problems = problems(name, run.out);
        assertThat(problems).as("what the validator says about the SARIF of " + name)
                .allMatch(p -> p.startsWith("note ") && NOTES_THAT_DO_NOT_APPLY.contains(p.substring(5, p.indexOf(':'))));
    }

    /** "level ruleId: message" for each thing the validator says about the log. */
    private List<String> problems(String name, String sarif) throws Exception {
        Path log = dir.resolve(name + ".sarif");
        Path out = dir.resolve(name + ".validation.sarif");
        Files.writeString(log, sarif);
        Run validate = run(List.of(multitool.toString(), "validate", log.toString(), "--rule-kind", "Gh;Sarif",
                "--level", "Error;Warning;Note", "--output", out.toString()), 5);
        assertThat(out).as("the validator's report; it said: " + validate.tail()).exists();
        JsonNode report = new ObjectMapper().readTree(out.toFile());
        List<String> problems = new ArrayList<>();
        for (JsonNode result : report.get("runs").get(0).path("results")) {
            problems.add(result.path("level").asText("warning") + " " + result.get("ruleId").asText() + ": "
                    + result.get("message").path("arguments"));
        }
        return problems;
    }

    private record Run(int exit, String output) {
        String tail() {
            return output.length() > 2000 ? output.substring(output.length() - 2000) : output;
        }
    }

    /** Runs a command with its output in a file, so that a command that hangs is stopped after the given minutes. */
    private static Run run(List<String> command, int minutes) throws IOException, InterruptedException {
        Path output = Files.createTempFile("sarif-multitool", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                return new Run(-1, "timed out after " + minutes + " minutes");
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
