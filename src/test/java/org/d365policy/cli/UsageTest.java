package org.d365policy.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person who mistypes a command line is told: one paragraph, a close suggestion or none, exit 2. */
class UsageTest {
    private static final String EXAMPLE = "examples/contoso.tenant.yaml";

    @TempDir
    Path dir;

    private static void isOneParagraphPointingAtHelp(CliRun run, String command) {
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.out).as(run.toString()).isEmpty();
        assertThat(run.err.strip()).as(run.toString()).doesNotContain("\n").doesNotContain("Usage:")
                .endsWith("see `d365-policy" + (command.isEmpty() ? "" : " " + command) + " --help`");
    }

    @Test
    void aMistypedOptionSuggestsTheCloseOneWithoutTheUsage() {
        CliRun run = CliRun.of("check", "--fromat", "json", EXAMPLE);
        isOneParagraphPointingAtHelp(run, "check");
        assertThat(run.err).contains("unknown option --fromat (did you mean --format?)");
    }

    @Test
    void anOptionFarFromEveryKnownOneSuggestsNothing() {
        CliRun run = CliRun.of("check", "--xyzzy-plugh", EXAMPLE);
        isOneParagraphPointingAtHelp(run, "check");
        assertThat(run.err).contains("unknown option --xyzzy-plugh").doesNotContain("did you mean");
    }

    @Test
    void aMistypedCommandSuggestsTheCloseOne() {
        CliRun run = CliRun.of("chek", EXAMPLE);
        isOneParagraphPointingAtHelp(run, "");
        assertThat(run.err).contains("unknown command chek (did you mean check?)");

        CliRun help = CliRun.of("help", "chek");
        isOneParagraphPointingAtHelp(help, "");
        assertThat(help.err).contains("d365-policy: unknown command chek (did you mean check?); see").doesNotContain(".;");
    }

    @Test
    void noArgumentsSayWhichCommandsThereAreOnce() {
        CliRun run = CliRun.of();
        isOneParagraphPointingAtHelp(run, "");
        assertThat(run.err).contains("a command is required: check, what-if, diff, gate, explain, rules");
    }

    @Test
    void aMissingParameterIsOneParagraph() {
        CliRun run = CliRun.of("what-if", EXAMPLE);
        isOneParagraphPointingAtHelp(run, "what-if");
        assertThat(run.err).contains("CHANGESET");
    }

    @Test
    void aChangeSetFromStandardInputIsRefusedBySaying() {
        // Only a SNAPSHOT may be - (cli.md); the change set's refusal says so rather than asking for a file extension.
        CliRun run = CliRun.withInput("changes: []", "what-if", EXAMPLE, "-");
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).startsWith("d365-policy: CHANGESET -: a change set is read from a file")
                .contains("only the snapshot can come from standard input").doesNotContain("\tat ");
        assertThat(run.out).isEmpty();
    }

    @Test
    void enumValuesAndRuleIdsAreCaseInsensitive() {
        CliRun upper = CliRun.of("check", EXAMPLE, "--format", "JSON", "--fail-on", "Warning", "--profile", "CE-V9");
        assertThat(upper.exit).as(upper.toString()).isEqualTo(1);
        assertThat(upper.out).startsWith("{");

        CliRun lower = CliRun.of("check", EXAMPLE, "--only", "lic-001", "--format", "json");
        assertThat(lower.exit).as(lower.toString()).isEqualTo(1);
        assertThat(lower.out).contains("\"rule\": \"LIC-001\"").doesNotContain("\"rule\": \"LIC-002\"");
    }

    @Test
    void anUnknownRuleIdSuggestsOnlyCloseOnes() {
        CliRun far = CliRun.of("check", EXAMPLE, "--only", "XYZ-999");
        assertThat(far.exit).isEqualTo(2);
        assertThat(far.err).contains("--only XYZ-999: no rule has this ID").doesNotContain("did you mean");

        CliRun near = CliRun.of("check", EXAMPLE, "--only", "LIC-01");
        assertThat(near.exit).isEqualTo(2);
        assertThat(near.err).contains("--only LIC-01: no rule has this ID (did you mean LIC-001");

        CliRun empty = CliRun.of("check", EXAMPLE, "--only", "LIC-001,,LIC-002");
        assertThat(empty.exit).isEqualTo(2);
        assertThat(empty.err).contains("--only LIC-001,,LIC-002: an empty rule ID");
    }

    @Test
    void aBadValueNamesTheOptionAndWhatItTakes() {
        CliRun run = CliRun.of("check", EXAMPLE, "--format", "xml");
        isOneParagraphPointingAtHelp(run, "check");
        assertThat(run.err).contains("--format").contains("text, json, sarif, junit");

        CliRun day = CliRun.of("check", EXAMPLE, "--as-of", "2026-02-30");
        isOneParagraphPointingAtHelp(day, "check");
        assertThat(day.err).contains("--as-of").contains("'2026-02-30' is not a date; expected YYYY-MM-DD");
        assertThat(CliRun.of("check", EXAMPLE, "--as-of", "+12026-01-01").exit).isEqualTo(2);
    }

    @Test
    void aRepeatedOptionIsNamedNotTheOptionGroups() {
        CliRun run = CliRun.of("check", EXAMPLE, "--format", "json", "--format", "sarif");
        isOneParagraphPointingAtHelp(run, "check");
        assertThat(run.err).contains("option '--format' (FORMAT) should be specified only once").doesNotContain("[[");
    }

    @Test
    void theSynopsisHasNoOptionGroupBrackets() {
        CliRun run = CliRun.of("check", "--help");
        assertThat(run.exit).isEqualTo(0);
        assertThat(run.out).contains("Usage: d365-policy check").doesNotContain("[[");
    }

    @Test
    void helpNamesACommand() {
        CliRun run = CliRun.of("help", "check");
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        assertThat(run.out).contains("Usage: d365-policy check").contains("--fail-on");
        assertThat(run.err).isEmpty();
    }

    @Test
    void whatIfHelpSaysTheChangeSetsDayWins() {
        CliRun whatIf = CliRun.of("what-if", "--help");
        assertThat(whatIf.out.replaceAll("\\s+", " ")).contains("--as-of=YYYY-MM-DD The evaluation day (default: the change set's asOf, else the snapshot's");
        CliRun check = CliRun.of("check", "--help");
        assertThat(check.out).doesNotContain("change set");
    }

    @Test
    void aRulesFolderThatDoesNotExistIsUsageNotRules() {
        CliRun run = CliRun.of("check", EXAMPLE, "--rules", dir.resolve("nosuchdir").toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("--rules " + dir.resolve("nosuchdir") + ": no such folder");
        assertThat(CliRun.of("rules", "--rules", dir.resolve("nosuchdir").toString()).exit).isEqualTo(2);
    }

    @Test
    void checkOnlyOfChangeRulesIsUsage() {
        CliRun run = CliRun.of("check", EXAMPLE, "--only", "chg-001", "--format", "junit");
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).startsWith("d365-policy: --only CHG-001: this rule judges proposed changes only (what-if), never a snapshot");
        assertThat(run.out).isEmpty();
        CliRun mixed = CliRun.of("check", EXAMPLE, "--only", "CHG-001,LIC-001", "--format", "json");
        assertThat(mixed.exit).as(mixed.toString()).isEqualTo(1);
        assertThat(mixed.out).contains("\"LIC-001\"");
    }

    @Test
    void diffOnlyOfStepRulesIsUsage() {
        CliRun steps = CliRun.of("diff", EXAMPLE, EXAMPLE, "--only", "CHG-001,CHG-002");
        assertThat(steps.exit).as(steps.toString()).isEqualTo(2);
        assertThat(steps.err).startsWith("d365-policy: --only CHG-001,CHG-002: these rules judge the steps of a change set only (what-if)");
        // CHG-003 compares the state after with the state before: diff judges it.
        CliRun states = CliRun.of("diff", EXAMPLE, EXAMPLE, "--only", "CHG-003");
        assertThat(states.exit).as(states.toString()).isZero();
    }

    @Test
    void aRulesFolderWithoutDrlIsUsageNotRules() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("norules"));
        Files.writeString(empty.resolve("notes.txt"), "no rules here");
        CliRun run = CliRun.of("check", EXAMPLE, "--rules", empty.toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).startsWith("d365-policy: --rules " + empty + ": the folder holds no .drl file; expected a folder of .drl files");
        assertThat(run.out).isEmpty();
    }

    @Test
    void theVersionComesFromTheBuild() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exit).isEqualTo(0);
        assertThat(run.out.strip()).isEqualTo("d365-policy 0.1.0");
        // Every command's help lists -V, --version: each prints the same line.
        for (String command : List.of("check", "what-if", "diff", "gate", "explain", "rules", "import", "pull", "seats")) {
            for (String option : List.of("-V", "--version")) {
                CliRun sub = CliRun.of(command, option);
                assertThat(sub.exit).as(command + " " + option).isEqualTo(0);
                assertThat(sub.out.strip()).as(command + " " + option).isEqualTo("d365-policy 0.1.0");
            }
        }
    }
}
