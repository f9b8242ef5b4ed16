package org.d365policy.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.d365policy.engine.RuleInfo;
import org.d365policy.engine.SeatLedger;
import org.d365policy.model.Finding;
import org.d365policy.model.Severity;
import org.d365policy.model.Subject;
import org.d365policy.model.fact.Waiver;
import org.d365policy.model.snapshot.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report as one self-contained HTML file for people who hand results on: the evidence, a summary,
 * charts as inline SVG, every finding grouped by rule with the rule's statement and source, and the
 * waivers. It loads nothing from anywhere (its Content-Security-Policy forbids it) and prints to PDF.
 */
public final class HtmlReportWriter {
    /** The templates of src/main/jte, compiled to classes by the build. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);
    /** The widest bar, in SVG units; the labels take the space to its left. */
    static final int BAR_WIDTH = 480;
    private static final int ROW = 22;

    private final Map<String, RuleInfo> catalog;

    public HtmlReportWriter(Map<String, RuleInfo> catalog) {
        this.catalog = catalog;
    }

    public String write(Report report) {
        StringOutput out = new StringOutput();
        TEMPLATES.render("report.jte", view(report), out);
        return out.toString();
    }

    HtmlView view(Report report) {
        String kind = switch (report.kind()) {
            case CHECK -> "check";
            case COMPARISON -> report.evidence() != null && report.evidence().inputs().stream()
                    .anyMatch(i -> i.role() == Evidence.Role.CHANGE_SET) ? "what-if" : "diff";
            case GATE -> "gate";
        };
        List<HtmlView.Field> header = new ArrayList<>();
        for (TenantHeader t : report.tenants()) {
            String prefix = t.file() == null ? "" : t.file() + ": ";
            header.add(new HtmlView.Field("tenant", prefix + t.tenant()));
            header.add(new HtmlView.Field("as of", prefix + t.asOf()));
            header.add(new HtmlView.Field("profile", prefix + t.profile().label()));
        }
        header.add(new HtmlView.Field("fails on", report.failOn() == null ? "none" : report.failOn().label()
                + (report.strict() ? " (--strict)" : "")));
        String title = Version.TOOL + " " + kind + (report.tenants().size() == 1 ? ": " + report.tenants().get(0).tenant() : "");

        Evidence evidence = report.evidence();
        List<HtmlView.Input> inputs = new ArrayList<>();
        if (evidence != null) {
            for (Evidence.Input i : evidence.inputs()) {
                inputs.add(new HtmlView.Input(i.role().label(), i.file(), i.sha256(), i.judgedWith() == null ? ""
                        : i.judgedWith().getProfile().label() + ", as of " + i.judgedWith().getAsOf()
                        + ", non-interactive limit " + i.judgedWith().getNonInteractiveLimit()
                        + ", invitation hold " + i.judgedWith().getInvitationHoldDays() + " days"
                        + (i.provenance() == null ? "" : "; provenance " + i.provenance())));
            }
        }
        return new HtmlView(title, kind, header, TextReportWriter.summary(report), report.exitCode() != 0, report.notices(), inputs,
                evidence == null ? "" : evidence.rules().sha256(), evidence == null ? 0 : evidence.rules().count(),
                evidence == null || evidence.only() == null ? "all" : String.join(", ", new java.util.TreeSet<>(evidence.only())),
                summary(report), severityChart(report), ruleChart(report), seatChart(report.seats()), groups(report),
                waivers(report));
    }

    private static List<HtmlView.Count> summary(Report report) {
        List<HtmlView.Count> counts = new ArrayList<>();
        for (Severity s : Severity.values()) counts.add(new HtmlView.Count(s.label(), report.count(s), s.label()));
        counts.add(new HtmlView.Count("waived", report.waived(), "waived"));
        if (report.kind() != Report.Kind.CHECK) {
            for (Status status : Status.values()) {
                int n = (int) report.findings().stream().filter(f -> f.status() == status).count();
                counts.add(new HtmlView.Count(status.label(), n, status.label()));
            }
        }
        return counts;
    }

    /** Findings present (after the change) by severity, waived ones apart. */
    private static HtmlView.Chart severityChart(Report report) {
        Map<String, int[]> rows = new LinkedHashMap<>();
        for (Severity s : Severity.values()) rows.put(s.label(), new int[] {report.count(s)});
        rows.put("waived", new int[] {report.waived()});
        return chart("Findings by severity", rows, label -> label);
    }

    /** Findings present (after the change) by rule, coloured by the rule's severity; waived ones apart, as by severity. */
    private HtmlView.Chart ruleChart(Report report) {
        Map<String, int[]> rows = new TreeMap<>();
        Map<String, String> css = new TreeMap<>();
        for (ReportedFinding f : report.findings()) {
            if (!f.present() || f.waived()) continue;
            rows.computeIfAbsent(f.finding().getRule(), k -> new int[1])[0]++;
            css.put(f.finding().getRule(), f.finding().getSeverity().label());
        }
        return chart("Findings by rule", rows, css::get);
    }

    private static HtmlView.Chart chart(String caption, Map<String, int[]> rows, java.util.function.Function<String, String> css) {
        int max = Math.max(1, rows.values().stream().mapToInt(r -> r[0]).max().orElse(1));
        List<HtmlView.Bar> bars = new ArrayList<>();
        int y = 0;
        for (Map.Entry<String, int[]> row : rows.entrySet()) {
            int n = row.getValue()[0];
            bars.add(new HtmlView.Bar(row.getKey(), n, y, n == 0 ? 0 : Math.max(2, n * BAR_WIDTH / max), css.apply(row.getKey())));
            y += ROW;
        }
        return new HtmlView.Chart(caption, Math.max(ROW, y), bars);
    }

    /** Each subscription on one scale: the larger of purchased and in use is the full width. */
    static HtmlView.SeatChart seatChart(List<SeatLedger> seats) {
        int max = Math.max(1, seats.stream().mapToInt(s -> Math.max(s.purchased(), s.inUse())).max().orElse(1));
        List<HtmlView.SeatRow> rows = new ArrayList<>();
        int y = 0;
        for (SeatLedger s : seats) {
            int accounts = s.inUseByAccounts() * BAR_WIDTH / max;
            int invitations = s.heldByInvitations() * BAR_WIDTH / max;
            int free = Math.max(0, s.free()) * BAR_WIDTH / max;
            String note = s.free() < 0 ? (-s.free()) + " over" : s.free() + " free";
            rows.add(new HtmlView.SeatRow(s.sku(), y, s.purchased(), s.inUseByAccounts(), s.heldByInvitations(), s.free(),
                    accounts, accounts, invitations, accounts + invitations, free, s.purchased() * BAR_WIDTH / max, note));
            y += 2 * ROW;
        }
        return new HtmlView.SeatChart(Math.max(ROW, y), rows);
    }

    private List<HtmlView.RuleGroup> groups(Report report) {
        Map<String, List<ReportedFinding>> byRule = new TreeMap<>();
        for (ReportedFinding f : report.findings()) byRule.computeIfAbsent(f.finding().getRule(), k -> new ArrayList<>()).add(f);
        List<HtmlView.RuleGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<ReportedFinding>> e : byRule.entrySet()) {
            ReportedFinding first = e.getValue().get(0);
            RuleInfo rule = catalog.get(e.getKey());
            List<HtmlView.Row> rows = new ArrayList<>();
            for (ReportedFinding f : e.getValue()) {
                Location at = f.location();
                rows.add(new HtmlView.Row(f.finding().getSubject(),
                        at == null ? (f.file() == null ? "" : f.file()) : at.file() + ":" + at.line() + ":" + at.column(),
                        f.finding().getMessage(), f.status() == null ? "" : f.status().label(),
                        f.waived() ? f.waiver() : "", report.fails(f)));
            }
            groups.add(new HtmlView.RuleGroup(e.getKey(), first.finding().getTitle(), first.finding().getSeverity().label(),
                    rule == null || rule.statement() == null ? "" : rule.statement(),
                    rule == null || rule.source() == null ? "" : rule.source(),
                    rule == null || rule.profiles() == null ? "" : rule.profiles(), rows));
        }
        return groups;
    }

    /**
     * Every waiver of the file with what it did: covered findings, expired (WAIVER-001), matched nothing
     * (WAIVER-002), or was not judged in this run (its rule left out by --only, or a change rule where no change was
     * judged). Where several snapshots were judged, each different outcome is named. One pass over the findings.
     */
    private static List<HtmlView.WaiverRow> waivers(Report report) {
        Map<String, Integer> covered = new HashMap<>();
        Map<String, Set<String>> about = new HashMap<>();
        for (ReportedFinding f : report.findings()) {
            if (!f.present()) continue;
            Finding finding = f.finding();
            if (f.appliedWaiver() != null) covered.merge(finding.waiverKey(), 1, Integer::sum);
            String rule = finding.getRule();
            if (rule.equals("WAIVER-001") || rule.equals("WAIVER-002")) {
                about.computeIfAbsent(finding.getSubjectKey(), k -> new LinkedHashSet<>())
                        .add(rule.equals("WAIVER-001") ? "expired (WAIVER-001)" : "matches no finding (WAIVER-002)");
            }
        }
        List<HtmlView.WaiverRow> rows = new ArrayList<>();
        for (Waiver w : report.waivers()) {
            int n = covered.getOrDefault(Finding.waiverKey(w.getRule(), w.getSubjectKey()), 0);
            List<String> said = new ArrayList<>();
            if (n > 0) said.add(n == 1 ? "covers 1 finding" : "covers " + n + " findings");
            // As waivers.drl names the findings about a waiver, compared as waivers are: without regard to case.
            said.addAll(about.getOrDefault(Subject.waiver(w.getRule(), w.getSubject()).toLowerCase(Locale.ROOT), Set.of()));
            if (said.isEmpty()) said.add("not judged in this run");
            rows.add(new HtmlView.WaiverRow(w.getRule(), w.getSubject(), w.getReason(), w.getApprovedBy(), w.getExpires().toString(),
                    String.join("; ", said)));
        }
        return rows;
    }
}
