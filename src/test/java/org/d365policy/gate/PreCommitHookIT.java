package org.d365policy.gate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.d365policy.gate.GateCommandTest.TENANT;
import static org.d365policy.gate.GateRangeTest.BOB_UNLICENSED;
import static org.d365policy.gate.GateRangeTest.CAROL_LICENSED;

/**
 * The shipped hook through the real pre-commit framework, as a teammate uses it: a tenant repository whose
 * .pre-commit-config.yaml pins a hook repository made of this project's .pre-commit-hooks.yaml and
 * wrapper. The hook repository holds no jar, so the wrapper builds it with "mvn", here a stand-in that
 * records its arguments and puts the built jar where a real build does. Skipped, saying why, only where
 * the pre-commit command is missing.
 */
class PreCommitHookIT {
    @TempDir
    Path dir;
    Path hooks;
    TestRepository tenants;
    Map<String, String> environment;

    @BeforeEach
    void aTenantRepositoryThatPinsTheHook() throws Exception {
        assumePreCommit();
        String jar = System.getProperty("d365policy.jar");
        assertThat(jar).as("failsafe passes the jar's path").isNotNull();

        hooks = Files.createDirectories(dir.resolve("d365-policy"));
        TestRepository hookRepository = new TestRepository(hooks);
        Files.copy(Path.of(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
        Files.createDirectories(hooks.resolve("src/main/sh"));
        Files.copy(Path.of("src/main/sh/pre-commit-gate"), hooks.resolve("src/main/sh/pre-commit-gate"));
        Files.writeString(hooks.resolve("pom.xml"), "<project/>\n");
        hookRepository.git("add", ".");
        hookRepository.git("update-index", "--chmod=+x", "src/main/sh/pre-commit-gate");
        hookRepository.git("commit", "-q", "-m", "d365-policy");
        String rev = hookRepository.git("rev-parse", "HEAD").trim();

        Path bin = Files.createDirectories(dir.resolve("bin"));
        executable(bin.resolve("mvn"), """
                #!/bin/sh
                # Stands in for Maven: records the call, and builds as "mvn -f CHECKOUT/pom.xml package" would.
                echo "$@" >> '%s'
                checkout=$(dirname "$4")
                mkdir -p "$checkout/target" && cp '%s' "$checkout/target/d365-policy.jar"
                """.formatted(dir.resolve("mvn-calls.log"), jar));
        environment = Map.of("PATH", bin + ":" + System.getenv("PATH"), "PRE_COMMIT_HOME", dir.resolve("cache").toString());

        tenants = new TestRepository(Files.createDirectories(dir.resolve("tenants")));
        tenants.write(".pre-commit-config.yaml", """
                repos:
                  - repo: %s
                    rev: %s
                    hooks:
                      - id: d365-policy-gate
                """.formatted(hooks, rev));
        tenants.git("add", ".pre-commit-config.yaml");
        tenants.git("commit", "-q", "-m", "the gate");
        tenants.commit("prod.tenant.yaml", TENANT, "--no-verify");
    }

    private static void assumePreCommit() {
        try {
            Process p = new ProcessBuilder("pre-commit", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() == 0) return;
        } catch (IOException | InterruptedException e) {
            // reported below
        }
        String reason = "PreCommitHookIT skipped: the pre-commit framework is not installed (Debian package pre-commit; .ci/run installs it)";
        System.out.println(reason);
        Assumptions.abort(reason);
    }

    private static void executable(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private TestRepository.Result preCommit(String... args) throws Exception {
        return tenants.runCommand(environment, "pre-commit", args);
    }

    @Test
    void theInstalledHookBuildsTheJarOnceThenRefusesIntroducedErrors() throws Exception {
        assertThat(preCommit("install").exit).isEqualTo(0);
        tenants.write("prod.tenant.yaml", BOB_UNLICENSED);
        tenants.git("add", "prod.tenant.yaml");
        TestRepository.Result refused = tenants.run(environment, "commit", "-m", "take bob's license");
        assertThat(refused.exit).as(refused.output).isNotEqualTo(0);
        assertThat(refused.output).contains("d365-policy gate").contains("building the jar once")
                .contains("INTRODUCED ERROR (1)").contains("user:prod/bob@contoso.com");

        tenants.write("prod.tenant.yaml", CAROL_LICENSED);
        tenants.git("add", "prod.tenant.yaml");
        TestRepository.Result fixed = tenants.run(environment, "commit", "-m", "license carol");
        assertThat(fixed.exit).as(fixed.output).isEqualTo(0);
        assertThat(fixed.output).doesNotContain("building the jar once");
        assertThat(Files.readAllLines(dir.resolve("mvn-calls.log"))).as("one build, in pre-commit's checkout of the pinned rev")
                .singleElement().asString().startsWith("-B -q -f ").endsWith("/pom.xml package -DskipTests")
                .contains(dir.resolve("cache").toString());
    }

    @Test
    void theRefRangeRefusesABadCommitMadeWithNoVerifyAndPassesGoodRanges() throws Exception {
        tenants.commit("prod.tenant.yaml", BOB_UNLICENSED, "--no-verify");
        TestRepository.Result bad = preCommit("run", "--from-ref", "HEAD~1", "--to-ref", "HEAD");
        assertThat(bad.exit).as(bad.output).isEqualTo(1);
        assertThat(bad.output).contains("Failed").contains("INTRODUCED ERROR (1)").contains("LIC-001");

        tenants.commit("prod.tenant.yaml", TENANT.replace("seats: 10", "seats: 11"), "--no-verify");
        TestRepository.Result good = preCommit("run", "--from-ref", "HEAD~1", "--to-ref", "HEAD");
        assertThat(good.exit).as(good.output).isEqualTo(0);
        assertThat(good.output).contains("Passed");

        TestRepository.Result both = preCommit("run", "--from-ref", "HEAD~2", "--to-ref", "HEAD");
        assertThat(both.exit).as("over both commits, bob's license is back: " + both.output).isEqualTo(0);
        TestRepository.Result wholeBranch = preCommit("run", "--from-ref", "HEAD~3", "--to-ref", "HEAD~1");
        assertThat(wholeBranch.exit).as(wholeBranch.output).isEqualTo(1);
    }
}
