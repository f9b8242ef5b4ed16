package org.d365policy.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.d365policy.change.ChangeSetLoader;
import org.d365policy.cli.CliRun;
import org.d365policy.engine.RuleBase;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.InvalidInputException;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.load.WaiverLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of everything that reads input. In the normal test run these replay the
 * inputs under src/test/resources (a crash found once stays a regression test there); the fuzz-loaders
 * execution of the build fuzzes for a short while, and JAZZER_FUZZ=1 with -Dtest=... fuzzes for longer.
 */
class LoaderFuzzTest {
    private static final DocumentReader READER = new DocumentReader();
    private static final Set<String> RULES = Set.of("LIC-001", "LIC-004");

    /** Whatever the bytes, a loader returns a model or says why the input is invalid: nothing else. */
    @FuzzTest(maxDuration = "45s")
    void anyInputLoadsOrIsRejected(FuzzedDataProvider data) {
        int kind = data.consumeInt(0, 5);
        String name = kind % 2 == 0 ? "fuzz.yaml" : "fuzz.json";
        byte[] content = data.consumeRemainingAsBytes();
        try {
            switch (kind / 2) {
                case 0: new SnapshotLoader(READER).load(content, name); break;
                case 1: new ChangeSetLoader(READER).load(content, name); break;
                default: new WaiverLoader(READER).load(content, name, RULES); break;
            }
        } catch (InvalidInputException expected) {
            assertThat(expected.getMessage()).startsWith("invalid input in " + name).doesNotContain("\n");
        }
    }

    /** Whatever the snapshot, check ends with 0, 1 or 2: never an internal error, never a hang. */
    @FuzzTest(maxDuration = "30s")
    void checkExitsWithZeroOneOrTwo(FuzzedDataProvider data) throws Exception {
        boolean yaml = data.consumeBoolean();
        Path file = Files.createTempFile("fuzz-", yaml ? ".yaml" : ".json");
        try {
            Files.write(file, data.consumeRemainingAsBytes());
            RuleBase.bundled();
            CliRun run = CliRun.of("check", file.toString(), "--as-of", "2026-11-22");
            assertThat(run.exit).as(run.toString()).isBetween(0, 2);
            assertThat(run.err).doesNotContain("\tat ");
        } finally {
            Files.delete(file);
        }
    }
}
