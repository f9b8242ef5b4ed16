package org.d365policy.cli;

import org.d365policy.ExpectedFailure;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.RuleParts;

/**
 * The rule base, made on another thread while the snapshot is read: on a large tenant the two take
 * about as long, and these machines have a core for each. Only what the command will judge with is
 * made: the parts of a check or a comparison, or, where the rules have no parts or the command judges
 * in one session, the one rule base. Problems surface when it is taken, in the order the command has
 * always reported them.
 */
final class PreparedRuleBase {
    /** How the command judges. */
    enum Use {
        /** A snapshot in parts (check). */
        CHECK,
        /** A snapshot in parts, then its findings against a waivers file (check --waivers). */
        CHECK_WITH_WAIVERS,
        /** Two snapshots in parts, with the rules about the change between them (diff). */
        COMPARISON,
        /** A snapshot in one session (seats). */
        ONE_SESSION
    }

    private final Background<RuleBase> task;

    PreparedRuleBase(JudgingOptions judging, Use use) {
        task = Background.start("rules", () -> {
            RuleBase rules = judging.ruleBase();
            prepare(rules, use);
            return rules;
        });
    }

    /** Makes the rule bases {@code use} needs of {@code rules}, where they are made on first use. */
    static void prepare(RuleBase rules, Use use) {
        RuleParts parts = use == Use.ONE_SESSION ? null : rules.parts();
        if (parts == null) rules.snapshotKieBase();
        else if (use == Use.COMPARISON) parts.changes();
        else if (use == Use.CHECK_WITH_WAIVERS) parts.waivers();
    }

    RuleBase get() throws ExpectedFailure, InterruptedException {
        return task.get();
    }
}
