package org.d365policy.cli;

import org.d365policy.ExpectedFailure;
import org.d365policy.engine.RuleBase;

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

    RuleBase get() throws ExpectedFailure, InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExpectedFailure f) throw f;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error error) throw error;
            throw new IllegalStateException(cause);
        }
    }
}
