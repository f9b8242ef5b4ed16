package org.d365policy.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** For tests: the facts of a live tenant's session are exactly those a new session of its tenant would get. */
public final class FactsInStep {
    private FactsInStep() {
    }

    public static void assertInStep(LiveTenant live) {
        List<Object> expected = new ArrayList<>();
        TenantFacts.of(live.tenant(), expected::add);
        Set<Class<?>> kinds = new HashSet<>();
        for (Object fact : expected) kinds.add(fact.getClass());
        // Kinds with no fact in this tenant still count: a fact left behind of a kind now absent is out of step too.
        kinds.addAll(TENANT_KINDS);
        List<Object> actual = new ArrayList<>(live.session().kieSession().getObjects(o -> kinds.contains(o.getClass())));
        // Objects compare by identity, relation facts by value: the same objects and relations, each as often.
        assertThat(actual).as("the session's facts of the tenant").containsExactlyInAnyOrderElementsOf(expected);
    }

    private static final Set<Class<?>> TENANT_KINDS = Set.of(org.d365policy.model.snapshot.Subscription.class, org.d365policy.model.snapshot.Account.class,
            org.d365policy.model.fact.AccountAdminRole.class, org.d365policy.model.snapshot.Invitation.class,
            org.d365policy.model.snapshot.Group.class, org.d365policy.model.fact.GroupMember.class, org.d365policy.model.fact.GroupNesting.class,
            org.d365policy.model.snapshot.Environment.class, org.d365policy.model.snapshot.BusinessUnit.class, org.d365policy.model.snapshot.Role.class,
            org.d365policy.model.snapshot.Team.class, org.d365policy.model.fact.TeamRole.class, org.d365policy.model.fact.TeamMember.class,
            org.d365policy.model.snapshot.UserRecord.class);
}
