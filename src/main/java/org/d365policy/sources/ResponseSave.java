package org.d365policy.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.d365policy.load.InvalidInputException;
import org.d365policy.load.IoProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code pull --save-responses DIR}: every response in import's folder layout. DIR must be new, empty, or a folder an
 * earlier pull saved into; there, the earlier save's responses that this pull did not read again (a page of a list
 * that has since grown shorter, an environment since renamed) are removed, since import would read them back as if
 * this pull had. Only files of the layout's names are touched ({@link #LAYOUT}), and never the snapshot itself; DIR is written in place (through
 * a symbolic link, on a mount point, with the folder's own permissions), each file replaced whole.
 */
public final class ResponseSave {
    /** Deeper than {@code environments/<id>/<file>} or {@code graph/groups/<id>/<file>} is not part of the layout. */
    private static final int MAX_DEPTH = 4;

    /**
     * The names a pull saves under (README, "The folder layout"), from the lists it reads: only such files of an
     * earlier save are removed, never a snapshot, an archive or an export a person keeps in the folder.
     */
    static final Pattern LAYOUT = layout();

    private ResponseSave() {
    }

    /** Refuses a DIR the responses cannot go to; called before the first request, so that nothing is read for nothing. */
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

    /**
     * Writes every response, then removes the files of an earlier save ({@link #LAYOUT}'s names) that this pull did not write.
     *
     * @param output the snapshot, never removed even where it is a {@code .json} file inside DIR
     */
    public static void write(Responses responses, Path dir, Path output) throws InvalidInputException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Set<Path> written = new HashSet<>();
        try {
            Files.createDirectories(dir);
            Path root = dir.toRealPath();
            for (Responses.Page page : responses.all().values()) {
                Path file = root.resolve(page.path());
                Files.createDirectories(file.getParent());
                SnapshotOutput.replaceWhole(file, json.writeValueAsBytes(page.body()));
                written.add(file);
            }
            Path snapshot = Files.exists(output) ? output.toRealPath() : output.toAbsolutePath().normalize();
            removeLeftovers(root, written, snapshot);
        } catch (IOException e) {
            throw refused(dir, "the responses could not all be written (" + IoProblem.of(e) + "); the folder may hold some of "
                    + "this pull's responses beside the last save's, and the snapshot was not written");
        }
    }

    private static Pattern layout() {
        String any = "[^/]+";
        String pages = "(-[1-9][0-9]{0,5})?\\.json";
        List<String> names = new ArrayList<>(List.of("tenant\\.json", "environments/" + any + "/environment\\.json",
                "graph/directoryRoles" + pages));
        for (ApiList list : ApiList.values()) {
            String marker = "\u0000";
            String folder = list.folder(marker).replace(marker, any);
            String entity = list.entity(marker).replace(marker, any);
            names.add(folder + "/" + entity + pages);
        }
        return Pattern.compile(String.join("|", names));
    }

    /** The earlier save's files this pull did not write, then the folders that removing them left empty (DIR itself stays). */
    private static void removeLeftovers(Path root, Set<Path> written, Path snapshot) throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
            all = files.sorted(Comparator.reverseOrder()).toList();
        }
        // Children come before their folder in reverse order, so a folder is judged after what was removed from it.
        Set<Path> emptied = new HashSet<>();
        for (Path p : all) {
            String path = root.relativize(p).toString().replace('\\', '/');
            if (Files.isRegularFile(p) && LAYOUT.matcher(path).matches() && !written.contains(p) && !p.equals(snapshot)) {
                Files.delete(p);
                emptied.add(p.getParent());
            } else if (!p.equals(root) && emptied.contains(p)) {
                try (Stream<Path> left = Files.list(p)) {
                    if (left.findAny().isEmpty()) {
                        Files.delete(p);
                        emptied.add(p.getParent());
                    }
                }
            }
        }
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
}
