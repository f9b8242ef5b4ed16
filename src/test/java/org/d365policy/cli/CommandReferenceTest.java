package org.d365policy.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's command reference is the real --help of every command. When it drifts this test fails;
 * {@code mvn test -Dtest=CommandReferenceTest -Dd365policy.updateReadme=true} writes it anew.
 */
class CommandReferenceTest {
    private static final Path README = Path.of("README.md");
    static final String BEGIN = "<!-- generated from --help by CommandReferenceTest: do not edit by hand -->";
    static final String END = "<!-- end of the generated command reference -->";

    /** Each command's help as it prints away from a terminal (80 columns), so that the README does not depend on one. */
    static String reference() {
        StringBuilder s = new StringBuilder(BEGIN).append('\n');
        CommandLine line = Main.commandLine();
        append(s, "d365-policy --help", help());
        for (String command : line.getSubcommands().keySet()) {
            if (command.equals("help")) continue;
            append(s, "d365-policy " + command + " --help", help(command));
        }
        return s.append(END).toString();
    }

    private static String help(String... command) {
        String[] args = new String[command.length + 1];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--help";
        CliRun run = CliRun.of(args);
        assertThat(run.exit).isEqualTo(0);
        return run.out;
    }

    private static void append(StringBuilder s, String title, String help) {
        s.append("\n```\n$ ").append(title).append('\n').append(help.stripTrailing()).append("\n```\n");
    }

    @Test
    void theReadmeShowsTheRealHelpOfEveryCommand() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README.md has the generated command reference").isNotNegative();
        assertThat(end).isGreaterThan(begin);
        String current = readme.substring(begin, end + END.length());
        String expected = reference();
        if (Boolean.getBoolean("d365policy.updateReadme")) {
            Files.writeString(README, readme.substring(0, begin) + expected + readme.substring(end + END.length()), StandardCharsets.UTF_8);
            return;
        }
        assertThat(current).as("README.md's command reference drifted from --help; regenerate it with "
                + "mvn -o test -Dtest=CommandReferenceTest -Dd365policy.updateReadme=true").isEqualTo(expected);
    }
}
