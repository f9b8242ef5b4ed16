package org.d365policy.gate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built jar as a plain git pre-commit hook, in a real repository, with real commits: a commit
 * that introduces an error is refused with a readable message; one that keeps or fixes findings goes in.
 */
class GateHookIT {
    @TempDir
    Path dir;
    TestRepository repo;

    @BeforeEach
    void repositoryWithTheHook() throws Exception {
        String jar = System.getProperty("d365policy.jar");
        assertThat(jar).as("failsafe passes the jar's path").isNotNull();
        assertThat(Path.of(jar)).exists();
        repo = new TestRepository(dir);
        Path hook = dir.resolve(".git/hooks/pre-commit");
        Files.writeString(hook, "#!/bin/sh\nexec java -jar '" + jar + "' gate\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private TestRepository.Result commit(String message) throws Exception {
        return repo.run(Map.of(), "commit", "-m", message);
    }

    @Test
    void refusesIntroducedErrorsAndLetsTheRestIn() throws Exception {
        // The first commit brings an old error with it: refused.
        repo.write("prod.tenant.yaml", GateCommandTest.TENANT);
        repo.git("add", "prod.tenant.yaml");
        TestRepository.Result first = commit("add prod");
        assertThat(first.exit).as(first.output).isNotEqualTo(0);
        assertThat(first.output).contains("INTRODUCED ERROR (1)").contains("LIC-001").contains("failed");
        assertThat(repo.run(Map.of(), "rev-parse", "--verify", "HEAD").exit).as("nothing was committed").isNotEqualTo(0);

        // Let it in once, as teams adopting the gate do with a tenant that already has findings.
        repo.git("commit", "-q", "--no-verify", "-m", "adopt prod as it is");

        TestRepository.Result keeps = repo.run(Map.of(), "commit", "--allow-empty", "-m", "nothing staged");
        assertThat(keeps.exit).as(keeps.output).isEqualTo(0);

        repo.write("prod.tenant.yaml", GateCommandTest.TENANT.replace("seats: 10", "seats: 11"));
        repo.git("add", "prod.tenant.yaml");
        TestRepository.Result unchanged = commit("one more seat");
        assertThat(unchanged.exit).as(unchanged.output).isEqualTo(0);
        assertThat(unchanged.output).contains("UNCHANGED ERROR (1)").contains("passed");

        repo.write("prod.tenant.yaml", GateCommandTest.TENANT.replace("seats: 10", "seats: 11")
                .replace("{upn: bob@contoso.com, licenses: [D365_CE_PLAN]}", "{upn: bob@contoso.com}"));
        repo.git("add", "prod.tenant.yaml");
        TestRepository.Result worse = commit("take bob's license");
        assertThat(worse.exit).as(worse.output).isNotEqualTo(0);
        assertThat(worse.output).contains("INTRODUCED ERROR (1)").contains("user:prod/bob@contoso.com");
        repo.git("reset", "-q", "--hard");

        repo.write("prod.tenant.yaml", GateCommandTest.TENANT.replace("seats: 10", "seats: 11")
                .replace("{upn: carol@contoso.com}", "{upn: carol@contoso.com, licenses: [D365_CE_PLAN]}"));
        repo.git("add", "prod.tenant.yaml");
        TestRepository.Result fixed = commit("license carol");
        assertThat(fixed.exit).as(fixed.output).isEqualTo(0);
        assertThat(fixed.output).contains("RESOLVED ERROR (1)");
    }
}
