package org.d365policy.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.d365policy.model.snapshot.Tenant;

/** A snapshot's {@code provenance} (sources.md) as the evidence repeats it: the fields as written, in their order. */
public final class SnapshotProvenance {
    /** Only the fields the format names: a model object's line and column are not part of the provenance. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS, MapperFeature.AUTO_DETECT_FIELDS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private SnapshotProvenance() {
    }

    /** The snapshot's provenance, or null for a snapshot that carries none. */
    public static JsonNode of(Tenant tenant) {
        return toJson(tenant.getProvenance());
    }

    /** Writes the fields annotated with {@code @JsonProperty}, in their declared order, leaving out those not given. */
    static JsonNode toJson(Object provenance) {
        return provenance == null ? null : MAPPER.valueToTree(provenance);
    }
}
