package org.d365policy.sources;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.d365policy.load.DocumentFormat;
import org.d365policy.load.InvalidInputException;
import org.d365policy.load.IoProblem;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.load.YamlScalars;
import org.d365policy.model.snapshot.Tenant;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes a mapped snapshot: serialised by the output's extension, loaded back with the strict loader first, then
 * moved into place in one step, so that a failure leaves no file and no half-written one over an old one.
 */
public final class SnapshotOutput {
    private SnapshotOutput() {
    }

    /** The format for a file name, or an error naming the option. */
    public static DocumentFormat formatOf(Path output) throws InvalidInputException {
        DocumentFormat format = DocumentFormat.of(output.toString());
        if (format == null) throw new InvalidInputException("--output " + output, 0, 0, null, "expected a file ending in .yaml, .yml or .json");
        return format;
    }

    /**
     * Refuses an output whose folder does not exist before any work: pull would otherwise make every request first,
     * and import read every response, to fail only as it writes.
     */
    public static void checkFolder(Path output) throws InvalidInputException {
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new InvalidInputException("--output " + output, 0, 0, null, "the snapshot cannot be written there (its folder does not exist)");
        }
    }

    /** Serialises and validates; nothing is written yet. */
    public static byte[] render(Map<String, Object> snapshot, Path output, String source) throws InvalidInputException {
        byte[] content;
        try {
            content = writer(formatOf(output)).writeValueAsBytes(snapshot);
        } catch (IOException e) {
            throw new IllegalStateException("the snapshot cannot be serialised", e);
        }
        try {
            new SnapshotLoader().load(content, output.toString());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(source, 0, 0, e.getPath(), "the responses do not make a valid snapshot, so nothing was "
                    + "written: " + e.getProblem());
        }
        return content;
    }

    public static Tenant load(byte[] content, Path output) throws InvalidInputException {
        return new SnapshotLoader().load(content, output.toString());
    }

    public static void write(byte[] content, Path output) throws InvalidInputException {
        try {
            replaceWhole(output.toAbsolutePath(), content);
        } catch (IOException e) {
            throw new InvalidInputException("--output " + output, 0, 0, null, "the snapshot cannot be written there (" + IoProblem.of(e) + ")");
        }
    }

    /**
     * Writes a file beside {@code file} and moves it into place in one step: a failure leaves no file, and no
     * half-written one over an older one (the snapshot, and each of pull's saved responses).
     *
     * @param file an absolute path
     */
    static void replaceWhole(Path file, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".partial");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Best effort: the move either happened or the error it threw is reported.
            }
        }
    }

    /** The last line: what was written, with counts in correct plurals. */
    public static String summary(Tenant tenant, Path output, int leftOut, int heldLeftOut) {
        int users = tenant.getEnvironments().stream().mapToInt(e -> e.getUsers().size()).sum();
        return "wrote " + output + ": " + count(tenant.getAccounts().size(), "account") + ", "
                + count(tenant.getSubscriptions().size(), "subscription") + ", " + count(tenant.getGroups().size(), "group") + ", "
                + count(tenant.getEnvironments().size(), "environment") + ", " + count(users, "user record") + "; "
                + count(leftOut, "record") + " left out"
                + (heldLeftOut == 0 ? "" : heldLeftOut == 1 ? ", and 1 license, role or team member of a record kept"
                : ", and " + heldLeftOut + " licenses, roles or team members of records kept");
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static ObjectMapper writer(DocumentFormat format) {
        if (format == DocumentFormat.JSON) return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        return new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .stringQuotingChecker(new TextStaysText()).build());
    }

    /**
     * Quotes every text that YAML could read back as a number: with quotes kept to a minimum, Jackson wrote a
     * business unit named 2026 as a plain 2026, which the loader then reads as a number where text belongs.
     * Dates and GUIDs stay plain, as before.
     */
    static final class TextStaysText extends StringQuotingChecker.Default {
        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || YamlScalars.readsAsANumber(value);
        }
    }
}
