package org.d365policy.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.cli.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Waivers from the command line, on and around the expiry day, and invalid waivers files. */
class WaiverCommandTest {
    private static final String EXAMPLE = "examples/contoso.tenant.yaml";

    @TempDir
    Path dir;

    private Path waivers(String content) throws Exception {
        Path file = dir.resolve("waivers.yaml");
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static String waiver(String rule, String subject, String expires) {
        return "waivers:\n  - {rule: " + rule + ", subject: \"" + subject + "\", reason: accepted, approvedBy: c@contoso.com, expires: "
                + expires + "}\n";
    }

    private static JsonNode json(CliRun run) throws Exception {
        return new ObjectMapper().readTree(run.out);
    }

    private static JsonNode find(JsonNode report, String rule, String subject) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals(rule) && f.get("subject").asText().equals(subject)) return f;
        }
        return null;
    }

    @ParameterizedTest(name = "judged on {0}, a waiver expiring 2026-11-22 applies: {1}")
    @CsvSource({"2026-11-21, true", "2026-11-22, false", "2026-11-23, false"})
    void aWaiverAppliesOnDaysBeforeItExpires(String day, boolean applies) throws Exception {
        Path file = waivers(waiver("LIC-004", "account:frank@contoso.com", "2026-11-22"));
        JsonNode report = json(CliRun.of("check", EXAMPLE, "--waivers", file.toString(), "--as-of", day, "--format", "json"));
        assertThat(find(report, "LIC-004", "account:frank@contoso.com").get("waived").asBoolean()).isEqualTo(applies);
        assertThat(find(report, "WAIVER-001", "waiver:LIC-004:account:frank@contoso.com") != null).isEqualTo(!applies);
        assertThat(report.get("summary").get("waived").asInt()).isEqualTo(applies ? 1 : 0);
    }

    @Test
    void aWaivedFindingNeverFailsTheRun() throws Exception {
        Path tenant = dir.resolve("t.yaml");
        Files.writeString(tenant, "tenant: t\nasOf: 2026-11-22\nsubscriptions: [{sku: A, seats: 1}]\n"
                + "accounts: [{upn: a@c.com}]\nenvironments:\n  - id: p\n    businessUnits: [{id: r}]\n"
                + "    roles: [{id: s, businessUnit: r}]\n    users: [{upn: a@c.com, businessUnit: r, roles: [s]}]\n");
        assertThat(CliRun.of("check", tenant.toString()).exit).as("LIC-001 fails it").isEqualTo(1);
        Path file = waivers(waiver("LIC-001", "USER:P/A@C.COM", "2027-01-01"));
        CliRun run = CliRun.of("check", tenant.toString(), "--waivers", file.toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        assertThat(run.out).contains("[waived: accepted]").contains("(1 more waived)");
    }

    @Test
    void aWaiverForAFindingThatDoesNotExistIsReportedAsUnused() throws Exception {
        Path file = waivers(waiver("LIC-001", "user:prod/bob@contoso.com", "2027-01-01"));
        JsonNode report = json(CliRun.of("check", EXAMPLE, "--waivers", file.toString(), "--format", "json"));
        JsonNode unused = find(report, "WAIVER-002", "waiver:LIC-001:user:prod/bob@contoso.com");
        assertThat(unused).isNotNull();
        assertThat(unused.get("severity").asText()).isEqualTo("info");
        JsonNode onlyOther = json(CliRun.of("check", EXAMPLE, "--waivers", file.toString(), "--only", "LIC-004", "--format", "json"));
        assertThat(find(onlyOther, "WAIVER-002", "waiver:LIC-001:user:prod/bob@contoso.com")).as("LIC-001 was not judged").isNull();
    }

    @Test
    void findingsAboutAWaiverSpellItsSubjectAsTheRulesDo() throws Exception {
        // An SKU and an environment ID keep their letter case; a UPN is lower-cased (tenant-format.md); where the waiver
        // stands is found either way.
        Path file = waivers(waiver("LIC-007", "subscription:D365_NOT_THERE", "2027-01-01")
                + waiver("SG-001", "user:Prod/Nobody@Contoso.com", "2027-01-01").replace("waivers:\n", ""));
        JsonNode report = json(CliRun.of("check", EXAMPLE, "--waivers", file.toString(), "--format", "json"));
        assertThat(find(report, "WAIVER-002", "waiver:LIC-007:subscription:D365_NOT_THERE")).isNotNull();
        JsonNode user = find(report, "WAIVER-002", "waiver:SG-001:user:Prod/nobody@contoso.com");
        assertThat(user).isNotNull();
        assertThat(user.get("location").get("file").asText()).isEqualTo(file.toString());
    }

    @Test
    void aWaiverOfAChangeRuleIsUnusedOnlyWhereAChangeSetIsJudged() throws Exception {
        // Two waivers of change rules: one for CHG-001's finding on the example's change set, one that no step reaches.
        Path file = waivers(waiver("CHG-001", "subscription:D365_SALES_PRO", "2027-01-01")
                + waiver("CHG-003", "user:prod/nobody@contoso.com", "2027-01-01").replace("waivers:\n", ""));
        String unused = "waiver:CHG-003:user:prod/nobody@contoso.com";

        // check judges no change: neither waiver is called unused (cli.md: "of a rule that was judged").
        JsonNode check = json(CliRun.of("check", EXAMPLE, "--waivers", file.toString(), "--format", "json"));
        assertThat(find(check, "WAIVER-002", unused)).isNull();
        assertThat(find(check, "WAIVER-002", "waiver:CHG-001:subscription:D365_SALES_PRO")).isNull();

        // what-if judges the change rules once the change set is applied: the unused one is new there, and the one
        // that waives CHG-001's finding is not reported as an unused waiver resolved.
        JsonNode whatIf = json(CliRun.of("what-if", EXAMPLE, "examples/contoso.changes.yaml", "--waivers", file.toString(),
                "--format", "json"));
        assertThat(find(whatIf, "WAIVER-002", unused).get("status").asText()).isEqualTo("introduced");
        assertThat(find(whatIf, "WAIVER-002", "waiver:CHG-001:subscription:D365_SALES_PRO")).isNull();
        assertThat(find(whatIf, "CHG-001", "subscription:D365_SALES_PRO").get("waived").asBoolean()).isTrue();

        // A change set without a step judges no change rule.
        Path empty = dir.resolve("empty.changes.yaml");
        Files.writeString(empty, "actor: it-admin@contoso.com\nchanges: []\n");
        JsonNode none = json(CliRun.of("what-if", EXAMPLE, empty.toString(), "--waivers", file.toString(), "--format", "json"));
        assertThat(find(none, "WAIVER-002", unused)).as(none.toString()).isNull();
    }

    @Test
    void diffAndGateJudgeTheChangeRulesThatCompareTwoStatesOnTheSideAfter() throws Exception {
        Path file = waivers(waiver("CHG-001", "subscription:D365_SALES_PRO", "2027-01-01")
                + waiver("CHG-003", "user:prod/nobody@contoso.com", "2027-01-01").replace("waivers:\n", ""));
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("own.drl"), """
                package acme.rules;
                import org.d365policy.model.Finding;
                import org.d365policy.model.Subject;
                import org.d365policy.model.snapshot.Account;
                rule "ACME-001 Every account"
                    @id("ACME-001") @severity("info") @title("Every account")
                when
                    $a : Account( upn == "nobody-at-all@contoso.com" )
                then
                    insertLogical( Finding.of( drools.getRule(), Subject.account($a.getUpn()), "x" ) );
                end
                """);
        // In parts (the bundled rules) and side by side (with --rules): CHG-003 is judged on the side after, CHG-001 nowhere.
        for (List<String> extra : List.of(List.<String>of(), List.of("--rules", rules.toString()))) {
            List<String> args = new ArrayList<>(List.of("diff", EXAMPLE, EXAMPLE, "--waivers", file.toString(), "--format", "json"));
            args.addAll(extra);
            JsonNode diff = json(CliRun.of(args.toArray(String[]::new)));
            assertThat(find(diff, "WAIVER-002", "waiver:CHG-003:user:prod/nobody@contoso.com").get("status").asText())
                    .as(extra.toString()).isEqualTo("introduced");
            assertThat(find(diff, "WAIVER-002", "waiver:CHG-001:subscription:D365_SALES_PRO")).as(extra.toString()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing reason | waivers:\\n  - {rule: LIC-004, subject: x, approvedBy: a, expires: 2027-01-01}\\n | waivers[0].reason | missing required field",
            "missing expiry | waivers:\\n  - {rule: LIC-004, subject: x, reason: r, approvedBy: a}\\n | waivers[0].expires | missing required field",
            "unknown rule | waivers:\\n  - {rule: LIC-099, subject: x, reason: r, approvedBy: a, expires: 2027-01-01}\\n | waivers[0].rule | no rule has the ID",
            "rule in small letters | waivers:\\n  - {rule: lic-004, subject: x, reason: r, approvedBy: a, expires: 2027-01-01}\\n | waivers[0].rule | expected the ID of a rule as written: LIC-004",
            "bad date | waivers:\\n  - {rule: LIC-004, subject: x, reason: r, approvedBy: a, expires: 2027-02-30}\\n | waivers[0].expires | expected a day that exists",
            "unknown field | waivers:\\n  - {rule: LIC-004, subject: x, reason: r, approvedBy: a, expires: 2027-01-01, ticket: 7}\\n | waivers[0].ticket | unknown field",
            "twice | waivers:\\n  - {rule: LIC-004, subject: x, reason: r, approvedBy: a, expires: 2027-01-01}\\n  - {rule: LIC-004, subject: X, reason: r, approvedBy: a, expires: 2027-01-01}\\n | waivers[1] | a second waiver",
            "not a list | waivers: LIC-004\\n | waivers | expected a list",
            "empty reason | waivers:\\n  - rule: LIC-004\\n    subject: x\\n    reason:\\n    approvedBy: a\\n    expires: 2027-01-01\\n | waivers[0].reason | missing required field",
            "YAML anchor | waivers:\\n  - {rule: &r LIC-004, subject: x, reason: r, approvedBy: a, expires: 2027-01-01}\\n | waivers[0].rule | the YAML anchor &r is not allowed",
            "YAML alias | waivers:\\n  - {rule: LIC-004, subject: x, reason: *r, approvedBy: a, expires: 2027-01-01}\\n | waivers[0].reason | the YAML alias *r is not allowed",
            "a whole number where a date is expected | waivers:\\n  - {rule: LIC-004, subject: x, reason: r, approvedBy: a, expires: 5.0}\\n | waivers[0].expires | expected a day that exists",
            "empty file | '' | waivers.yaml | the file is empty"})
    void anInvalidWaiversFileIsInvalidInput(String name, String content, String place, String expected) throws Exception {
        Path file = waivers(content.replace("\\n", "\n"));
        CliRun run = CliRun.of("check", EXAMPLE, "--waivers", file.toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains(file.toString()).contains(place).contains(expected).doesNotContain("\tat ");
    }
}
