package org.d365policy.report;

import org.d365policy.model.Finding;
import org.d365policy.model.Severity;

/** The report for people: findings grouped by severity, one line each, and a summary line. */
public final class TextReportWriter {
    public String write(Report report) {
        StringBuilder s = new StringBuilder();
        s.append(Version.TOOL).append(' ').append(Version.get()).append(": tenant ").append(report.tenant())
                .append(", as of ").append(report.asOf()).append(", profile ").append(report.profile().label()).append("\n");
        for (Severity severity : Severity.values()) {
            int count = report.count(severity);
            if (count == 0) continue;
            s.append('\n').append(severity.label().toUpperCase(java.util.Locale.ROOT)).append(" (").append(count).append(")\n");
            for (Finding f : report.findings()) {
                if (f.getSeverity() != severity) continue;
                s.append("  ").append(f.getRule()).append("  ").append(f.getSubject()).append("  ").append(f.getMessage()).append('\n');
            }
        }
        s.append('\n').append(summary(report)).append('\n');
        return s.toString();
    }

    static String summary(Report report) {
        String counts = plural(report.count(Severity.ERROR), "error") + ", "
                + plural(report.count(Severity.WARNING), "warning") + ", " + report.count(Severity.INFO) + " info";
        String verdict = report.failOn() == null ? "passed (--fail-on none)"
                : (report.failed() ? "failed" : "passed") + " (--fail-on " + report.failOn().label() + ")";
        return counts + ": " + verdict;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
