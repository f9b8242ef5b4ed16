package org.d365policy.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.d365policy.gate.GateCommandTest.TENANT;

/** {@code gate --base REF [--head REF]}: two commits of a real repository, as CI compares a branch with its target. */
class GateRangeTest {
    /** Bob loses his license but keeps his read-write record: LIC-001 for bob, besides carol's old one. */
    static final String BOB_UNLICENSED = TENANT.replace("{upn: bob@contoso.com, licenses: [D365_CE_PLAN]}", "{upn: bob@contoso.com}");
    static final String CAROL_LICENSED = TENANT.replace("{upn: carol@contoso.com}", "{upn: carol@contoso.com, licenses: [D365_CE_PLAN]}");

    @TempDir
    Path dir;
    TestRepository repo;

    @BeforeEach
    void repositoryWithATenantOnMain() throws Exception {
        repo = new TestRepository(dir);
        repo.commit("prod.tenant.yaml", TENANT);
        repo.git("checkout", "-q", "-b", "feature");
    }

    private static CliRun gate(Path repository, String... extra) {
        List<String> args = new ArrayList<>(List.of("gate", "--repo", repository.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private CliRun gate(String... extra) {
        return gate(dir, extra);
    }

    @Test
    void aBadCommitMadeWithNoVerifyIsRefusedByTheRange() throws Exception {
        repo.commit("prod.tenant.yaml", BOB_UNLICENSED, "--no-verify");
        CliRun run = gate("--base", "main");
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).contains("INTRODUCED ERROR (1)")
                .contains("LIC-001  prod.tenant.yaml:12  user:prod/bob@contoso.com")
                .contains("UNCHANGED ERROR (1)").contains(": failed (--fail-on error)");
        // The staged mode sees nothing: the commit is already made, which is why CI needs the range.
        assertThat(gate().out).contains("no tenant file is staged");
    }

    @Test
    void aGoodRangePassesAndAFixIsResolved() throws Exception {
        repo.commit("prod.tenant.yaml", CAROL_LICENSED);
        repo.commit("notes.md", "license carol\n");
        CliRun run = gate("--base", "main", "--head", "feature", "--format", "json");
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(run.out);
        assertThat(json.get("summary").get("resolved").asInt()).isEqualTo(1);
        assertThat(json.get("findings").get(0).get("status").asText()).isEqualTo("resolved");
        assertThat(json.get("findings").get(0).get("file").asText()).isEqualTo("prod.tenant.yaml");
    }

    @Test
    void theHeadIsAnyCommitNotOnlyTheCheckedOutOne() throws Exception {
        String bad = repo.commit("prod.tenant.yaml", BOB_UNLICENSED);
        repo.git("checkout", "-q", "main");
        assertThat(gate("--base", "main", "--head", bad).exit).isEqualTo(1);
        assertThat(gate("--base", "main", "--head", "feature").exit).isEqualTo(1);
        assertThat(gate("--base", "main").out).contains("no tenant file differs between main and");
    }

    @Test
    void newRenamedAndDeletedFilesAreHandledAsInTheStagedGate() throws Exception {
        repo.commit("test.tenant.yaml", CAROL_LICENSED);
        repo.git("checkout", "-q", "main");
        repo.git("merge", "-q", "feature");
        repo.git("checkout", "-q", "-b", "reorganize");
        java.nio.file.Files.createDirectories(dir.resolve("tenants"));
        repo.git("mv", "prod.tenant.yaml", "tenants/prod.tenant.yaml");
        repo.git("rm", "-q", "test.tenant.yaml");
        repo.commit("uat.tenant.json", "{\"tenant\": \"contoso\", \"asOf\": \"2026-11-22\","
                + " \"accounts\": [{\"upn\": \"dan@contoso.com\"}],"
                + " \"environments\": [{\"id\": \"uat\", \"businessUnits\": [{\"id\": \"root\"}],"
                + " \"roles\": [{\"id\": \"sales\", \"businessUnit\": \"root\", \"template\": \"salesperson\", \"predefined\": true}],"
                + " \"users\": [{\"upn\": \"dan@contoso.com\", \"businessUnit\": \"root\", \"roles\": [\"sales\"]}]}]}");
        CliRun run = gate("--base", "main", "--format", "json");
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out);
        List<String> files = new ArrayList<>();
        json.get("files").forEach(f -> files.add(f.get("file").asText()));
        assertThat(files).containsExactly("tenants/prod.tenant.yaml", "uat.tenant.json");
        assertThat(json.get("notices").toString()).contains("test.tenant.yaml is deleted in ")
                .doesNotContain("nothing to check");
        for (JsonNode f : json.get("findings")) {
            String expected = f.get("file").asText().equals("uat.tenant.json") ? "introduced" : "unchanged";
            assertThat(f.get("status").asText()).as(f.toString()).isEqualTo(expected);
        }
    }

    @Test
    void theBaseVersionIsTakenWhereTheBranchLeftTheTarget() throws Exception {
        // The branch only adds a seat; meanwhile main licenses carol. Against main's newest version the
        // branch would seem to bring carol's finding back; against the merge base it changes nothing.
        repo.commit("prod.tenant.yaml", TENANT.replace("seats: 10", "seats: 11"));
        repo.git("checkout", "-q", "main");
        repo.commit("prod.tenant.yaml", CAROL_LICENSED);
        CliRun run = gate("--base", "main", "--head", "feature");
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        assertThat(run.out).contains("UNCHANGED ERROR (1)").doesNotContain("INTRODUCED");
    }

    @Test
    void namedFilesAreComparedBetweenTheTwoCommits() throws Exception {
        repo.commit("tenants/prod.yaml", BOB_UNLICENSED);
        assertThat(gate("--base", "main").out).contains("no tenant file differs");
        CliRun run = gate("--base", "main", "tenants/prod.yaml", "prod.tenant.yaml");
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).contains("tenants/prod.yaml: tenant contoso").contains("prod.tenant.yaml: tenant contoso");
        CliRun missing = gate("--base", "main", "tenants/missing.yaml");
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err).contains("tenants/missing.yaml is not in commit");
        assertThat(missing.out).isEmpty();
    }

    @Test
    void anInvalidBaseVersionCountsAsNothingBeforeWithANotice() throws Exception {
        repo.git("checkout", "-q", "main");
        repo.commit("prod.tenant.yaml", "tenant: [broken\n");
        repo.git("checkout", "-q", "-b", "repair");
        repo.commit("prod.tenant.yaml", TENANT);
        CliRun run = gate("--base", "main");
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).contains("notice: the main version of prod.tenant.yaml is not valid input")
                .contains("main:prod.tenant.yaml").contains("INTRODUCED ERROR (1)");
    }

    @Test
    void anInvalidHeadVersionIsInvalidInput() throws Exception {
        repo.commit("prod.tenant.yaml", TENANT.replace("seats: 10", "seats: ten"));
        CliRun run = gate("--base", "main");
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("prod.tenant.yaml").contains("subscriptions[0].seats");
        assertThat(run.out).isEmpty();
    }

    @Test
    void aMissingRefNamesItselfAndWhatToFetch() throws Exception {
        CliRun branch = gate("--base", "release");
        assertThat(branch.exit).isEqualTo(2);
        assertThat(branch.err).contains("--base release: no commit of that name in")
                .contains("git fetch origin +refs/heads/release:refs/remotes/origin/release) and name it origin/release")
                .doesNotContain("\tat ");
        assertThat(branch.out).isEmpty();

        // A repository made locally has no remote: origin/release is not a branch of that name to fetch.
        CliRun noRemote = gate("--base", "origin/release");
        assertThat(noRemote.exit).isEqualTo(2);
        assertThat(noRemote.err).contains("git fetch origin +refs/heads/release:refs/remotes/origin/release) and name it origin/release")
                .contains("this repository has no remote origin yet: git remote add origin URL").doesNotContain("origin/origin");

        TestRepository clone = repo.cloneTo(dir.resolve("clone"));
        CliRun remote = gate(clone.root, "--base", "origin/release");
        assertThat(remote.exit).isEqualTo(2);
        assertThat(remote.err).contains("--base origin/release: no commit of that name")
                .contains("git fetch origin +refs/heads/release:refs/remotes/origin/release").doesNotContain("git remote add");

        CliRun head = gate("--base", "main", "--head", "0123456789abcdef0123456789abcdef01234567");
        assertThat(head.exit).isEqualTo(2);
        assertThat(head.err).contains("--head 0123456789abcdef0123456789abcdef01234567: no commit of that name");
    }

    @Test
    void aShallowCloneSaysWhichRefIsMissingAndWhatToFetch() throws Exception {
        repo.commit("prod.tenant.yaml", BOB_UNLICENSED);
        repo.git("checkout", "-q", "main");
        repo.commit("notes.md", "main moves on\n");
        TestRepository clone = repo.cloneTo(dir.resolve("shallow"), "--depth", "1", "--branch", "feature");

        CliRun unfetched = gate(clone.root, "--base", "origin/main");
        assertThat(unfetched.exit).as(unfetched.toString()).isEqualTo(2);
        assertThat(unfetched.err).contains("--base origin/main: no commit of that name").contains("(a shallow clone)")
                .contains("git fetch origin +refs/heads/main:refs/remotes/origin/main");

        clone.git("fetch", "-q", "--depth", "1", "origin", "+refs/heads/main:refs/remotes/origin/main");
        CliRun cut = gate(clone.root, "--base", "origin/main");
        assertThat(cut.exit).as(cut.toString()).isEqualTo(2);
        assertThat(cut.err).contains("--base origin/main and --head HEAD have no common commit in the history of this shallow clone")
                .contains("git fetch --unshallow");

        clone.git("fetch", "-q", "--unshallow", "origin", "+refs/heads/main:refs/remotes/origin/main");
        CliRun whole = gate(clone.root, "--base", "origin/main");
        assertThat(whole.exit).as(whole.toString()).isEqualTo(1);
        assertThat(whole.out).contains("INTRODUCED ERROR (1)");
    }

    @Test
    void sarifFingerprintsTellTenantFilesApartAndIgnoreLineNumbers() throws Exception {
        repo.commit("uat.tenant.yaml", BOB_UNLICENSED);
        repo.commit("prod.tenant.yaml", BOB_UNLICENSED);
        CliRun sarif = gate("--base", "main", "--format", "sarif");
        JsonNode first = sarifResults(sarif);
        // The base versions (main:prod.tenant.yaml) are no files: in the evidence, not among the artifacts.
        JsonNode run = new ObjectMapper().readTree(sarif.out).get("runs").get(0);
        List<String> uris = new ArrayList<>();
        run.get("artifacts").forEach(a -> uris.add(a.get("location").get("uri").asText()));
        assertThat(uris).containsExactlyInAnyOrder("prod.tenant.yaml", "uat.tenant.yaml");
        assertThat(run.get("properties").get("d365Policy").get("inputs").toString()).contains("\"file\":\"main:prod.tenant.yaml\"");
        String prod = fingerprint(first, "prod.tenant.yaml");
        String uat = fingerprint(first, "uat.tenant.yaml");
        assertThat(prod).isNotEqualTo(uat);

        repo.commit("prod.tenant.yaml", "# moved down by a comment\n" + BOB_UNLICENSED);
        JsonNode moved = sarifResults(gate("--base", "main", "--format", "sarif"));
        assertThat(fingerprint(moved, "prod.tenant.yaml")).isEqualTo(prod);
    }

    private static JsonNode sarifResults(CliRun run) throws Exception {
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        return new ObjectMapper().readTree(run.out).get("runs").get(0).get("results");
    }

    /** The fingerprint of bob's LIC-001 in a file. */
    private static String fingerprint(JsonNode results, String file) {
        for (JsonNode r : results) {
            JsonNode location = r.get("locations").get(0);
            if (r.get("ruleId").asText().equals("LIC-001")
                    && location.get("logicalLocations").get(0).get("fullyQualifiedName").asText().equals("user:prod/bob@contoso.com")
                    && location.get("physicalLocation").get("artifactLocation").get("uri").asText().equals(file)) {
                return r.get("partialFingerprints").get("d365Finding/v1").asText();
            }
        }
        throw new AssertionError("no LIC-001 of bob in " + file + ": " + results);
    }

    @Test
    void headWithoutBaseIsAUsageError() {
        CliRun run = gate("--head", "feature");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("--head feature needs --base");
    }

    @Test
    void unrelatedHistoriesHaveNothingToCompare() throws Exception {
        repo.git("checkout", "-q", "--orphan", "elsewhere");
        repo.git("rm", "-q", "-r", "--cached", ".");
        // Not TENANT: within one second, the same tree and message would make the very same commit as main's.
        repo.commit("prod.tenant.yaml", CAROL_LICENSED);
        CliRun run = gate("--base", "main");
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("--base main and --head HEAD have no common history");
    }
}
