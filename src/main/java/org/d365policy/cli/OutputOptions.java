package org.d365policy.cli;

import org.d365policy.load.IoProblem;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** Where a command writes what it produces. */
final class OutputOptions {
    @Option(names = "--output", paramLabel = "FILE", description = "Writes there instead of standard output (- is standard output).")
    Path output;

    /** Whether what is written goes to standard output, where a terminal may show it. */
    boolean toStandardOutput() {
        return output == null || output.toString().equals("-");
    }

    /** Before any work: --output names none of the run's input files (see {@link ReportFiles#refuseInputs}). */
    void refuseInputs(Collection<Path> inputs) throws UsageException {
        if (!toStandardOutput()) ReportFiles.refuseInput("--output " + output, output, true, inputs);
    }

    void emit(String text, PrintWriter out) throws UsageException {
        if (toStandardOutput()) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            Files.write(output, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("--output " + output + ": the report cannot be written there (" + IoProblem.of(e) + ")");
        }
    }
}
