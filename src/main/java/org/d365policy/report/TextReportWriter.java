package org.d365policy.report;

import org.d365policy.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report for people: one line per finding (rule ID, subject, message), grouped by severity;
 * in comparisons first the introduced findings, then the resolved, then the unchanged.
 */
public final class TextReportWriter {
    private final TextStyle style;

    public TextReportWriter() {
        this(TextStyle.PLAIN);
    }

    public TextReportWriter(TextStyle style) {
        this.style = style;
    }

    public String write(Report report) {
        StringBuilder s = new StringBuilder();
        for (TenantHeader t : report.tenants()) {
            s.append(Version.TOOL).append(' ').append(Version.get()).append(": ")
                    .append(t.file() == null ? "" : t.file() + ": ").append("tenant ").append(t.tenant())
                    .append(", as of ").append(t.asOf()).append(", profile ").append(t.profile().label()).append('\n');
        }
        for (String notice : report.notices()) s.append("notice: ").append(notice).append('\n');
        if (report.kind() == Report.Kind.CHECK) {
            section(s, report, null, "");
        } else {
            for (Status status : Status.values()) section(s, report, status, status.label().toUpperCase(Locale.ROOT) + " ");
        }
        s.append('\n').append(summary(report)).append('\n');
        if (style.summariseRuleAbove() > 0 && report.findings().size() > style.largeRun()) {
            s.append("(rules with more than ").append(style.summariseRuleAbove())
                    .append(" findings are summarised on a terminal; --output FILE or a pipe lists every finding)\n");
        }
        return s.toString();
    }

    private void section(StringBuilder s, Report report, Status status, String prefix) {
        boolean summarise = style.summariseRuleAbove() > 0 && report.findings().size() > style.largeRun();
        for (Severity severity : Severity.values()) {
            int count = 0;
            int waived = 0;
            List<ReportedFinding> inSection = new ArrayList<>();
            for (ReportedFinding f : report.findings()) {
                if (f.status() != status || f.finding().getSeverity() != severity) continue;
                // Counted as the summary counts them: waived ones apart.
                if (f.waived()) waived++;
                else count++;
                inSection.add(f);
            }
            if (count + waived == 0) continue;
            s.append('\n').append(style.paint(severity, prefix + severity.label().toUpperCase(Locale.ROOT) + " (" + count
                    + (waived == 0 ? "" : ", " + waived + " more waived") + ")")).append('\n');
            List<Row> rows = summarise ? summarised(inSection) : rows(inSection);
            if (style.width() > 0) new TextColumns(style, severity).write(s, rows);
            else for (Row row : rows) s.append("  ").append(style.paint(severity, row.rule())).append("  ").append(row.place().isEmpty() ? "" : row.place() + "  ")
                    .append(row.subject()).append("  ").append(row.message()).append('\n');
        }
    }

    /**
     * The quiet report (--quiet): the findings that fail the run, each on one line with its status and
     * severity, then the summary line; a run that passes says only the summary.
     */
    public String writeQuiet(Report report) {
        StringBuilder s = new StringBuilder();
        for (ReportedFinding f : report.findings()) {
            if (!report.fails(f)) continue;
            Severity severity = f.finding().getSeverity();
            // Coloured as the full report colours its section headers (--color), plain by default on a pipe.
            s.append(style.paint(severity, (f.status() == null ? "" : f.status().label().toUpperCase(Locale.ROOT) + " ")
                    + severity.label().toUpperCase(Locale.ROOT))).append("  ").append(line(f)).append('\n');
        }
        return s.append(summary(report)).append('\n').toString();
    }

    /** Rule ID, where (file:line, or the gate's file), subject, message, and the waiver if any. */
    private static String line(ReportedFinding f) {
        String line = f.finding().getRule() + "  "
                + (f.location() == null ? (f.file() == null ? "" : f.file() + "  ") : f.location() + "  ")
                + f.finding().getSubject() + "  " + f.finding().getMessage();
        return f.waived() ? line + "  [waived: " + f.waiver() + "]" : line;
    }

    /** One line of the report: a finding, or on large runs a rule's many findings. */
    record Row(String rule, String place, String subject, String message) {
    }

    private static List<Row> rows(List<ReportedFinding> findings) {
        List<Row> rows = new ArrayList<>();
        for (ReportedFinding f : findings) rows.add(row(f));
        return rows;
    }

    private static Row row(ReportedFinding f) {
        String place = f.location() == null ? (f.file() == null ? "" : f.file()) : f.location().toString();
        return new Row(f.finding().getRule(), place, f.finding().getSubject(),
                f.finding().getMessage() + (f.waived() ? "  [waived: " + f.waiver() + "]" : ""));
    }

    /** Rules with many findings as one line each, in the order of their first finding; the others as they are. */
    private List<Row> summarised(List<ReportedFinding> findings) {
        Map<String, List<ReportedFinding>> byRule = new LinkedHashMap<>();
        for (ReportedFinding f : findings) byRule.computeIfAbsent(f.finding().getRule(), k -> new ArrayList<>()).add(f);
        List<Row> rows = new ArrayList<>();
        for (List<ReportedFinding> ofRule : byRule.values()) {
            if (ofRule.size() <= style.summariseRuleAbove()) {
                rows.addAll(rows(ofRule));
                continue;
            }
            ReportedFinding first = ofRule.get(0);
            rows.add(new Row(first.finding().getRule(), "", String.format(Locale.ROOT, "%,d findings", ofRule.size()),
                    first.finding().getTitle() + " (e.g. " + first.finding().getSubject() + ")"));
        }
        return rows;
    }

    static String summary(Report report) {
        String counts = plural(report.count(Severity.ERROR), "error") + ", "
                + plural(report.count(Severity.WARNING), "warning") + ", " + report.count(Severity.INFO) + " info";
        if (report.waived() > 0) counts += " (" + report.waived() + " more waived)";
        if (report.kind() != Report.Kind.CHECK) counts += " after the change, " + report.resolved() + " resolved";
        String failOn = report.failOn() == null ? "--fail-on none"
                : "--fail-on " + report.failOn().label() + (report.strict() ? ", --strict" : "");
        // A snapshot left unjudged fails the run whatever was found in the others (exit 2).
        if (!report.unjudged().isEmpty()) return counts + ": failed (" + plural(report.unjudged().size(), "snapshot")
                + " not judged, " + failOn + ")";
        return counts + ": " + (report.failed() ? "failed" : "passed") + " (" + failOn + ")";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
