package org.d365policy.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.d365policy.importer.TenantImporter;
import org.d365policy.load.DocumentFormat;
import org.d365policy.load.InvalidInputException;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.Tenant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Builds a tenant snapshot from saved Dataverse Web API and Microsoft Graph responses (layout: README).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:the snapshot was written (warnings name what could not be mapped)",
        "2:the folder or a response cannot be read, or the export does not make a valid snapshot", "4:internal error"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of saved API responses.")
    Path dir;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The snapshot to write (.yaml, .yml or .json).")
    Path output;

    @Option(names = "--skus", paramLabel = "REGEX", description = "The SKU part numbers that are Customer Engagement license pools "
            + "(default: those starting with DYN365, D365, DYNAMICS or CRM).")
    String skus = TenantImporter.DEFAULT_SKUS;

    @Override
    public Integer call() throws Exception {
        DocumentFormat format = DocumentFormat.of(output.toString());
        if (format == null) throw new UsageException("--output " + output + ": expected a file ending in .yaml, .yml or .json");
        TenantImporter importer = new TenantImporter(skus);
        Map<String, Object> snapshot = importer.importFrom(dir);
        byte[] content = writer(format).writeValueAsBytes(snapshot);
        Tenant tenant;
        try {
            tenant = new SnapshotLoader().load(content, output.toString());
        } catch (InvalidInputException e) {
            throw new UsageException("the export in " + dir + " does not make a valid snapshot, so nothing was written: " + e.getProblem()
                    + (e.getPath() == null ? "" : " (at " + e.getPath() + ")"));
        }
        try {
            Files.write(output, content);
        } catch (IOException e) {
            throw new UsageException("--output " + output + ": the snapshot cannot be written there (" + e.getMessage() + ")");
        }
        PrintWriter err = spec.commandLine().getErr();
        for (String warning : importer.warnings().all()) err.println("warning: " + warning);
        int users = tenant.getEnvironments().stream().mapToInt(e -> e.getUsers().size()).sum();
        err.println("imported " + tenant.getAccounts().size() + " accounts, " + tenant.getSubscriptions().size() + " subscriptions, "
                + tenant.getGroups().size() + " groups, " + tenant.getEnvironments().size() + " environments with " + users
                + " user records into " + output + " (" + importer.warnings().all().size() + " warnings)");
        err.flush();
        return ExitCode.OK;
    }

    private static ObjectMapper writer(DocumentFormat format) {
        if (format == DocumentFormat.JSON) return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        return new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR).build());
    }
}
