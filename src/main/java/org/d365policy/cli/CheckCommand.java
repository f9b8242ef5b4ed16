package org.d365policy.cli;

import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.SeatLedger;
import org.d365policy.engine.TenantSession;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.Tenant;
import org.d365policy.report.Evidence;
import org.d365policy.report.FindingContext;
import org.d365policy.report.Report;
import org.d365policy.report.TenantHeader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "check", description = "Judges one tenant snapshot.", mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:no finding at or above --fail-on", "1:at least one finding at or above --fail-on",
        "2:invalid input or usage", "3:rules could not be compiled or loaded", "4:internal error"})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SNAPSHOT", description = "The tenant snapshot (.yaml, .yml or .json).")
    Path snapshot;

    @ArgGroup(exclusive = false, heading = "")
    EvaluationOptions evaluation = new EvaluationOptions();

    @ArgGroup(exclusive = false, heading = "")
    ReportOptions reporting = new ReportOptions();

    @ArgGroup(exclusive = false, heading = "")
    OutputOptions output = new OutputOptions();

    @Mixin
    ReportFiles reports = new ReportFiles();

    @Override
    public Integer call() throws Exception {
        PreparedRuleBase prepared = new PreparedRuleBase(evaluation.judging);
        DocumentReader reader = new DocumentReader();
        Tenant tenant = new SnapshotLoader(reader).load(snapshot);
        RuleBase rules = prepared.get();
        EvaluationSettings settings = evaluation.settings(tenant, null, evaluation.only(rules), evaluation.waivers(rules, reader));
        Report report;
        try (TenantSession session = new TenantSession(rules, tenant, settings)) {
            FindingContext context = FindingContext.of(tenant, snapshot.toString(), settings.waivers(), evaluation.waiverFile(),
                    session.waivers(), Map.of());
            report = Report.check(new TenantHeader(null, tenant.getTenant(), settings.asOf(), settings.profile()),
                    session.findings(), context, reporting.failOnOrNull());
            if (reports.wants(ReportOptions.Format.html, reporting)) report = report.withSeats(SeatLedger.of(session));
        }
        report = report.withEvidence(new RunEvidence().snapshot(Evidence.Role.SNAPSHOT, snapshot, tenant, settings)
                .file(Evidence.Role.WAIVERS, evaluation.waivers).build(rules, settings.only()));
        reports.write(report, rules);
        output.emit(reporting.render(report, rules), spec.commandLine().getOut());
        return report.failed() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
