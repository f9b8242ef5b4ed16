package org.d365policy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/** The plain single-pass script of issue 16 (src/test/python/floor.py), run as a process with python3. */
public final class FloorScript {
    static final Path SCRIPT = Path.of("src/test/python/floor.py");

    private FloorScript() {
    }

    /** Why the script cannot run here, or null where it can. */
    public static String whyUnavailable() {
        if (!Files.isRegularFile(SCRIPT)) return SCRIPT + " is missing (run from the project's root)";
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? null : "python3 --version failed";
        } catch (IOException e) {
            return "python3 is not on the PATH (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The command line for a snapshot; profile and today may be null. */
    static List<String> command(Path snapshot, String profile, LocalDate today) {
        List<String> line = new ArrayList<>(List.of("python3", SCRIPT.toString(), snapshot.toString()));
        if (profile != null) line.addAll(List.of("--profile", profile));
        if (today != null) line.addAll(List.of("--today", today.toString()));
        return line;
    }

    /** The script's findings as "RULE subject" pairs, the form of {@link PlainJavaFloor#evaluate}. */
    public static Set<String> run(Path snapshot, String profile, LocalDate today) throws IOException, InterruptedException {
        Path out = Files.createTempFile("floor-py", ".txt");
        try {
            Process p = new ProcessBuilder(command(snapshot, profile, today))
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                throw new IllegalStateException("floor.py took over 10 minutes on " + snapshot);
            }
            if (p.exitValue() != 0) throw new IllegalStateException("floor.py exited " + p.exitValue() + " on " + snapshot);
            Set<String> pairs = new TreeSet<>();
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                if (!line.isEmpty()) pairs.add(line);
            }
            return pairs;
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
