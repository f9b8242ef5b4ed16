package org.d365policy.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.engine.RuleSetFingerprint;
import org.d365policy.model.fact.Evaluation;

import java.util.List;
import java.util.Set;

/**
 * What an auditor needs to repeat a run: each input file with its SHA-256, the rules loaded, how each
 * snapshot was judged, and the options that decide the verdict. No wall-clock time, so that the same
 * input still gives the same report bytes.
 *
 * @param only the rule IDs of --only, or null where every rule was judged
 */
public record Evidence(List<Input> inputs, RuleSetFingerprint rules, Set<String> only) {
    /** The roles an input file plays. */
    public enum Role {
        SNAPSHOT("snapshot"), BEFORE("before"), AFTER("after"), CHANGE_SET("change set"), WAIVERS("waivers");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One input file.
     *
     * @param judgedWith for a snapshot, the day, profile and parameters it was judged with; otherwise null
     * @param provenance for a snapshot that was imported or pulled, how it was made (sources.md); otherwise null
     * @param versionInGit a version git keeps ({@code REF:path}, the gate's side before), which no file path names
     */
    public record Input(Role role, String file, String sha256, Evaluation judgedWith, JsonNode provenance, boolean versionInGit) {
        /** An input read from a file, or from standard input. */
        public Input(Role role, String file, String sha256, Evaluation judgedWith, JsonNode provenance) {
            this(role, file, sha256, judgedWith, provenance, false);
        }
    }

    public Evidence {
        inputs = List.copyOf(inputs);
    }
}
