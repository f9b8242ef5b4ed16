package org.d365policy.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the benchmark measured for one tenant size, and the table it prints. */
final class Measured {
    static final String FILE_MB = "file MB";
    static final String CHECK_LAUNCHER = "check s (launcher)";
    static final String CHECK_JAR = "check s (java -jar)";
    static final String DIFF_LAUNCHER = "diff s (launcher)";
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

    private static final List<String> COLUMNS = List.of(FILE_MB, CHECK_LAUNCHER, CHECK_JAR, DIFF_LAUNCHER, LOAD_MS, EVAL_COLD, EVAL_WARM,
            FLOOR_COLD, FLOOR_WARM, "x floor cold", "x floor warm", FINDINGS, LIVE_HEAP_MB, PEAK_HEAP_MB, CHANGE_MEDIAN,
            CHANGE_P90, CHANGE_FIRST_PASS, READ_FINDINGS);

    final int users;
    private final Map<String, Double> values = new LinkedHashMap<>();

    Measured(int users) {
        this.users = users;
    }

    void put(String what, double value) {
        values.put(what, value);
    }

    /** The value; NaN where it was not measured (no jar), infinite where check ran out of memory or time. */
    double get(String what) {
        if (what.equals("x floor cold")) return get(EVAL_COLD) / get(FLOOR_COLD);
        if (what.equals("x floor warm")) return get(EVAL_WARM) / get(FLOOR_WARM);
        return values.getOrDefault(what, Double.NaN);
    }

    static String table(List<Measured> rows) {
        StringBuilder s = new StringBuilder("| users |");
        for (String c : COLUMNS) s.append(' ').append(c).append(" |");
        s.append("\n|---|");
        s.append("---|".repeat(COLUMNS.size()));
        for (Measured row : rows) {
            s.append(String.format(Locale.ROOT, "\n| %,d |", row.users));
            for (String c : COLUMNS) s.append(' ').append(format(c, row.get(c))).append(" |");
        }
        return s.toString();
    }

    static String format(String column, double value) {
        if (Double.isNaN(value)) return "-";
        if (Double.isInfinite(value)) return "out of memory";
        if (column.startsWith("check") || column.startsWith("diff") || column.startsWith("change")) return String.format(Locale.ROOT, "%.2f", value);
        if (column.startsWith("x ") || column.equals(FILE_MB) || column.equals(READ_FINDINGS)) return String.format(Locale.ROOT, "%.1f", value);
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static List<Measured> bySize(List<Measured> rows) {
        List<Measured> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> Integer.compare(a.users, b.users));
        return sorted;
    }
}
