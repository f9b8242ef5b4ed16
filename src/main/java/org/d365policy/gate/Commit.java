package org.d365policy.gate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The commit being made: which tenant files it stages, and their HEAD and staged versions. */
public final class Commit {
    /** The files the gate checks when none are named (cli.md). */
    static final Pattern TENANT_FILE = Pattern.compile(".*\\.tenant\\.(yaml|yml|json)$");

    private final Git git;
    private final boolean hasHead;
    private final Path root;

    private Commit(Git git, Path root, boolean hasHead) {
        this.git = git;
        this.root = root;
        this.hasHead = hasHead;
    }

    /** The commit being prepared in the repository that holds {@code folder}. */
    public static Commit in(Path folder) throws GitException {
        Git.Result top = new Git(folder).run("rev-parse", "--show-toplevel");
        if (top.exit != 0) throw new GitException(folder + " is not inside a git repository (" + top.err + ")");
        Path root = Path.of(top.text().trim());
        Git git = new Git(root);
        boolean hasHead = git.run("rev-parse", "--verify", "--quiet", "HEAD").exit == 0;
        return new Commit(git, root, hasHead);
    }

    public Path root() {
        return root;
    }

    /**
     * The tenant files to check: those named (paths relative to the repository's root), or every staged
     * tenant file. Staged deletions are left out; a rename keeps the path of its HEAD version.
     */
    public List<StagedFile> files(List<String> named) throws GitException {
        Map<String, String> staged = stagedChanges();
        List<StagedFile> files = new ArrayList<>();
        if (named.isEmpty()) {
            for (Map.Entry<String, String> e : staged.entrySet()) {
                if (e.getValue() != null && TENANT_FILE.matcher(e.getKey()).matches()) {
                    files.add(new StagedFile(e.getKey(), headPath(e.getValue())));
                }
            }
            return files;
        }
        for (String name : named) {
            if (staged.containsKey(name) && staged.get(name) == null) continue;
            if (!staged.containsKey(name) && !inIndex(name)) {
                throw new GitException(name + " is not in the index of " + root + "; stage it, or name a tracked file");
            }
            files.add(new StagedFile(name, headPath(staged.getOrDefault(name, name))));
        }
        return files;
    }

    /** Staged changes against HEAD, by path: the HEAD path they come from, or null for a deletion. */
    private Map<String, String> stagedChanges() throws GitException {
        Git.Result diff = hasHead ? git.run("diff", "--cached", "--name-status", "-z", "-M", "HEAD")
                : git.run("diff", "--cached", "--name-status", "-z", "--root");
        if (!hasHead && diff.exit != 0) diff = git.run("diff", "--cached", "--name-status", "-z");
        if (diff.exit != 0) throw new GitException("git cannot list the staged files: " + diff.err);
        String[] parts = new String(diff.out, StandardCharsets.UTF_8).split("\0");
        Map<String, String> changes = new LinkedHashMap<>();
        for (int i = 0; i + 1 < parts.length; ) {
            String status = parts[i];
            if (status.startsWith("R") || status.startsWith("C")) {
                changes.put(parts[i + 2], parts[i + 1]);
                i += 3;
            } else {
                changes.put(parts[i + 1], status.startsWith("D") ? null : parts[i + 1]);
                i += 2;
            }
        }
        return changes;
    }

    private boolean inIndex(String path) throws GitException {
        return git.run("cat-file", "-e", ":" + path).exit == 0;
    }

    private String headPath(String path) throws GitException {
        if (!hasHead) return null;
        return git.run("cat-file", "-e", "HEAD:" + path).exit == 0 ? path : null;
    }

    /** The staged version of a file. */
    public byte[] staged(StagedFile file) throws GitException {
        Git.Result show = git.run("show", ":" + file.path());
        if (show.exit != 0) throw new GitException("git cannot show the staged " + file.path() + ": " + show.err);
        return show.out;
    }

    /** The HEAD version of a file, or null where it has none. */
    public byte[] head(StagedFile file) throws GitException {
        if (file.headPath() == null) return null;
        Git.Result show = git.run("show", "HEAD:" + file.headPath());
        return show.exit == 0 ? show.out : null;
    }
}
