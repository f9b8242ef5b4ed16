package org.d365policy.cli;

import org.d365policy.engine.RuleBase;
import org.d365policy.engine.RuleFiles;
import org.d365policy.engine.RuleSource;
import org.d365policy.engine.RulesException;
import org.d365policy.model.Profile;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The options that say how a tenant is judged, shared by every command that judges one. */
final class EvaluationOptions {
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "The evaluation day (default: the snapshot's asOf, else today in UTC).")
    LocalDate asOf;

    @Option(names = "--profile", paramLabel = "PROFILE", converter = Converters.ProfileName.class,
            description = "ce-v9 or dataverse-2025 (default: the snapshot's profile, else ce-v9).")
    Profile profile;

    @Option(names = "--rules", paramLabel = "DIR", description = "Adds the organization's own DRL rules to the bundled ones.")
    Path rules;

    @Option(names = "--only", paramLabel = "ID", split = ",", description = "Judges only these rules.")
    List<String> only;

    RuleBase ruleBase() throws RulesException {
        if (rules == null) return RuleBase.bundled();
        List<RuleSource> sources = new ArrayList<>(RuleFiles.bundled());
        sources.addAll(RuleFiles.custom(rules));
        return RuleBase.build(sources);
    }

    /** The rule IDs of --only, each checked against the catalog; null when all rules are judged. */
    Set<String> only(RuleBase ruleBase) throws UsageException {
        if (only == null) return null;
        Set<String> ids = new LinkedHashSet<>();
        for (String id : only) {
            String trimmed = id.trim();
            if (!ruleBase.catalog().containsKey(trimmed)) {
                throw new UsageException("--only " + trimmed + ": no rule has this ID; did you mean "
                        + Suggestions.closest(trimmed, new TreeSet<>(ruleBase.catalog().keySet())) + "?");
            }
            ids.add(trimmed);
        }
        return ids;
    }
}
