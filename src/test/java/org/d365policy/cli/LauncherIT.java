package org.d365policy.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher target/d365-policy runs the example on every JVM present (the java on the PATH, and a
 * Java 25 where the launcher looks for one) with the start-up cache the build made for that JVM: the
 * class-data archive before 25, the ahead-of-time cache from 25 on. The JVM's own log, written to a
 * file, says which cache it opened.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("d365policy.jar")).resolveSibling("d365-policy");
    private static final Path JAVA25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> theLauncherRunsTheExampleOnEachJvmPresent() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path java : jvmsPresent()) {
            int version = featureVersion(java);
            tests.add(DynamicTest.dynamicTest("Java " + version + " (" + java + ")", () -> {
                Path log = dir.resolve("jvm-" + version + ".log");
                Run run = launch(Map.of("D365_POLICY_JAVA", java.toString(), "D365_POLICY_JAVA_OPTS", cacheLog(version, log)));
                assertThat(run.exit).as(run.err).isEqualTo(1);
                assertThat(run.out).contains("SG-001").contains("LIC-001");
                assertThat(Files.readString(log)).as("the JVM's log of its cache").contains(exampleCacheOpened(version));
            }));
        }
        return tests.stream();
    }

    @Test
    void theLauncherPrefersJava25WherePresent() throws Exception {
        assumeTrue(Files.isExecutable(JAVA25) && System.getenv("JAVA25_HOME") == null, "no Java 25 at " + JAVA25);
        Path log = dir.resolve("default.log");
        Run run = launch(Map.of("D365_POLICY_JAVA_OPTS", cacheLog(25, log)));
        assertThat(run.exit).as(run.err).isEqualTo(1);
        assertThat(Files.readString(log)).contains("Opened AOT cache");
    }

    /**
     * The full JIT for large inputs, measured faster there: more than 10 MB before Java 25, more than
     * 100 MB on 25; the quick tier up to that size, on each JVM present.
     */
    @Test
    void theLauncherChoosesTheFullJitForLargeInputs() throws Exception {
        for (Path java : jvmsPresent()) {
            long limit = largeInputLimit(java);
            Path atLimit = sparseFile("at-limit.json", limit);
            Path large = sparseFile("large.json", limit + 1);
            assertThat(tier(java, large)).as(java.toString()).isEqualTo("4");
            assertThat(tier(java, atLimit)).as(java.toString()).isEqualTo("1");
            assertThat(tier(java, Path.of("examples/contoso.tenant.yaml"))).as(java.toString()).isEqualTo("1");
        }
    }

    /**
     * On Java 25, the large inputs given the full JIT open the cache trained with it on a generated tenant;
     * the others, the example's. The sparse file is no snapshot (exit 2): the JVM has opened its cache by then.
     */
    @Test
    void largeInputsOpenTheCacheTrainedForThem() throws Exception {
        assumeTrue(Files.isExecutable(JAVA25), "no Java 25 at " + JAVA25);
        assertThat(LAUNCHER.resolveSibling("d365-policy-large.aot")).as("made by mvn package").exists();
        Path large = sparseFile("large.json", largeInputLimit(JAVA25) + 1);
        Path atLimit = sparseFile("at-limit.json", largeInputLimit(JAVA25));
        for (Path input : List.of(large, atLimit)) {
            Path log = dir.resolve(input.getFileName() + ".log");
            Run run = launch(input, Map.of("D365_POLICY_JAVA", JAVA25.toString(), "D365_POLICY_JAVA_OPTS", cacheLog(25, log)));
            assertThat(run.exit).as(run.err).isEqualTo(2);
            String cache = input == large ? "d365-policy-large.aot" : "d365-policy.aot";
            assertThat(Files.readString(log)).as(input.toString()).contains("Opened AOT cache " + LAUNCHER.resolveSibling(cache));
        }
    }

    /**
     * Input files of 256 KB in all or less have the JIT compile a method after 16 times as many calls;
     * larger ones, and runs whose input the launcher cannot measure (a folder, no file at all), keep the
     * JVM's thresholds.
     */
    @Test
    void smallInputsHaveFewerMethodsCompiled() throws Exception {
        Path atLimit = sparseFile("at-limit.json", 262_144);
        Path larger = sparseFile("larger.json", 262_145);
        for (Path java : jvmsPresent()) {
            assertThat(scaling(java, "check", "examples/contoso.tenant.yaml")).as(java.toString()).isEqualTo("16");
            assertThat(scaling(java, "check", atLimit.toString())).as(java.toString()).isEqualTo("16");
            assertThat(scaling(java, "check", larger.toString())).as(java.toString()).isEqualTo("1");
            assertThat(scaling(java, "import", "examples/contoso.tenant.yaml", dir.toString())).as(java.toString()).isEqualTo("1");
            assertThat(scaling(java, "rules")).as(java.toString()).isEqualTo("1");
        }
    }

    /**
     * The launcher finds its jar and caches through a symbolic link to it, and a D365_POLICY_JAVA given
     * by name is looked up on the PATH, its version read from its JDK's release file through the links.
     */
    @Test
    void theLauncherWorksThroughALinkWithAJavaNamedOnThePath() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("d365-policy"), LAUNCHER.toAbsolutePath());
        Path java = jvmsPresent().get(0);
        int version = featureVersion(java);
        Path log = dir.resolve("linked.log");
        Run run = launch(link, Path.of("examples/contoso.tenant.yaml"),
                Map.of("D365_POLICY_JAVA", "java", "D365_POLICY_JAVA_OPTS", cacheLog(version, log)));
        assertThat(run.exit).as(run.err).isEqualTo(1);
        assertThat(run.out).contains("SG-001");
        assertThat(Files.readString(log)).as("the JVM's log of its cache").contains(exampleCacheOpened(version));
    }

    /**
     * Parallel GC, measured faster at every size, small and large; and no choice at all where
     * D365_POLICY_JAVA_OPTS names a collector, which would otherwise refuse to start.
     */
    @Test
    void theLauncherChoosesParallelGcUnlessTheUserChoosesACollector() throws Exception {
        for (Path java : jvmsPresent()) {
            Path large = sparseFile("large.json", 100_000_001);
            assertThat(flag(java, large, "", "UseParallelGC")).as(java.toString()).isEqualTo("true");
            assertThat(flag(java, large, "", "UseG1GC")).as(java.toString()).isEqualTo("false");
            Path example = Path.of("examples/contoso.tenant.yaml");
            assertThat(flag(java, example, "", "UseParallelGC")).as(java.toString()).isEqualTo("true");
            assertThat(flag(java, example, "-XX:+UseSerialGC", "UseSerialGC")).as(java.toString()).isEqualTo("true");
            assertThat(flag(java, example, "-XX:+UseSerialGC", "UseParallelGC")).as(java.toString()).isEqualTo("false");
        }
    }

    /**
     * Transparent huge pages, a young generation of 1 GB to begin with and a tenuring threshold of 0,
     * measured faster for the example, 100,000 and a million users; the whole heap from the start for large
     * inputs only, and on Java 25 touched as the JVM starts. The user's options replace them, and a heap too
     * small for them is no reason to warn (the JVM shrinks the young generation and says so on the gc+ergo
     * log, which is off).
     */
    @Test
    void theLauncherGivesTheHeapHugePagesAndALargeYoungGeneration() throws Exception {
        Path example = Path.of("examples/contoso.tenant.yaml");
        for (Path java : jvmsPresent()) {
            Map<String, String> given = flags(java, example, "");
            assertThat(given.get("UseTransparentHugePages")).as(java.toString()).isEqualTo("true");
            assertThat(given.get("NewSize")).as(java.toString()).isEqualTo(String.valueOf(1L << 30));
            assertThat(flag(java, example, "-XX:-UseTransparentHugePages", "UseTransparentHugePages")).as(java.toString()).isEqualTo("false");
            assertThat(flag(java, example, "-XX:NewSize=64m", "NewSize")).as(java.toString()).isEqualTo(String.valueOf(64L << 20));
            assertThat(given.get("MaxTenuringThreshold")).as(java.toString()).isEqualTo("0");
            Map<String, String> large = flags(java, sparseFile("large.json", largeInputLimit(java) + 1), "");
            assertThat(large.get("InitialHeapSize")).as(java + ": the whole heap from the start for a large input")
                    .isEqualTo(large.get("MaxHeapSize"));
            assertThat(large.get("AlwaysPreTouch")).as(java + ": the heap touched as the JVM starts, on Java 25")
                    .isEqualTo(String.valueOf(featureVersion(java) >= 25));
            assertThat(given.get("InitialHeapSize")).as(java.toString()).isNotEqualTo(given.get("MaxHeapSize"));
            assertThat(given.get("AlwaysPreTouch")).as(java.toString()).isEqualTo("false");
            Run small = launch(Map.of("D365_POLICY_JAVA", java.toString(), "D365_POLICY_JAVA_OPTS", "-Xmx512m"));
            assertThat(small.exit()).as(java.toString()).isEqualTo(1);
            assertThat(small.err()).as(java.toString()).isEmpty();
        }
    }

    private Path sparseFile(String name, long length) throws IOException {
        Path file = dir.resolve(name);
        try (var out = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(length);
        }
        return file;
    }

    private String tier(Path java, Path input) throws Exception {
        return flag(java, input, "", "TieredStopAtLevel");
    }

    /** The value of a JVM flag in the JVM the launcher starts for {@code check input}, with {@code options} added. */
    private String flag(Path java, Path input, String options, String name) throws Exception {
        String value = flags(java, input, options).get(name);
        assertThat(value).as(name).isNotNull();
        return value;
    }

    /** The JIT's compile threshold scaling, in whole numbers, in the JVM the launcher starts for {@code args}. */
    private String scaling(Path java, String... args) throws Exception {
        String value = flags(java, "", args).get("CompileThresholdScaling");
        assertThat(value).as("CompileThresholdScaling").isNotNull();
        return value;
    }

    /** Every JVM flag and its value in the JVM the launcher starts for {@code check input}, with {@code options} added. */
    private Map<String, String> flags(Path java, Path input, String options) throws Exception {
        return flags(java, options, "check", input.toString());
    }

    /** Every JVM flag and its value in the JVM the launcher starts for {@code args}, with {@code options} added. */
    private Map<String, String> flags(Path java, String options, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("D365_POLICY_JAVA", java.toString());
        builder.environment().put("D365_POLICY_JAVA_OPTS", "-XX:+PrintFlagsFinal " + options);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        Map<String, String> flags = new HashMap<>();
        Matcher m = Pattern.compile(" (\\w+)\\s+= (\\w+)").matcher(out);
        while (m.find()) flags.put(m.group(1), m.group(2));
        assertThat(flags).as(out).isNotEmpty();
        return flags;
    }

    /** The input size above which the launcher takes the full JIT: 100 MB on Java 25 and newer, 10 MB before. */
    private static long largeInputLimit(Path java) throws IOException {
        return featureVersion(java) >= 25 ? 100_000_000 : 10_000_000;
    }

    /** What the JVM logs on opening the cache or archive the build made from the example, under the launcher's real path. */
    private static String exampleCacheOpened(int version) throws IOException {
        Path target = LAUNCHER.toRealPath().getParent();
        return version >= 25 ? "Opened AOT cache " + target.resolve("d365-policy.aot") : "Opened archive " + target.resolve("d365-policy.jsa");
    }

    private static String cacheLog(int version, Path log) {
        return "-Xlog:" + (version >= 25 ? "aot" : "cds") + "=info:file=" + log;
    }

    private record Run(int exit, String out, String err) {
    }

    private Run launch(Map<String, String> environment) throws Exception {
        return launch(Path.of("examples/contoso.tenant.yaml"), environment);
    }

    private Run launch(Path input, Map<String, String> environment) throws Exception {
        return launch(LAUNCHER, input, environment);
    }

    /** {@code check input} through {@code launcher}, with only {@code environment}'s D365_POLICY_JAVA and _OPTS. */
    private Run launch(Path launcher, Path input, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "check", input.toString())
                .redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().remove("D365_POLICY_JAVA");
        builder.environment().remove("D365_POLICY_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), out, Files.readString(dir.resolve("stderr.txt")));
    }

    /** The java on the PATH, and Java 25 where the launcher would find it, each once. */
    private static List<Path> jvmsPresent() throws IOException {
        List<Path> found = new ArrayList<>();
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path java = Path.of(entry.isEmpty() ? "." : entry, "java");
            if (Files.isExecutable(java)) {
                found.add(java.toRealPath());
                break;
            }
        }
        String home = System.getenv("JAVA25_HOME");
        Path java25 = home != null ? Path.of(home, "bin", "java") : JAVA25;
        if (Files.isExecutable(java25) && !found.contains(java25.toRealPath())) found.add(java25.toRealPath());
        return found;
    }

    /** The JDK's feature version from its release file, as the launcher reads it. */
    private static int featureVersion(Path java) throws IOException {
        Path release = java.toRealPath().getParent().getParent().resolve("release");
        Matcher m = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
