package org.d365policy.cli;

import org.d365policy.engine.RuleBase;
import org.d365policy.load.IoProblem;
import org.d365policy.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code --report FORMAT=FILE}, repeatable: the same run's report also written in other formats (cli.md revision 2). */
final class ReportFiles {
    /** One requested report: its format and where it goes. */
    record Target(ReportOptions.Format format, Path file) {
    }

    @Option(names = "--report", paramLabel = "FORMAT=FILE", converter = TargetConverter.class,
            description = "Also writes the report in FORMAT (text, json, sarif, junit, html) to FILE; repeatable.")
    List<Target> targets = new ArrayList<>();

    /** Whether any --report, or the main format, is {@code format}. */
    boolean wants(ReportOptions.Format format, ReportOptions main) {
        return main.format == format || targets.stream().anyMatch(t -> t.format() == format);
    }

    /** Whether any report of the run, the main one or a --report, shows the run's evidence: all but text do. */
    boolean showEvidence(ReportOptions main) {
        return main.format != ReportOptions.Format.text || targets.stream().anyMatch(t -> t.format() != ReportOptions.Format.text);
    }

    /**
     * Before any work: every report, --output's included, needs a file of its own that is not a folder. Two
     * reports in one file would leave only the one written last, and a move onto an empty folder replaces it.
     */
    void checkPlaces(OutputOptions output, Collection<Path> inputs) throws UsageException {
        checkPlaces(output);
        refuseInputs(output, inputs);
    }

    /**
     * No report, --output's included, may be written over one of the run's input files: it would replace a
     * tenant file, a change set or a waivers file (changes.md: the tools never change a tenant file).
     */
    void refuseInputs(OutputOptions output, Collection<Path> inputs) throws UsageException {
        output.refuseInputs(inputs);
        for (Target t : targets) refuseInput("--report " + t.format() + "=" + t.file(), t.file(), false, inputs);
    }

    /**
     * @param throughLink whether the report is written through a symbolic link at its name (--output) or replaces it (--report)
     * @param inputs the run's input files; null entries (an option not given) and standard input ({@code -}) are skipped
     */
    static void refuseInput(String option, Path report, boolean throughLink, Collection<Path> inputs) throws UsageException {
        for (Path input : inputs) {
            if (input != null && !SnapshotInputs.isStandardInput(input) && FilePlace.changes(report, throughLink, input)) {
                throw new UsageException(option + ": that is " + input + ", an input of this run; a report is never written"
                        + " over its input, so give the report a file of its own");
            }
        }
    }

    private void checkPlaces(OutputOptions output) throws UsageException {
        Map<Path, String> taken = new HashMap<>();
        if (!output.toStandardOutput()) {
            if (Files.isDirectory(output.output)) {
                throw new UsageException("--output " + output.output + ": that is a folder; expected a file to write the report to");
            }
            taken.put(FilePlace.of(output.output, true), "--output " + output.output);
        }
        for (Target t : targets) {
            String option = "--report " + t.format() + "=" + t.file();
            if (Files.isDirectory(t.file())) throw new UsageException(option + ": that is a folder; expected a file to write the report to");
            String other = taken.putIfAbsent(FilePlace.of(t.file(), false), option);
            if (other != null) {
                throw new UsageException(option + ": " + other + " writes to the same file; give each report a file of its own");
            }
        }
    }

    /**
     * Renders every report first, then writes each beside its place and moves them all into place, so
     * that a failure leaves none of them half-written.
     *
     * @param only the rule IDs of --only, or null when every rule was judged
     */
    void write(Report report, RuleBase rules, Set<String> only) throws UsageException {
        Map<Target, String> rendered = new LinkedHashMap<>();
        for (Target t : targets) rendered.put(t, ReportOptions.render(t.format(), report, rules, only));
        Map<Target, Path> staged = new LinkedHashMap<>();
        Target current = null;
        try {
            for (Map.Entry<Target, String> r : rendered.entrySet()) {
                current = r.getKey();
                Path file = r.getKey().file().toAbsolutePath();
                Path temp = file.resolveSibling("." + file.getFileName() + ".part");
                Files.write(temp, r.getValue().getBytes(StandardCharsets.UTF_8));
                staged.put(r.getKey(), temp);
            }
            for (Map.Entry<Target, Path> s : staged.entrySet()) {
                current = s.getKey();
                Files.move(s.getValue(), s.getKey().file(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            for (Path temp : staged.values()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Best effort: the run fails with the first problem anyway.
                }
            }
            throw new UsageException("--report " + current.format() + "=" + current.file()
                    + ": the report cannot be written there (" + IoProblem.of(e) + ")");
        }
    }

    /** FORMAT=FILE, the format in any case; anything else is a usage error naming the option and what was expected. */
    static final class TargetConverter implements CommandLine.ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            int eq = value.indexOf('=');
            String formats = Arrays.stream(ReportOptions.Format.values()).map(Enum::name).collect(Collectors.joining(", "));
            if (eq <= 0 || eq == value.length() - 1) {
                throw new CommandLine.TypeConversionException("'" + value + "': expected FORMAT=FILE, FORMAT one of " + formats);
            }
            if (value.substring(eq + 1).equals("-")) {
                throw new CommandLine.TypeConversionException("'" + value + "': --report writes to a file; standard output is"
                        + " --output's (where - names it)");
            }
            String name = value.substring(0, eq).toLowerCase(Locale.ROOT);
            for (ReportOptions.Format f : ReportOptions.Format.values()) {
                if (f.name().equals(name)) return new Target(f, Path.of(value.substring(eq + 1)));
            }
            throw new CommandLine.TypeConversionException("'" + value + "': the format " + value.substring(0, eq)
                    + " is not known; expected one of " + formats);
        }
    }
}
