package org.d365policy.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.change.ChangeApplier;
import org.d365policy.change.ChangeSet;
import org.d365policy.change.ChangeSetLoader;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.TenantCheck;
import org.d365policy.engine.TenantSession;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;
import org.d365policy.model.snapshot.UserType;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints how long d365-policy takes, and how much memory it needs, on generated tenants:
 * the whole `check` process, and inside one JVM the load, the evaluation (cold and warm), the same
 * evaluation by {@link PlainJavaFloor}, and one incremental change on a warm session (applying one
 * operation of a change set and firing the rules; reading every finding afterwards is measured apart).
 * Then the growth per 10x users and each target of the performance issue, met or missed by how much.
 * Whole processes run on each JVM present (the launcher's Java 25 and the java on the PATH), beside the
 * JVM's own start and the plain single-pass script (src/test/python/floor.py) on the same file.
 * Numbers, not assertions: these machines are shared. It stops if the rules, the floor and the script disagree.
 *
 * Run: mvn -B -Pbench package   (sizes: -Dbench.sizes=10000,100000,1000000; runs of check: -Dbench.runs=3)
 */
public final class Benchmark {
    private static final int CHANGES = 400;
    /** diff is timed against check at this size, of two snapshots that differ in this many records (issue 14). */
    static final int DIFF_USERS = 100_000;
    static final int DIFF_RECORDS = 5;
    /**
     * The heap of the check processes: the target's (a million users in -Xmx4g), whatever heap this JVM has
     * for its own measurements. A run that succeeds shows the tenant fits in it.
     */
    static final String CHECK_HEAP = System.getProperty("bench.checkHeap", "4g");

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000,1000000").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int runs = Integer.getInteger("bench.runs", 3);
        Path jar = Path.of(System.getProperty("bench.jar", "target/d365-policy.jar"));
        Path work = Files.createTempDirectory("d365-bench");
        System.out.printf(Locale.ROOT, "d365-policy benchmark: %d cores, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        long t = System.nanoTime();
        RuleBase rules = RuleBase.bundled();
        System.out.printf(Locale.ROOT, "rule base built in this JVM: %.0f ms (%d rules)%n%n", ms(t), rules.catalog().size());
        Path launcher = jar.resolveSibling("d365-policy");
        List<WholeProcess.Jvm> jvms = launcher.toFile().canExecute() ? WholeProcess.present() : List.of();
        String script = FloorScript.whyUnavailable();
        if (script != null) System.out.println("The plain single-pass script is not timed: " + script);
        Map<String, Double> start = new LinkedHashMap<>();
        for (WholeProcess.Jvm jvm : jvms) {
            start.put(Targets.jvmStart(jvm), WholeProcess.jvmStart(jvm, 7));
            start.put(Targets.exampleStart(jvm), WholeProcess.launcher(launcher, jvm, CHECK_HEAP, List.of("check", "examples/contoso.tenant.yaml"), 7));
        }
        List<Measured> rows = new ArrayList<>();
        for (int users : sizes) {
            Path file = work.resolve("tenant-" + users + ".json");
            new TenantGenerator(users, 42).write(file);
            rows.add(measure(users, file, jar, jvms, script == null, runs, rules));
            Files.delete(file);
        }
        System.out.println(Measured.table(rows));
        System.out.println();
        System.out.println(Targets.report(rows, jvms, start));
    }

    private static Measured measure(int users, Path file, Path jar, List<WholeProcess.Jvm> jvms, boolean script, int runs,
                                    RuleBase rules) throws Exception {
        Measured m = new Measured(users);
        m.put(Measured.FILE_MB, Files.size(file) / 1e6);
        Path launcher = jar.resolveSibling("d365-policy");
        // One check not timed first: the first large run after the file is written pays for the memory the
        // kernel has to find (a million users: up to 5 s), which with one run each fell on the first JVM timed.
        if (!jvms.isEmpty()) WholeProcess.launcher(launcher, jvms.get(0), CHECK_HEAP, List.of("check", file.toString()), 1);
        for (WholeProcess.Jvm jvm : jvms) {
            m.put(Measured.checkLauncher(jvm), WholeProcess.launcher(launcher, jvm, CHECK_HEAP, List.of("check", file.toString()), runs));
        }
        if (!jvms.isEmpty() && users == DIFF_USERS) {
            Path after = file.resolveSibling("tenant-" + users + "-after.json");
            withAFewChanges(file, after, DIFF_RECORDS);
            // A ratio of two single runs timed minutes apart followed the machine's load more than diff's cost
            // (0.83 and 1.61 in two runs of the same code): diff and check are timed in turn, at least 3 rounds.
            WholeProcess.InTurn inTurn = WholeProcess.launcherInTurn(launcher, jvms.get(0), CHECK_HEAP,
                    List.of("check", file.toString()), List.of("diff", file.toString(), after.toString()), Math.max(3, runs));
            m.put(Measured.DIFF_LAUNCHER, inTurn.second());
            m.put(Measured.DIFF_PER_CHECK, inTurn.ratio());
            Files.delete(after);
        }
        if (Files.exists(jar)) m.put(Measured.CHECK_JAR, WholeProcess.jar(jar, CHECK_HEAP, List.of("check", file.toString()), runs));
        Set<String> scriptFound = null;
        if (script) {
            WholeProcess.ScriptRun run = WholeProcess.script(file, runs);
            m.put(Measured.SCRIPT, run.seconds());
            scriptFound = run.pairs();
        }

        resetPeaks();
        long t = System.nanoTime();
        Tenant tenant = new SnapshotLoader().load(file);
        m.put(Measured.LOAD_MS, ms(t));
        EvaluationSettings settings = EvaluationSettings.resolve(tenant, null, null, TenantGenerator.AS_OF, null);

        // Evaluation as check judges: in parts (TenantCheck), each part's session let go after it.
        t = System.nanoTime();
        Set<String> found = PlainJavaFloor.sameFormAs(TenantCheck.judge(rules, tenant, settings).findings());
        m.put(Measured.EVAL_COLD, ms(t));
        m.put(Measured.PEAK_HEAP_MB, peakHeapMb());
        // The heap a check holds at its largest: the model and, of the parts, the one whose session holds most.
        double[] live = {0};
        TenantCheck.judge(rules, tenant, settings, part -> live[0] = Math.max(live[0], liveHeapMb()));
        m.put(Measured.LIVE_HEAP_MB, live[0]);
        t = System.nanoTime();
        Set<String> floor = PlainJavaFloor.evaluate(tenant, settings.toFact());
        m.put(Measured.FLOOR_COLD, ms(t));
        agree(users, "the plain Java floor", found, floor);
        if (scriptFound != null) agree(users, "the plain single-pass script", found, scriptFound);
        m.put(Measured.FINDINGS, found.size());

        double[] warm = new double[3];
        double[] floorWarm = new double[3];
        for (int i = 0; i < warm.length; i++) {
            System.gc();
            t = System.nanoTime();
            TenantCheck.judge(rules, tenant, settings).findings();
            warm[i] = ms(t);
            System.gc();
            t = System.nanoTime();
            PlainJavaFloor.evaluate(tenant, settings.toFact());
            floorWarm[i] = ms(t);
        }
        m.put(Measured.EVAL_WARM, median(warm));
        m.put(Measured.FLOOR_WARM, median(floorWarm));

        try (TenantSession session = new TenantSession(rules, tenant, settings, List.of(), TenantSession.Judges.CHANGES)) {
            session.findings();
            double[][] steps = incremental(tenant, session, settings);
            m.put(Measured.CHANGE_MEDIAN, median(steps[0]));
            m.put(Measured.CHANGE_P90, percentile(steps[0], 0.9));
            m.put(Measured.READ_FINDINGS, median(steps[1]));
            m.put(Measured.CHANGE_FIRST_PASS, median(steps[2]));
        }
        return m;
    }

    /**
     * Single-operation change sets on one warm session: disable, enable again, take and give back a role,
     * for 100 people; then reading every finding, apart.
     */
    private static double[][] incremental(Tenant tenant, TenantSession session, EvaluationSettings settings) throws Exception {
        ChangeApplier applier = new ChangeApplier(new org.d365policy.engine.LiveTenant(tenant, session), settings.asOf(), "bench", "user1@contoso.com");
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
        // Each person's four changes leave them as they were, so the same changes can run twice: the
        // first time warms the JIT up, the second is measured.
        double[] first = new double[changes.size()];
        for (int i = 0; i < changes.size(); i++) {
            long t = System.nanoTime();
            applier.applyAll(changes.get(i));
            first[i] = ms(t);
        }
        double[] steps = new double[changes.size()];
        for (int i = 0; i < changes.size(); i++) {
            long t = System.nanoTime();
            applier.applyAll(changes.get(i));
            steps[i] = ms(t);
        }
        double[] collect = new double[5];
        for (int i = 0; i < collect.length; i++) {
            long t = System.nanoTime();
            session.findings();
            collect[i] = ms(t);
        }
        return new double[][] {steps, collect, first};
    }

    /**
     * The same tenant with {@code records} accounts changed, as a commit changes a few: each loses its
     * licenses (LIC-001 and LIC-004 then come and go). Line by line, since the generator writes one account per line.
     */
    static void withAFewChanges(Path before, Path after, int records) throws IOException {
        int changed = 0;
        try (BufferedReader in = Files.newBufferedReader(before, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(after, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (changed < records && line.startsWith("{\"upn\":") && line.contains(",\"licenses\":[\"" + TenantGenerator.SKUS[0] + "\"]")) {
                    line = line.replace(",\"licenses\":[\"" + TenantGenerator.SKUS[0] + "\"]", "");
                    changed++;
                }
                out.write(line);
                out.write('\n');
            }
        }
        if (changed < records) throw new IllegalStateException("only " + changed + " accounts of " + before + " could be changed");
    }

    /** The floor is only a floor if it finds exactly what the rules find. */
    private static void agree(int users, String floorName, Set<String> rules, Set<String> floor) {
        Set<String> onlyRules = new TreeSet<>(rules);
        onlyRules.removeAll(floor);
        Set<String> onlyFloor = new TreeSet<>(floor);
        onlyFloor.removeAll(rules);
        if (!onlyRules.isEmpty() || !onlyFloor.isEmpty()) {
            throw new IllegalStateException(users + " users: the rules and " + floorName + " disagree; only the rules found "
                    + onlyRules.stream().limit(10).toList() + ", only the floor found " + onlyFloor.stream().limit(10).toList());
        }
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

    private static double liveHeapMb() {
        System.gc();
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / (double) (1 << 20);
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
}
