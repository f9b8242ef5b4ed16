package org.d365policy.cli;

import org.d365policy.engine.RuleBase;
import org.d365policy.engine.RuleFiles;
import org.d365policy.engine.RuleSource;
import org.d365policy.engine.RulesException;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Which rules are loaded: the bundled ones, and with --rules the organization's own. */
final class RulesOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "Adds the organization's own DRL rules (every .drl file below DIR) to the bundled ones.")
    Path rules;

    /** The organization's .drl files, which no report may be written over; none without --rules. */
    List<Path> files() {
        return FilePlace.filesBelow(rules, ".drl");
    }

    /**
     * The rule base. A --rules path that is no folder, or a folder without a .drl file (as check's folder
     * without a snapshot), is a wrong command line (exit 2); DRL that does not compile is a rules error (exit 3).
     */
    RuleBase ruleBase() throws RulesException, UsageException {
        if (rules == null) return RuleBase.bundled();
        if (!Files.isDirectory(rules)) {
            throw new UsageException("--rules " + rules + ": no such folder; expected a folder of .drl files");
        }
        List<RuleSource> custom = RuleFiles.custom(rules);
        if (custom.isEmpty()) throw new UsageException("--rules " + rules + ": the folder holds no .drl file; expected a folder of .drl files");
        List<RuleSource> sources = new ArrayList<>(RuleFiles.bundled());
        sources.addAll(custom);
        return RuleBase.build(sources);
    }
}
