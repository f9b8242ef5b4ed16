package org.d365policy.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds DRL files: the bundled ones inside the jar (or build folder), and an organization's folder. */
public final class RuleFiles {
    static final String BUNDLED_FOLDER = "d365policy/rules";
    /** How reports and the rule set's hash name a bundled file: by its place in the repository. */
    private static final String BUNDLED_NAMES = "rules/";

    private RuleFiles() {
    }

    public static List<RuleSource> bundled() throws RulesException {
        URL url = RuleFiles.class.getClassLoader().getResource(BUNDLED_FOLDER);
        if (url == null) throw new RulesException("the bundled rules are missing from the build (" + BUNDLED_FOLDER + ")");
        try {
            if (url.openConnection() instanceof JarURLConnection connection) return read(connection.getJarFile(), BUNDLED_NAMES);
            return read(Path.of(url.toURI()), BUNDLED_NAMES, true);
        } catch (IOException | URISyntaxException e) {
            throw new RulesException("the bundled rules cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The DRL files in the jar the classes were loaded from, found in the jar's list of entries (the jar is
     * the URL connection's, shared and left open): a zip file system over the jar took a quarter of the rule
     * base's thread as a small check starts (BENCHMARKS.md, "The launcher's own start").
     */
    private static List<RuleSource> read(JarFile jar, String displayPrefix) throws IOException {
        String folder = BUNDLED_FOLDER + "/";
        List<JarEntry> files = new ArrayList<>();
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            JarEntry entry = entries.nextElement();
            if (!entry.isDirectory() && entry.getName().startsWith(folder) && entry.getName().endsWith(".drl")) files.add(entry);
        }
        // The same order as read(Path...) gives a folder's files.
        files.sort(Comparator.comparing(JarEntry::getName));
        List<RuleSource> sources = new ArrayList<>();
        for (JarEntry file : files) {
            try (InputStream in = jar.getInputStream(file)) {
                String relative = file.getName().substring(folder.length());
                sources.add(new RuleSource(displayPrefix + relative, new String(in.readAllBytes(), StandardCharsets.UTF_8), true));
            }
        }
        return sources;
    }

    /** An organization's own rules: every .drl file below {@code folder}, which may be none. */
    public static List<RuleSource> custom(Path folder) throws RulesException {
        if (!Files.isDirectory(folder)) throw new RulesException("--rules " + folder + ": no such folder");
        try {
            return read(folder, folder.toString().endsWith("/") ? folder.toString() : folder + "/", false);
        } catch (IOException e) {
            throw new RulesException("--rules " + folder + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<RuleSource> read(Path folder, String displayPrefix, boolean bundled) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".drl"))
                    .filter(Files::isRegularFile).forEach(files::add);
        }
        // A stable order, so that the same rules always build the same rule base.
        files.sort((a, b) -> folder.relativize(a).toString().compareTo(folder.relativize(b).toString()));
        List<RuleSource> sources = new ArrayList<>();
        for (Path file : files) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            sources.add(new RuleSource(displayPrefix + relative, new String(Files.readAllBytes(file), StandardCharsets.UTF_8), bundled));
        }
        return sources;
    }
}
