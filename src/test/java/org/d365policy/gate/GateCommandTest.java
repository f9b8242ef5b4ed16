package org.d365policy.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate on real commits in a real repository, run in this JVM through --repo. */
class GateCommandTest {
    /** A tenant with one old error: Carol reads and writes without a license (LIC-001). */
    static final String TENANT = "tenant: contoso\nasOf: 2026-11-22\n"
            + "subscriptions: [{sku: D365_CE_PLAN, seats: 10}]\n"
            + "accounts:\n  - {upn: bob@contoso.com, licenses: [D365_CE_PLAN]}\n  - {upn: carol@contoso.com}\n"
            + "environments:\n  - id: prod\n    businessUnits: [{id: root}]\n"
            + "    roles: [{id: sales, businessUnit: root, template: salesperson, predefined: true}]\n"
            + "    users:\n      - {upn: bob@contoso.com, businessUnit: root, roles: [sales]}\n"
            + "      - {upn: carol@contoso.com, businessUnit: root, roles: [sales]}\n";

    @TempDir
    Path dir;
    TestRepository repo;

    @BeforeEach
    void repository() throws Exception {
        repo = new TestRepository(dir);
    }

    private CliRun gate(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "gate";
        args[1] = "--repo";
        args[2] = dir.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return CliRun.of(args);
    }

    private void commitTenant(String path, String content) throws Exception {
        repo.write(path, content);
        repo.git("add", path);
        repo.git("commit", "-q", "-m", "tenant");
    }

    @Test
    void aFirstCommitHasNothingBeforeSoEveryFindingIsIntroduced() throws Exception {
        repo.write("prod.tenant.yaml", TENANT);
        repo.git("add", "prod.tenant.yaml");
        CliRun run = gate("--format", "json");
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out);
        assertThat(json.has("tenant")).isFalse();
        assertThat(json.get("files").get(0).get("file").asText()).isEqualTo("prod.tenant.yaml");
        assertThat(json.get("files").get(0).fieldNames()).toIterable().containsExactly("file", "tenant", "asOf", "profile");
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("LIC-001");
        assertThat(finding.get("status").asText()).isEqualTo("introduced");
        assertThat(finding.get("file").asText()).isEqualTo("prod.tenant.yaml");
    }

    @Test
    void aCommitThatIntroducesAnErrorIsRefusedReadably() throws Exception {
        commitTenant("prod.tenant.yaml", TENANT);
        repo.write("prod.tenant.yaml", TENANT.replace("{upn: bob@contoso.com, licenses: [D365_CE_PLAN]}", "{upn: bob@contoso.com}"));
        repo.git("add", "prod.tenant.yaml");
        CliRun run = gate();
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).contains("INTRODUCED ERROR (1)")
                .contains("LIC-001  prod.tenant.yaml:12  user:prod/bob@contoso.com  bob@contoso.com is enabled in prod")
                .contains("UNCHANGED ERROR (1)").contains(": failed (--fail-on error)");
    }

    @Test
    void aCommitThatKeepsOldFindingsPassesUnlessStrict() throws Exception {
        commitTenant("prod.tenant.yaml", TENANT);
        repo.write("prod.tenant.yaml", TENANT.replace("seats: 10", "seats: 12"));
        repo.git("add", "prod.tenant.yaml");
        CliRun run = gate();
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        assertThat(run.out).contains("UNCHANGED ERROR (1)").contains("passed");
        assertThat(gate("--strict").exit).isEqualTo(1);
    }

    @Test
    void aCommitThatFixesFindingsPasses() throws Exception {
        commitTenant("prod.tenant.yaml", TENANT);
        repo.write("prod.tenant.yaml", TENANT.replace("{upn: carol@contoso.com}", "{upn: carol@contoso.com, licenses: [D365_CE_PLAN]}"));
        repo.git("add", "prod.tenant.yaml");
        CliRun run = gate("--format", "json");
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(run.out);
        assertThat(json.get("summary").get("resolved").asInt()).isEqualTo(1);
        assertThat(json.get("findings").get(0).get("status").asText()).isEqualTo("resolved");
    }

    @Test
    void aRenamedFileIsComparedWithItsOldVersion() throws Exception {
        commitTenant("old.tenant.yaml", TENANT);
        repo.git("mv", "old.tenant.yaml", "new.tenant.yaml");
        CliRun run = gate("--format", "json");
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(run.out);
        assertThat(json.get("findings").get(0).get("status").asText()).isEqualTo("unchanged");
        assertThat(json.get("findings").get(0).get("file").asText()).isEqualTo("new.tenant.yaml");
    }

    @Test
    void aDeletionIsSkippedAndOtherFilesAreLeftAlone() throws Exception {
        commitTenant("prod.tenant.yaml", TENANT);
        repo.write("notes.yaml", "not: a tenant\n");
        repo.git("rm", "-q", "prod.tenant.yaml");
        repo.git("add", "notes.yaml");
        CliRun run = gate();
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        assertThat(run.out).contains("notice: prod.tenant.yaml is staged for deletion; a deleted file is not checked")
                .contains("notice: no other tenant file is staged; nothing to check");
    }

    @Test
    void aReportOverTheWorkingCopyOfAFileTheGateChecksIsAUsageError() throws Exception {
        commitTenant("prod.tenant.yaml", TENANT);
        repo.write("prod.tenant.yaml", TENANT.replace("seats: 10", "seats: 11"));
        repo.git("add", "prod.tenant.yaml");
        Path working = dir.resolve("prod.tenant.yaml");
        byte[] before = java.nio.file.Files.readAllBytes(working);
        CliRun run = gate("--format", "json", "--output", working.toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("--output " + working + ": that is " + working + ", an input of this run");
        assertThat(java.nio.file.Files.readAllBytes(working)).isEqualTo(before);
    }

    @Test
    void anInvalidHeadVersionCountsAsNothingBeforeWithANotice() throws Exception {
        commitTenant("prod.tenant.yaml", "tenant: [broken\n");
        repo.write("prod.tenant.yaml", TENANT);
        repo.git("add", "prod.tenant.yaml");
        CliRun run = gate();
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).contains("notice: the HEAD version of prod.tenant.yaml is not valid input")
                .contains("INTRODUCED ERROR (1)");
    }

    @Test
    void anInvalidStagedVersionIsInvalidInput() throws Exception {
        commitTenant("prod.tenant.yaml", TENANT);
        repo.write("prod.tenant.yaml", TENANT.replace("businessUnit: root, roles: [sales]}\n      - {upn: carol",
                "businessUnit: nowhere, roles: [sales]}\n      - {upn: carol"));
        repo.git("add", "prod.tenant.yaml");
        CliRun run = gate();
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("prod.tenant.yaml").contains("environments[0].users[0].businessUnit");
        assertThat(run.out).isEmpty();
    }

    @Test
    void whereBothVersionsAreInvalidTheStagedOneIsInvalidInput() throws Exception {
        // The HEAD version is loaded on another thread meanwhile; its problem must not come first.
        commitTenant("prod.tenant.yaml", "tenant: [broken\n");
        repo.write("prod.tenant.yaml", "tenant: c\nsubscriptions:\n  - sku: A\n");
        repo.git("add", "prod.tenant.yaml");
        CliRun run = gate();
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("prod.tenant.yaml").contains("subscriptions[0].seats").doesNotContain("HEAD");
        assertThat(run.out).isEmpty();
    }

    @Test
    void namedFilesAreCheckedWhateverTheirName() throws Exception {
        repo.write("tenants/prod.yaml", TENANT);
        repo.git("add", "tenants/prod.yaml");
        assertThat(gate().out).contains("no tenant file is staged");
        CliRun run = gate("tenants/prod.yaml");
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).contains("tenants/prod.yaml: tenant contoso");
        CliRun unknown = gate("tenants/missing.yaml");
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.err).contains("tenants/missing.yaml is not in the index");
    }

    @Test
    void outsideARepositoryTheGateFailsClosed(@TempDir Path elsewhere) {
        CliRun run = CliRun.of("gate", "--repo", elsewhere.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("is not inside a git repository");
        CliRun missing = CliRun.of("gate", "--repo", dir.resolve("nowhere").toString());
        assertThat(missing.exit).as(missing.toString()).isEqualTo(2);
        assertThat(missing.err).contains(dir.resolve("nowhere") + ": no such folder; expected the folder of a git repository");
    }
}
