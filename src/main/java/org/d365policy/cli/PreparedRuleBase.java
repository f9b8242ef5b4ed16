package org.d365policy.cli;

import org.d365policy.engine.RuleBase;
import org.d365policy.engine.RulesException;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The rule base, made on another thread while the snapshot is read: on a large tenant the two take
 * about as long, and these machines have a core for each. Problems surface when it is taken, in the
 * order the command has always reported them.
 */
final class PreparedRuleBase {
    private final FutureTask<RuleBase> task;

    PreparedRuleBase(JudgingOptions judging) {
        task = new FutureTask<>(() -> {
            RuleBase rules = judging.ruleBase();
            rules.snapshotKieBase();
            return rules;
        });
        Thread thread = new Thread(task, "d365-policy-rules");
        thread.setDaemon(true);
        thread.start();
    }

    RuleBase get() throws RulesException, InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RulesException) throw (RulesException) cause;
            if (cause instanceof RuntimeException) throw (RuntimeException) cause;
            if (cause instanceof Error) throw (Error) cause;
            throw new IllegalStateException(cause);
        }
    }
}
