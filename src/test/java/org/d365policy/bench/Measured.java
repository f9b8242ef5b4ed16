package org.d365policy.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the benchmark measured for one tenant size, and the table it prints. */
final class Measured {
    static final String FILE_MB = "file MB";
    static final String CHECK_JAR = "check s (java -jar)";
    static final String SCRIPT = "script s (python3)";
    static final String DIFF_LAUNCHER = "diff s (launcher)";
    /** The median of diff's time over a check's, the two timed in turn (Benchmark, WholeProcess.launcherInTurn). */
    static final String DIFF_PER_CHECK = "x check (diff, in turn)";
    static final String LOAD_MS = "load ms";
    static final String EVAL_COLD = "eval cold ms";
    static final String EVAL_WARM = "eval warm ms";
    static final String FLOOR_COLD = "floor cold ms";
    static final String FLOOR_WARM = "floor warm ms";
    static final String FINDINGS = "findings (= floor)";
    static final String LIVE_HEAP_MB = "live heap MB";
    static final String PEAK_HEAP_MB = "peak heap MB";
    static final String CHANGE_MEDIAN = "change ms";
    static final String CHANGE_P90 = "change ms p90";
    static final String CHANGE_FIRST_PASS = "change ms, first pass";
    static final String READ_FINDINGS = "read all findings ms";
    static final String FLOOR_COLD_RATIO = "x floor cold";
    static final String FLOOR_WARM_RATIO = "x floor warm";
    static final String LIVE_KB_PER_USER = "live heap KB/user";

    /** Whole-process columns per JVM come first, in the order measured; the derived columns after what they derive from. */
    private static final List<String> COLUMNS = List.of(FILE_MB, "*check", CHECK_JAR, SCRIPT, "*check/script", DIFF_LAUNCHER, DIFF_PER_CHECK, LOAD_MS,
            EVAL_COLD, EVAL_WARM, FLOOR_COLD, FLOOR_WARM, FLOOR_COLD_RATIO, FLOOR_WARM_RATIO, FINDINGS, LIVE_HEAP_MB, LIVE_KB_PER_USER,
            PEAK_HEAP_MB, CHANGE_MEDIAN, CHANGE_P90, CHANGE_FIRST_PASS, READ_FINDINGS);

    final int users;
    private final Map<String, Double> values = new LinkedHashMap<>();

    Measured(int users) {
        this.users = users;
    }

    /** The launcher's whole-process check on one JVM. */
    static String checkLauncher(WholeProcess.Jvm jvm) {
        return "check s (launcher, " + jvm.label() + ")";
    }

    /** That check against the plain single-pass script on the same file. */
    static String checkPerScript(WholeProcess.Jvm jvm) {
        return "x script (launcher, " + jvm.label() + ")";
    }

    void put(String what, double value) {
        values.put(what, value);
    }

    /** The value; NaN where it was not measured (no jar), infinite where check ran out of memory or time. */
    double get(String what) {
        if (what.equals(FLOOR_COLD_RATIO)) return get(EVAL_COLD) / get(FLOOR_COLD);
        if (what.equals(FLOOR_WARM_RATIO)) return get(EVAL_WARM) / get(FLOOR_WARM);
        if (what.equals(LIVE_KB_PER_USER)) return get(LIVE_HEAP_MB) * 1024 / users;
        if (what.startsWith("x script (")) return get(what.replace("x script (", "check s (")) / get(SCRIPT);
        return values.getOrDefault(what, Double.NaN);
    }

    static String table(List<Measured> rows) {
        List<String> columns = columns(rows);
        StringBuilder s = new StringBuilder("| users |");
        for (String c : columns) s.append(' ').append(c).append(" |");
        s.append("\n|---|");
        s.append("---|".repeat(columns.size()));
        for (Measured row : rows) {
            s.append(String.format(Locale.ROOT, "\n| %,d |", row.users));
            for (String c : columns) s.append(' ').append(format(c, row.get(c))).append(" |");
        }
        return s.toString();
    }

    /** COLUMNS with "*check" and "*check/script" spelled out for each JVM measured. */
    private static List<String> columns(List<Measured> rows) {
        List<String> perJvm = rows.stream().flatMap(r -> r.values.keySet().stream()).filter(k -> k.startsWith("check s (launcher, "))
                .distinct().toList();
        List<String> columns = new ArrayList<>();
        for (String c : COLUMNS) {
            switch (c) {
                case "*check" -> columns.addAll(perJvm);
                case "*check/script" -> perJvm.forEach(k -> columns.add(k.replace("check s (", "x script (")));
                default -> columns.add(c);
            }
        }
        return columns;
    }

    static String format(String column, double value) {
        if (Double.isNaN(value)) return "-";
        if (Double.isInfinite(value)) return "out of memory";
        if (column.startsWith("check") || column.startsWith("diff") || column.startsWith("change") || column.startsWith("script")
                || column.startsWith("x script") || column.equals(DIFF_PER_CHECK)) return String.format(Locale.ROOT, "%.2f", value);
        if (column.startsWith("x ") || column.equals(FILE_MB) || column.equals(READ_FINDINGS) || column.equals(LIVE_KB_PER_USER)
                || column.equals(LIVE_HEAP_MB)) return String.format(Locale.ROOT, "%.1f", value);
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static List<Measured> bySize(List<Measured> rows) {
        List<Measured> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> Integer.compare(a.users, b.users));
        return sorted;
    }
}
