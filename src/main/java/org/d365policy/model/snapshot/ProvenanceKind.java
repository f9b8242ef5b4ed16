package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a snapshot was made: read live by `pull`, built from saved responses by `import`, or written by hand. */
public enum ProvenanceKind {
    @JsonProperty("pull") PULL("pull"),
    @JsonProperty("import") IMPORT("import"),
    @JsonProperty("hand") HAND("hand");

    private final String label;

    ProvenanceKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
