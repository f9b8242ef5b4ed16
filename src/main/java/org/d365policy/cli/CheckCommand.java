package org.d365policy.cli;

import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.SeatLedger;
import org.d365policy.engine.TenantCheck;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.InvalidInputException;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.Finding;
import org.d365policy.model.fact.Waiver;
import org.d365policy.model.snapshot.Role;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.report.Evidence;
import org.d365policy.report.FindingContext;
import org.d365policy.report.Report;
import org.d365policy.report.ReportedFinding;
import org.d365policy.report.TenantHeader;
import org.d365policy.report.UnjudgedInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "check", description = "Judges tenant snapshots: files, folders of *.tenant.yaml|yml|json files, or - (standard input).",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:no finding at or above --fail-on", "1:at least one finding at or above --fail-on",
        "2:invalid input or usage (with several snapshots: any of them)", "3:rules could not be compiled or loaded",
        "4:internal error"})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "SNAPSHOT",
            description = "A tenant snapshot (.yaml, .yml or .json), a folder (every *.tenant.yaml|yml|json below it), or - for standard input.")
    List<Path> snapshots;

    @Mixin
    EvaluationOptions evaluation = new EvaluationOptions();

    @Mixin
    ReportOptions reporting = new ReportOptions();

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
        List<SnapshotInputs.Input> inputs = SnapshotInputs.expand(snapshots);
        List<Path> read = new ArrayList<>();
        for (SnapshotInputs.Input input : inputs) read.add(input.file());
        read.addAll(evaluation.inputs());
        reports.checkPlaces(output, read);
        // One snapshot keeps the report of one tenant; several name each finding's file (cli.md revision 2).
        boolean byFile = inputs.size() > 1 || snapshots.stream().anyMatch(p -> p.toFile().isDirectory());
        PreparedRuleBase prepared = new PreparedRuleBase(evaluation.judging,
                evaluation.waivers == null ? PreparedRuleBase.Use.CHECK : PreparedRuleBase.Use.CHECK_WITH_WAIVERS);
        DocumentReader reader = new DocumentReader();
        SnapshotLoader loader = new SnapshotLoader(reader);
        SnapshotInputs in = new SnapshotInputs(main.terminal().in());
        RuleBase rules = null;
        Set<String> only = null;
        List<Waiver> waivers = null;
        List<TenantHeader> headers = new ArrayList<>();
        List<ReportedFinding> findings = new ArrayList<>();
        List<UnjudgedInput> unjudged = new ArrayList<>();
        List<SeatLedger> seats = null;
        RunEvidence evidence = RunEvidence.forReports(reporting, reports);
        try (Progress progress = Progress.of(main.terminal(), 2L * inputs.size(), "check", quiet.quiet)) {
            for (SnapshotInputs.Input input : inputs) {
                progress.doing("reading " + input.name());
                // Hashed on the other core while this one reads: reading is one thread's work.
                evidence.startHashing(input);
                Tenant tenant;
                try {
                    tenant = in.load(loader, input);
                } catch (InvalidInputException e) {
                    // One broken file of many is named, and the others are still judged; the run then exits 2.
                    if (!byFile) throw e;
                    unjudged.add(new UnjudgedInput(input.name(), e.getMessage()));
                    progress.stepDone();
                    progress.stepDone();
                    continue;
                }
                progress.stepDone();
                progress.doing(String.format(Locale.ROOT, "judging %s: %,d user records", input.name(),
                        tenant.getEnvironments().stream().mapToLong(e -> e.getUsers().size()).sum()));
                if (rules == null) {
                    rules = prepared.get();
                    only = evaluation.onlyOfSnapshots(rules);
                    waivers = evaluation.waivers(rules, reader);
                }
                EvaluationSettings settings = evaluation.settings(tenant, null, only, waivers);
                TenantCheck judged = TenantCheck.judge(rules, tenant, settings);
                FindingContext context = FindingContext.of(tenant, judged.findings(), input.name(), settings.waivers(),
                        evaluation.waiverFile(), judged.waivers(), Map.of());
                String file = byFile ? input.name() : null;
                for (Finding f : judged.findings()) {
                    findings.add(new ReportedFinding(f, null, file, context.locate(f), context.waiver(f)));
                }
                headers.add(new TenantHeader(file, tenant.getTenant(), settings.asOf(), settings.profile()));
                // The seat chart is one tenant's: shown for a single snapshot.
                if (!byFile && reports.wants(ReportOptions.Format.html, reporting)) seats = judged.seats();
                evidence.snapshot(Evidence.Role.SNAPSHOT, input, in, tenant, settings);
                progress.stepDone();
            }
        }
        if (rules == null) rules = prepared.get();
        Report report = new Report(Report.Kind.CHECK, headers, findings, reporting.failOnOrNull(), false, List.of())
                .withUnjudged(unjudged).withWaivers(waivers).withEvidence(evidence.file(Evidence.Role.WAIVERS, evaluation.waivers).build(rules, only));
        if (seats != null) report = report.withSeats(seats);
        if (!(output.toStandardOutput() && reporting.format == ReportOptions.Format.text)) {
            for (String notice : report.notices()) main.terminal().err().println("d365-policy: " + notice);
        }
        reports.write(report, rules, only);
        output.emit(quiet.render(reporting, report, rules, only, color.style(main.terminal(), output)), spec.commandLine().getOut());
        return report.exitCode();
    }
}
