package org.d365policy.cli;

import org.d365policy.change.ChangeSet;
import org.d365policy.change.ChangeSetLoader;
import org.d365policy.change.WhatIf;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.SnapshotLoader;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "what-if", mixinStandardHelpOptions = true, resourceBundle = "org.d365policy.cli.WhatIfHelp",
        description = "Applies a change set to the snapshot in memory and reports introduced, resolved and unchanged findings.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:no introduced finding at or above --fail-on (with --strict: no unchanged one either)",
        "1:at least one such finding", "2:invalid input or usage, or an operation that cannot apply",
        "3:rules could not be compiled or loaded", "4:internal error"})
final class WhatIfCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "SNAPSHOT", description = "The tenant snapshot (.yaml, .yml or .json), or - for standard input.")
    Path snapshot;

    @Parameters(index = "1", paramLabel = "CHANGESET", description = "The change set (.yaml, .yml or .json).")
    Path changeSet;

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
        reports.checkPlaces(output, evaluation.inputs(snapshot, changeSet));
        if (SnapshotInputs.isStandardInput(changeSet)) {
            throw new UsageException("CHANGESET -: a change set is read from a file (.yaml, .yml or .json); only the snapshot"
                    + " can come from standard input");
        }
        DocumentReader reader = new DocumentReader();
        SnapshotInputs inputs = new SnapshotInputs(main.terminal().in());
        Tenant tenant;
        ChangeSet changes;
        RuleBase rules;
        EvaluationSettings settings;
        List<ReportedFinding> findings;
        try (Progress progress = Progress.of(main.terminal(), 2, "what-if", quiet.quiet)) {
            progress.doing("reading " + SnapshotInputs.name(snapshot) + " and " + changeSet);
            tenant = inputs.load(new SnapshotLoader(reader), snapshot);
            changes = new ChangeSetLoader(reader).load(changeSet);
            progress.stepDone();
            progress.doing(String.format(Locale.ROOT, "judging %,d operations", changes.getChanges().size()));
            rules = evaluation.judging.ruleBase();
            settings = evaluation.settings(tenant, changes.getAsOf(), evaluation.only(rules), evaluation.waivers(rules, reader));
            findings = WhatIf.run(rules, tenant, SnapshotInputs.name(snapshot), changes, changeSet.toString(), settings,
                    evaluation.waiverFile());
            progress.stepDone();
        }
        Report report = new Report(Report.Kind.COMPARISON,
                List.of(new TenantHeader(null, tenant.getTenant(), settings.asOf(), settings.profile())),
                findings, reporting.failOnOrNull(), comparison.strict, List.of()).withWaivers(settings.waivers())
                .withEvidence(RunEvidence.forReports(reporting, reports).snapshot(Evidence.Role.SNAPSHOT, snapshot, inputs, tenant, settings)
                        .file(Evidence.Role.CHANGE_SET, changeSet).file(Evidence.Role.WAIVERS, evaluation.waivers)
                        .build(rules, settings.only()));
        reports.write(report, rules, settings.only());
        output.emit(quiet.render(reporting, report, rules, settings.only(), color.style(main.terminal(), output)), spec.commandLine().getOut());
        return report.failed() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
