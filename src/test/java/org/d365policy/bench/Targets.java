package org.d365policy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The targets of the performance issue, each with what was measured: met, or missed by how much.
 * Why a target is missed is for the README; this only keeps the arithmetic honest.
 */
final class Targets {
    private Targets() {
    }

    static String report(List<Measured> measured, double coldStartSeconds) {
        List<Measured> rows = Measured.bySize(measured);
        List<String> lines = new ArrayList<>();
        lines.add("Targets:");
        lines.add(atMost("cold start, check of the example (launcher, median)", coldStartSeconds, 1.0, "s"));
        Measured at100k = size(rows, 100_000);
        Measured at1m = size(rows, 1_000_000);
        if (at100k == null) {
            lines.add("- 100,000 users: not measured (add 100000 to bench.sizes)");
        } else {
            lines.add(atMost("check of 100,000 users, whole process (launcher)", at100k.get(Measured.CHECK_LAUNCHER), 4.0, "s"));
            lines.add(atMost("check of 100,000 users, whole process (java -jar)", at100k.get(Measured.CHECK_JAR), 4.0, "s"));
            lines.add(atMost("evaluation / plain Java floor at 100,000 users, cold", at100k.get("x floor cold"), 5.0, "x"));
            lines.add(atMost("evaluation / plain Java floor at 100,000 users, warm", at100k.get("x floor warm"), 5.0, "x"));
            lines.add(atMost("one change on a warm 100,000-user session (median)", at100k.get(Measured.CHANGE_MEDIAN), 1.0, "ms"));
            lines.add(atMost(String.format(Locale.ROOT, "diff of two 100,000-user snapshots differing in %d records / check of one,"
                    + " whole process (launcher)", Benchmark.DIFF_RECORDS),
                    at100k.get(Measured.DIFF_LAUNCHER) / at100k.get(Measured.CHECK_LAUNCHER), 1.3, "x"));
        }
        if (at1m == null) {
            lines.add("- 1,000,000 users: not measured (add 1000000 to bench.sizes)");
        } else {
            String heap = "-Xmx" + Benchmark.CHECK_HEAP;
            lines.add(atMost("check of 1,000,000 users, whole process (launcher, " + heap + ")", at1m.get(Measured.CHECK_LAUNCHER), 30.0, "s"));
            lines.add(atMost("check of 1,000,000 users, whole process (java -jar, " + heap + ")", at1m.get(Measured.CHECK_JAR), 30.0, "s"));
        }
        for (int i = 1; i < rows.size(); i++) {
            Measured small = rows.get(i - 1);
            Measured big = rows.get(i);
            if (big.users != small.users * 10) continue;
            for (String what : List.of(Measured.CHECK_LAUNCHER, Measured.EVAL_COLD, Measured.EVAL_WARM)) {
                lines.add(atMost(String.format(Locale.ROOT, "growth of %s from %,d to %,d users", what, small.users, big.users),
                        big.get(what) / small.get(what), 12.0, "x"));
            }
        }
        return String.join("\n", lines);
    }

    private static Measured size(List<Measured> rows, int users) {
        return rows.stream().filter(r -> r.users == users).findFirst().orElse(null);
    }

    private static String atMost(String what, double value, double target, String unit) {
        if (Double.isNaN(value)) return String.format(Locale.ROOT, "- %s: not measured, target <= %s %s", what, number(target), unit);
        if (Double.isInfinite(value)) return String.format(Locale.ROOT, "- %s: MISSED: out of memory (or over %d minutes), target <= %s %s",
                what, Benchmark.CHECK_TIMEOUT_MINUTES, number(target), unit);
        String verdict = value <= target ? "met" : String.format(Locale.ROOT, "MISSED by %s %s (%.1fx the target)", number(value - target), unit, value / target);
        return String.format(Locale.ROOT, "- %s: %s %s, target <= %s %s: %s", what, number(value), unit, number(target), unit, verdict);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v);
    }
}
