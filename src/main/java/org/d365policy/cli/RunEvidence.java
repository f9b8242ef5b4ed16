package org.d365policy.cli;

import org.d365policy.ExpectedFailure;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.snapshot.Role;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.report.Evidence;
import org.d365policy.report.Sha256;
import org.d365policy.report.SnapshotProvenance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers a run's evidence as the command reads its inputs: each file's SHA-256, and how each snapshot was judged.
 * Only the JSON, SARIF, JUnit and HTML reports show it; a run that writes text alone gathers none, since
 * hashing a snapshot of 100,000 users costs a quarter of a second of a core that judging could use.
 */
final class RunEvidence {
    private final boolean shown;
    private final List<Evidence.Input> inputs = new ArrayList<>();
    /** Files whose SHA-256 is being taken on another thread, by path. */
    private final Map<Path, Background<String>> hashing = new HashMap<>();

    /** @param shown whether any report of the run shows the evidence; when not, nothing is hashed or kept */
    RunEvidence(boolean shown) {
        this.shown = shown;
    }

    /** The evidence for a run whose reports are {@code main} and {@code files}. */
    static RunEvidence forReports(ReportOptions main, ReportFiles files) {
        return new RunEvidence(files.showEvidence(main));
    }

    /**
     * Starts taking the SHA-256 of a snapshot file, on another thread, for {@link #snapshot} to record: a
     * file of 100,000 users takes a second or more to hash, which then overlaps with reading it (check) or
     * with the evaluation instead of following it. Nothing for standard input, which is hashed as it was
     * read. A file that then fails to load is reported as such; its hash is never asked for.
     */
    RunEvidence startHashing(SnapshotInputs.Input input) {
        if (shown && input.file() != null) hashing.computeIfAbsent(input.file(), file -> Background.start("sha256", () -> hashOf(file)));
        return this;
    }

    /** A snapshot file, judged with {@code settings}. */
    RunEvidence snapshot(Evidence.Role role, Path file, Tenant tenant, EvaluationSettings settings)
            throws ExpectedFailure, InterruptedException {
        if (!shown) return this;
        inputs.add(new Evidence.Input(role, file.toString(), hash(file), settings.toFact(), SnapshotProvenance.of(tenant)));
        return this;
    }

    /** A snapshot named on the command line: a file, or standard input as it was read. */
    RunEvidence snapshot(Evidence.Role role, Path argument, SnapshotInputs inputs, Tenant tenant, EvaluationSettings settings)
            throws ExpectedFailure, InterruptedException {
        return snapshot(role, SnapshotInputs.input(argument), inputs, tenant, settings);
    }

    /** A snapshot that was read: a file, or standard input as it was read. */
    RunEvidence snapshot(Evidence.Role role, SnapshotInputs.Input input, SnapshotInputs inputs, Tenant tenant,
                         EvaluationSettings settings) throws ExpectedFailure, InterruptedException {
        return input.file() == null
                ? snapshot(role, input.name(), inputs.standardInput(), tenant, settings)
                : snapshot(role, input.file(), tenant, settings);
    }

    /** A snapshot read as content (standard input, a staged file named by its path), judged with {@code settings}. */
    RunEvidence snapshot(Evidence.Role role, String name, byte[] content, Tenant tenant, EvaluationSettings settings) {
        return content(role, name, content, tenant, settings, false);
    }

    /** A version git keeps and no path names ({@code REF:path}: the gate's side before), judged with {@code settings}. */
    RunEvidence versionInGit(Evidence.Role role, String label, byte[] content, Tenant tenant, EvaluationSettings settings) {
        return content(role, label, content, tenant, settings, true);
    }

    private RunEvidence content(Evidence.Role role, String name, byte[] content, Tenant tenant, EvaluationSettings settings,
                                boolean versionInGit) {
        if (!shown) return this;
        inputs.add(new Evidence.Input(role, name, Sha256.of(content), settings.toFact(), SnapshotProvenance.of(tenant), versionInGit));
        return this;
    }

    /** Another input file (a change set, waivers); nothing where {@code file} is null. */
    RunEvidence file(Evidence.Role role, Path file) throws InvalidInputException {
        if (shown && file != null) inputs.add(new Evidence.Input(role, file.toString(), hashOf(file), null, null));
        return this;
    }

    /** @param only the rule IDs of --only, or null; null when no report shows the evidence */
    Evidence build(RuleBase rules, Set<String> only) {
        if (!shown) return null;
        return new Evidence(inputs, rules.fingerprint(), only);
    }

    /** The SHA-256 {@link #startHashing} started, or else taken now. */
    private String hash(Path file) throws ExpectedFailure, InterruptedException {
        Background<String> started = hashing.remove(file);
        return started == null ? hashOf(file) : started.get();
    }

    /** The file was read a moment ago; one that cannot be read again has changed under the run. */
    private static String hashOf(Path file) throws InvalidInputException {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), 0, 0, null, "the file cannot be read again to record its SHA-256 ("
                    + e.getMessage() + ")");
        }
    }
}
