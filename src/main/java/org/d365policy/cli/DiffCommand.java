package org.d365policy.cli;

import org.d365policy.change.BeforeAfter;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.load.DocumentReader;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "diff", mixinStandardHelpOptions = true, resourceBundle = "org.d365policy.cli.ComparisonHelp",
        description = "Compares two snapshots of a tenant and reports introduced, resolved and unchanged findings.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:no introduced finding at or above --fail-on (with --strict: no unchanged one either)",
        "1:at least one such finding", "2:invalid input or usage", "3:rules could not be compiled or loaded",
        "4:internal error"})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The snapshot before, or - for standard input.")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The snapshot after, or - for standard input.")
    Path after;

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
        reports.checkPlaces(output, evaluation.inputs(before, after));
        DocumentReader reader = new DocumentReader();
        SnapshotLoader loader = new SnapshotLoader(reader);
        SnapshotInputs inputs = new SnapshotInputs(main.terminal().in());
        SnapshotInputs.Input beforeInput = SnapshotInputs.input(before);
        SnapshotInputs.Input afterInput = SnapshotInputs.input(after);
        RunEvidence evidence = RunEvidence.forReports(reporting, reports);
        Tenant was;
        Tenant is;
        RuleBase rules;
        List<ReportedFinding> findings;
        Set<String> only;
        EvaluationSettings beforeSettings;
        EvaluationSettings afterSettings;
        LocalDate day;
        try (Progress progress = Progress.of(main.terminal(), 3, "diff", quiet.quiet)) {
            // The rule base and a file AFTER are made on other threads while BEFORE is read here; each is taken in
            // today's order (BEFORE, AFTER, rules), so that where several are wrong the same one is reported.
            PreparedRuleBase prepared = new PreparedRuleBase(evaluation.judging, PreparedRuleBase.Use.COMPARISON);
            Background<Tenant> afterFile = afterInput.file() == null ? null
                    : Background.start("after", () -> loader.load(afterInput.file()));
            progress.doing("reading " + beforeInput.name());
            was = inputs.load(loader, beforeInput);
            progress.stepDone();
            progress.doing("reading " + afterInput.name());
            is = afterFile == null ? inputs.load(loader, afterInput) : afterFile.get();
            progress.stepDone();
            evidence.startHashing(beforeInput).startHashing(afterInput);
            progress.doing("judging both sides");
            rules = prepared.get();
            only = evaluation.onlyOfComparisons(rules);
            List<Waiver> waivers = evaluation.waivers(rules, reader);
            afterSettings = evaluation.settings(is, null, only, waivers);
            // Both sides are judged on one day: the after side's.
            day = afterSettings.asOf();
            beforeSettings = evaluation.settings(was, day, only, waivers);
            findings = BeforeAfter.compare(rules, was, beforeInput.name(), beforeSettings, is, afterInput.name(),
                    afterSettings, evaluation.waiverFile(), null);
            progress.stepDone();
        }
        Report report = new Report(Report.Kind.COMPARISON,
                List.of(new TenantHeader(null, is.getTenant(), day, afterSettings.profile())),
                findings, reporting.failOnOrNull(), comparison.strict, List.of()).withWaivers(afterSettings.waivers())
                .withEvidence(evidence.snapshot(Evidence.Role.BEFORE, beforeInput, inputs, was, beforeSettings)
                        .snapshot(Evidence.Role.AFTER, afterInput, inputs, is, afterSettings).file(Evidence.Role.WAIVERS, evaluation.waivers)
                        .build(rules, only));
        reports.write(report, rules, only);
        output.emit(quiet.render(reporting, report, rules, only, color.style(main.terminal(), output)), spec.commandLine().getOut());
        return report.failed() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
