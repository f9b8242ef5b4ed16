package org.d365policy.report;

import org.d365policy.model.Finding;
import org.d365policy.model.Profile;
import org.d365policy.model.Severity;

import java.time.LocalDate;
import java.util.List;

/** What a check found about one tenant, and whether that fails the run. */
public final class Report {
    private final String tenant;
    private final LocalDate asOf;
    private final Profile profile;
    private final List<Finding> findings;
    private final Severity failOn;

    /** @param failOn the lowest severity that fails the run, or null for none */
    public Report(String tenant, LocalDate asOf, Profile profile, List<Finding> findings, Severity failOn) {
        this.tenant = tenant;
        this.asOf = asOf;
        this.profile = profile;
        this.findings = List.copyOf(findings);
        this.failOn = failOn;
    }

    public String tenant() {
        return tenant;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Profile profile() {
        return profile;
    }

    public List<Finding> findings() {
        return findings;
    }

    public Severity failOn() {
        return failOn;
    }

    public int count(Severity severity) {
        int n = 0;
        for (Finding f : findings) {
            if (f.getSeverity() == severity) n++;
        }
        return n;
    }

    public boolean failed() {
        if (failOn == null) return false;
        for (Finding f : findings) {
            if (f.getSeverity().atLeast(failOn)) return true;
        }
        return false;
    }
}
