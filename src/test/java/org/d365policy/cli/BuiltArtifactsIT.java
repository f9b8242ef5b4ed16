package org.d365policy.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the build makes besides the jar: the shell completion, the version in the jar's manifest, and the
 * precompiled rules the jar judges with.
 */
class BuiltArtifactsIT {
    private static final Path JAR = Path.of(System.getProperty("d365policy.jar"));

    @Test
    void theCompletionScriptKnowsEveryCommandAndOption() throws Exception {
        Path script = JAR.resolveSibling("d365-policy_completion");
        String text = Files.readString(script);
        CommandLine line = Main.commandLine();
        assertThat(text).contains("complete -F _complete_d365-policy -o default d365-policy");
        for (var command : line.getSubcommands().entrySet()) {
            assertThat(text).contains(command.getKey());
            for (OptionSpec option : command.getValue().getCommandSpec().options()) assertThat(text).contains(option.longestName());
        }
        assertThat(text).contains("(\"error\" \"warning\" \"info\" \"none\")").contains("\"ce-v9\" \"dataverse-2025\"");
    }

    /**
     * The jar reads its own DRL files (RuleFiles, from the jar the classes come from) as the build read them from
     * the source folder: the rule set's hash in a report is the one the build wrote beside the precompiled
     * model, so the jar judges with that model rather than compiling the DRL as it starts.
     */
    @Test
    void theJarJudgesWithTheRulesTheBuildPrecompiled() throws Exception {
        String built;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            built = new String(jar.getInputStream(jar.getEntry("d365policy/precompiled-rules.txt")).readAllBytes(),
                    StandardCharsets.UTF_8).split("\n")[1].trim();
        }
        Process p = new ProcessBuilder("java", "-jar", JAR.toString(), "check", "examples/contoso.tenant.yaml", "--format", "json")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(out).at("/evidence/rules/sha256").asText()).isEqualTo(built);
    }

    @Test
    void theVersionIsTheManifests() throws Exception {
        String manifest;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            manifest = jar.getManifest().getMainAttributes().getValue("Implementation-Version");
        }
        assertThat(manifest).isNotBlank();
        Process p = new ProcessBuilder("java", "-jar", JAR.toString(), "--version").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(out.strip()).isEqualTo("d365-policy " + manifest);
    }
}
