package org.d365policy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A partner who manages many customers' tenants checks them all in one run, or pipes one in. */
class ManySnapshotsTest {
    private static final String CLEAN = """
            tenant: fabrikam
            asOf: 2026-11-22
            subscriptions: [{sku: D365_CE_PLAN, seats: 10}]
            accounts:
              - {upn: amy@fabrikam.com, licenses: [D365_CE_PLAN]}
            environments:
              - id: prod
                businessUnits: [{id: root}]
                roles: [{id: sales, businessUnit: root, template: salesperson, predefined: true}]
                users:
                  - {upn: amy@fabrikam.com, businessUnit: root, roles: [sales]}
            """;
    /** Amy's record holds no role: ROLE-001, an error. */
    private static final String FAILING = CLEAN.replace("fabrikam", "northwind").replace(", roles: [sales]}", "}");

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aFolderStandsForEveryTenantFileBelowItAndTheWorstExitWins() throws Exception {
        Path clean = write("customers/fabrikam.tenant.yaml", CLEAN);
        Path failing = write("customers/sub/northwind.tenant.yml", FAILING);
        write("customers/notes.yaml", "not: a tenant file, so not read");
        CliRun run = CliRun.of("check", dir.resolve("customers").toString(), "--format", "json");
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out);
        assertThat(json.has("tenant")).isFalse();
        assertThat(json.get("files")).hasSize(2);
        assertThat(json.get("files").get(0).get("file").asText()).isEqualTo(clean.toString());
        assertThat(json.get("files").get(1).get("file").asText()).isEqualTo(failing.toString());
        assertThat(json.get("findings").get(0).get("file").asText()).isEqualTo(failing.toString());

        CliRun cleanOnly = CliRun.of("check", clean.toString(), clean.toString());
        assertThat(cleanOnly.exit).as(cleanOnly.toString()).isEqualTo(0);
        assertThat(cleanOnly.out).contains(clean + ": tenant fabrikam");
    }

    @Test
    void findingsOfOneRuleAndSubjectInSeveralFilesAreSortedByFile() throws Exception {
        // The same ROLE-001 subject in three files, named on the command line out of order (cli.md: "then file").
        Path c = write("c.tenant.yaml", FAILING);
        Path a = write("a.tenant.yaml", FAILING);
        Path b = write("b.tenant.yaml", FAILING);
        CliRun run = CliRun.of("check", c.toString(), a.toString(), b.toString(), "--format", "json", "--only", "ROLE-001");
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        JsonNode findings = new ObjectMapper().readTree(run.out).get("findings");
        assertThat(findings).hasSize(3);
        List<String> files = new ArrayList<>();
        for (JsonNode f : findings) files.add(f.get("file").asText());
        assertThat(files).containsExactly(a.toString(), b.toString(), c.toString());
    }

    @Test
    void aBrokenFileAmongManyIsNamedTheOthersAreJudgedAndTheRunExits2() throws Exception {
        Path failing = write("northwind.tenant.yaml", FAILING);
        Path broken = write("broken.tenant.yaml", "tenant: [\n");
        CliRun run = CliRun.of("check", failing.toString(), broken.toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.out).contains("ROLE-001").contains("notice: " + broken + " was not judged: invalid input in " + broken);
    }

    /** A pipeline reads the SARIF or JUnit file, not the exit code alone: neither may look like a pass. */
    @Test
    void aBrokenFileAmongManyFailsEveryReportFormat() throws Exception {
        Path clean = write("fabrikam.tenant.yaml", CLEAN);
        Path broken = write("broken.tenant.yaml", "tenant: [\n");
        Path junit = dir.resolve("out/report.xml");
        Path html = dir.resolve("out/report.html");
        Files.createDirectories(junit.getParent());
        CliRun run = CliRun.of("check", clean.toString(), broken.toString(), "--format", "sarif",
                "--report", "junit=" + junit, "--report", "html=" + html);
        assertThat(run.exit).as(run.toString()).isEqualTo(2);

        JsonNode invocation = new ObjectMapper().readTree(run.out).get("runs").get(0).get("invocations").get(0);
        assertThat(invocation.get("exitCode").asInt()).isEqualTo(2);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
        assertThat(notification.get("level").asText()).isEqualTo("error");
        assertThat(notification.get("message").get("text").asText()).startsWith(broken + " was not judged: invalid input in " + broken);

        String xml = Files.readString(junit);
        assertThat(xml).containsPattern("<testsuites name=\"d365-policy\" tests=\"\\d+\" failures=\"0\" errors=\"1\"");
        assertThat(xml).contains("<testcase classname=\"d365-policy.input\" name=\"" + broken + "\">")
                .contains("<error type=\"invalid input\" message=\"invalid input in " + broken);

        assertThat(Files.readString(html)).contains("1 snapshot not judged").doesNotContain("passed (--fail-on");
        CliRun text = CliRun.of("check", clean.toString(), broken.toString());
        assertThat(text.out).contains("0 errors, 0 warnings, 1 info: failed (1 snapshot not judged, --fail-on error)");

        CliRun judged = CliRun.of("check", clean.toString(), clean.toString(), "--format", "sarif");
        JsonNode passed = new ObjectMapper().readTree(judged.out).get("runs").get(0).get("invocations").get(0);
        assertThat(passed.get("exitCode").asInt()).isZero();
        assertThat(passed.get("executionSuccessful").asBoolean()).isTrue();
        assertThat(passed.has("toolExecutionNotifications")).isFalse();
    }

    @Test
    void aFolderWithoutTenantFilesIsAUsageError() throws Exception {
        write("empty/readme.txt", "nothing here");
        CliRun run = CliRun.of("check", dir.resolve("empty").toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains(dir.resolve("empty") + ": the folder holds no *.tenant.yaml");
    }

    @Test
    void aDashReadsTheSnapshotFromStandardInputYamlOrJson() throws Exception {
        CliRun yaml = CliRun.withInput(FAILING, "check", "-", "--output", "-");
        assertThat(yaml.exit).as(yaml.toString()).isEqualTo(1);
        assertThat(yaml.out).contains("ROLE-001  <stdin>:");

        String json = new ObjectMapper().writeValueAsString(new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(CLEAN));
        CliRun fromJson = CliRun.withInput("\n  " + json, "check", "-", "--format", "json");
        assertThat(fromJson.exit).as(fromJson.toString()).isEqualTo(0);
        assertThat(fromJson.out).contains("\"tenant\": \"fabrikam\"");

        // YAML in flow style starts as JSON does: read as YAML where it is not JSON (cli.md: told apart by content).
        String flow = "{tenant: fabrikam, asOf: 2026-11-22, subscriptions: [], accounts: [], environments: []}";
        CliRun fromFlow = CliRun.withInput(flow, "check", "-", "--format", "json");
        assertThat(fromFlow.exit).as(fromFlow.toString()).isEqualTo(0);
        assertThat(fromFlow.out).contains("\"tenant\": \"fabrikam\"");
        CliRun brokenJson = CliRun.withInput("{\"tenant\": \"fabrikam\",, }", "check", "-");
        assertThat(brokenJson.exit).isEqualTo(2);
        assertThat(brokenJson.err).as("content that looked like JSON gets JSON's message").contains("<stdin>").contains("JSON");
        CliRun badDay = CliRun.withInput(flow.replace("2026-11-22", "2026-02-30"), "check", "-");
        assertThat(badDay.exit).isEqualTo(2);
        assertThat(badDay.err).as("YAML that does not make a snapshot gets YAML's message").contains("asOf").doesNotContain("JSON");

        CliRun broken = CliRun.withInput("tenant: [\n", "check", "-");
        assertThat(broken.exit).isEqualTo(2);
        assertThat(broken.err).startsWith("d365-policy: invalid input in <stdin> at line");

        CliRun twice = CliRun.withInput(CLEAN, "diff", "-", "-");
        assertThat(twice.exit).isEqualTo(2);
        assertThat(twice.err).contains("- (standard input) is named twice");

        CliRun explain = CliRun.withInput(CLEAN, "explain", "-", "--user", "amy@fabrikam.com");
        assertThat(explain.exit).as(explain.toString()).isEqualTo(0);
    }
}
