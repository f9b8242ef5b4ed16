package org.d365policy.cli;

import org.d365policy.engine.RuleBase;
import org.d365policy.engine.RulesException;
import org.d365policy.model.snapshot.Profile;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * On which day, under which profile and with which rules: every command that evaluates a tenant has
 * these. The default day differs by command, so each command's help says it (descriptionKey "as-of"
 * in the command's resource bundle).
 */
final class JudgingOptions {
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class, descriptionKey = "as-of",
            description = "The evaluation day (default: the snapshot's asOf, else today in UTC).")
    LocalDate asOf;

    @Option(names = "--profile", paramLabel = "PROFILE", converter = Converters.ProfileName.class,
            completionCandidates = Converters.ProfileName.Labels.class,
            description = "${COMPLETION-CANDIDATES} (default: the snapshot's profile, else ce-v9).")
    Profile profile;

    @Mixin
    RulesOptions rules = new RulesOptions();

    RuleBase ruleBase() throws RulesException, UsageException {
        return rules.ruleBase();
    }

    /** The files the run reads, which no report may be written over: {@code named} (null ones left out) and the organization's rules. */
    List<Path> inputs(Path... named) {
        List<Path> files = new ArrayList<>();
        for (Path file : named) {
            if (file != null) files.add(file);
        }
        files.addAll(rules.files());
        return files;
    }
}
