package org.d365policy.engine;

import org.kie.api.KieBase;

import java.util.function.Supplier;

/**
 * The snapshot rules split by what they judge, each part a rule base of its own: the tenant as a whole,
 * some people each across every environment, one environment, and the waivers over every finding. An
 * environment too large for one part is judged in two kinds: some of its people at a time, and its
 * records all at once; those two rule bases are made on first use, as few tenants need them, and so are
 * the rules about a change, which only a comparison of two snapshots judges, and the waivers' rules,
 * which only a check with a waivers file does.
 */
public final class RuleParts {
    private final KieBase tenant;
    private final KieBase people;
    private final KieBase environment;
    private final Supplier<KieBase> someOfAnEnvironment;
    private final Supplier<KieBase> wholeEnvironment;
    private final Supplier<KieBase> waivers;
    private final Supplier<KieBase> changes;

    RuleParts(KieBase tenant, KieBase people, KieBase environment, Supplier<KieBase> someOfAnEnvironment,
              Supplier<KieBase> wholeEnvironment, Supplier<KieBase> waivers, Supplier<KieBase> changes) {
        this.tenant = tenant;
        this.people = people;
        this.environment = environment;
        this.someOfAnEnvironment = RuleBase.once(someOfAnEnvironment);
        this.wholeEnvironment = RuleBase.once(wholeEnvironment);
        this.waivers = RuleBase.once(waivers);
        this.changes = RuleBase.once(changes);
    }

    /** The rules of {@link RuleBase#TENANT_PACKAGE}. */
    public KieBase tenant() {
        return tenant;
    }

    /** The rules of {@link RuleBase#PEOPLE_PACKAGE}. */
    public KieBase people() {
        return people;
    }

    /** Every rule about one environment: those of {@link #someOfAnEnvironment()} and {@link #wholeEnvironment()}. */
    public KieBase environment() {
        return environment;
    }

    /** The rules about one record of an environment, which judge some of its people as they judge all. */
    public KieBase someOfAnEnvironment() {
        return someOfAnEnvironment.get();
    }

    /** The rules of {@link RuleBase#ENVIRONMENT_PACKAGE}: an environment's records all at once. */
    public KieBase wholeEnvironment() {
        return wholeEnvironment.get();
    }

    /** The rules about a change ({@link RuleBase#CHANGE_PACKAGE}), for two snapshots compared in parts (TenantComparison). */
    public KieBase changes() {
        return changes.get();
    }

    /** The rules about waivers. */
    public KieBase waivers() {
        return waivers.get();
    }
}
