package org.d365policy.sources.mapping;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.Map;

/** Reading API records: a field that is absent or null is null, GUIDs compare lower-cased. */
final class Json {
    private Json() {
    }

    static String text(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    static String text(JsonNode node, String field, String otherwise) {
        String value = text(node, field);
        return value == null ? otherwise : value;
    }

    static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** Case-insensitive lookup in a table of constants; a value the response lacks finds nothing. */
    static String lookup(Map<String, String> table, String key) {
        return key == null ? null : table.get(key.toLowerCase(Locale.ROOT));
    }

    /** An int code, or null when the field is absent, null or not a whole number. */
    static Integer code(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.canConvertToInt() && value.isIntegralNumber() ? value.asInt() : null;
    }
}
