package org.d365policy.report;

import org.d365policy.model.Severity;

import java.util.Locale;

/**
 * The report for people: one line per finding (rule ID, subject, message), grouped by severity;
 * in comparisons first the introduced findings, then the resolved, then the unchanged.
 */
public final class TextReportWriter {
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
        return s.toString();
    }

    private static void section(StringBuilder s, Report report, Status status, String prefix) {
        for (Severity severity : Severity.values()) {
            int count = 0;
            int waived = 0;
            StringBuilder lines = new StringBuilder();
            for (ReportedFinding f : report.findings()) {
                if (f.status() != status || f.finding().getSeverity() != severity) continue;
                // Counted as the summary counts them: waived ones apart.
                if (f.waived()) waived++;
                else count++;
                lines.append("  ").append(line(f)).append('\n');
            }
            if (count + waived == 0) continue;
            s.append('\n').append(prefix).append(severity.label().toUpperCase(Locale.ROOT)).append(" (").append(count)
                    .append(waived == 0 ? "" : ", " + waived + " more waived").append(")\n").append(lines);
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
            if (f.status() != null) s.append(f.status().label().toUpperCase(Locale.ROOT)).append(' ');
            s.append(f.finding().getSeverity().label().toUpperCase(Locale.ROOT)).append("  ").append(line(f)).append('\n');
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

    static String summary(Report report) {
        String counts = plural(report.count(Severity.ERROR), "error") + ", "
                + plural(report.count(Severity.WARNING), "warning") + ", " + report.count(Severity.INFO) + " info";
        if (report.waived() > 0) counts += " (" + report.waived() + " more waived)";
        if (report.kind() != Report.Kind.CHECK) counts += " after the change, " + report.resolved() + " resolved";
        String verdict = report.failOn() == null ? "passed (--fail-on none)"
                : (report.failed() ? "failed" : "passed") + " (--fail-on " + report.failOn().label()
                + (report.strict() ? ", --strict" : "") + ")";
        return counts + ": " + verdict;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
