package org.d365policy.cli;

import org.d365policy.change.BeforeAfter;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.gate.GitException;
import org.d365policy.gate.Revisions;
import org.d365policy.gate.TenantFile;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.InvalidInputException;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.fact.Waiver;
import org.d365policy.model.snapshot.Role;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.report.Evidence;
import org.d365policy.report.Report;
import org.d365policy.report.ReportedFinding;
import org.d365policy.report.TenantHeader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "gate", mixinStandardHelpOptions = true, resourceBundle = "org.d365policy.cli.ComparisonHelp",
        description = {"Pre-commit gate: compares the HEAD version of each tenant file with its staged version.",
                "With --base (or pre-commit's PRE_COMMIT_FROM_REF), compares two commits instead, for CI."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:the commit introduces no finding at or above --fail-on (with --strict: keeps none either)",
        "1:the commit introduces such a finding: refuse it",
        "2:invalid input (a staged tenant file that cannot be read) or usage, no git repository, or a ref that is missing",
        "3:rules could not be compiled or loaded", "4:internal error"})
final class GateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Tenant files to check (default: the staged files named *.tenant.yaml, *.tenant.yml, *.tenant.json).")
    List<String> files = new ArrayList<>();

    @Option(names = "--repo", paramLabel = "DIR", description = "The git repository (default: the current folder).")
    Path repo = Path.of(".");

    @Mixin
    CommitRangeOptions range = new CommitRangeOptions();

    @Mixin
    EvaluationOptions evaluation = new EvaluationOptions();

    @Mixin
    ReportOptions reporting = new ReportOptions();

    @Mixin
    ComparisonOptions comparison = new ComparisonOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    QuietOption quiet = new QuietOption();

    @Mixin
    ReportFiles reports = new ReportFiles();

    @Mixin
    ColorOptions color = new ColorOptions();

    @Override
    public Integer call() throws Exception {
        reports.checkPlaces(output, evaluation.inputs());
        Revisions revisions = range.revisions(repo, System.getenv());
        List<TenantFile> files = revisions.files(relativeToRoot(revisions.root()));
        // The gate reads the index or commits, but a report over a tenant file would still replace the working copy.
        List<Path> workingCopies = new ArrayList<>();
        for (TenantFile file : files) workingCopies.add(revisions.root().resolve(file.path()));
        reports.refuseInputs(output, workingCopies);
        RuleBase rules = evaluation.judging.ruleBase();
        Set<String> only = evaluation.onlyOfComparisons(rules);
        DocumentReader reader = new DocumentReader();
        SnapshotLoader loader = new SnapshotLoader(reader);
        List<Waiver> waivers = evaluation.waivers(rules, reader);
        List<TenantHeader> headers = new ArrayList<>();
        List<ReportedFinding> findings = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (String deleted : revisions.deleted()) notices.add(revisions.deletionSkipped(deleted));
        RunEvidence evidence = RunEvidence.forReports(reporting, reports);
        try (Progress progress = Progress.of(main.terminal(), files.size(), "gate", quiet.quiet)) {
            for (TenantFile file : files) {
                progress.doing("comparing " + file.path());
                byte[] now = revisions.after(file);
                // The base version is read and loaded on another thread while the head version is loaded here;
                // its problems are taken after the head version's, as when the two were read one after the other.
                Background<BaseVersion> base = Background.start("base", () -> BaseVersion.of(revisions, file, loader));
                Tenant after = loader.load(now, file.path());
                BaseVersion baseVersion = base.get();
                Tenant before = baseVersion.tenant();
                byte[] was = baseVersion.content();
                if (baseVersion.invalid() != null) {
                    notices.add("the " + revisions.beforeName() + " version of " + file.path()
                            + " is not valid input, so every finding counts as introduced (" + baseVersion.invalid().getMessage() + ")");
                }
                EvaluationSettings afterSettings = evaluation.settings(after, null, only, waivers);
                EvaluationSettings beforeSettings = before == null ? null : evaluation.settings(before, afterSettings.asOf(), only, waivers);
                findings.addAll(BeforeAfter.compare(rules, before, file.path(), beforeSettings, after, file.path(), afterSettings,
                        evaluation.waiverFile(), file.path()));
                headers.add(new TenantHeader(file.path(), after.getTenant(), afterSettings.asOf(), afterSettings.profile()));
                if (before != null) evidence.versionInGit(Evidence.Role.BEFORE, revisions.beforeLabel(file), was, before, beforeSettings);
                evidence.snapshot(Evidence.Role.AFTER, file.path(), now, after, afterSettings);
                progress.stepDone();
            }
        }
        if (headers.isEmpty()) notices.add(revisions.nothingToCheck());
        Report report = new Report(Report.Kind.GATE, headers, findings, reporting.failOnOrNull(), comparison.strict, notices).withWaivers(waivers)
                .withEvidence(evidence.file(Evidence.Role.WAIVERS, evaluation.waivers).build(rules, only));
        reports.write(report, rules, only);
        output.emit(quiet.render(reporting, report, rules, only, color.style(main.terminal(), output)), spec.commandLine().getOut());
        return report.failed() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** A file's version before: its content (null where it is new), and what it loaded as, or why it could not. */
    private record BaseVersion(byte[] content, Tenant tenant, InvalidInputException invalid) {
        static BaseVersion of(Revisions revisions, TenantFile file, SnapshotLoader loader) throws GitException {
            byte[] content = revisions.before(file);
            if (content == null) return new BaseVersion(null, null, null);
            try {
                return new BaseVersion(content, loader.load(content, revisions.beforeLabel(file)), null);
            } catch (InvalidInputException e) {
                return new BaseVersion(content, null, e);
            }
        }
    }

    /** Named files as paths from the repository's root, as git names them. */
    private List<String> relativeToRoot(Path root) throws IOException, UsageException {
        List<String> named = new ArrayList<>();
        Path base = repo.toRealPath();
        Path realRoot = root.toRealPath();
        for (String file : files) {
            Path absolute = base.resolve(file).toAbsolutePath().normalize();
            if (!absolute.startsWith(realRoot)) throw new UsageException(file + " is outside the repository " + root);
            named.add(realRoot.relativize(absolute).toString().replace('\\', '/'));
        }
        return named;
    }
}
