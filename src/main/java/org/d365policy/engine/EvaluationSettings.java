package org.d365policy.engine;

import org.d365policy.model.fact.Evaluation;
import org.d365policy.model.fact.Waiver;
import org.d365policy.model.snapshot.PolicyOverrides;
import org.d365policy.model.snapshot.Profile;
import org.d365policy.model.snapshot.Tenant;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * On which day, under which profile and parameters, and with which rules a tenant is judged.
 * Precedence (rules.md, cli.md): the command line, then the snapshot, then the defaults.
 */
public final class EvaluationSettings {
    private final LocalDate asOf;
    private final Profile profile;
    private final int nonInteractiveLimit;
    private final int invitationHoldDays;
    private final Set<String> only;
    private final List<Waiver> waivers;

    private EvaluationSettings(LocalDate asOf, Profile profile, int nonInteractiveLimit, int invitationHoldDays,
                               Set<String> only, List<Waiver> waivers) {
        this.asOf = asOf;
        this.profile = profile;
        this.nonInteractiveLimit = nonInteractiveLimit;
        this.invitationHoldDays = invitationHoldDays;
        this.only = only;
        this.waivers = waivers;
    }

    /** The same settings, with the accepted exceptions of a waivers file. */
    public EvaluationSettings withWaivers(List<Waiver> waivers) {
        return new EvaluationSettings(asOf, profile, nonInteractiveLimit, invitationHoldDays, only, List.copyOf(waivers));
    }

    public List<Waiver> waivers() {
        return waivers;
    }

    /**
     * @param profileOption {@code --profile}, or null
     * @param asOf the evaluation day already chosen by the caller, or null for the snapshot's, else {@code today}
     * @param only the rule IDs to judge, or null for all
     */
    public static EvaluationSettings resolve(Tenant tenant, Profile profileOption, LocalDate asOf, LocalDate today,
                                             Set<String> only) {
        Profile profile = profileOption != null ? profileOption
                : tenant.getProfile() != null ? tenant.getProfile() : Profile.CE_V9;
        int limit = profile.nonInteractiveLimit();
        int holdDays = profile.invitationHoldDays();
        PolicyOverrides policy = tenant.getPolicy();
        if (policy != null && policy.getNonInteractiveLimit() != null) limit = policy.getNonInteractiveLimit();
        if (policy != null && policy.getInvitationHoldDays() != null) holdDays = policy.getInvitationHoldDays();
        LocalDate day = asOf != null ? asOf : tenant.getAsOf() != null ? tenant.getAsOf() : today;
        return new EvaluationSettings(day, profile, limit, holdDays, only, List.of());
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Profile profile() {
        return profile;
    }

    /** The rule IDs to judge, or null for all. */
    public Set<String> only() {
        return only;
    }

    /** Whether a tenant is judged the same way under both: one day, profile, parameters, rules and waivers. */
    public boolean judgesAlike(EvaluationSettings other) {
        return asOf.equals(other.asOf) && profile == other.profile && nonInteractiveLimit == other.nonInteractiveLimit
                && invitationHoldDays == other.invitationHoldDays && java.util.Objects.equals(only, other.only)
                && waivers.equals(other.waivers);
    }

    /** The parameters as the rules see them. */
    public Evaluation toFact() {
        return new Evaluation(asOf, profile, nonInteractiveLimit, invitationHoldDays);
    }
}
