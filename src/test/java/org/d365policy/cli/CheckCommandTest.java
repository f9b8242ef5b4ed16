package org.d365policy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest {
    private static final String EXAMPLE = "examples/contoso.tenant.yaml";
    private static final String CLEAN = "tenant: fabrikam\nasOf: 2026-11-22\n"
            + "subscriptions: [{sku: D365_CE_PLAN, seats: 1}]\n"
            + "accounts:\n  - {upn: amy@fabrikam.com, licenses: [D365_CE_PLAN]}\n"
            + "environments:\n  - id: prod\n    businessUnits: [{id: root}]\n"
            + "    roles: [{id: sales, businessUnit: root, template: salesperson, predefined: true}]\n"
            + "    users:\n      - {upn: amy@fabrikam.com, businessUnit: root, roles: [sales]}\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void exampleFailsWithErrorsAndPrintsEveryFindingOnOneLine() {
        CliRun run = CliRun.of("check", EXAMPLE);
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).contains("ERROR (").contains("WARNING (").contains("INFO (")
                .contains("  LIC-001  examples/contoso.tenant.yaml:119  user:prod/carol@contoso.com  ")
                .containsPattern("\\d+ errors, \\d+ warnings, \\d+ info: failed \\(--fail-on error\\)");
        assertThat(run.err).isEmpty();
    }

    @Test
    void cleanTenantPasses() throws Exception {
        CliRun run = CliRun.of("check", write("clean.yaml", CLEAN).toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        assertThat(run.out).contains("0 errors, 0 warnings, 0 info: passed");
    }

    @Test
    void failOnDecidesWhichSeverityFails() throws Exception {
        // A license held by someone whose only record is disabled: a warning and nothing else.
        Path file = write("warn.yaml", CLEAN.replace("roles: [sales]}", "roles: [sales], enabled: false}"));
        assertThat(CliRun.of("check", file.toString()).exit).isEqualTo(0);
        assertThat(CliRun.of("check", file.toString(), "--fail-on", "warning").exit).isEqualTo(1);
        assertThat(CliRun.of("check", file.toString(), "--fail-on", "info").exit).isEqualTo(1);
        assertThat(CliRun.of("check", EXAMPLE, "--fail-on", "none").exit).isEqualTo(0);
        CliRun bad = CliRun.of("check", file.toString(), "--fail-on", "fatal");
        assertThat(bad.exit).isEqualTo(2);
        assertThat(bad.err).contains("--fail-on").contains("expected error, warning, info or none");
    }

    @Test
    void jsonReportHasTheDocumentedShapeAndIsSorted() throws Exception {
        CliRun run = CliRun.of("check", EXAMPLE, "--format", "json");
        assertThat(run.exit).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out);
        assertThat(json.fieldNames()).toIterable()
                .containsExactly("tool", "version", "tenant", "asOf", "profile", "evidence", "summary", "findings");
        assertThat(json.get("tool").asText()).isEqualTo("d365-policy");
        assertThat(json.get("version").asText()).isEqualTo("0.1.0");
        assertThat(json.get("asOf").asText()).isEqualTo("2026-11-22");
        assertThat(json.get("profile").asText()).isEqualTo("ce-v9");
        assertThat(json.get("summary").fieldNames()).toIterable()
                .containsExactly("error", "warning", "info", "waived", "resolved");
        JsonNode first = json.get("findings").get(0);
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("rule", "severity", "title", "subject", "message", "waived", "location");
        String previous = "";
        int errors = 0;
        for (JsonNode f : json.get("findings")) {
            String key = rank(f.get("severity").asText()) + f.get("rule").asText() + "\n" + f.get("subject").asText();
            assertThat(key).isGreaterThan(previous);
            previous = key;
            if (f.get("severity").asText().equals("error")) errors++;
        }
        assertThat(json.get("summary").get("error").asInt()).isEqualTo(errors);
        assertThat(run.out).contains("\"tool\": \"d365-policy\"");
    }

    private static String rank(String severity) {
        return severity.equals("error") ? "0" : severity.equals("warning") ? "1" : "2";
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertThat(CliRun.of("check", EXAMPLE, "--format", "json").out)
                .isEqualTo(CliRun.of("check", EXAMPLE, "--format", "json").out);
        assertThat(CliRun.of("check", EXAMPLE).out).isEqualTo(CliRun.of("check", EXAMPLE).out);
    }

    @Test
    void onlyJudgesTheNamedRules() throws Exception {
        CliRun run = CliRun.of("check", EXAMPLE, "--format", "json", "--only", "LIC-004,INV-001");
        JsonNode findings = new ObjectMapper().readTree(run.out).get("findings");
        assertThat(findings).extracting(f -> f.get("rule").asText()).containsExactlyInAnyOrder("LIC-004", "INV-001");
        assertThat(run.exit).as("no error among them").isEqualTo(0);
        CliRun unknown = CliRun.of("check", EXAMPLE, "--only", "LIC-010");
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.err).contains("--only LIC-010").contains("did you mean").contains("LIC-001");
    }

    @Test
    void profileAndDayComeFromTheCommandLineThenTheSnapshot() throws Exception {
        JsonNode fromSnapshot = new ObjectMapper().readTree(CliRun.of("check", EXAMPLE, "--format", "json").out);
        assertThat(fromSnapshot.get("profile").asText()).isEqualTo("ce-v9");
        JsonNode overridden = new ObjectMapper().readTree(CliRun.of("check", EXAMPLE, "--format", "json",
                "--profile", "dataverse-2025", "--as-of", "2026-12-31").out);
        assertThat(overridden.get("profile").asText()).isEqualTo("dataverse-2025");
        assertThat(overridden.get("asOf").asText()).isEqualTo("2026-12-31");
        assertThat(overridden.get("findings")).noneMatch(f -> f.get("rule").asText().startsWith("INV-"));
        CliRun badDay = CliRun.of("check", EXAMPLE, "--as-of", "2026-02-30");
        assertThat(badDay.exit).isEqualTo(2);
        assertThat(badDay.err).contains("--as-of").contains("expected YYYY-MM-DD");
        CliRun badProfile = CliRun.of("check", EXAMPLE, "--profile", "v8");
        assertThat(badProfile.exit).isEqualTo(2);
        assertThat(badProfile.err).contains("expected ce-v9 or dataverse-2025");
    }

    @Test
    void withoutAnyDayTheSnapshotIsJudgedToday() throws Exception {
        Path file = write("today.yaml", CLEAN.replace("asOf: 2026-11-22\n", ""));
        JsonNode json = new ObjectMapper().readTree(CliRun.of("check", file.toString(), "--format", "json").out);
        assertThat(json.get("asOf").asText()).isEqualTo(Main.today().toString());
    }

    @Test
    void outputGoesToTheNamedFile() throws Exception {
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of("check", EXAMPLE, "--format", "json", "--output", report.toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(Files.readString(report)).isEqualTo(CliRun.of("check", EXAMPLE, "--format", "json").out);
        CliRun unwritable = CliRun.of("check", EXAMPLE, "--output", dir.resolve("missing/dir/report.txt").toString());
        assertThat(unwritable.exit).isEqualTo(2);
        assertThat(unwritable.err).contains("--output").contains("cannot be written");
    }

    @Test
    void usageErrorsExit2() {
        assertThat(CliRun.of("check").exit).isEqualTo(2);
        assertThat(CliRun.of("check", EXAMPLE, "--no-such-option").exit).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").exit).isEqualTo(2);
        CliRun missing = CliRun.of("check", "no/such/tenant.yaml");
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err).contains("no/such/tenant.yaml").contains("no such file");
    }

    @Test
    void organizationRulesAddToTheBundledOnes() throws Exception {
        write("org/extra.drl", "package acme;\nimport org.d365policy.model.*;\nimport org.d365policy.model.snapshot.*;\nimport org.d365policy.model.fact.*;\nimport org.d365policy.model.derived.*;\n"
                + "rule \"ACME-001\" @id(\"ACME-001\") @severity(\"warning\") @title(\"Nobody in sandbox\")\n"
                + "when Environment( id == \"sandbox\" )\n"
                + "then insertLogical( Finding.of( drools.getRule(), Subject.environment(\"sandbox\"), \"no sandbox please\" ) );\nend\n");
        CliRun run = CliRun.of("check", EXAMPLE, "--rules", dir.resolve("org").toString(), "--only", "ACME-001");
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        assertThat(run.out).contains("ACME-001  examples/contoso.tenant.yaml:170  environment:sandbox  no sandbox please");
        CliRun catalog = CliRun.of("rules", "--rules", dir.resolve("org").toString());
        assertThat(catalog.out).contains("ACME-001  warning  Nobody in sandbox").contains("LIC-001");
    }

    @Test
    void brokenOrganizationRulesExit3NamingFileAndLine() throws Exception {
        write("broken/bad.drl", "package acme;\nimport org.d365policy.model.*;\nimport org.d365policy.model.snapshot.*;\nimport org.d365policy.model.fact.*;\nimport org.d365policy.model.derived.*;\n\n"
                + "rule \"ACME-002\" @id(\"ACME-002\") @severity(\"error\") @title(\"x\")\n"
                + "when Environment( id == )\nthen\nend\n");
        CliRun run = CliRun.of("check", EXAMPLE, "--rules", dir.resolve("broken").toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(3);
        assertThat(run.err).contains("bad.drl line 8").doesNotContain("\tat ");
    }

    @Test
    void roleOnesHintAboutTeamRolesAppearsOnlyWhereTheyDoNotCount() throws Exception {
        write("t.tenant.yaml", "tenant: c\nasOf: 2026-11-22\nsubscriptions: [{sku: A, seats: 1}]\n"
                + "accounts: [{upn: kim@c.com, licenses: [A]}]\nenvironments:\n  - id: prod\n    businessUnits: [{id: root}]\n"
                + "    users: [{upn: kim@c.com, businessUnit: root}]\n");
        String file = dir.resolve("t.tenant.yaml").toString();
        String hint = "(team roles do not count under this profile; they do under dataverse-2025)";
        assertThat(CliRun.of("check", file, "--profile", "ce-v9").out).contains("kim@c.com is enabled in prod but holds no security role " + hint);
        CliRun current = CliRun.of("check", file, "--profile", "dataverse-2025");
        assertThat(current.out).contains("kim@c.com is enabled in prod but holds no security role").doesNotContain("team roles");
    }

    @Test
    void aRuleDeclaredInTwoFilesNamesBothFiles() throws Exception {
        String rule = "package acme;\nimport org.d365policy.model.snapshot.*;\n"
                + "rule \"ACME-005 Twice\" @id(\"ACME-005\") @severity(\"info\") @title(\"x\") when Environment() then end\n";
        write("twice/a.drl", rule);
        write("twice/b.drl", rule);
        CliRun run = CliRun.of("check", EXAMPLE, "--rules", dir.resolve("twice").toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(3);
        assertThat(run.err).containsPattern("[ab]\\.drl line 3: Duplicate rule name: ACME-005 Twice \\(also declared in .*[ab]\\.drl\\)");
        assertThat(run.err).contains("a.drl").contains("b.drl");
    }

    @Test
    void organizationRulesNeedAnIdOfTheirOwn() throws Exception {
        write("noid/a.drl", "package acme;\nimport org.d365policy.model.*;\nimport org.d365policy.model.snapshot.*;\nimport org.d365policy.model.fact.*;\nimport org.d365policy.model.derived.*;\n"
                + "rule \"no id\" when Environment() then end\n");
        CliRun noId = CliRun.of("check", EXAMPLE, "--rules", dir.resolve("noid").toString());
        assertThat(noId.exit).isEqualTo(3);
        assertThat(noId.err).contains("a.drl line 6: rule \"no id\" has no @id");

        write("taken/b.drl", "package acme;\nimport org.d365policy.model.*;\nimport org.d365policy.model.snapshot.*;\nimport org.d365policy.model.fact.*;\nimport org.d365policy.model.derived.*;\n"
                + "rule \"mine\" @id(\"LIC-001\") @severity(\"error\") @title(\"x\") when Environment() then end\n");
        CliRun taken = CliRun.of("check", EXAMPLE, "--rules", dir.resolve("taken").toString());
        assertThat(taken.exit).isEqualTo(3);
        assertThat(taken.err).contains("b.drl line 6: rule ID LIC-001 is already used by a bundled rule");

        write("both/d.drl", "package acme;\nimport org.d365policy.model.snapshot.*;\n"
                + "rule \"one\" @id(\"ACME-7\") @severity(\"info\") @title(\"x\") when Environment() then end\n"
                + "rule \"two\" @id(\"ACME-7\") @severity(\"info\") @title(\"y\") when Environment() then end\n");
        CliRun both = CliRun.of("check", EXAMPLE, "--rules", dir.resolve("both").toString());
        assertThat(both.exit).isEqualTo(3);
        assertThat(both.err).containsPattern("d\\.drl line [34]: rule ID ACME-7 is already used by the rule at .*d\\.drl line [34]");

        write("sev/c.drl", "package acme;\nimport org.d365policy.model.*;\nimport org.d365policy.model.snapshot.*;\nimport org.d365policy.model.fact.*;\nimport org.d365policy.model.derived.*;\n"
                + "rule \"sev\" @id(\"ACME-3\") @severity(\"fatal\") @title(\"x\") when Environment() then end\n");
        CliRun severity = CliRun.of("check", EXAMPLE, "--rules", dir.resolve("sev").toString());
        assertThat(severity.exit).isEqualTo(3);
        assertThat(severity.err).contains("c.drl line 6: rule \"sev\" (ACME-3) has @severity fatal; expected error, warning or info");
    }

    @Test
    void anExceptionInsideARuleIsAnInternalErrorNeverAPass() throws Exception {
        write("throws/t.drl", "package acme;\nimport org.d365policy.model.*;\nimport org.d365policy.model.snapshot.*;\nimport org.d365policy.model.fact.*;\nimport org.d365policy.model.derived.*;\n"
                + "rule \"boom\" @id(\"ACME-4\") @severity(\"info\") @title(\"x\")\n"
                + "when Environment() then throw new IllegalStateException(\"boom\");\nend\n");
        CliRun run = CliRun.of("check", EXAMPLE, "--rules", dir.resolve("throws").toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(4);
        assertThat(run.err).contains("internal error").doesNotContain("\tat ");
        assertThat(run.out).isEmpty();
    }
}
