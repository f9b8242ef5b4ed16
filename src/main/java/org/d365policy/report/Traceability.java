package org.d365policy.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The traceability table of rules/CATALOG.md, kept as data in rules/traceability.yaml: each normative
 * sentence of the seed documents, the rules that enforce it and the scenarios that show it, or why it
 * is deliberately not enforced.
 */
public record Traceability(@JsonProperty("sentences") List<Sentence> sentences) {
    static final String BUNDLED = "d365policy/traceability.yaml";

    /**
     * @param seed the seed document's file name
     * @param scenarios each as {@code FILE.feature: example name}
     * @param notEnforced why a documented sentence is deliberately not enforced; null where rules enforce it
     */
    public record Sentence(@JsonProperty("seed") String seed, @JsonProperty("quote") String quote,
                           @JsonProperty("rules") List<String> rules, @JsonProperty("scenarios") List<String> scenarios,
                           @JsonProperty("notEnforced") String notEnforced) {
        public Sentence {
            rules = rules == null ? List.of() : List.copyOf(rules);
            scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        }
    }

    public Traceability {
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
    }

    public static Traceability read(InputStream in) throws IOException {
        return new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(in, Traceability.class);
    }

    /** The table as the build bundled it. */
    public static Traceability bundled() throws IOException {
        try (InputStream in = Traceability.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IOException("the traceability table is missing from the build (" + BUNDLED + ")");
            return read(in);
        }
    }
}
