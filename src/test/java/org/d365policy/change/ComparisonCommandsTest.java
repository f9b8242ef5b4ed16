package org.d365policy.change;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** what-if and diff from the command line: statuses, exit codes, --strict, and the day both sides are judged on. */
class ComparisonCommandsTest {
    private static final String EXAMPLE = "examples/contoso.tenant.yaml";
    private static final String CHANGES = "examples/contoso.changes.yaml";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void whatIfReportsStatusesAndFailsOnlyOnIntroducedErrors() throws Exception {
        CliRun run = CliRun.of("what-if", EXAMPLE, CHANGES, "--format", "json");
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out);
        assertThat(json.get("findings")).allMatch(f -> f.has("status"));
        assertThat(json.get("findings")).anyMatch(f -> f.get("status").asText().equals("resolved"));
        assertThat(json.get("findings")).anyMatch(f -> f.get("rule").asText().equals("CHG-001")
                && f.get("status").asText().equals("introduced") && f.get("subject").asText().equals("subscription:D365_SALES_PRO"));
        int present = 0;
        for (JsonNode f : json.get("findings")) if (!f.get("status").asText().equals("resolved")) present++;
        JsonNode summary = json.get("summary");
        assertThat(summary.get("error").asInt() + summary.get("warning").asInt() + summary.get("info").asInt()).isEqualTo(present);

        String text = CliRun.of("what-if", EXAMPLE, CHANGES).out;
        assertThat(text.indexOf("INTRODUCED")).isLessThan(text.indexOf("RESOLVED"));
        assertThat(text.indexOf("RESOLVED")).isLessThan(text.indexOf("UNCHANGED"));
    }

    @Test
    void aHarmlessChangePassesAndStrictCountsUnchangedFindings() throws Exception {
        Path harmless = write("harmless.yaml", "actor: alice@contoso.com\nchanges:\n  - {op: resetPassword, upn: bob@contoso.com}\n");
        assertThat(CliRun.of("what-if", EXAMPLE, harmless.toString()).exit).isEqualTo(0);
        assertThat(CliRun.of("what-if", EXAMPLE, harmless.toString(), "--strict").exit).isEqualTo(1);
        assertThat(CliRun.of("what-if", EXAMPLE, harmless.toString(), "--strict", "--fail-on", "none").exit).isEqualTo(0);
    }

    @Test
    void theChangeSetsDayComesBeforeTheSnapshotsAndAfterTheOption() throws Exception {
        Path later = write("later.yaml", "actor: alice@contoso.com\nasOf: 2026-12-01\nchanges: []\n");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("what-if", EXAMPLE, later.toString(), "--format", "json").out);
        assertThat(json.get("asOf").asText()).isEqualTo("2026-12-01");
        // Gina's invitation is released on 2026-11-29: both sides are judged on the later day, so INV-001 is absent, not resolved.
        assertThat(json.get("findings")).noneMatch(f -> f.get("rule").asText().equals("INV-001"));
        JsonNode option = new ObjectMapper().readTree(CliRun.of("what-if", EXAMPLE, later.toString(), "--format", "json",
                "--as-of", "2026-11-23").out);
        assertThat(option.get("asOf").asText()).isEqualTo("2026-11-23");
    }

    @Test
    void diffFindsReenablingWithoutInvitationAndRolesRemoved() throws Exception {
        String before = new String(Files.readAllBytes(Path.of(EXAMPLE)), StandardCharsets.UTF_8);
        String after = before
                .replace("      - upn: frank@contoso.com\n        enabled: false\n", "      - upn: frank@contoso.com\n")
                .replace("      - upn: mia@contoso.com        # can open apps but reach no data: ROLE-003\n        businessUnit: contoso\n"
                        + "        roles: [cs-app-access]\n", "      - upn: mia@contoso.com\n        businessUnit: contoso\n");
        assertThat(after).isNotEqualTo(before);
        CliRun run = CliRun.of("diff", EXAMPLE, write("after.tenant.yaml", after).toString(), "--format", "json");
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        JsonNode findings = new ObjectMapper().readTree(run.out).get("findings");
        assertThat(findings).anyMatch(f -> f.get("rule").asText().equals("CHG-003")
                && f.get("subject").asText().equals("user:prod/frank@contoso.com") && f.get("status").asText().equals("introduced"));
        assertThat(findings).anyMatch(f -> f.get("rule").asText().equals("CHG-005")
                && f.get("subject").asText().equals("user:prod/mia@contoso.com"));
        assertThat(findings).noneMatch(f -> f.get("rule").asText().equals("CHG-001"));

        String invited = after.replace("invitations:\n", "invitations:\n  - {email: frank@contoso.com, sku: D365_CE_PLAN, "
                + "issued: 2026-11-22, status: pending}\n");
        CliRun withInvitation = CliRun.of("diff", EXAMPLE, write("invited.tenant.yaml", invited).toString(), "--format", "json");
        assertThat(new ObjectMapper().readTree(withInvitation.out).get("findings"))
                .noneMatch(f -> f.get("rule").asText().equals("CHG-003"));
    }

    @Test
    void diffOfAFileWithItselfChangesNothing() throws Exception {
        CliRun run = CliRun.of("diff", EXAMPLE, EXAMPLE, "--format", "json");
        assertThat(run.exit).isEqualTo(0);
        assertThat(new ObjectMapper().readTree(run.out).get("findings")).allMatch(f -> f.get("status").asText().equals("unchanged"));
    }

    /**
     * Each side is judged as it is, also by rules of one's own (which diff judges one side at a time): a rule
     * that reads the snapshot's own asOf sees the after side's. The one-session diff of before kept the side
     * before's Tenant fact, and with it its date (found by a helper trying diff as a user).
     */
    @Test
    void aRuleOfOnesOwnSeesTheSideAfterAsItIs() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("own"));
        write("own/taken.drl", """
                package org.example.own
                import org.d365policy.model.*
                import org.d365policy.model.snapshot.*
                rule "When the snapshot was taken" @id("ORG-002") @severity("info") @title("Taken")
                when
                    Tenant( $name : tenant, $asOf : asOf )
                then
                    insertLogical( Finding.of( drools.getRule(), Subject.tenant( $name ), "taken on " + $asOf ) );
                end
                """);
        String example = Files.readString(Path.of(EXAMPLE));
        assertThat(example).contains("asOf: 2026-11-22");
        Path later = write("later.tenant.yaml", example.replace("asOf: 2026-11-22", "asOf: 2026-11-30"));
        CliRun run = CliRun.of("diff", EXAMPLE, later.toString(), "--rules", rules.toString(), "--only", "ORG-002",
                "--format", "json", "--fail-on", "none");
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        JsonNode findings = new ObjectMapper().readTree(run.out).get("findings");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).get("message").asText()).isEqualTo("taken on 2026-11-30");
    }
}
