package org.d365policy.report;

import java.util.Locale;

/** A finding's status when a tenant before is compared with the tenant after (changes.md). */
public enum Status {
    INTRODUCED, RESOLVED, UNCHANGED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
