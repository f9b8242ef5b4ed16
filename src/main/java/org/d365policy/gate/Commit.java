package org.d365policy.gate;

import java.nio.file.Path;
import java.util.Map;

/** The commit being made: the staged version of each tenant file against its HEAD version. */
public final class Commit extends Revisions {
    private final boolean hasHead;

    private Commit(Git git, boolean hasHead) {
        super(git, git.repository());
        this.hasHead = hasHead;
    }

    /** The commit being prepared in the repository that holds {@code folder}. */
    public static Commit in(Path folder) throws GitException {
        Git git = repositoryOf(folder);
        return new Commit(git, git.run("rev-parse", "--verify", "--quiet", "HEAD").exit == 0);
    }

    @Override
    Map<String, String> changedPaths() throws GitException {
        Git.Result diff = hasHead ? git.run("diff", "--cached", "--name-status", "-z", "-M", "HEAD")
                : git.run("diff", "--cached", "--name-status", "-z", "--root");
        if (!hasHead && diff.exit != 0) diff = git.run("diff", "--cached", "--name-status", "-z");
        if (diff.exit != 0) throw new GitException("git cannot list the staged files: " + diff.err);
        return nameStatus(diff);
    }

    @Override
    boolean hasAfter(String path) throws GitException {
        return git.run("cat-file", "-e", ":" + path).exit == 0;
    }

    @Override
    boolean hasBefore(String path) throws GitException {
        return hasHead && git.run("cat-file", "-e", "HEAD:" + path).exit == 0;
    }

    @Override
    String notOnTheSideAfter(String path) {
        return path + " is not in the index of " + root() + "; stage it, or name a tracked file";
    }

    @Override
    public byte[] after(TenantFile file) throws GitException {
        Git.Result show = git.run("show", ":" + file.path());
        if (show.exit != 0) throw new GitException("git cannot show the staged " + file.path() + ": " + show.err);
        return show.out;
    }

    @Override
    String beforeRevision() {
        return "HEAD";
    }

    @Override
    String revisionLabel() {
        return "HEAD";
    }

    @Override
    public String beforeName() {
        return "HEAD";
    }

    @Override
    public String nothingToCheck() {
        return deleted().isEmpty() ? "no tenant file is staged; nothing to check" : "no other tenant file is staged; nothing to check";
    }

    @Override
    public String deletionSkipped(String path) {
        return path + " is staged for deletion; a deleted file is not checked";
    }
}
