package org.d365policy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExplainAndRulesCommandTest {
    private static final String EXAMPLE = "examples/contoso.tenant.yaml";

    @Test
    void explainsWhyBobCannotGetIn() {
        CliRun run = CliRun.of("explain", EXAMPLE, "--user", "Bob@Contoso.com");
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        assertThat(run.out).contains("prod: cannot use it")
                .contains("[NO]  security group: reaches the security group d365-prod only through the nested group contractors")
                .contains("[yes] license: holds D365_CE_PLAN")
                .contains("SG-001  error  user:prod/bob@contoso.com");
    }

    @Test
    void recordsThatNeedNoRoleOrAccountAreNotToldTheyHaveOneOrGivenTheAccountsFindings(@TempDir Path dir) throws Exception {
        Path tenant = Files.writeString(dir.resolve("t.tenant.yaml"), "tenant: c\nasOf: 2026-11-22\nsubscriptions: [{sku: A, seats: 5}]\n"
                + "accounts: [{upn: stubby@c.com, licenses: [A]}]\nenvironments:\n  - id: prod\n    businessUnits: [{id: root}]\n"
                + "    users:\n      - {upn: sup@c.com, type: support, businessUnit: root}\n"
                + "      - {upn: stubby@c.com, type: stub, businessUnit: root}\n");
        CliRun support = CliRun.of("explain", tenant.toString(), "--user", "sup@c.com");
        assertThat(support.exit).as(support.toString()).isZero();
        assertThat(support.out).contains("[yes] security roles: none; not needed for support users")
                .contains("[yes] roles grant data: not judged for support users").doesNotContain(":  grants data");
        // LIC-008: stubby's account holds a license but no person record; a stub record belongs to no account.
        assertThat(CliRun.of("check", tenant.toString()).out).contains("LIC-008");
        assertThat(CliRun.of("explain", tenant.toString(), "--user", "stubby@c.com").out).doesNotContain("LIC-008");
    }

    @Test
    void twoRecordsOfOneUpnInOneEnvironmentAreToldApartByTheirLines() {
        CliRun erin = CliRun.of("explain", EXAMPLE, "--user", "erin@contoso.com");
        assertThat(erin.exit).as(erin.toString()).isEqualTo(0);
        assertThat(erin.out).contains("\nsandbox (the record at line 183): can use it").contains("\nsandbox (the record at line 186): can use it");
        assertThat(CliRun.of("explain", EXAMPLE, "--user", "bob@contoso.com").out).contains("\nprod: cannot use it").doesNotContain("the record at line");
    }

    @Test
    void explainsEveryRecordOfThePersonAsJson() throws Exception {
        CliRun run = CliRun.of("explain", EXAMPLE, "--user", "erin@contoso.com", "--format", "json");
        assertThat(run.exit).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(run.out);
        assertThat(json.get("user").asText()).isEqualTo("erin@contoso.com");
        assertThat(json.get("records")).hasSize(2);
        JsonNode record = json.get("records").get(0);
        assertThat(record.fieldNames()).toIterable().containsExactly("environment", "type", "accessMode", "enabled",
                "businessUnit", "canUse", "chain", "effectiveRoles", "securityGroup", "findings");
        assertThat(record.get("environment").asText()).isEqualTo("sandbox");
        assertThat(record.get("effectiveRoles").get(0).get("name").asText()).isEqualTo("System Administrator");
        assertThat(record.get("effectiveRoles").get(0).get("source").asText()).isEqualTo("direct");
        assertThat(record.get("securityGroup").get("standing").asText()).isEqualTo("none-set");
        assertThat(record.get("findings")).anyMatch(f -> f.get("rule").asText().equals("USR-002"));
    }

    @Test
    void theEnvironmentOptionNarrowsTheAnswer() throws Exception {
        CliRun run = CliRun.of("explain", EXAMPLE, "--user", "alice@contoso.com", "--environment", "prod", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out);
        assertThat(json.get("records")).hasSize(1);
        assertThat(json.get("records").get(0).get("canUse").asBoolean()).isTrue();
    }

    @Test
    void unknownUserOrEnvironmentIsAUsageErrorWithSuggestions() {
        CliRun user = CliRun.of("explain", EXAMPLE, "--user", "alise@contoso.com");
        assertThat(user.exit).isEqualTo(2);
        assertThat(user.err).contains("--user alise@contoso.com").contains("did you mean alice@contoso.com");
        assertThat(user.out).isEmpty();

        CliRun accountOnly = CliRun.of("explain", EXAMPLE, "--user", "it-admin@contoso.com");
        assertThat(accountOnly.exit).isEqualTo(2);
        assertThat(accountOnly.err).contains("(only an account)").doesNotContain("did you mean it-admin@contoso.com");

        CliRun environment = CliRun.of("explain", EXAMPLE, "--user", "bob@contoso.com", "--environment", "prd");
        assertThat(environment.exit).isEqualTo(2);
        assertThat(environment.err).contains("--environment prd").contains("did you mean prod");

        CliRun elsewhere = CliRun.of("explain", EXAMPLE, "--user", "bob@contoso.com", "--environment", "sandbox");
        assertThat(elsewhere.exit).isEqualTo(2);
        assertThat(elsewhere.err).contains("has no user record in sandbox; they have one in prod");

        assertThat(CliRun.of("explain", EXAMPLE).exit).as("--user is required").isEqualTo(2);
    }

    @Test
    void rulesListsTheCatalogInEachFormat() throws Exception {
        CliRun text = CliRun.of("rules");
        assertThat(text.exit).isEqualTo(0);
        assertThat(text.out).contains("SG-001  error  Not in the environment's security group")
                .contains("file: rules/security-groups.drl");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("rules", "--format", "json").out);
        assertThat(json.get("rules")).hasSize(34);
        JsonNode first = json.get("rules").get(0);
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("id", "severity", "title", "statement", "source", "profiles", "file");
        assertThat(CliRun.of("rules", "--format", "markdown").out).startsWith("# Rule catalog");
        assertThat(CliRun.of("rules", "--format", "yaml").exit).isEqualTo(2);
    }
}
