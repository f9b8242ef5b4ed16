package org.d365policy.cli;

import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.SeatLedger;
import org.d365policy.engine.TenantSession;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.report.SeatsWriter;
import org.d365policy.report.TenantHeader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "seats", mixinStandardHelpOptions = true,
        description = "Per subscription: purchased, in use by accounts, held by invitations, free, and a day-by-day forecast of when holds end.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:the seats were counted", "2:invalid input or usage", "3:rules could not be compiled or loaded", "4:internal error"})
final class SeatsCommand implements Callable<Integer> {
    enum Format { text, json, html }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "SNAPSHOT", description = "The tenant snapshot (.yaml, .yml or .json), or - for standard input.")
    Path snapshot;

    @Option(names = "--days", paramLabel = "N", description = "How many days after the evaluation day the forecast covers (default: 30).")
    int days = 30;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or html (default: text).")
    Format format = Format.text;

    @Mixin
    JudgingOptions judging = new JudgingOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    /** Ten years of days is far beyond any hold period; the limit keeps a typo from writing millions of rows. */
    static final int MAX_DAYS = 3660;

    @Override
    public Integer call() throws Exception {
        if (days < 0 || days > MAX_DAYS) {
            throw new UsageException("--days " + days + ": expected a number of days from 0 to " + MAX_DAYS);
        }
        output.refuseInputs(judging.inputs(snapshot));
        PreparedRuleBase prepared = new PreparedRuleBase(judging, PreparedRuleBase.Use.ONE_SESSION);
        Tenant tenant = new SnapshotInputs(main.terminal().in()).load(new SnapshotLoader(), snapshot);
        RuleBase rules = prepared.get();
        EvaluationSettings settings = EvaluationSettings.resolve(tenant, judging.profile, judging.asOf, Main.today(), null);
        List<SeatLedger> seats;
        try (TenantSession session = new TenantSession(rules, tenant, settings)) {
            seats = SeatLedger.of(session);
        }
        SeatsWriter writer = new SeatsWriter(new TenantHeader(null, tenant.getTenant(), settings.asOf(), settings.profile()), seats, days);
        String text = switch (format) {
            case text -> writer.text();
            case json -> writer.json();
            case html -> writer.html();
        };
        output.emit(text, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
