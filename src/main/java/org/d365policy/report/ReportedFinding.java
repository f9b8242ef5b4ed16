package org.d365policy.report;

import org.d365policy.engine.TenantSession;
import org.d365policy.model.Finding;

import java.util.Comparator;

/** A finding as a report shows it: with its status in comparisons and its file in the gate. */
public final class ReportedFinding {
    /**
     * Severity (error first), rule ID, subject, then file: the same input always gives the same order. One
     * method rather than a chain of key extractors, as {@code TenantSession.ORDER}: a large report runs it
     * once per finding at least, on code the JIT has not compiled yet.
     */
    public static final Comparator<ReportedFinding> ORDER = (a, b) -> {
        int c = TenantSession.ORDER.compare(a.finding, b.finding);
        return c != 0 ? c : (a.file == null ? "" : a.file).compareTo(b.file == null ? "" : b.file);
    };

    private final Finding finding;
    private final Status status;
    private final String file;
    private final Location location;
    private final AppliedWaiver waiver;

    /**
     * @param location where the subject is written, or null
     * @param waiver the waiver that covers the finding, or null
     */
    public ReportedFinding(Finding finding, Status status, String file, Location location, AppliedWaiver waiver) {
        this.finding = finding;
        this.status = status;
        this.file = file;
        this.location = location;
        this.waiver = waiver;
    }

    public Location location() {
        return location;
    }

    /** The waiver's reason, or null where no waiver covers the finding. */
    public String waiver() {
        return waiver == null ? null : waiver.reason();
    }

    /** The waiver that covers the finding, or null. */
    public AppliedWaiver appliedWaiver() {
        return waiver;
    }

    public boolean waived() {
        return waiver != null;
    }

    public Finding finding() {
        return finding;
    }

    /** Null in a plain check. */
    public Status status() {
        return status;
    }

    /** Null except in the gate. */
    public String file() {
        return file;
    }

    /** Present in the tenant as it is (check) or as it will be (comparisons). */
    public boolean present() {
        return status != Status.RESOLVED;
    }
}
