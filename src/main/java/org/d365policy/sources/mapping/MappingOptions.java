package org.d365policy.sources.mapping;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the person running import or pull says, each overriding what the saved folder's tenant.json says:
 * {@code skus} replaces the SKU catalog, {@code environmentTypes} maps an environment id to its type, and the
 * tenant's name, evaluation day and profile are copied into the snapshot. Any of them may be null (or empty).
 */
public record MappingOptions(Pattern skus, Map<String, String> environmentTypes, String tenantName, String asOf, String profile) {
    public MappingOptions {
        environmentTypes = environmentTypes == null ? Map.of() : Map.copyOf(environmentTypes);
    }

    public static MappingOptions none() {
        return new MappingOptions(null, Map.of(), null, null, null);
    }
}
