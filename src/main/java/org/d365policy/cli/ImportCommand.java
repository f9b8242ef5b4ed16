package org.d365policy.cli;

import org.d365policy.model.snapshot.Tenant;
import org.d365policy.report.Version;
import org.d365policy.sources.ResponseFolder;
import org.d365policy.sources.Responses;
import org.d365policy.sources.SnapshotOutput;
import org.d365policy.sources.mapping.TenantMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Builds a tenant snapshot from saved Microsoft Graph, Power Platform admin and Dataverse Web API responses "
                + "(layout: README), such as those pull --save-responses writes.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:the snapshot was written (warnings name what was left out)",
        "2:the folder or a response cannot be read, data would be lost (an error body, a page or field missing), or the "
                + "responses do not make a valid snapshot; nothing is written", "4:internal error"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of saved API responses.")
    Path dir;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The snapshot to write (.yaml, .yml or .json).")
    Path output;

    @Mixin
    MappingMixin mapping;

    @Override
    public Integer call() throws Exception {
        SnapshotOutput.formatOf(output);
        SnapshotOutput.checkFolder(output);
        // The snapshot replaces whatever has its name (it is moved into place), so it must not be one of the responses.
        ReportFiles.refuseInput("--output " + output, output, false, FilePlace.filesBelow(dir, ""));
        var options = mapping.options();
        Responses responses = ResponseFolder.read(dir);
        var stamp = new TenantMapping.Stamp("import", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                Version.TOOL + " " + Version.get(), List.of(dir.toString()));
        TenantMapping.Result result = TenantMapping.map(responses, options, stamp);
        byte[] content = SnapshotOutput.render(result.snapshot(), output, dir.toString());
        Tenant tenant = SnapshotOutput.load(content, output);
        SnapshotOutput.write(content, output);
        PrintWriter err = spec.commandLine().getErr();
        for (String warning : result.log().warnings()) err.println("warning: " + warning);
        // A file the layout does not name was not read: a misspelt name (solution.json) would otherwise change the snapshot unseen.
        for (Responses.Page page : responses.unread()) {
            err.println("warning: " + page.name() + ": not read: no file of the folder layout has this name, or another file of it "
                    + "was read instead (README, \"The folder layout\")");
        }
        err.println(SnapshotOutput.summary(tenant, output, result.log().leftOut(), result.log().heldLeftOut()));
        err.flush();
        return ExitCode.OK;
    }
}
