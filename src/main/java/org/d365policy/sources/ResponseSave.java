package org.d365policy.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.load.InvalidInputException;
import org.d365policy.load.IoProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code pull --save-responses DIR}: the responses written beside DIR first, and put in its place only once the
 * snapshot is written, so that a failed pull leaves DIR as it was. DIR must be new, empty, or a folder an earlier
 * pull saved into, whose responses are then replaced whole: files of the earlier save left beside the new ones
 * (a page of a list that has since grown shorter, an environment since renamed) would be read back by import
 * as if this pull had read them.
 */
public final class ResponseSave implements AutoCloseable {
    private final Path dir;
    private Path staged;

    private ResponseSave(Path dir, Path staged) {
        this.dir = dir;
        this.staged = staged;
    }

    /** Refuses a DIR the responses cannot replace; called before the first request, so that nothing is read for nothing. */
    public static void checkPlace(Path dir) throws InvalidInputException {
        if (!Files.exists(dir)) return;
        if (!Files.isDirectory(dir)) throw refused(dir, "is a file, not a folder");
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) return;
        } catch (IOException e) {
            throw refused(dir, "cannot be read (" + IoProblem.of(e) + ")");
        }
        if (!savedByPull(dir.resolve("tenant.json"))) {
            throw refused(dir, "holds files that no earlier pull saved there (no tenant.json of a pull); give a new or empty folder, "
                    + "since import would read those files with this pull's responses");
        }
    }

    /** Writes the responses into a new folder beside DIR. */
    public static ResponseSave stage(Responses responses, Path dir) throws InvalidInputException {
        Path absolute = dir.toAbsolutePath().normalize();
        Path staged = null;
        try {
            Files.createDirectories(absolute.getParent());
            staged = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".partial");
            ResponseFolder.write(responses, staged);
            return new ResponseSave(absolute, staged);
        } catch (IOException e) {
            if (staged != null) deleteTree(staged);
            throw refused(dir, "cannot be written (" + IoProblem.of(e) + ")");
        }
    }

    /** Puts the responses in DIR's place, the earlier save's removed. */
    public void commit() throws InvalidInputException {
        Path old = null;
        try {
            if (Files.exists(dir)) {
                old = dir.resolveSibling("." + dir.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
                Files.move(dir, old);
            }
            Files.move(staged, dir);
            staged = null;
        } catch (IOException e) {
            throw refused(dir, "cannot be replaced (" + IoProblem.of(e) + ")");
        } finally {
            if (old != null) deleteTree(old);
        }
    }

    /** Removes the staged responses where they were not put in place. */
    @Override
    public void close() {
        if (staged != null) deleteTree(staged);
    }

    private static boolean savedByPull(Path record) {
        if (!Files.isRegularFile(record)) return false;
        try {
            JsonNode provenance = new ObjectMapper().readTree(record.toFile()).path("provenance");
            return "pull".equals(provenance.path("kind").asText());
        } catch (IOException e) {
            return false;
        }
    }

    private static InvalidInputException refused(Path dir, String why) {
        return new InvalidInputException("--save-responses " + dir, 0, 0, null, why);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // Best effort: a leftover hidden folder beside DIR is named by its own prefix and harms no later run.
        }
    }
}
