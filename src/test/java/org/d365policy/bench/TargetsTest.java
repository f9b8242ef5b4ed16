package org.d365policy.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's verdicts: every figure of issue 16's table, met or missed by how much, from the measured values. */
class TargetsTest {
    private static final WholeProcess.Jvm JAVA25 = new WholeProcess.Jvm(25, Path.of("/jdk25/bin/java"));
    private static final WholeProcess.Jvm JAVA17 = new WholeProcess.Jvm(17, Path.of("/jdk17/bin/java"));

    @Test
    void aFigureOverItsTargetIsMissedByTheDifference() {
        assertThat(Targets.atMost("one change", 0.25, 0.2, "ms")).isEqualTo("- one change: 0.25 ms, target <= 0.20 ms: MISSED by 0.05 ms (1.3x the target)");
        assertThat(Targets.atMost("one change", 0.1, 0.2, "ms")).isEqualTo("- one change: 0.10 ms, target <= 0.20 ms: met (0.50x the target)");
        assertThat(Targets.atMost("1M", Double.POSITIVE_INFINITY, 20, "s")).contains("MISSED: out of memory");
        assertThat(Targets.atMost("1M", Double.NaN, 20, "s")).isEqualTo("- 1M: not measured, target <= 20.0 s");
    }

    @Test
    void everyRowOfTheIssuesTableIsReportedOnEachJvm() {
        Measured small = measured(100_000, 10.0, 12.0);
        Measured big = measured(1_000_000, 150.0, 110.0);
        big.put(Measured.LIVE_HEAP_MB, 1_000_000 * 3.0 / 1024);
        String report = Targets.report(List.of(big, small), List.of(JAVA25, JAVA17), Map.of(
                Targets.jvmStart(JAVA25), 0.05, Targets.exampleStart(JAVA25), 0.45,
                Targets.jvmStart(JAVA17), 0.05, Targets.exampleStart(JAVA17), 0.6));
        assertThat(report).contains(
                "- 100,000-user check, whole process, against the plain single-pass script (launcher, Java 25): 2.50 x, target <= 0.50 x: MISSED by 2.00 x (5.0x the target)",
                "- 100,000-user check, whole process, against the plain single-pass script (launcher, Java 17): 3.00 x, target <= 0.50 x: MISSED",
                "- evaluation / PlainJavaFloor at 100,000 users, cold: 2.00 x, target <= 3.00 x: met",
                "- evaluation / PlainJavaFloor at 100,000 users, warm: 4.00 x, target <= 3.00 x: MISSED by 1.00 x",
                "- 1,000,000-user check, whole process (launcher, Java 25, -Xmx4g): 150.0 s, target <= 20.0 s: MISSED by 130.0 s",
                "- live heap per user record at 1,000,000 users: 3.00 KB, target <= 2.00 KB: MISSED by 1.00 KB",
                "- growth of check s (launcher, Java 25) from 100,000 to 1,000,000 users: 15.0 x, target <= 10.0 x: MISSED by 5.00 x",
                "- growth of check s (launcher, Java 17) from 100,000 to 1,000,000 users: 9.17 x, target <= 10.0 x: met",
                "- one incremental change on a warm 100,000-user session (median): 0.15 ms, target <= 0.20 ms: met",
                "- launcher start to report, example (Java 25, median): 0.45 s, target <= 0.40 s: MISSED by 0.05 s",
                "- launcher start to report / JVM start (Java 17, 0.05 s, same run): 12.0 x, target <= 10.0 x: MISSED by 2.00 x",
                "- diff of two 100,000-user snapshots differing in 5 records / check of one, whole process, timed in turn (launcher, Java 25; issue 14): 1.25 x, target <= 1.30 x: met");
    }

    private static Measured measured(int users, double check25, double check17) {
        Measured m = new Measured(users);
        m.put(Measured.checkLauncher(JAVA25), check25);
        m.put(Measured.checkLauncher(JAVA17), check17);
        m.put(Measured.SCRIPT, 4.0);
        m.put(Measured.DIFF_LAUNCHER, check25 * 1.2);
        // Timed in turn, not the ratio of the two medians above.
        m.put(Measured.DIFF_PER_CHECK, 1.25);
        m.put(Measured.EVAL_COLD, 200);
        m.put(Measured.FLOOR_COLD, 100);
        m.put(Measured.EVAL_WARM, 400);
        m.put(Measured.FLOOR_WARM, 100);
        m.put(Measured.CHANGE_MEDIAN, 0.15);
        return m;
    }
}
