package org.d365policy.report;

import java.util.List;

/** What `rules --format html` shows: every rule with its metadata and Gherkin, and the traceability table. */
public record RulebookView(String title, List<Entry> rules, List<Traceability.Sentence> traceability) {
    /** @param scenarios the rule's Gherkin, or null for a rule the rulebook does not describe */
    public record Entry(String id, String severity, String title, String statement, String profiles, String source, String file,
                        Rulebook.RuleScenarios scenarios) {
    }
}
