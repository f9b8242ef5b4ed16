package org.d365policy.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where writing a file lands, so that two names of one file are seen as one: {@code x/../a.json} through a
 * symbolic link {@code x}, a link to the file, a hard link. {@code --output} writes through a link at its name
 * ({@code Files.write}); {@code --report} moves its file onto the name, which replaces a link there.
 */
final class FilePlace {
    private FilePlace() {
    }

    /**
     * The file's folder as the system resolves it (links and {@code ..} in that order, not {@code ..} first
     * as {@link Path#normalize} does), and its name; with {@code throughLink}, a symbolic link at the name
     * followed to where it points, also to a file not there yet.
     */
    static Path of(Path file, boolean throughLink) {
        Path place = inRealFolder(file.toAbsolutePath());
        for (int hops = 0; throughLink && hops < 40 && Files.isSymbolicLink(place); hops++) {
            try {
                place = inRealFolder(place.resolveSibling(Files.readSymbolicLink(place)));
            } catch (IOException e) {
                break;
            }
        }
        return place;
    }

    /** Whether writing {@code report} (through a link at its name where {@code throughLink}) would change {@code input}. */
    static boolean changes(Path report, boolean throughLink, Path input) {
        if (of(report, throughLink).equals(of(input, true))) return true;
        // A hard link is the same file under another name: written through, not replaced by a move.
        if (!throughLink || !Files.exists(report) || !Files.exists(input)) return false;
        try {
            return Files.isSameFile(report, input);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The regular files below {@code folder} whose names end in {@code ending} ("" for all): inputs a report must
     * not replace. None where it is no folder or cannot be walked; reading it then reports the problem.
     */
    static List<Path> filesBelow(Path folder, String ending) {
        if (folder == null || !Files.isDirectory(folder)) return List.of();
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(ending))
                    .filter(Files::isRegularFile).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static Path inRealFolder(Path absolute) {
        Path folder = absolute.getParent();
        if (folder == null) return absolute;
        try {
            return folder.toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            // A folder that does not exist yet: writing there fails anyway, and says so.
            return absolute.normalize();
        }
    }
}
