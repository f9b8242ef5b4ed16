package org.d365policy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.load.DocumentFormat;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.InvalidInputException;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.snapshot.Tenant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The snapshots a command line names: files, folders (every tenant file below them) and {@code -},
 * standard input, read at most once.
 */
final class SnapshotInputs {
    /** How reports and messages name standard input. */
    static final String STANDARD_INPUT = "<stdin>";

    private final InputStream in;
    private byte[] standardInput;

    SnapshotInputs(InputStream in) {
        this.in = in;
    }

    /** One snapshot to judge: a file, or standard input when {@code file} is null. */
    record Input(String name, Path file) {
    }

    static boolean isStandardInput(Path path) {
        return path.toString().equals("-");
    }

    /** How a report names the argument: its path, or {@link #STANDARD_INPUT}. */
    static String name(Path path) {
        return isStandardInput(path) ? STANDARD_INPUT : path.toString();
    }

    /**
     * Each argument as it is, except folders, which stand for every {@code *.tenant.yaml|yml|json}
     * below them in name order; a folder without any is a usage error, since it is surely a wrong path.
     */
    static List<Input> expand(List<Path> arguments) throws UsageException {
        List<Input> inputs = new ArrayList<>();
        int standardInputs = 0;
        for (Path argument : arguments) {
            if (isStandardInput(argument)) {
                if (++standardInputs > 1) throw new UsageException("- (standard input) is named twice; it can be read once");
                inputs.add(new Input(STANDARD_INPUT, null));
            } else if (Files.isDirectory(argument)) {
                List<Path> found = tenantFilesBelow(argument);
                if (found.isEmpty()) {
                    throw new UsageException(argument + ": the folder holds no *.tenant.yaml, *.tenant.yml or *.tenant.json file");
                }
                for (Path file : found) inputs.add(new Input(file.toString(), file));
            } else {
                inputs.add(new Input(argument.toString(), argument));
            }
        }
        return inputs;
    }

    private static List<Path> tenantFilesBelow(Path folder) throws UsageException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(SnapshotInputs::isTenantFile).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UsageException(folder + ": the folder cannot be read (" + e.getMessage() + ")");
        }
    }

    private static boolean isTenantFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tenant.yaml") || name.endsWith(".tenant.yml") || name.endsWith(".tenant.json");
    }

    /** Loads a file, or standard input (YAML or JSON, told apart by content). */
    Tenant load(SnapshotLoader loader, Input input) throws InvalidInputException, UsageException {
        if (input.file() != null) return loader.load(input.file());
        byte[] content = readStandardInput();
        DocumentFormat format = DocumentFormat.sniff(content);
        try {
            return loader.load(content, STANDARD_INPUT, format);
        } catch (InvalidInputException notJson) {
            if (format != DocumentFormat.JSON) throw notJson;
            // YAML's flow style starts as JSON does: {tenant: t} is YAML. Where it is not even YAML, the content
            // looked like JSON, so JSON's message is the one that helps; where it is YAML, YAML's (a day that does
            // not exist, a field misspelt).
            try {
                return loader.load(content, STANDARD_INPUT, DocumentFormat.YAML);
            } catch (InvalidInputException notYaml) {
                throw isYaml(content) ? notYaml : notJson;
            }
        }
    }

    private static boolean isYaml(byte[] content) {
        try {
            new DocumentReader().read(content, STANDARD_INPUT, DocumentFormat.YAML, JsonNode.class);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** Loads one argument of a command that takes a snapshot: a file or {@code -}. */
    Tenant load(SnapshotLoader loader, Path argument) throws InvalidInputException, UsageException {
        return load(loader, input(argument));
    }

    /** One argument that is not a folder, as an input: a file, or standard input for {@code -}. */
    static Input input(Path argument) {
        return isStandardInput(argument) ? new Input(STANDARD_INPUT, null) : new Input(argument.toString(), argument);
    }

    /** What standard input held, once it was read: the evidence hashes it like a file. */
    byte[] standardInput() {
        return standardInput;
    }

    private byte[] readStandardInput() throws InvalidInputException, UsageException {
        if (standardInput != null) throw new UsageException("- (standard input) is named twice; it can be read once");
        try {
            standardInput = in.readAllBytes();
            return standardInput;
        } catch (IOException e) {
            throw new InvalidInputException(STANDARD_INPUT, 0, 0, null, "standard input cannot be read (" + e.getMessage() + ")");
        }
    }
}
