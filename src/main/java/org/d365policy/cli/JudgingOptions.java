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
import java.util.List;

/** On which day, under which profile and with which rules: every command that evaluates a tenant has these. */
final class JudgingOptions {
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "The evaluation day (default: the snapshot's asOf, else today in UTC).")
    LocalDate asOf;

    @Option(names = "--profile", paramLabel = "PROFILE", converter = Converters.ProfileName.class,
            description = "ce-v9 or dataverse-2025 (default: the snapshot's profile, else ce-v9).")
    Profile profile;

    @Option(names = "--rules", paramLabel = "DIR", description = "Adds the organization's own DRL rules to the bundled ones.")
    Path rules;

    RuleBase ruleBase() throws RulesException {
        if (rules == null) return RuleBase.bundled();
        List<RuleSource> sources = new ArrayList<>(RuleFiles.bundled());
        sources.addAll(RuleFiles.custom(rules));
        return RuleBase.build(sources);
    }
}
