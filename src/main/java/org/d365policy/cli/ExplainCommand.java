package org.d365policy.cli;

import org.d365policy.engine.AccessExplainer;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RecordExplanation;
import org.d365policy.engine.TenantSession;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.Upn;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;
import org.d365policy.report.ExplanationWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Whether a person can use each environment where they have a user record, and why.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:the person has a user record (whether or not they can use it)",
        "2:invalid input, or an unknown user or environment", "3:rules could not be compiled or loaded",
        "4:internal error"})
final class ExplainCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "SNAPSHOT", description = "The tenant snapshot (.yaml, .yml or .json), or - for standard input.")
    Path snapshot;

    @Option(names = "--user", required = true, paramLabel = "UPN", description = "The person to explain.")
    String user;

    @Option(names = "--environment", paramLabel = "ID", description = "Only this environment.")
    String environment;

    @Option(names = "--format", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Mixin
    JudgingOptions judging = new JudgingOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Override
    public Integer call() throws Exception {
        output.refuseInputs(judging.inputs(snapshot));
        Tenant tenant = new SnapshotInputs(main.terminal().in()).load(new SnapshotLoader(), snapshot);
        String upn = Upn.normalize(user.trim());
        List<UserRecord> records = recordsOf(tenant, upn);
        EvaluationSettings settings = EvaluationSettings.resolve(tenant, judging.profile, judging.asOf, Main.today(), null);
        List<RecordExplanation> explanations;
        try (TenantSession session = new TenantSession(judging.ruleBase(), tenant, settings)) {
            explanations = new AccessExplainer(session, tenant).explain(records);
        }
        ExplanationWriter writer = new ExplanationWriter(tenant.getTenant(), settings.asOf(), settings.profile(), upn);
        output.emit(format == Format.json ? writer.json(explanations) : writer.text(explanations), spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /** The person's records (of the named environment), or a usage error that suggests what was meant. */
    private List<UserRecord> recordsOf(Tenant tenant, String upn) throws UsageException {
        // Only UPNs with a user record are suggested: an account alone has nothing to explain.
        TreeSet<String> known = new TreeSet<>();
        TreeSet<String> environments = new TreeSet<>();
        List<UserRecord> records = new ArrayList<>();
        boolean account = tenant.getAccounts().stream().anyMatch(a -> a.getUpn().equals(upn));
        for (Environment env : tenant.getEnvironments()) {
            environments.add(env.getId());
            for (UserRecord record : env.getUsers()) {
                known.add(record.getUpn());
                if (record.getUpn().equals(upn)) records.add(record);
            }
        }
        if (environment != null && !environments.contains(environment)) {
            throw new UsageException("--environment " + environment + ": " + SnapshotInputs.name(snapshot) + " has no such environment"
                    + Suggestions.didYouMean(environment, environments) + " (it has " + String.join(", ", environments) + ")");
        }
        if (records.isEmpty()) {
            throw new UsageException("--user " + user + ": " + SnapshotInputs.name(snapshot) + " has no user record of this UPN"
                    + (account ? " (only an account)" : "") + Suggestions.didYouMean(upn, known));
        }
        if (environment == null) return records;
        List<UserRecord> inEnvironment = new ArrayList<>();
        for (UserRecord record : records) {
            if (record.getEnvironment().equals(environment)) inEnvironment.add(record);
        }
        if (inEnvironment.isEmpty()) {
            TreeSet<String> where = new TreeSet<>();
            for (UserRecord record : records) where.add(record.getEnvironment());
            throw new UsageException("--user " + user + " has no user record in " + environment + "; they have one in "
                    + String.join(", ", where));
        }
        return inEnvironment;
    }
}
