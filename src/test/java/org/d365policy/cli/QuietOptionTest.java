package org.d365policy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.gate.TestRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** --quiet: only the findings that fail the run and the summary line; a passing run says one line. */
class QuietOptionTest {
    private static final String EXAMPLE = "examples/contoso.tenant.yaml";
    private static final String CHANGES = "examples/contoso.changes.yaml";
    private static final String TENANT = """
            tenant: contoso
            asOf: 2026-11-22
            subscriptions: [{sku: D365_CE_PLAN, seats: 10}]
            accounts:
              - {upn: bob@contoso.com, licenses: [D365_CE_PLAN]}
              - {upn: carol@contoso.com}
            environments:
              - id: prod
                businessUnits: [{id: root}]
                roles: [{id: sales, businessUnit: root, template: salesperson, predefined: true}]
                users:
                  - {upn: bob@contoso.com, businessUnit: root, roles: [sales]}
                  - {upn: carol@contoso.com, businessUnit: root, roles: [sales]}
            """;

    private static List<String> lines(CliRun run) {
        return run.out.lines().toList();
    }

    @Test
    void checkShowsOnlyTheFailingFindingsAndTheSummary() throws Exception {
        CliRun quiet = CliRun.of("check", EXAMPLE, "--quiet");
        assertThat(quiet.exit).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(CliRun.of("check", EXAMPLE, "--format", "json").out);
        List<String> lines = lines(quiet);
        assertThat(lines).hasSize(json.get("summary").get("error").asInt() + 1);
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(l -> l.startsWith("ERROR  "));
        assertThat(lines).anyMatch(l -> l.startsWith("ERROR  LIC-001  examples/contoso.tenant.yaml:119  user:prod/carol@contoso.com"));
        assertThat(lines.get(lines.size() - 1)).endsWith(": failed (--fail-on error)");

        List<String> warnings = lines(CliRun.of("check", EXAMPLE, "--quiet", "--fail-on", "warning"));
        assertThat(warnings).anyMatch(l -> l.startsWith("WARNING  ")).hasSizeGreaterThan(lines.size());
    }

    @Test
    void aPassingRunSaysOneLine() {
        CliRun check = CliRun.of("check", EXAMPLE, "--quiet", "--fail-on", "none");
        assertThat(check.exit).isEqualTo(0);
        assertThat(lines(check)).singleElement().asString().endsWith(": passed (--fail-on none)");
        CliRun diff = CliRun.of("diff", EXAMPLE, EXAMPLE, "--quiet");
        assertThat(diff.exit).isEqualTo(0);
        assertThat(lines(diff)).singleElement().asString().contains("after the change, 0 resolved: passed");
    }

    @Test
    void whatIfShowsOnlyIntroducedFindingsThatFail() {
        CliRun run = CliRun.of("what-if", EXAMPLE, CHANGES, "--quiet");
        assertThat(run.exit).isEqualTo(1);
        List<String> lines = lines(run);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(l -> l.startsWith("INTRODUCED ERROR  "));
        assertThat(run.out).doesNotContain("UNCHANGED").doesNotContain("RESOLVED").doesNotContain("tenant contoso");
    }

    @Test
    void theGateShowsOnlyIntroducedFindings(@TempDir Path dir) throws Exception {
        TestRepository repo = new TestRepository(dir);
        repo.commit("prod.tenant.yaml", TENANT);
        repo.write("prod.tenant.yaml", TENANT.replace("{upn: bob@contoso.com, licenses: [D365_CE_PLAN]}", "{upn: bob@contoso.com}"));
        repo.git("add", "prod.tenant.yaml");
        CliRun run = CliRun.of("gate", "--repo", dir.toString(), "--quiet");
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        List<String> lines = lines(run);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("INTRODUCED ERROR  LIC-001  prod.tenant.yaml:12  user:prod/bob@contoso.com  bob@contoso.com ");
        assertThat(lines.get(1)).isEqualTo("2 errors, 0 warnings, 1 info after the change, 0 resolved: failed (--fail-on error)");

        repo.git("reset", "-q", "--hard");
        repo.write("prod.tenant.yaml", TENANT.replace("seats: 10", "seats: 11"));
        repo.git("add", "prod.tenant.yaml");
        CliRun passing = CliRun.of("gate", "--repo", dir.toString(), "--quiet");
        assertThat(passing.exit).isEqualTo(0);
        assertThat(lines(passing)).containsExactly("1 error, 0 warnings, 1 info after the change, 0 resolved: passed (--fail-on error)");
    }

    @Test
    void colourAlwaysColoursTheQuietReportToo() {
        // Bold red for errors (picocli's ANSI styles), as the full report's section headers.
        List<String> lines = lines(CliRun.of("what-if", EXAMPLE, CHANGES, "--quiet", "--color", "always"));
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(l -> l.startsWith("\u001B[1m\u001B[31mINTRODUCED ERROR\u001B["));
        assertThat(CliRun.of("what-if", EXAMPLE, CHANGES, "--quiet").out).doesNotContain("\u001B");
    }

    @Test
    void otherFormatsAreWholeReports() {
        assertThat(CliRun.of("check", EXAMPLE, "--quiet", "--format", "json").out)
                .isEqualTo(CliRun.of("check", EXAMPLE, "--format", "json").out);
    }
}
