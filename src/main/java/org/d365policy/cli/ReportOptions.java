package org.d365policy.cli;

import org.d365policy.engine.RuleBase;
import org.d365policy.engine.RuleInfo;
import org.d365policy.model.Severity;
import org.d365policy.report.HtmlReportWriter;
import org.d365policy.report.JsonReportWriter;
import org.d365policy.report.JunitReportWriter;
import org.d365policy.report.Report;
import org.d365policy.report.SarifReportWriter;
import org.d365policy.report.TextReportWriter;
import org.d365policy.report.TextStyle;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Set;

/** How a command that reports findings writes them, and which findings fail the run. */
final class ReportOptions {
    enum Format { text, json, sarif, junit, html }

    @Option(names = "--format", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = FailOn.Converter.class,
            completionCandidates = FailOn.Labels.class,
            description = "The lowest severity that fails the run: ${COMPLETION-CANDIDATES} (default: error).")
    FailOn failOn = FailOn.ERROR;

    /** The lowest failing severity, or null for none. */
    Severity failOnOrNull() {
        return failOn.severity();
    }

    /** @param only the rule IDs of --only, or null when every rule was judged */
    String render(Report report, RuleBase rules, Set<String> only) {
        return render(format, report, rules, only, TextStyle.PLAIN);
    }

    /** @param style how the text report is laid out (the other formats have one layout) */
    String render(Report report, RuleBase rules, Set<String> only, TextStyle style) {
        return render(format, report, rules, only, style);
    }

    static String render(Format format, Report report, RuleBase rules, Set<String> only) {
        return render(format, report, rules, only, TextStyle.PLAIN);
    }

    static String render(Format format, Report report, RuleBase rules, Set<String> only, TextStyle style) {
        return switch (format) {
            case json -> new JsonReportWriter().write(report);
            case sarif -> new SarifReportWriter(rules.catalog()).write(report);
            case junit -> new JunitReportWriter(judged(rules, only)).write(report);
            case html -> new HtmlReportWriter(rules.catalog()).write(report);
            case text -> new TextReportWriter(style).write(report);
        };
    }

    /**
     * The snapshot rules judged (all, or those of --only): each is a test case in JUnit. Change rules
     * are left out, since they judge only change sets and appear when they find something.
     */
    private static List<RuleInfo> judged(RuleBase rules, Set<String> only) {
        return rules.catalog().values().stream()
                .filter(r -> !r.changeRule() && (only == null || only.contains(r.id()))).toList();
    }
}
