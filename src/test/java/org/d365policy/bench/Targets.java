package org.d365policy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The targets of issue 16 (and issue 14's diff), each with what was measured: met, or missed by how much.
 * Why a target is missed is for BENCHMARKS.md; this only keeps the arithmetic honest.
 */
final class Targets {
    static final int AT_100K = 100_000;
    static final int AT_1M = 1_000_000;

    private Targets() {
    }

    static String jvmStart(WholeProcess.Jvm jvm) {
        return "JVM start s (java -Xshare:auto -version, " + jvm.label() + ")";
    }

    static String exampleStart(WholeProcess.Jvm jvm) {
        return "launcher start to report s (check of the example, " + jvm.label() + ")";
    }

    /**
     * @param jvms the JVMs the launcher ran on, its own choice first
     * @param start the start-up figures by {@link #jvmStart} and {@link #exampleStart}
     */
    static String report(List<Measured> measured, List<WholeProcess.Jvm> jvms, Map<String, Double> start) {
        List<Measured> rows = Measured.bySize(measured);
        List<String> lines = new ArrayList<>();
        lines.add("Targets (the launcher's own choice of JVM first):");
        Measured at100k = size(rows, AT_100K);
        Measured at1m = size(rows, AT_1M);
        for (WholeProcess.Jvm jvm : jvms) {
            lines.add(atMost("100,000-user check, whole process, against the plain single-pass script (launcher, " + jvm.label() + ")",
                    at100k == null ? Double.NaN : at100k.get(Measured.checkPerScript(jvm)), 0.5, "x"));
        }
        lines.add(atMost("evaluation / PlainJavaFloor at 100,000 users, cold", at100k == null ? Double.NaN : at100k.get(Measured.FLOOR_COLD_RATIO), 3.0, "x"));
        lines.add(atMost("evaluation / PlainJavaFloor at 100,000 users, warm", at100k == null ? Double.NaN : at100k.get(Measured.FLOOR_WARM_RATIO), 3.0, "x"));
        String heap = "-Xmx" + Benchmark.CHECK_HEAP;
        for (WholeProcess.Jvm jvm : jvms) {
            lines.add(atMost("1,000,000-user check, whole process (launcher, " + jvm.label() + ", " + heap + ")",
                    at1m == null ? Double.NaN : at1m.get(Measured.checkLauncher(jvm)), 20.0, "s"));
        }
        if (at1m != null && !Benchmark.CHECK_HEAP.equalsIgnoreCase("4g")) {
            lines.add("  (the target is in -Xmx4g; this run used " + heap + ")");
        }
        lines.add(atMost("live heap per user record at 1,000,000 users", at1m == null ? Double.NaN : at1m.get(Measured.LIVE_KB_PER_USER), 2.0, "KB"));
        if (at1m == null && !rows.isEmpty()) {
            Measured largest = rows.get(rows.size() - 1);
            lines.add(String.format(Locale.ROOT, "  (at %,d users: %s KB)", largest.users, number(largest.get(Measured.LIVE_KB_PER_USER))));
        }
        for (int i = 1; i < rows.size(); i++) {
            Measured small = rows.get(i - 1);
            Measured big = rows.get(i);
            if (big.users != small.users * 10) continue;
            List<String> what = new ArrayList<>();
            jvms.forEach(jvm -> what.add(Measured.checkLauncher(jvm)));
            what.addAll(List.of(Measured.EVAL_COLD, Measured.EVAL_WARM));
            for (String w : what) {
                lines.add(atMost(String.format(Locale.ROOT, "growth of %s from %,d to %,d users", w, small.users, big.users),
                        big.get(w) / small.get(w), 10.0, "x"));
            }
        }
        lines.add(atMost("one incremental change on a warm 100,000-user session (median)",
                at100k == null ? Double.NaN : at100k.get(Measured.CHANGE_MEDIAN), 0.2, "ms"));
        for (WholeProcess.Jvm jvm : jvms) {
            double example = start.getOrDefault(exampleStart(jvm), Double.NaN);
            lines.add(atMost("launcher start to report, example (" + jvm.label() + ", median)", example, 0.4, "s"));
            lines.add(atMost("launcher start to report / JVM start (" + jvm.label() + ", "
                    + number(start.getOrDefault(jvmStart(jvm), Double.NaN)) + " s, same run)",
                    example / start.getOrDefault(jvmStart(jvm), Double.NaN), 10.0, "x"));
        }
        if (!jvms.isEmpty()) {
            lines.add(atMost(String.format(Locale.ROOT, "diff of two 100,000-user snapshots differing in %d records / check of one,"
                    + " whole process, timed in turn (launcher, %s; issue 14)", Benchmark.DIFF_RECORDS, jvms.get(0).label()),
                    at100k == null ? Double.NaN : at100k.get(Measured.DIFF_PER_CHECK), 1.3, "x"));
        }
        if (jvms.isEmpty()) lines.add("- whole processes: not measured (no target/d365-policy launcher; run mvn -B -Pbench package)");
        if (at100k == null) lines.add("  (100,000 users not measured: add 100000 to bench.sizes)");
        if (at1m == null) lines.add("  (1,000,000 users not measured: add 1000000 to bench.sizes)");
        return String.join("\n", lines);
    }

    private static Measured size(List<Measured> rows, int users) {
        return rows.stream().filter(r -> r.users == users).findFirst().orElse(null);
    }

    static String atMost(String what, double value, double target, String unit) {
        if (Double.isNaN(value)) return String.format(Locale.ROOT, "- %s: not measured, target <= %s %s", what, number(target), unit);
        if (Double.isInfinite(value)) return String.format(Locale.ROOT, "- %s: MISSED: out of memory (or over %d minutes), target <= %s %s",
                what, WholeProcess.TIMEOUT_MINUTES, number(target), unit);
        String verdict = value <= target ? String.format(Locale.ROOT, "met (%.2fx the target)", value / target)
                : String.format(Locale.ROOT, "MISSED by %s %s (%.1fx the target)", number(value - target), unit, value / target);
        return String.format(Locale.ROOT, "- %s: %s %s, target <= %s %s: %s", what, number(value), unit, number(target), unit, verdict);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v);
    }
}
