package org.d365policy.cli;

import org.d365policy.engine.RuleBase;
import org.d365policy.report.Report;
import org.d365policy.report.TextReportWriter;
import org.d365policy.report.TextStyle;
import picocli.CommandLine.Option;

import java.util.Set;

/**
 * --quiet (cli.md revision 2): a text report of only the findings that fail the run (in what-if, diff
 * and the gate: the introduced ones) and the summary line, so that a hook or a pipeline log shows what
 * blocks and nothing else. Other formats are whole reports for machines, and stay as they are.
 */
final class QuietOption {
    @Option(names = "--quiet", description = "Text: only the findings that fail the run (what-if, diff, gate: the introduced ones)"
            + " and the summary line; a run that passes prints one line.")
    boolean quiet;

    String render(ReportOptions reporting, Report report, RuleBase rules, Set<String> only, TextStyle style) {
        if (quiet && reporting.format == ReportOptions.Format.text) return new TextReportWriter(style).writeQuiet(report);
        return reporting.render(report, rules, only, style);
    }
}
