package org.d365policy.report;

import org.d365policy.model.snapshot.Profile;

import java.time.LocalDate;

/** Which tenant a report speaks of, judged on which day under which profile; the file only in the gate. */
public final class TenantHeader {
    private final String file;
    private final String tenant;
    private final LocalDate asOf;
    private final Profile profile;

    public TenantHeader(String file, String tenant, LocalDate asOf, Profile profile) {
        this.file = file;
        this.tenant = tenant;
        this.asOf = asOf;
        this.profile = profile;
    }

    public String file() {
        return file;
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
}
