package org.d365policy.cli;

import org.d365policy.ExpectedFailure;
import org.d365policy.engine.RuleBase;

/**
 * The rule base, made on another thread while the snapshot is read: on a large tenant the two take
 * about as long, and these machines have a core for each. Problems surface when it is taken, in the
 * order the command has always reported them.
 */
final class PreparedRuleBase {
    private final Background<RuleBase> task;

    PreparedRuleBase(JudgingOptions judging) {
        task = Background.start("rules", () -> {
            RuleBase rules = judging.ruleBase();
            rules.snapshotKieBase();
            return rules;
        });
    }

    RuleBase get() throws ExpectedFailure, InterruptedException {
        return task.get();
    }
}
