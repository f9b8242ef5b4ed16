package org.d365policy.cli;

import org.d365policy.model.Severity;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where and how a command writes its report, and which findings fail the run. */
final class ReportOptions {
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    Format format = Format.text;

    @Option(names = "--output", paramLabel = "FILE", description = "Writes the report there instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = FailOn.Converter.class,
            description = "The lowest severity that fails the run: error, warning, info or none (default: error).")
    FailOn failOn = FailOn.ERROR;

    /** The lowest failing severity, or null for none. */
    Severity failOnOrNull() {
        return failOn.severity();
    }

    void emit(String report, PrintWriter out) throws UsageException {
        if (output == null) {
            out.print(report);
            out.flush();
            return;
        }
        try {
            Files.write(output, report.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("--output " + output + ": the report cannot be written there (" + e.getMessage() + ")");
        }
    }
}
