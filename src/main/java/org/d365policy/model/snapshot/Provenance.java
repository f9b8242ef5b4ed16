package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * How a snapshot was made (sources.md, "Tenant format addition"): by `pull`, by `import` or by hand,
 * when, from what, and which approximations were applied. Every field is optional; the rules never read it,
 * reports repeat it as evidence.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "generatedAt", "tool", "sources", "approximations", "leftOut"})
public class Provenance extends Located {
    @JsonProperty("kind")
    private ProvenanceKind kind;
    /** An ISO 8601 instant, kept as written: the snapshot records it, nothing computes with it. */
    @JsonProperty("generatedAt")
    private String generatedAt;
    @JsonProperty("tool")
    private String tool;
    @JsonProperty("sources")
    private List<String> sources;
    @JsonProperty("approximations")
    private List<String> approximations;
    @JsonProperty("leftOut")
    private Integer leftOut;

    public Provenance() {
    }

    public Provenance(ProvenanceKind kind, String generatedAt, String tool, List<String> sources,
                      List<String> approximations, Integer leftOut) {
        this.kind = kind;
        this.generatedAt = generatedAt;
        this.tool = tool;
        this.sources = sources;
        this.approximations = approximations;
        this.leftOut = leftOut;
    }

    public ProvenanceKind getKind() {
        return kind;
    }

    public String getGeneratedAt() {
        return generatedAt;
    }

    public String getTool() {
        return tool;
    }

    public List<String> getSources() {
        return sources;
    }

    public List<String> getApproximations() {
        return approximations;
    }

    public Integer getLeftOut() {
        return leftOut;
    }
}
