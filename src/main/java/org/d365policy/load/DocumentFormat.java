package org.d365policy.load;

import java.util.Locale;

/** The parser is chosen by the file's extension (tenant-format.md), or for standard input by its content. */
public enum DocumentFormat {
    YAML, JSON;

    public static DocumentFormat of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) return YAML;
        if (name.endsWith(".json")) return JSON;
        return null;
    }

    /**
     * For content with no file name (standard input): JSON when its first character, after blanks and a
     * byte-order mark, opens a JSON object or array; YAML otherwise.
     */
    public static DocumentFormat sniff(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n')) i++;
        return i < content.length && (content[i] == '{' || content[i] == '[') ? JSON : YAML;
    }
}
