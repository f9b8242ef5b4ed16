package org.d365policy.engine;

import java.util.Set;

/**
 * What tells two snapshots of one tenant apart, as the parts of a comparison need to know it
 * ({@link TenantComparison}): which object of the side after stands for which of the side before, and
 * what differs, so that a part whose facts are alike on both sides is judged once. Only a difference
 * this says nothing of may be left out of a part: where in doubt, it says that something differs.
 */
public interface SideDifference {
    /** The object of the side before that {@code fact} of the side after stands for, or {@code fact} itself. */
    Object sameAs(Object fact);

    /** Whether the tenant says the same of itself on both sides (not of the objects it lists). */
    boolean tenantAlike();

    /** Whether both sides have the same groups, with the same nesting (their members aside). */
    boolean groupsAlike();

    /** Whether the environment is on both sides alike: itself, its units, roles and teams (its records aside). */
    boolean environmentAlike(String id);

    /** The UPNs whose accounts, user records in any environment or group memberships differ. */
    Set<String> people();

    /** The UPNs of the user records of the environment that one side has and the other has not. */
    Set<String> recordsIn(String environment);

    /**
     * The UPNs of {@link #recordsIn}, and of every UPN in {@link #people()} with a record in the environment on
     * either side: what an environment's part reads with each record (its account, memberships) may differ.
     */
    Set<String> recordsReachedIn(String environment);
}
