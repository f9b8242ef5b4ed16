package org.d365policy.cli;

import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.RuleInfo;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.InvalidInputException;
import org.d365policy.load.WaiverLoader;
import org.d365policy.model.fact.Waiver;
import org.d365policy.model.snapshot.Tenant;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The options that say how a tenant is judged, shared by every command that judges one. */
final class EvaluationOptions {
    @Mixin
    JudgingOptions judging = new JudgingOptions();

    @Option(names = "--only", paramLabel = "ID", split = ",", description = "Judges only these rules.")
    List<String> only;

    @Option(names = "--waivers", paramLabel = "FILE", description = "Accepted exceptions: findings reported as waived, never failing.")
    Path waivers;

    /** The files the run reads, which no report may be written over: {@code named}, the organization's rules, the waivers. */
    List<Path> inputs(Path... named) {
        List<Path> files = judging.inputs(named);
        if (waivers != null) files.add(waivers);
        return files;
    }

    /** The waivers of --waivers, checked against the catalog; none without it. */
    List<Waiver> waivers(RuleBase ruleBase, DocumentReader reader) throws InvalidInputException {
        if (waivers == null) return List.of();
        return new WaiverLoader(reader).load(waivers, ruleBase.catalog().keySet());
    }

    /**
     * The settings a tenant is judged with: the day of --as-of, else {@code day} (a change set's, or the
     * other side's of a comparison), else the snapshot's, else today; the profile of --profile, else the snapshot's.
     */
    EvaluationSettings settings(Tenant tenant, LocalDate day, Set<String> only, List<Waiver> waivers) {
        return EvaluationSettings.resolve(tenant, judging.profile, judging.asOf != null ? judging.asOf : day, Main.today(), only)
                .withWaivers(waivers);
    }

    /** How reports name the waivers file, or null. */
    String waiverFile() {
        return waivers == null ? null : waivers.toString();
    }

    /**
     * --only for check, which judges snapshots on their own: rules that judge only proposed changes would judge
     * nothing there, and an empty report that passes is no answer to the question asked.
     */
    Set<String> onlyOfSnapshots(RuleBase ruleBase) throws UsageException {
        Set<String> ids = only(ruleBase);
        boolean states = ids != null && ids.stream().anyMatch(id -> ruleBase.catalog().get(id).comparesStates());
        return judgedHere(ruleBase, ids, rule -> !rule.changeRule(),
                "proposed changes only (" + (states ? "what-if, diff, gate" : "what-if") + "), never a snapshot on its own", "check");
    }

    /** --only for diff and gate: of the change rules, two snapshots are judged by those that compare two states. */
    Set<String> onlyOfComparisons(RuleBase ruleBase) throws UsageException {
        return judgedHere(ruleBase, only(ruleBase), rule -> !rule.changeRule() || rule.comparesStates(),
                "the steps of a change set only (what-if), never two snapshots", "diff and gate");
    }

    /** {@code ids}, unless none of them is a rule {@code command} judges: a usage error saying where they judge. */
    private static Set<String> judgedHere(RuleBase ruleBase, Set<String> ids, Predicate<RuleInfo> judged, String where,
                                          String command) throws UsageException {
        if (ids != null && ids.stream().map(ruleBase.catalog()::get).noneMatch(judged)) {
            throw new UsageException("--only " + String.join(",", ids) + ": " + (ids.size() == 1 ? "this rule judges" : "these rules judge")
                    + " " + where + "; expected a rule " + command + " can judge");
        }
        return ids;
    }

    /** The rule IDs of --only, in any case, each checked against the catalog; null when all rules are judged. */
    Set<String> only(RuleBase ruleBase) throws UsageException {
        if (only == null) return null;
        Map<String, String> byUpperCase = new HashMap<>();
        for (String id : ruleBase.catalog().keySet()) byUpperCase.put(id.toUpperCase(Locale.ROOT), id);
        Set<String> ids = new LinkedHashSet<>();
        for (String typed : only) {
            String trimmed = typed.trim();
            if (trimmed.isEmpty()) {
                throw new UsageException("--only " + String.join(",", only) + ": an empty rule ID (two commas in a row, or one at"
                        + " either end); expected rule IDs separated by commas, such as LIC-001,ROLE-002");
            }
            String id = byUpperCase.get(trimmed.toUpperCase(Locale.ROOT));
            if (id == null) {
                throw new UsageException("--only " + trimmed + ": no rule has this ID"
                        + Suggestions.didYouMean(trimmed, new TreeSet<>(ruleBase.catalog().keySet()))
                        + " (`d365-policy rules` lists them)");
            }
            ids.add(id);
        }
        return ids;
    }
}
