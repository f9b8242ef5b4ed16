package org.d365policy.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.d365policy.gate.GateCommandTest.TENANT;
import static org.d365policy.gate.GateRangeTest.BOB_UNLICENSED;

/**
 * The parts of the CI recipes in examples/ci that can run here, run as the CI services run them (bash,
 * errexit and pipefail): the GitHub Actions step "Gate" and the GitLab job's script, in a clone of a
 * tenant repository whose branch is to be merged into main, with the built jar where the recipes build it.
 * What needs the services themselves (checkout, setup-java, the uploads) cannot run here.
 */
class CiRecipesIT {
    @TempDir
    Path dir;
    TestRepository origin;

    @BeforeEach
    void aTenantRepositoryWithAMainBranch() throws Exception {
        origin = new TestRepository(Files.createDirectories(dir.resolve("origin")));
        origin.commit("prod.tenant.yaml", TENANT);
        origin.git("checkout", "-q", "-b", "feature");
    }

    /** A CI clone of the branch, with the jar where the recipe's build step leaves it. */
    private TestRepository cloneOfTheBranch() throws Exception {
        TestRepository clone = origin.cloneTo(dir.resolve("ci"), "--branch", "feature");
        Path target = Files.createDirectories(clone.root.resolve(".d365-policy/target"));
        Files.copy(Path.of(System.getProperty("d365policy.jar")), target.resolve("d365-policy.jar"));
        return clone;
    }

    static String githubGateStep() throws Exception {
        JsonNode workflow = new YAMLMapper().readTree(Path.of("examples/ci/github-actions.yml").toFile());
        for (JsonNode step : workflow.get("jobs").get("gate").get("steps")) {
            if (step.path("name").asText().equals("Gate")) return step.get("run").asText();
        }
        throw new AssertionError("the workflow has no step named Gate");
    }

    static String gitlabScript() throws Exception {
        JsonNode job = new YAMLMapper().readTree(Path.of("examples/ci/gitlab-ci.yml").toFile()).get("d365-policy-gate");
        List<String> lines = new ArrayList<>();
        job.get("script").forEach(line -> lines.add(line.asText()));
        return String.join("\n", lines);
    }

    private TestRepository.Result runAsCi(TestRepository clone, String script) throws Exception {
        return clone.runCommand(Map.of("GITHUB_BASE_REF", "main", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main"),
                "bash", "-e", "-o", "pipefail", "-c", script);
    }

    @Test
    void aBranchThatIntroducesAnErrorFailsBothRecipesWithBothReports() throws Exception {
        origin.commit("prod.tenant.yaml", BOB_UNLICENSED, "--no-verify");
        TestRepository clone = cloneOfTheBranch();
        // GitHub's checkout with fetch-depth: 0 brings every branch; GitLab's script fetches its target itself.
        clone.git("fetch", "-q", "origin", "+refs/heads/main:refs/remotes/origin/main");
        for (String script : List.of(githubGateStep(), gitlabScript())) {
            TestRepository.Result run = runAsCi(clone, script);
            assertThat(run.exit).as(run.output).isEqualTo(1);
            JsonNode sarif = new ObjectMapper().readTree(clone.root.resolve("d365-policy.sarif").toFile());
            assertThat(sarif.get("runs").get(0).get("results")).anyMatch(r -> r.get("ruleId").asText().equals("LIC-001")
                    && r.get("baselineState").asText().equals("new"));
            assertThat(Files.readString(clone.root.resolve("d365-policy.xml"))).contains("<failure").contains("bob@contoso.com");
            Files.delete(clone.root.resolve("d365-policy.sarif"));
            Files.delete(clone.root.resolve("d365-policy.xml"));
        }
    }

    @Test
    void aGoodBranchPassesBothRecipes() throws Exception {
        origin.commit("prod.tenant.yaml", TENANT.replace("seats: 10", "seats: 11"));
        TestRepository clone = cloneOfTheBranch();
        clone.git("fetch", "-q", "origin", "+refs/heads/main:refs/remotes/origin/main");
        for (String script : List.of(githubGateStep(), gitlabScript())) {
            TestRepository.Result run = runAsCi(clone, script);
            assertThat(run.exit).as(run.output).isEqualTo(0);
            assertThat(clone.root.resolve("d365-policy.sarif")).exists();
            assertThat(clone.root.resolve("d365-policy.xml")).exists();
        }
    }

    @Test
    void invalidInputStopsTheRecipeWithExit2BeforeAnyReport() throws Exception {
        origin.commit("prod.tenant.yaml", TENANT.replace("seats: 10", "seats: ten"));
        TestRepository clone = cloneOfTheBranch();
        clone.git("fetch", "-q", "origin", "+refs/heads/main:refs/remotes/origin/main");
        TestRepository.Result run = runAsCi(clone, githubGateStep());
        assertThat(run.exit).as(run.output).isEqualTo(2);
        assertThat(run.output).contains("prod.tenant.yaml").contains("subscriptions[0].seats");
        assertThat(clone.root.resolve("d365-policy.sarif")).doesNotExist();
    }
}
