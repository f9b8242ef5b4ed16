package org.d365policy.gate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The two sides the gate compares for each tenant file, read through git: HEAD and the index
 * ({@link Commit}), or two commits ({@link CommitRange}). Both choose the files the same way
 * (changes.md): a new file has nothing before it, a renamed one is compared with its old name, a deletion is skipped.
 */
public abstract sealed class Revisions permits Commit, CommitRange {
    /** The files the gate checks when none are named (cli.md). */
    static final Pattern TENANT_FILE = Pattern.compile(".*\\.tenant\\.(yaml|yml|json)$");

    final Git git;
    private final Path root;
    /** The tenant files the last {@link #files} left out as deleted, by path. */
    private final List<String> deleted = new ArrayList<>();

    Revisions(Git git, Path root) {
        this.git = git;
        this.root = root;
    }

    /** Git run at the top of the repository that holds {@code folder}. */
    static Git repositoryOf(Path folder) throws GitException {
        // Else git fails to start in it, and the message would blame git rather than the folder.
        if (!Files.isDirectory(folder)) {
            throw new GitException(folder + (Files.exists(folder) ? ": that is a file" : ": no such folder")
                    + "; expected the folder of a git repository (--repo, or the current folder)");
        }
        Git.Result top = new Git(folder).run("rev-parse", "--show-toplevel");
        if (top.exit != 0) throw new GitException(folder + " is not inside a git repository (" + top.err + ")");
        return new Git(Path.of(top.text().trim()));
    }

    public Path root() {
        return root;
    }

    /**
     * The tenant files to check: those named (paths from the repository's root), or every changed tenant file.
     * Deletions are left out; a rename keeps the path of its version before.
     */
    public List<TenantFile> files(List<String> named) throws GitException {
        Map<String, String> changed = changedPaths();
        List<TenantFile> files = new ArrayList<>();
        deleted.clear();
        if (named.isEmpty()) {
            for (Map.Entry<String, String> e : changed.entrySet()) {
                if (!TENANT_FILE.matcher(e.getKey()).matches()) continue;
                if (e.getValue() == null) deleted.add(e.getKey());
                else files.add(new TenantFile(e.getKey(), beforePath(e.getValue())));
            }
            return files;
        }
        for (String name : named) {
            if (changed.containsKey(name) && changed.get(name) == null) {
                deleted.add(name);
                continue;
            }
            if (!changed.containsKey(name) && !hasAfter(name)) throw new GitException(notOnTheSideAfter(name));
            files.add(new TenantFile(name, beforePath(changed.getOrDefault(name, name))));
        }
        return files;
    }

    /** The tenant files {@link #files} left out because they are deleted on the side after (changes.md skips them). */
    public List<String> deleted() {
        return List.copyOf(deleted);
    }

    /** The notice for a tenant file that is deleted, and so not checked. */
    public abstract String deletionSkipped(String path);

    private String beforePath(String path) throws GitException {
        return hasBefore(path) ? path : null;
    }

    /** The changes from the side before to the side after, by path after: the path before, or null for a deletion. */
    abstract Map<String, String> changedPaths() throws GitException;

    abstract boolean hasAfter(String path) throws GitException;

    abstract boolean hasBefore(String path) throws GitException;

    /** Why a named file cannot be checked: it is not on the side after. */
    abstract String notOnTheSideAfter(String path);

    /** The version after of a file. */
    public abstract byte[] after(TenantFile file) throws GitException;

    /** The version before of a file, or null where it has none. */
    public byte[] before(TenantFile file) throws GitException {
        if (file.beforePath() == null) return null;
        Git.Result show = git.run("show", beforeRevision() + ":" + file.beforePath());
        return show.exit == 0 ? show.out : null;
    }

    /** The revision the versions before are read from. */
    abstract String beforeRevision();

    /** How notices and messages name the side before: "HEAD", or the base commit. */
    public abstract String beforeName();

    /** How errors in the version before of a file name it: {@code HEAD:path}, {@code origin/main:path}. */
    public String beforeLabel(TenantFile file) {
        return revisionLabel() + ":" + file.beforePath();
    }

    /** The side before in a {@code REVISION:path} label. */
    abstract String revisionLabel();

    /** The notice of a run that finds no tenant file to check. */
    public abstract String nothingToCheck();

    /** Parses {@code git diff --name-status -z}: for each path after, the path before, or null for a deletion. */
    static Map<String, String> nameStatus(Git.Result diff) {
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
}
