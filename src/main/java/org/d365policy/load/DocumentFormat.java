package org.d365policy.load;

import java.util.Locale;

/** The parser is chosen by the file's extension (tenant-format.md). */
public enum DocumentFormat {
    YAML, JSON;

    public static DocumentFormat of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) return YAML;
        if (name.endsWith(".json")) return JSON;
        return null;
    }
}
