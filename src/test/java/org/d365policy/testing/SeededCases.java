package org.d365policy.testing;

import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generated cases as plain JUnit 5 dynamic tests over deterministic seeds (the property tests used
 * jqwik, which was removed because its current release asks AI agents not to use it). The seeds are
 * the first {@code count} values of a {@link SplittableRandom} with a fixed base seed: well spread
 * longs, unlike consecutive small seeds, whose first {@code java.util.Random} draws barely differ.
 * {@code -D<name>.seed=N} runs seed N alone; {@code -D<name>.count=C} runs the first C seeds. Each case
 * is named by its seed and the command that replays it, and a failure repeats both. There is no
 * shrinking: a failing seed is replayed as is.
 */
public final class SeededCases {
    /** The body of one case, given its seed. */
    @FunctionalInterface
    public interface Case {
        void run(long seed) throws Throwable;
    }

    private SeededCases() {
    }

    /** The seeds of a run: {@code -D<name>.seed} alone, or the first {@code -D<name>.count} (default {@code count}) of {@code base}. */
    public static long[] seeds(String name, long base, int count) {
        String one = System.getProperty(name + ".seed");
        if (one != null && !one.isBlank()) return new long[] {Long.parseLong(one.trim())};
        return spread(base, Integer.getInteger(name + ".count", count));
    }

    /** The first {@code count} seeds of {@code base}, whatever the system properties say. */
    public static long[] spread(long base, int count) {
        SplittableRandom random = new SplittableRandom(base);
        return LongStream.generate(random::nextLong).limit(count).toArray();
    }

    /** The command that runs {@code seed} alone. */
    public static String replay(String testClass, String name, long seed) {
        return "mvn -B -o test -Dtest='" + testClass + "' -D" + name + ".seed=" + seed + " -Dfuzz.skip";
    }

    /** One dynamic test per seed, named by its seed and its replay command. */
    public static Stream<DynamicTest> of(Class<?> testClass, String name, long base, int count, Case body) {
        return LongStream.of(seeds(name, base, count)).mapToObj(seed -> {
            String replay = replay(testClass.getSimpleName(), name, seed);
            return DynamicTest.dynamicTest("seed " + seed + " | replay: " + replay, () -> {
                try {
                    body.run(seed);
                } catch (TestAbortedException e) {
                    throw e;
                } catch (Throwable e) {
                    String message = "seed " + seed + " failed; replay it alone with:\n" + replay + "\n" + e.getMessage();
                    if (e instanceof AssertionFailedError failed && failed.isExpectedDefined() && failed.isActualDefined()) {
                        throw new AssertionFailedError(message, failed.getExpected().getValue(), failed.getActual().getValue(), e);
                    }
                    throw new AssertionError(message, e);
                }
            });
        });
    }
}
