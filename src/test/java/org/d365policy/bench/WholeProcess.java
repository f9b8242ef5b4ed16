package org.d365policy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Processes timed from start to exit, as a user runs them: the launcher on each JVM present, the JVM's
 * own start, and the plain single-pass script. Seconds, median of the runs.
 */
final class WholeProcess {
    /** A process that takes longer than this has lost: it is usually collecting garbage in a heap too small. */
    static final long TIMEOUT_MINUTES = 10;

    private WholeProcess() {
    }

    /** A JVM the launcher can run on: its feature version and its java executable. */
    record Jvm(int version, Path java) {
        String label() {
            return "Java " + version;
        }
    }

    /**
     * The JVMs present, the launcher's choice first: Java 25 where it finds one (JAVA25_HOME, then the
     * Temurin path), then the java on the PATH if that is another.
     */
    static List<Jvm> present() throws IOException {
        List<Jvm> jvms = new ArrayList<>();
        String home = System.getenv("JAVA25_HOME");
        Path java25 = home != null ? Path.of(home, "bin", "java") : Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        if (Files.isExecutable(java25)) jvms.add(new Jvm(featureVersion(java25), java25.toRealPath()));
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path java = Path.of(entry.isEmpty() ? "." : entry, "java");
            if (Files.isExecutable(java)) {
                Path real = java.toRealPath();
                if (jvms.stream().noneMatch(j -> j.java().equals(real))) jvms.add(new Jvm(featureVersion(real), real));
                break;
            }
        }
        return jvms;
    }

    /** The JDK's feature version from its release file, as the launcher reads it; 0 if unknown. */
    private static int featureVersion(Path java) throws IOException {
        Path release = java.toRealPath().getParent().getParent().resolve("release");
        if (!Files.isRegularFile(release)) return 0;
        Matcher m = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The JVM's own start and exit: {@code java -Xshare:auto -version}, the least any Java command line costs. */
    static double jvmStart(Jvm jvm, int runs) throws Exception {
        return time(List.of(jvm.java().toString(), "-Xshare:auto", "-version"), Map.of(), runs, null, 0);
    }

    /**
     * The launcher on one JVM, report written, with the heap of the target (so that a run that succeeds
     * shows the tenant fits in it). Infinite where it ran out of memory or time.
     */
    static double launcher(Path launcher, Jvm jvm, String heap, List<String> arguments, int runs) throws Exception {
        List<String> line = new ArrayList<>(List.of(launcher.toString()));
        line.addAll(arguments);
        line.addAll(List.of("--format", "json", "--output", "/dev/null"));
        return time(line, Map.of("D365_POLICY_JAVA", jvm.java().toString(), "D365_POLICY_JAVA_OPTS", "-Xmx" + heap), runs, null, 1);
    }

    /** Two medians of launcher runs, each of the first command and of the second. */
    record InTurn(double first, double second, double ratio) {
    }

    /**
     * The launcher running two commands in turn, {@code rounds} times each (first, second; second, first; ...),
     * so that the machine's changing load falls on both alike: the median time of each, and the median of
     * the rounds' ratios of the second to the first.
     */
    static InTurn launcherInTurn(Path launcher, Jvm jvm, String heap, List<String> first, List<String> second, int rounds)
            throws Exception {
        double[] firsts = new double[rounds];
        double[] seconds = new double[rounds];
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            if (r % 2 == 0) {
                firsts[r] = launcher(launcher, jvm, heap, first, 1);
                seconds[r] = launcher(launcher, jvm, heap, second, 1);
            } else {
                seconds[r] = launcher(launcher, jvm, heap, second, 1);
                firsts[r] = launcher(launcher, jvm, heap, first, 1);
            }
            ratios[r] = seconds[r] / firsts[r];
        }
        return new InTurn(median(firsts), median(seconds), median(ratios));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** {@code java -jar}, report written, with the heap of the target. */
    static double jar(Path jar, String heap, List<String> arguments, int runs) throws Exception {
        List<String> line = new ArrayList<>(List.of("java", "-Xmx" + heap, "-jar", jar.toString()));
        line.addAll(arguments);
        line.addAll(List.of("--format", "json", "--output", "/dev/null"));
        return time(line, Map.of(), runs, null, 1);
    }

    /** What the plain single-pass script took, and the pairs it found (those of its last run). */
    record ScriptRun(double seconds, Set<String> pairs) {
    }

    static ScriptRun script(Path snapshot, int runs) throws Exception {
        Path out = Files.createTempFile("floor-py", ".txt");
        try {
            List<String> line = FloorScript.command(snapshot, null, TenantGenerator.AS_OF);
            double seconds = time(line, Map.of(), runs, out, 0);
            if (Double.isInfinite(seconds)) return new ScriptRun(seconds, Set.of());
            return new ScriptRun(seconds, new TreeSet<>(Files.readAllLines(out, StandardCharsets.UTF_8)));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /**
     * @param output where standard output goes, or null to discard it
     * @param highestSuccess the highest exit code that is no failure: 1 for d365-policy (findings), 0 otherwise
     */
    private static double time(List<String> line, Map<String, String> environment, int runs, Path output, int highestSuccess)
            throws Exception {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            // java -version writes to standard error: a JVM start is timed without it.
            ProcessBuilder builder = new ProcessBuilder(line).redirectError(highestSuccess == 0 && output == null
                    ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.INHERIT);
            builder.redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(output.toFile()));
            builder.environment().remove("D365_POLICY_JAVA");
            builder.environment().remove("D365_POLICY_JAVA_OPTS");
            builder.environment().putAll(environment);
            long t = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                return Double.POSITIVE_INFINITY;
            }
            times[i] = (System.nanoTime() - t) / 1e9;
            if (highestSuccess == 1 && process.exitValue() == 4) return Double.POSITIVE_INFINITY;
            if (process.exitValue() > highestSuccess) throw new IllegalStateException(String.join(" ", line) + " exited " + process.exitValue());
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
