package org.d365policy.cli;

import org.d365policy.bench.TenantGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The text report on a terminal: colour, columns and summaries; and never any of it on a pipe. */
class TerminalOutputTest {
    private static final String EXAMPLE = "examples/contoso.tenant.yaml";
    private static final String RED = "\u001B[31m";
    private static final String ESC = "\u001B[";

    @TempDir
    Path dir;

    @Test
    void onATerminalSeveritiesAreColoured() {
        CliRun run = CliRun.on(true, 120, Map.of(), "", "check", EXAMPLE);
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).contains(RED).contains("ERROR (");
    }

    @Test
    void noColorAndNeverTurnColourOffAndAlwaysTurnsItOnEvenOnAPipe() {
        assertThat(CliRun.on(true, 120, Map.of("NO_COLOR", "1"), "", "check", EXAMPLE).out).doesNotContain(ESC);
        assertThat(CliRun.on(true, 120, Map.of(), "", "check", EXAMPLE, "--color", "never").out).doesNotContain(ESC);
        assertThat(CliRun.on(true, 120, Map.of("NO_COLOR", ""), "", "check", EXAMPLE).out).as("empty NO_COLOR is unset").contains(ESC);
        // On a pipe there are no columns, yet rule IDs are coloured as the headers are (README, "On a terminal").
        assertThat(CliRun.on(false, 0, Map.of(), "", "check", EXAMPLE, "--color", "ALWAYS").out).contains(RED + "ERROR (")
                .contains(RED + "APP-001");
    }

    @Test
    void onAPipeOrIntoAFileTheReportStaysPlain() {
        CliRun pipe = CliRun.on(false, 0, Map.of(), "", "check", EXAMPLE);
        assertThat(pipe.out).doesNotContain(ESC)
                .contains("  LIC-001  examples/contoso.tenant.yaml:119  user:prod/carol@contoso.com  carol@contoso.com is enabled");
        CliRun file = CliRun.on(true, 120, Map.of(), "", "check", EXAMPLE, "--output", dir.resolve("r.txt").toString());
        assertThat(file.out).isEmpty();
        assertThat(file.err).doesNotContain(ESC);
    }

    @Test
    void onATerminalColumnsAlignAndMessagesWrapToItsWidth() {
        CliRun run = CliRun.on(true, 160, Map.of(), "", "check", EXAMPLE, "--color", "never");
        String[] lines = run.out.split("\n");
        int messageColumn = -1;
        for (String line : lines) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(160);
            if (line.startsWith("  LIC-001  ")) messageColumn = line.indexOf("carol@contoso.com is enabled");
        }
        assertThat(messageColumn).isPositive();
        // The next rule's message starts in the same column, and continuation lines are indented to it.
        String lic003 = run.out.lines().filter(l -> l.startsWith("  LIC-003  ")).findFirst().orElseThrow();
        assertThat(lic003.indexOf("2 accounts share")).isEqualTo(messageColumn);
        assertThat(run.out).containsPattern("\n {" + messageColumn + "}\\S");

        CliRun narrow = CliRun.on(true, 100, Map.of(), "", "check", EXAMPLE, "--color", "never");
        assertThat(narrow.out).as("too narrow for the message beside the subject")
                .contains("user:prod/carol@contoso.com\n      carol@contoso.com is enabled");
        assertThat(narrow.out.lines()).allMatch(line -> line.length() <= 100);
    }

    @Test
    void onATerminalALargeRunShowsOneLinePerRuleWithManyFindings() throws Exception {
        Path big = dir.resolve("big.tenant.json");
        new TenantGenerator(2_000, 7).write(big);
        CliRun screen = CliRun.on(true, 120, Map.of(), "", "check", big.toString(), "--color", "never");
        assertThat(screen.out).containsPattern("  [A-Z]+-\\d{3}  +[\\d,]+ findings  ")
                .contains("summarised on a terminal; --output FILE or a pipe lists every finding");
        CliRun pipe = CliRun.of("check", big.toString());
        assertThat(pipe.out.lines().count()).isGreaterThan(screen.out.lines().count());
        assertThat(pipe.out).doesNotContain("summarised");
    }

    @Test
    void aLongRunOnATerminalShowsProgressOnStandardErrorAndNeverOnAPipe() throws Exception {
        Path big = dir.resolve("big.tenant.json");
        new TenantGenerator(2_000, 7).write(big);
        // This terminal shows progress at once; the process's own waits about a second.
        CliRun screen = CliRun.on(true, 120, Map.of(), "", "check", big.toString(), EXAMPLE, "--output", dir.resolve("r.txt").toString());
        assertThat(screen.err).contains("check").containsPattern("judging " + Pattern.quote(big.toString()) + ": [\\d,]+ user records|[24]/4");
        assertThat(screen.out).isEmpty();
        CliRun pipe = CliRun.of("check", big.toString(), EXAMPLE, "--output", dir.resolve("r.txt").toString());
        assertThat(pipe.err).isEmpty();
    }

    @Test
    void diffAndWhatIfShowProgressOnATerminalTooAndNeverOnAPipeOrWhenQuiet() throws Exception {
        Path big = dir.resolve("big.tenant.json");
        new TenantGenerator(2_000, 7).write(big);
        String report = dir.resolve("r.txt").toString();
        CliRun diff = CliRun.on(true, 120, Map.of(), "", "diff", big.toString(), big.toString(), "--output", report);
        assertThat(diff.err).contains("diff").containsPattern("reading|judging both sides|[0-3]/3");
        CliRun whatIf = CliRun.on(true, 120, Map.of(), "", "what-if", EXAMPLE, "examples/contoso.changes.yaml", "--output", report);
        assertThat(whatIf.err).contains("what-if").containsPattern("reading|judging \\d+ operations|[0-2]/2");
        assertThat(CliRun.on(true, 120, Map.of(), "", "diff", big.toString(), big.toString(), "--quiet", "--output", report).err)
                .as("--quiet shows no progress").isEmpty();
        assertThat(CliRun.of("diff", big.toString(), big.toString(), "--output", report).err).as("a pipe shows no progress").isEmpty();
    }
}
