package org.d365policy.cli;

import org.d365policy.gate.Commit;
import org.d365policy.gate.CommitRange;
import org.d365policy.gate.GitException;
import org.d365policy.gate.Ref;
import org.d365policy.gate.Revisions;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the gate compares: HEAD with the index (a commit being made), or two commits (CI, cli.md
 * revision 2), named by --base/--head or, under the pre-commit framework, by its ref range.
 */
final class CommitRangeOptions {
    static final String FROM_REF = "PRE_COMMIT_FROM_REF";
    static final String TO_REF = "PRE_COMMIT_TO_REF";

    @Option(names = "--base", paramLabel = "REF",
            description = "Compares two commits instead of HEAD with the index: the tenant files that differ between REF"
                    + " (the branch to merge into) and --head. Default: $" + FROM_REF + " where pre-commit sets it.")
    String base;

    @Option(names = "--head", paramLabel = "REF", description = "The head commit of --base (default: HEAD, or $" + TO_REF + ").")
    String head;

    /** The commit being made, or the range that the options, else pre-commit's environment, name. */
    Revisions revisions(Path repo, Map<String, String> environment) throws GitException, UsageException {
        if (base != null) {
            return CommitRange.in(repo, Ref.option("--base", base), head == null ? Ref.option("--head", "HEAD") : Ref.option("--head", head));
        }
        if (head != null) throw new UsageException("--head " + head + " needs --base: the commit it is compared with");
        String from = environment.get(FROM_REF);
        if (from == null || from.isBlank()) return Commit.in(repo);
        String to = environment.get(TO_REF);
        return CommitRange.in(repo, Ref.environment(FROM_REF, from),
                to == null || to.isBlank() ? Ref.option("--head", "HEAD") : Ref.environment(TO_REF, to));
    }
}
