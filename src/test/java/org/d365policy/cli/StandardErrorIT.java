package org.d365policy.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What the built jar and launcher print on standard error besides their own messages: nothing, unless asked. */
class StandardErrorIT {
    private static final Path JAR = Path.of(System.getProperty("d365policy.jar"));

    @TempDir
    Path dir;

    @Test
    void aStaleArchiveCostsSpeedButPrintsNothing() throws Exception {
        for (String name : new String[] {"d365-policy", "d365-policy.jar", "d365-policy.jsa"}) {
            Files.copy(JAR.resolveSibling(name), dir.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
        // The archive records the jar's modification time: a different one makes it not match.
        Files.setLastModifiedTime(dir.resolve("d365-policy.jar"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Process p = new ProcessBuilder(dir.resolve("d365-policy").toString(), "--version").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isEqualTo(0);
        assertThat(out).startsWith("d365-policy ");
        assertThat(err).as("standard error").isEmpty();
    }

    @Test
    void theDebugSwitchShowsDroolsOwnLogAndOnlyThen() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("own.drl"), """
                package org.acme.custom;
                import org.d365policy.model.*;
                import org.d365policy.model.snapshot.*;
                rule "Disabled records"
                    @id("ACME-001") @severity("info") @title("Disabled record")
                when
                    $u : UserRecord( enabled == false )
                then
                    insertLogical(Finding.of(drools.getRule(), Subject.user($u), "disabled"));
                end
                """);
        String[] command = {"java", "-jar", JAR.toString(), "check", "examples/contoso.tenant.yaml", "--rules", rules.toString(),
                "--output", dir.resolve("report.txt").toString()};
        assertThat(standardError(new ProcessBuilder(command))).isEmpty();
        ProcessBuilder debugging = new ProcessBuilder(command);
        debugging.environment().put("D365_POLICY_DEBUG", "1");
        assertThat(standardError(debugging)).contains("org.drools.");
    }

    private static String standardError(ProcessBuilder builder) throws Exception {
        Process p = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        return err;
    }
}
