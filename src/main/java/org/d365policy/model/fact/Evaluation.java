package org.d365policy.model.fact;

import org.d365policy.model.snapshot.Profile;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The one fact that says on which day and under which parameters the tenant is judged. The rules
 * read the day from here and never from the clock, so that the same input gives the same result.
 */
public final class Evaluation {
    private final LocalDate asOf;
    private final Profile profile;
    private final int nonInteractiveLimit;
    private final int invitationHoldDays;

    public Evaluation(LocalDate asOf, Profile profile, int nonInteractiveLimit, int invitationHoldDays) {
        this.asOf = asOf;
        this.profile = profile;
        this.nonInteractiveLimit = nonInteractiveLimit;
        this.invitationHoldDays = invitationHoldDays;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public Profile getProfile() {
        return profile;
    }

    public int getNonInteractiveLimit() {
        return nonInteractiveLimit;
    }

    public int getInvitationHoldDays() {
        return invitationHoldDays;
    }

    public boolean isAdminsAreSystemAdministrators() {
        return profile.adminsAreSystemAdministrators();
    }

    public boolean isTeamRolesCount() {
        return profile.teamRolesCount();
    }

    public boolean isGlobalAdminsExemptFromSecurityGroup() {
        return profile.globalAdminsExemptFromSecurityGroup();
    }

    /** Equal parameters are one fact: two snapshots judged alike share it (TenantComparison). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Evaluation e && asOf.equals(e.asOf) && profile == e.profile
                && nonInteractiveLimit == e.nonInteractiveLimit && invitationHoldDays == e.invitationHoldDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, profile, nonInteractiveLimit, invitationHoldDays);
    }
}
