package org.d365policy.gate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Two commits, for CI: each tenant file that differs between them, its version in the head commit
 * against its version where the head's history leaves the base's (their merge base, as a pull request
 * and {@code git diff BASE...HEAD} count changes), which is the base commit itself whenever the base is
 * an ancestor of the head.
 */
public final class CommitRange extends Revisions {
    private static final Pattern COMMIT_ID = Pattern.compile("[0-9a-fA-F]{7,64}");

    private final Ref base;
    private final String baseCommit;
    private final String mergeBase;
    private final String headCommit;

    private CommitRange(Git git, Ref base, String baseCommit, String mergeBase, String headCommit) {
        super(git, git.repository());
        this.base = base;
        this.baseCommit = baseCommit;
        this.mergeBase = mergeBase;
        this.headCommit = headCommit;
    }

    /** The range from {@code base} to {@code head} in the repository that holds {@code folder}. */
    public static CommitRange in(Path folder, Ref base, Ref head) throws GitException {
        Git git = repositoryOf(folder);
        String baseCommit = commit(git, base);
        String headCommit = commit(git, head);
        Git.Result merge = git.run("merge-base", baseCommit, headCommit);
        if (merge.exit != 0) {
            throw new GitException(shallow(git)
                    ? base.givenAs() + " and " + head.givenAs() + " have no common commit in the history of this shallow clone ("
                    + git.repository() + "), so the gate cannot tell what " + head.name() + " changed; fetch the history back to where"
                    + " they part: git fetch --unshallow (or --deepen=N); with actions/checkout set fetch-depth: 0, in GitLab CI GIT_DEPTH: 0"
                    : base.givenAs() + " and " + head.givenAs() + " have no common history in " + git.repository()
                    + "; --base names the branch that " + head.name() + " is to be merged into");
        }
        return new CommitRange(git, base, baseCommit, merge.text().trim(), headCommit);
    }

    /** The commit a ref names, or a message that says which ref is missing and what to fetch. */
    private static String commit(Git git, Ref ref) throws GitException {
        Git.Result parsed = git.run("rev-parse", "--verify", "--quiet", "--end-of-options", ref.name() + "^{commit}");
        if (parsed.exit == 0) return parsed.text().trim();
        boolean shallow = shallow(git);
        throw new GitException(ref.givenAs() + ": no commit of that name in " + git.repository()
                + (shallow ? " (a shallow clone)" : "") + "; " + whatToFetch(ref.name(), remotes(git), shallow));
    }

    /**
     * The fetch that brings a missing ref, written with a full refspec because CI clones (actions/checkout,
     * GitLab's) fetch one branch only, and there {@code git fetch origin main} would not create origin/main.
     */
    static String whatToFetch(String name, List<String> remotes, boolean shallow) {
        for (String remote : remotes) {
            if (name.startsWith(remote + "/") && name.length() > remote.length() + 1) {
                return "fetch it first: git fetch " + remote + " " + trackingRefspec(remote, name.substring(remote.length() + 1));
            }
        }
        String remote = remotes.contains("origin") || remotes.isEmpty() ? "origin" : remotes.get(0);
        // A repository without that remote (one made locally) gets the step that adds it, and origin/main is not
        // taken for a branch named origin/main of it.
        String add = remotes.contains(remote) ? "" : " (this repository has no remote " + remote + " yet: git remote add " + remote + " URL)";
        if (COMMIT_ID.matcher(name).matches()) {
            return shallow ? "fetch the history that holds it: git fetch --unshallow " + remote + " (with actions/checkout: fetch-depth: 0)"
                    : "fetch it first: git fetch " + remote + " " + name + add;
        }
        String branch = name.startsWith(remote + "/") && name.length() > remote.length() + 1 ? name.substring(remote.length() + 1) : name;
        return "fetch it first (git fetch " + remote + " " + trackingRefspec(remote, branch) + ") and name it " + remote + "/" + branch + add;
    }

    private static String trackingRefspec(String remote, String branch) {
        return "+refs/heads/" + branch + ":refs/remotes/" + remote + "/" + branch;
    }

    private static boolean shallow(Git git) throws GitException {
        return git.run("rev-parse", "--is-shallow-repository").text().trim().equals("true");
    }

    private static List<String> remotes(Git git) throws GitException {
        String out = git.run("remote").text().trim();
        return out.isEmpty() ? List.of() : List.of(out.split("\\s+"));
    }

    @Override
    Map<String, String> changedPaths() throws GitException {
        Git.Result diff = git.run("diff", "--name-status", "-z", "-M", mergeBase, headCommit);
        if (diff.exit != 0) throw new GitException("git cannot list the files that differ between " + beforeName() + " and "
                + headCommit + ": " + diff.err);
        return nameStatus(diff);
    }

    @Override
    boolean hasAfter(String path) throws GitException {
        return git.run("cat-file", "-e", headCommit + ":" + path).exit == 0;
    }

    @Override
    boolean hasBefore(String path) throws GitException {
        return git.run("cat-file", "-e", mergeBase + ":" + path).exit == 0;
    }

    @Override
    String notOnTheSideAfter(String path) {
        return path + " is not in commit " + abbreviated(headCommit) + "; name a file that the head commit holds";
    }

    @Override
    public byte[] after(TenantFile file) throws GitException {
        Git.Result show = git.run("show", headCommit + ":" + file.path());
        if (show.exit != 0) throw new GitException("git cannot show " + file.path() + " of " + headCommit + ": " + show.err);
        return show.out;
    }

    @Override
    String beforeRevision() {
        return mergeBase;
    }

    @Override
    String revisionLabel() {
        return mergeBase.equals(baseCommit) ? base.name() : abbreviated(mergeBase);
    }

    @Override
    public String beforeName() {
        return mergeBase.equals(baseCommit) ? base.name()
                : abbreviated(mergeBase) + " (where " + base.name() + " and the head commit part)";
    }

    @Override
    public String nothingToCheck() {
        return "no " + (deleted().isEmpty() ? "" : "other ") + "tenant file differs between " + beforeName() + " and "
                + abbreviated(headCommit) + "; nothing to check";
    }

    @Override
    public String deletionSkipped(String path) {
        return path + " is deleted in " + abbreviated(headCommit) + "; a deleted file is not checked";
    }

    private static String abbreviated(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
