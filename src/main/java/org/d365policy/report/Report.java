package org.d365policy.report;

import org.d365policy.ExpectedFailure;
import org.d365policy.engine.SeatLedger;
import org.d365policy.model.Severity;
import org.d365policy.model.fact.Waiver;

import java.util.ArrayList;
import java.util.List;

/** What a command found, about one tenant (check, what-if, diff) or the tenant files of a commit (gate). */
public final class Report {
    public enum Kind { CHECK, COMPARISON, GATE }

    private final Kind kind;
    private final List<TenantHeader> tenants;
    private final List<ReportedFinding> findings;
    private final Severity failOn;
    private final boolean strict;
    private final List<String> notices;
    private final List<UnjudgedInput> unjudged;
    private final Evidence evidence;
    private final List<SeatLedger> seats;
    private final List<Waiver> waivers;

    /**
     * @param failOn the lowest severity that fails the run, or null for none
     * @param strict whether unchanged findings fail too (comparisons only)
     */
    public Report(Kind kind, List<TenantHeader> tenants, List<ReportedFinding> findings, Severity failOn, boolean strict,
                  List<String> notices) {
        this.kind = kind;
        this.tenants = List.copyOf(tenants);
        List<ReportedFinding> sorted = new ArrayList<>(findings);
        sorted.sort(ReportedFinding.ORDER);
        this.findings = List.copyOf(sorted);
        this.failOn = failOn;
        this.strict = strict;
        this.notices = List.copyOf(notices);
        this.unjudged = List.of();
        this.evidence = null;
        this.seats = List.of();
        this.waivers = List.of();
    }

    private Report(Report report, List<UnjudgedInput> unjudged, Evidence evidence, List<SeatLedger> seats, List<Waiver> waivers) {
        this.kind = report.kind;
        this.tenants = report.tenants;
        this.findings = report.findings;
        this.failOn = report.failOn;
        this.strict = report.strict;
        this.notices = report.notices;
        this.unjudged = List.copyOf(unjudged);
        this.evidence = evidence;
        this.seats = List.copyOf(seats);
        this.waivers = List.copyOf(waivers);
    }

    /** The same report, with the evidence of the run. */
    public Report withEvidence(Evidence evidence) {
        return new Report(this, unjudged, evidence, seats, waivers);
    }

    /** The same report, with the seats of the tenant judged (after the change, in comparisons). */
    public Report withSeats(List<SeatLedger> seats) {
        return new Report(this, unjudged, evidence, seats, waivers);
    }

    /** The same report, with the snapshots of the run that were not valid input and so were not judged. */
    public Report withUnjudged(List<UnjudgedInput> unjudged) {
        return new Report(this, unjudged, evidence, seats, waivers);
    }

    /** The same report, with every waiver of the waivers file, in the file's order, whether it covered a finding or not. */
    public Report withWaivers(List<Waiver> waivers) {
        return new Report(this, unjudged, evidence, seats, waivers == null ? List.of() : waivers);
    }

    /** Every waiver of the run's waivers file (none without one): the HTML report lists them all, for the auditor. */
    public List<Waiver> waivers() {
        return waivers;
    }

    /** Seat use per subscription, for the HTML report's chart; empty where the command gathered none. */
    public List<SeatLedger> seats() {
        return seats;
    }

    /** What the run read and how it judged, or null where the command gathered none. */
    public Evidence evidence() {
        return evidence;
    }

    /** Whether the report speaks of files (the gate, a check of several snapshots) rather than one tenant. */
    public boolean byFile() {
        return kind == Kind.GATE || tenants.isEmpty() || tenants.get(0).file() != null;
    }

    public Kind kind() {
        return kind;
    }

    public List<TenantHeader> tenants() {
        return tenants;
    }

    public List<ReportedFinding> findings() {
        return findings;
    }

    public Severity failOn() {
        return failOn;
    }

    public boolean strict() {
        return strict;
    }

    /**
     * Things the reader should know that are not findings, such as a HEAD version the gate could not read,
     * then the snapshots not judged.
     */
    public List<String> notices() {
        if (unjudged.isEmpty()) return notices;
        List<String> all = new ArrayList<>(notices);
        for (UnjudgedInput u : unjudged) all.add(u.notice());
        return all;
    }

    /** The notices that are not about a snapshot left unjudged. */
    public List<String> otherNotices() {
        return notices;
    }

    /** The snapshots of the run that were not valid input: any of them fails the run with exit code 2. */
    public List<UnjudgedInput> unjudged() {
        return unjudged;
    }

    /**
     * The run's exit code as cli.md gives it: 2 where a snapshot was not valid input, else 1 where a finding
     * fails the run, else 0.
     */
    public int exitCode() {
        if (!unjudged.isEmpty()) return ExpectedFailure.INVALID_INPUT;
        return failed() ? 1 : 0;
    }

    /** Findings present after (not resolved) of this severity, waived ones left out. */
    public int count(Severity severity) {
        int n = 0;
        for (ReportedFinding f : findings) {
            if (f.present() && !f.waived() && f.finding().getSeverity() == severity) n++;
        }
        return n;
    }

    /** Findings present after that a waiver covers. */
    public int waived() {
        int n = 0;
        for (ReportedFinding f : findings) {
            if (f.present() && f.waived()) n++;
        }
        return n;
    }

    public int resolved() {
        int n = 0;
        for (ReportedFinding f : findings) {
            if (!f.present()) n++;
        }
        return n;
    }

    /** Whether the finding fails the run: not waived, at or above --fail-on, and new (or, with --strict, not resolved). */
    public boolean fails(ReportedFinding f) {
        if (failOn == null || f.waived() || !f.finding().getSeverity().atLeast(failOn)) return false;
        if (f.status() == null || f.status() == Status.INTRODUCED) return true;
        return strict && f.status() == Status.UNCHANGED;
    }

    public boolean failed() {
        for (ReportedFinding f : findings) {
            if (fails(f)) return true;
        }
        return false;
    }
}
