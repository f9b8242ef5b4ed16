package org.d365policy.bench;

import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.RuleFiles;
import org.d365policy.engine.RuleSource;
import org.d365policy.engine.TenantSession;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.snapshot.Tenant;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where evaluation time goes, rule file by rule file: the warm evaluation of a generated tenant with
 * all rules, then with each file left out (a file other files depend on shows their cost too).
 * Run: mvn -B -q test-compile exec:exec@rule-cost (see the bench profile), or from an IDE.
 */
public final class RuleCost {
    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path file = Files.createTempFile("rule-cost", ".json");
        new TenantGenerator(users, 42).write(file);
        Tenant tenant = new SnapshotLoader().load(file);
        EvaluationSettings settings = EvaluationSettings.resolve(tenant, null, null, TenantGenerator.AS_OF, null);
        List<RuleSource> all = RuleFiles.bundled();
        double everything = evaluate(RuleBase.build(all), tenant, settings);
        System.out.printf(Locale.ROOT, "%,d users, all %d rule files: %.0f ms (warm, median of 3)%n", users, all.size(), everything);
        for (RuleSource leftOut : all) {
            List<RuleSource> rest = new ArrayList<>(all);
            rest.remove(leftOut);
            double without = evaluate(RuleBase.build(rest), tenant, settings);
            System.out.printf(Locale.ROOT, "  without %-28s %6.0f ms  (%+.0f ms)%n", leftOut.name(), without, without - everything);
        }
        Files.delete(file);
    }

    private static double evaluate(RuleBase rules, Tenant tenant, EvaluationSettings settings) {
        double[] times = new double[4];
        for (int i = 0; i < times.length; i++) {
            System.gc();
            long t = System.nanoTime();
            try (TenantSession session = new TenantSession(rules, tenant, settings)) {
                session.findings();
            }
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        double[] warm = java.util.Arrays.copyOfRange(times, 1, times.length);
        java.util.Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
