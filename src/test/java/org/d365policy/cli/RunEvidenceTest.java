package org.d365policy.cli;

import org.d365policy.load.InvalidInputException;
import org.d365policy.report.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run gathers its evidence only where a report shows it: every format but text. */
class RunEvidenceTest {
    @TempDir
    Path dir;

    private static ReportFiles reportsOf(String... args) {
        CheckCommand check = new CheckCommand();
        new CommandLine(check).parseArgs(args);
        return check.reports;
    }

    private static ReportOptions reportingOf(String... args) {
        CheckCommand check = new CheckCommand();
        new CommandLine(check).parseArgs(args);
        return check.reporting;
    }

    @Test
    void onlyTextReportsShowNoEvidence() {
        String[][] shown = {{"t.yaml", "--format", "json"}, {"t.yaml", "--report", "sarif=r.sarif"},
                {"t.yaml", "--report", "text=r.txt", "--report", "html=r.html"}, {"t.yaml", "--format", "junit"}};
        for (String[] args : shown) assertThat(reportsOf(args).showEvidence(reportingOf(args))).as(String.join(" ", args)).isTrue();
        String[][] notShown = {{"t.yaml"}, {"t.yaml", "--report", "text=r.txt"}};
        for (String[] args : notShown) assertThat(reportsOf(args).showEvidence(reportingOf(args))).as(String.join(" ", args)).isFalse();
    }

    @Test
    void evidenceNoReportShowsReadsNoFileAndBuildsNothing() throws Exception {
        Path gone = dir.resolve("waivers.yaml");
        // Shown, a file that cannot be read to hash is an error; not shown, it is not read at all.
        assertThatThrownBy(() -> new RunEvidence(true).file(Evidence.Role.WAIVERS, gone))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("SHA-256");
        assertThat(new RunEvidence(false).file(Evidence.Role.WAIVERS, gone).build(null, null)).isNull();
    }
}
