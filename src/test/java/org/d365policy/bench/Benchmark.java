package org.d365policy.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.change.ChangeApplier;
import org.d365policy.change.ChangeSet;
import org.d365policy.change.ChangeSetLoader;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.TenantSession;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.Environment;
import org.d365policy.model.Tenant;
import org.d365policy.model.UserRecord;
import org.d365policy.model.UserType;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints how long d365-policy takes, and how much memory it needs, on generated tenants:
 * the whole `check` process, and inside one JVM the load, the evaluation (cold and warm) and one
 * incremental change on a warm session (applying one operation of a change set and firing the rules;
 * reading every finding afterwards is measured apart). Numbers, not assertions: these machines are shared.
 *
 * Run: mvn -B -Pbench package   (sizes: -Dbench.sizes=10000,100000; runs of check: -Dbench.runs=3)
 */
public final class Benchmark {
    private static final int CHANGES = 60;

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int runs = Integer.getInteger("bench.runs", 3);
        Path jar = Path.of(System.getProperty("bench.jar", "target/d365-policy.jar"));
        Path work = Files.createTempDirectory("d365-bench");
        System.out.printf(Locale.ROOT, "d365-policy benchmark: %d cores, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        long t = System.nanoTime();
        RuleBase rules = RuleBase.bundled();
        System.out.printf(Locale.ROOT, "rule base built in this JVM: %.0f ms (%d rules)%n%n", ms(t), rules.catalog().size());
        List<Map<String, String>> rows = new ArrayList<>();
        for (int users : sizes) {
            Path file = work.resolve("tenant-" + users + ".json");
            new TenantGenerator(users, 42).write(file);
            rows.add(measure(users, file, jar, runs, rules));
            Files.delete(file);
        }
        print(rows);
    }

    private static Map<String, String> measure(int users, Path file, Path jar, int runs, RuleBase rules) throws Exception {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("users", String.format(Locale.ROOT, "%,d", users));
        row.put("file MB", String.format(Locale.ROOT, "%.1f", Files.size(file) / 1e6));
        row.put("check process s (median)", Files.exists(jar) ? String.format(Locale.ROOT, "%.2f", wholeProcess(jar, file, runs)) : "no jar");

        resetPeaks();
        long t = System.nanoTime();
        Tenant tenant = new SnapshotLoader().load(file);
        row.put("load ms", String.format(Locale.ROOT, "%.0f", ms(t)));
        EvaluationSettings settings = EvaluationSettings.resolve(tenant, null, null, TenantGenerator.AS_OF, null);

        t = System.nanoTime();
        int findings;
        try (TenantSession cold = new TenantSession(rules, tenant, settings)) {
            findings = cold.findings().size();
        }
        row.put("eval cold ms", String.format(Locale.ROOT, "%.0f", ms(t)));
        row.put("findings", String.valueOf(findings));

        double[] warm = new double[3];
        for (int i = 0; i < warm.length; i++) {
            t = System.nanoTime();
            try (TenantSession session = new TenantSession(rules, tenant, settings)) {
                session.findings();
            }
            warm[i] = ms(t);
        }
        row.put("eval warm ms (median)", String.format(Locale.ROOT, "%.0f", median(warm)));

        try (TenantSession session = new TenantSession(rules, tenant, settings)) {
            session.findings();
            row.put("live heap MB", String.valueOf(liveHeapMb()));
            row.put("peak heap MB", String.valueOf(peakHeapMb()));
            double[][] steps = incremental(tenant, session, settings);
            row.put("change ms (median)", String.format(Locale.ROOT, "%.2f", median(steps[0])));
            row.put("change ms (p90)", String.format(Locale.ROOT, "%.2f", percentile(steps[0], 0.9)));
            row.put("read all findings ms (median)", String.format(Locale.ROOT, "%.1f", median(steps[1])));
        }
        return row;
    }

    /** Single-operation change sets on one warm session: disable, enable again, take and give back a role. */
    private static double[][] incremental(Tenant tenant, TenantSession session, EvaluationSettings settings) throws Exception {
        ChangeApplier applier = new ChangeApplier(tenant, session, settings.asOf(), "bench", "user1@contoso.com");
        ChangeSetLoader loader = new ChangeSetLoader(new DocumentReader());
        ObjectMapper json = new ObjectMapper();
        List<UserRecord> people = new ArrayList<>();
        for (Environment env : tenant.getEnvironments()) {
            for (UserRecord r : env.getUsers()) {
                if (r.getType() == UserType.PERSON && r.isEnabled() && r.getRoles().contains("salesperson") && people.size() < CHANGES / 4) {
                    people.add(r);
                }
            }
        }
        List<ChangeSet> changes = new ArrayList<>();
        for (UserRecord r : people) {
            for (String op : new String[] {"disableUser", "enableUser", "removeRole", "assignRole"}) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("op", op);
                c.put("environment", r.getEnvironment());
                c.put("upn", r.getUpn());
                if (op.endsWith("Role")) c.put("role", "salesperson");
                Map<String, Object> doc = Map.of("actor", "user1@contoso.com", "changes", List.of(c));
                changes.add(loader.load(json.writeValueAsBytes(doc), "bench.json"));
            }
        }
        double[] steps = new double[changes.size()];
        double[] collect = new double[changes.size()];
        for (int i = 0; i < changes.size(); i++) {
            long t = System.nanoTime();
            applier.applyAll(changes.get(i));
            steps[i] = ms(t);
            t = System.nanoTime();
            session.findings();
            collect[i] = ms(t);
        }
        return new double[][] {steps, collect};
    }

    /** JVM start to report written, for `java -jar d365-policy.jar check`, as a user runs it. */
    private static double wholeProcess(Path jar, Path file, int runs) throws Exception {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder("java", "-jar", jar.toString(), "check", file.toString(), "--format", "json",
                    "--output", "/dev/null").inheritIO().start();
            int exit = p.waitFor();
            times[i] = ms(t) / 1000;
            if (exit > 1) throw new IllegalStateException("check exited " + exit);
        }
        return median(times);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum >> 20;
    }

    private static long liveHeapMb() {
        System.gc();
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static void print(List<Map<String, String>> rows) {
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        StringBuilder s = new StringBuilder("|");
        for (String c : columns) s.append(' ').append(c).append(" |");
        s.append("\n|");
        for (int i = 0; i < columns.size(); i++) s.append("---|");
        for (Map<String, String> row : rows) {
            s.append("\n|");
            for (String c : columns) s.append(' ').append(row.get(c)).append(" |");
        }
        System.out.println(s);
    }
}
