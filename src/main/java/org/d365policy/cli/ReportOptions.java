package org.d365policy.cli;

import org.d365policy.engine.RuleBase;
import org.d365policy.model.Severity;
import org.d365policy.report.HtmlReportWriter;
import org.d365policy.report.JunitReportWriter;
import org.d365policy.report.SarifReportWriter;
import org.d365policy.report.JsonReportWriter;
import org.d365policy.report.Report;
import org.d365policy.report.TextReportWriter;
import picocli.CommandLine.Option;

/** How a command that reports findings writes them, and which findings fail the run. */
final class ReportOptions {
    enum Format { text, json, sarif, junit, html }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, sarif, junit or html (default: text).")
    Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = FailOn.Converter.class,
            description = "The lowest severity that fails the run: error, warning, info or none (default: error).")
    FailOn failOn = FailOn.ERROR;

    /** The lowest failing severity, or null for none. */
    Severity failOnOrNull() {
        return failOn.severity();
    }

    String render(Report report, RuleBase rules) {
        return render(format, report, rules);
    }

    static String render(Format format, Report report, RuleBase rules) {
        return switch (format) {
            case json -> new JsonReportWriter().write(report);
            case sarif -> new SarifReportWriter(rules.catalog()).write(report);
            case junit -> new JunitReportWriter().write(report);
            case html -> new HtmlReportWriter(rules.catalog()).write(report);
            case text -> new TextReportWriter().write(report);
        };
    }
}
