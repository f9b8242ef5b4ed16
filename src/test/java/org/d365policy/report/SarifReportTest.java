package org.d365policy.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.d365policy.cli.CliRun;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.RuleInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The SARIF of every command validates against the official 2.1.0 schema and says what code scanning needs. */
class SarifReportTest {
    private static final String EXAMPLE = "examples/contoso.tenant.yaml";
    /** What SARIF's own check SARIF2012 accepts as a friendly name: capitalized words, no two capitals in a row. */
    static final String PASCAL_CASE = "([A-Z][a-z0-9]+)+";
    private static JsonSchema schema;

    @BeforeAll
    static void officialSchema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private static JsonNode valid(CliRun run) throws Exception {
        assertThat(run.err).isEmpty();
        JsonNode sarif = new ObjectMapper().readTree(run.out);
        Set<ValidationMessage> problems = schema.validate(sarif);
        assertThat(problems).as("schema problems").isEmpty();
        return sarif;
    }

    @Test
    void theExampleTenantsSarifValidatesAndSaysWhatCodeScanningNeeds() throws Exception {
        CliRun run = CliRun.of("check", EXAMPLE, "--waivers", "examples/contoso.waivers.yaml", "--format", "sarif");
        assertThat(run.exit).isEqualTo(1);
        JsonNode sarif = valid(run);
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode runNode = sarif.get("runs").get(0);
        assertThat(runNode.get("invocations").get(0).get("exitCode").asInt()).isEqualTo(1);
        JsonNode driver = runNode.get("tool").get("driver");
        assertThat(driver.get("informationUri").asText()).isEqualTo(Version.home()).startsWith("https://");
        JsonNode rules = driver.get("rules");
        Set<String> ruleIds = new HashSet<>();
        for (JsonNode rule : rules) {
            assertThat(ruleIds.add(rule.get("id").asText())).as("one rules[] entry per rule").isTrue();
            assertThat(rule.get("name").asText()).as("code scanning's friendly name").matches(PASCAL_CASE);
            assertThat(rule.get("helpUri").asText()).as("the rule's section of the catalog")
                    .isEqualTo(Version.catalog() + "#" + rule.get("id").asText().toLowerCase(Locale.ROOT));
            assertThat(rule.get("shortDescription").get("text").asText()).isNotBlank();
            assertThat(rule.get("fullDescription").get("text").asText()).isNotBlank();
            assertThat(rule.get("help").get("text").asText()).contains("Source: ");
        }
        JsonNode results = runNode.get("results");
        Set<String> used = new HashSet<>();
        for (JsonNode result : results) {
            String ruleId = result.get("ruleId").asText();
            used.add(ruleId);
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(ruleId);
            assertThat(result.get("partialFingerprints").get(SarifReportWriter.FINGERPRINT).asText()).hasSize(64);
            assertThat(result.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asText())
                    .contains(":");
        }
        assertThat(used).isEqualTo(ruleIds);

        JsonNode carol = find(results, "LIC-001", "user:prod/carol@contoso.com");
        assertThat(carol.get("level").asText()).isEqualTo("error");
        JsonNode physical = carol.get("locations").get(0).get("physicalLocation");
        assertThat(physical.get("artifactLocation").get("uri").asText()).isEqualTo(EXAMPLE);
        assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(119);

        JsonNode frank = find(results, "LIC-004", "account:frank@contoso.com");
        assertThat(frank.get("suppressions").get(0).get("kind").asText()).isEqualTo("external");
        assertThat(frank.get("suppressions").get(0).get("status").asText()).isEqualTo("accepted");
        assertThat(frank.get("suppressions").get(0).get("justification").asText()).contains("on leave until January");
        assertThat(find(results, "INV-001", "invitation:gina@contoso.com:D365_CE_PLAN").get("level").asText()).isEqualTo("note");
        JsonNode expired = find(results, "WAIVER-001", "waiver:LIC-001:user:prod/carol@contoso.com");
        assertThat(expired.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
                .isEqualTo("examples/contoso.waivers.yaml");
    }

    @Test
    void everyRuleHasAPascalCaseNameAndItsCatalogSectionHasTheAnchor() throws Exception {
        String catalog = Files.readString(Path.of("rules/CATALOG.md"));
        for (RuleInfo rule : RuleBase.bundled().catalog().values()) {
            assertThat(SarifReportWriter.pascalCase(rule.title())).as(rule.title()).matches(PASCAL_CASE);
            assertThat(catalog).as("the helpUri anchor of " + rule.id()).contains("\n## " + rule.id() + "\n");
        }
        assertThat(SarifReportWriter.pascalCase("Not in the environment's security group")).isEqualTo("NotInTheEnvironmentsSecurityGroup");
        assertThat(SarifReportWriter.pascalCase("Invitation holds a seat")).isEqualTo("InvitationHoldsSeat");
    }

    /** A snapshot of several that was not valid input: the invocation's notification and exit code still validate. */
    @Test
    void aRunWithASnapshotNotJudgedValidates() throws Exception {
        Path broken = Files.createTempFile("broken", ".tenant.yaml");
        try {
            Files.writeString(broken, "tenant: [\n");
            CliRun run = CliRun.of("check", EXAMPLE, broken.toString(), "--format", "sarif");
            assertThat(run.exit).isEqualTo(2);
            JsonNode sarif = new ObjectMapper().readTree(run.out);
            assertThat(schema.validate(sarif)).as("schema problems").isEmpty();
            assertThat(sarif.get("runs").get(0).get("invocations").get(0).get("toolExecutionNotifications")).hasSize(1);
        } finally {
            Files.delete(broken);
        }
    }

    @Test
    void theSchemaCheckCatchesABrokenLog() throws Exception {
        JsonNode broken = new ObjectMapper().readTree("{\"version\": \"2.0.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}},"
                + " \"results\": [{\"ruleId\": \"LIC-001\"}]}]}");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void fingerprintsAndBytesAreStableAcrossRuns() {
        String first = CliRun.of("check", EXAMPLE, "--format", "sarif").out;
        assertThat(CliRun.of("check", EXAMPLE, "--format", "sarif").out).isEqualTo(first);
    }

    @Test
    void changeModesCarryTheBaselineStateAndChangeRulesPointAtTheOperation() throws Exception {
        JsonNode sarif = valid(CliRun.of("what-if", EXAMPLE, "examples/contoso.changes.yaml", "--format", "sarif"));
        JsonNode results = sarif.get("runs").get(0).get("results");
        Set<String> states = new HashSet<>();
        for (JsonNode r : results) states.add(r.get("baselineState").asText());
        assertThat(states).containsExactlyInAnyOrder("new", "absent", "unchanged");
        JsonNode seats = find(results, "CHG-001", "subscription:D365_SALES_PRO");
        assertThat(seats.get("baselineState").asText()).isEqualTo("new");
        JsonNode physical = seats.get("locations").get(0).get("physicalLocation");
        assertThat(physical.get("artifactLocation").get("uri").asText()).isEqualTo("examples/contoso.changes.yaml");
        assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(6);

        valid(CliRun.of("diff", EXAMPLE, EXAMPLE, "--format", "sarif"));
    }

    private static JsonNode find(JsonNode results, String rule, String subject) {
        for (JsonNode r : results) {
            if (r.get("ruleId").asText().equals(rule)
                    && r.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asText().equals(subject)) {
                return r;
            }
        }
        throw new AssertionError("no " + rule + " for " + subject);
    }
}
