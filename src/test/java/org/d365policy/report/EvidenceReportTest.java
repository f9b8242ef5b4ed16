package org.d365policy.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence, locations and waiver details in the JSON report (cli.md revision 2), and their twins in SARIF and JUnit. */
class EvidenceReportTest {
    private static final String EXAMPLE = "examples/contoso.tenant.yaml";
    private static final String CHANGES = "examples/contoso.changes.yaml";
    private static final String WAIVERS = "examples/contoso.waivers.yaml";

    @TempDir
    Path dir;

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.err).as(run.toString()).isEmpty();
        return new ObjectMapper().readTree(run.out);
    }

    /** Computed here with the platform's digest, not with the code under test. */
    private static String sha256(String file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of(file))));
    }

    private static JsonNode finding(JsonNode report, String rule, String subject) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals(rule) && f.get("subject").asText().equals(subject)) return f;
        }
        throw new AssertionError("no " + rule + " for " + subject + " in\n" + report.toPrettyString());
    }

    @Test
    void checkNamesEachInputWithItsHashTheRulesAndHowTheSnapshotWasJudged() throws Exception {
        JsonNode report = json(CliRun.of("check", EXAMPLE, "--waivers", WAIVERS, "--format", "json", "--profile", "dataverse-2025"));
        JsonNode evidence = report.get("evidence");
        assertThat(evidence.get("tool").asText()).isEqualTo("d365-policy");
        assertThat(evidence.get("version").asText()).isEqualTo(report.get("version").asText());

        JsonNode snapshot = evidence.get("inputs").get(0);
        assertThat(snapshot.get("role").asText()).isEqualTo("snapshot");
        assertThat(snapshot.get("file").asText()).isEqualTo(EXAMPLE);
        assertThat(snapshot.get("sha256").asText()).isEqualTo(sha256(EXAMPLE));
        assertThat(snapshot.get("profile").asText()).isEqualTo("dataverse-2025");
        JsonNode parameters = snapshot.get("parameters");
        assertThat(parameters.get("asOf").asText()).isEqualTo("2026-11-22");
        assertThat(parameters.get("nonInteractiveLimit").asInt()).isEqualTo(7);
        assertThat(parameters.get("invitationHoldDays").asInt()).isZero();
        assertThat(parameters.get("teamRolesCount").asBoolean()).isTrue();
        assertThat(snapshot.has("provenance")).as("a hand-written snapshot has none").isFalse();

        JsonNode waivers = evidence.get("inputs").get(1);
        assertThat(waivers.get("role").asText()).isEqualTo("waivers");
        assertThat(waivers.get("sha256").asText()).isEqualTo(sha256(WAIVERS));
        assertThat(evidence.get("inputs")).hasSize(2);

        JsonNode rules = evidence.get("rules");
        int catalogued = json(CliRun.of("rules", "--format", "json")).get("rules").size();
        assertThat(rules.get("count").asInt()).isEqualTo(catalogued);
        assertThat(rules.get("sha256").asText()).hasSize(64);
        assertThat(rules.get("files").get(0).get("file").asText()).startsWith("rules/");
        assertThat(rules.get("files").get(0).get("sha256").asText())
                .isEqualTo(sha256(rules.get("files").get(0).get("file").asText()));
        assertThat(evidence.get("only").isNull()).isTrue();
    }

    @Test
    void aJsonReportBesideTheTextOneStillRecordsTheEvidence() throws Exception {
        // The text report shows no evidence, so a run of text alone gathers none; a --report in another format does.
        Path file = dir.resolve("report.json");
        CliRun run = CliRun.of("check", EXAMPLE, "--report", "json=" + file);
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        JsonNode snapshot = new ObjectMapper().readTree(file.toFile()).get("evidence").get("inputs").get(0);
        assertThat(snapshot.get("sha256").asText()).isEqualTo(sha256(EXAMPLE));
    }

    @Test
    void theRulesHashChangesWithTheRulesAndOnlyIsRecorded() throws Exception {
        Files.writeString(dir.resolve("own.drl"), """
                package org.example.own
                import org.d365policy.model.*
                import org.d365policy.model.snapshot.*
                rule "Every subscription is noted" @id("ORG-001") @severity("info") @title("Noted")
                when
                    Subscription( $sku : sku )
                then
                    insertLogical( Finding.of( drools.getRule(), Subject.subscription( $sku ), $sku + " is noted" ) );
                end
                """);
        JsonNode bundled = json(CliRun.of("check", EXAMPLE, "--format", "json", "--fail-on", "none")).get("evidence");
        JsonNode own = json(CliRun.of("check", EXAMPLE, "--format", "json", "--fail-on", "none", "--rules", dir.toString(),
                "--only", "ORG-001,LIC-002")).get("evidence");
        assertThat(own.get("rules").get("sha256").asText()).isNotEqualTo(bundled.get("rules").get("sha256").asText());
        assertThat(own.get("rules").get("count").asInt()).isEqualTo(bundled.get("rules").get("count").asInt() + 1);
        assertThat(own.get("only").toString()).isEqualTo("[\"LIC-002\",\"ORG-001\"]");
    }

    @Test
    void everyFindingIsLocatedAndAWaivedOneSaysWhoApprovedItUntilWhen() throws Exception {
        JsonNode report = json(CliRun.of("check", EXAMPLE, "--waivers", WAIVERS, "--format", "json"));
        for (JsonNode f : report.get("findings")) {
            JsonNode at = f.get("location");
            assertThat(at.isObject()).as(f.toString()).isTrue();
            assertThat(at.get("line").asInt()).as(f.toString()).isPositive();
            assertThat(at.get("column").asInt()).as(f.toString()).isPositive();
            assertThat(f.has("waiver")).as(f.toString()).isEqualTo(f.get("waived").asBoolean());
        }
        JsonNode carol = finding(report, "LIC-001", "user:prod/carol@contoso.com").get("location");
        assertThat(carol.get("file").asText()).isEqualTo(EXAMPLE);
        assertThat(carol.get("line").asInt()).isEqualTo(119);
        JsonNode expired = finding(report, "WAIVER-001", "waiver:LIC-001:user:prod/carol@contoso.com").get("location");
        assertThat(expired.get("file").asText()).isEqualTo(WAIVERS);
        assertThat(expired.get("line").asInt()).isEqualTo(9);

        JsonNode waiver = finding(report, "LIC-004", "account:frank@contoso.com").get("waiver");
        assertThat(waiver.get("reason").asText()).isEqualTo("Frank is on leave until January; keep his license");
        assertThat(waiver.get("approvedBy").asText()).isEqualTo("compliance@contoso.com");
        assertThat(waiver.get("expires").asText()).isEqualTo("2027-01-15");
    }

    @Test
    void whatIfPlacesChangeRuleFindingsAtTheirOperationAndSnapshotFindingsInTheSnapshot() throws Exception {
        JsonNode report = json(CliRun.of("what-if", EXAMPLE, CHANGES, "--format", "json"));
        assertThat(report.get("evidence").get("inputs").get(1).get("role").asText()).isEqualTo("change set");
        assertThat(report.get("evidence").get("inputs").get(1).get("sha256").asText()).isEqualTo(sha256(CHANGES));
        // The enableUser of Frank is on line 20, the removeRole of Mia on line 33 (both judged on the state after).
        assertLocated(finding(report, "CHG-003", "user:prod/frank@contoso.com"), CHANGES, 20);
        assertLocated(finding(report, "CHG-005", "user:prod/mia@contoso.com"), CHANGES, 33);
        assertLocated(finding(report, "CHG-001", "subscription:D365_SALES_PRO"), CHANGES, 6);
        assertLocated(finding(report, "CHG-004", "user:prod/carol@contoso.com"), CHANGES, 23);
        // Unchanged and introduced snapshot findings stay where the snapshot writes their subject.
        JsonNode seats = finding(report, "LIC-002", "subscription:D365_CE_PLAN");
        assertThat(seats.get("status").asText()).isEqualTo("unchanged");
        assertLocated(seats, EXAMPLE, 8);
        assertLocated(finding(report, "ROLE-001", "user:prod/mia@contoso.com"), EXAMPLE, 141);
    }

    @Test
    void aSnapshotFindingAboutSomethingTheChangeSetMadeIsPlacedWhereTheChangeSetNamesIt() throws Exception {
        Path changes = dir.resolve("zed.changes.yaml");
        Files.writeString(changes, """
                actor: it-admin@contoso.com
                changes:
                  - op: createAccount
                    upn: zed@contoso.com
                  - op: addUser
                    environment: prod
                    upn: zed@contoso.com
                    businessUnit: sales
                    roles: [salesperson]
                """);
        JsonNode report = json(CliRun.of("what-if", EXAMPLE, changes.toString(), "--format", "json"));
        JsonNode noLicense = finding(report, "LIC-001", "user:prod/zed@contoso.com");
        assertThat(noLicense.get("status").asText()).isEqualTo("introduced");
        assertLocated(noLicense, changes.toString(), 5);
    }

    private static void assertLocated(JsonNode finding, String file, int line) {
        assertThat(finding.get("location").get("file").asText()).as(finding.toString()).isEqualTo(file);
        assertThat(finding.get("location").get("line").asInt()).as(finding.toString()).isEqualTo(line);
    }

    @Test
    void diffAndGateNameBothSidesWithTheirOwnSettings() throws Exception {
        Path after = dir.resolve("after.tenant.yaml");
        Files.writeString(after, Files.readString(Path.of(EXAMPLE)).replace("profile: ce-v9", "profile: dataverse-2025"));
        JsonNode inputs = json(CliRun.of("diff", EXAMPLE, after.toString(), "--format", "json")).get("evidence").get("inputs");
        assertThat(inputs.get(0).get("role").asText()).isEqualTo("before");
        assertThat(inputs.get(1).get("role").asText()).isEqualTo("after");
        assertThat(inputs.get(1).get("sha256").asText()).isNotEqualTo(inputs.get(0).get("sha256").asText());
        assertThat(inputs.get(1).get("profile").asText()).isEqualTo("dataverse-2025");
        assertThat(inputs.get(0).get("profile").asText()).isEqualTo("ce-v9");
    }

    @Test
    void anImportedSnapshotsProvenanceIsRepeatedWithTheFieldsItGives() throws Exception {
        Path snapshot = dir.resolve("imported.tenant.yaml");
        Files.writeString(snapshot, """
                tenant: contoso
                provenance:
                  kind: import
                  tool: d365-policy 0.1.0
                  sources: [graph/users.json]
                  approximations: ["invitation issue day taken from modifiedon: 3"]
                  leftOut: 2
                """);
        JsonNode input = json(CliRun.of("check", snapshot.toString(), "--format", "json", "--as-of", "2026-11-22"))
                .get("evidence").get("inputs").get(0);
        // As written and in the format's order; generatedAt is left out because the snapshot gives none.
        assertThat(input.get("provenance").toString()).isEqualTo("{\"kind\":\"import\",\"tool\":\"d365-policy 0.1.0\","
                + "\"sources\":[\"graph/users.json\"],\"approximations\":[\"invitation issue day taken from modifiedon: 3\"],"
                + "\"leftOut\":2}");
        assertThat(SnapshotProvenance.toJson(null)).isNull();
    }

    @Test
    void theSameInputGivesTheSameBytesRunAfterRun() {
        for (String[] args : new String[][] {
                {"check", EXAMPLE, "--waivers", WAIVERS, "--format", "json"},
                {"what-if", EXAMPLE, CHANGES, "--waivers", WAIVERS, "--format", "json"},
                {"check", EXAMPLE, "--waivers", WAIVERS, "--format", "sarif"},
                {"check", EXAMPLE, "--waivers", WAIVERS, "--format", "junit"}}) {
            String first = CliRun.of(args).out;
            assertThat(first).contains("sha256");
            assertThat(CliRun.of(args).out).as(String.join(" ", args)).isEqualTo(first);
        }
    }

    @Test
    void sarifCarriesTheInputsAsArtifactsWithHashesAndTheEvidenceAsRunProperties() throws Exception {
        JsonNode run = json(CliRun.of("check", EXAMPLE, "--waivers", WAIVERS, "--format", "sarif")).get("runs").get(0);
        JsonNode snapshot = run.get("artifacts").get(0);
        assertThat(snapshot.get("location").get("uri").asText()).isEqualTo(EXAMPLE);
        assertThat(snapshot.get("hashes").get("sha-256").asText()).isEqualTo(sha256(EXAMPLE));
        assertThat(snapshot.get("roles").get(0).asText()).isEqualTo("analysisTarget");
        assertThat(run.get("artifacts").get(1).get("hashes").get("sha-256").asText()).isEqualTo(sha256(WAIVERS));
        JsonNode evidence = run.get("properties").get("d365Policy");
        assertThat(evidence.get("rules").get("count").asInt()).isPositive();
        assertThat(evidence.get("inputs").get(0).get("parameters").get("nonInteractiveLimit").asInt()).isEqualTo(5);
    }

    @Test
    void junitCarriesTheEvidenceAsProperties() throws Exception {
        String xml = CliRun.of("check", EXAMPLE, "--format", "junit").out;
        assertThat(xml).contains("<property name=\"input\" value=\"snapshot " + EXAMPLE + " sha256:" + sha256(EXAMPLE)
                + " profile:ce-v9 asOf:2026-11-22\"/>");
        assertThat(xml).containsPattern("<property name=\"rules\" value=\"sha256:[0-9a-f]{64} count:\\d+\"/>");
    }
}
