package org.d365policy.importer;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.InvalidInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads API responses saved as JSON files: every file whose name starts with the entity set's name
 * (`systemusers.json`, `systemusers-2.json`...), in name order, as pages of one list. A page may be the
 * `{"value": [...]}` form, a bare list, or a single record.
 */
final class ApiFolder {
    private final DocumentReader reader;
    private final ImportWarnings warnings;

    ApiFolder(DocumentReader reader, ImportWarnings warnings) {
        this.reader = reader;
        this.warnings = warnings;
    }

    /** A record and the file it came from. */
    static final class Record {
        final JsonNode json;
        final String file;

        Record(JsonNode json, String file) {
            this.json = json;
            this.file = file;
        }
    }

    List<Record> records(Path folder, String entity) throws InvalidInputException {
        List<Record> records = new ArrayList<>();
        List<Path> pages = pages(folder, entity);
        for (int i = 0; i < pages.size(); i++) {
            Path page = pages.get(i);
            JsonNode json = reader.readTree(page, page.toString());
            JsonNode list = json.has("value") && json.get("value").isArray() ? json.get("value") : json;
            if (list.isArray()) {
                for (JsonNode record : list) records.add(new Record(record, page.toString()));
            } else if (list.isObject()) {
                records.add(new Record(list, page.toString()));
            } else {
                throw new InvalidInputException(page.toString(), 1, 1, null, "expected an API response: a list, {\"value\": [...]} or a record");
            }
            if (i == pages.size() - 1 && json.hasNonNull("@odata.nextLink")) {
                warnings.add(page.toString(), entity, "the last page has an @odata.nextLink, so later pages are missing; save them as "
                        + entity + "-2.json, " + entity + "-3.json...");
            }
        }
        return records;
    }

    static List<Path> pages(Path folder, String entity) throws InvalidInputException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> pages = new ArrayList<>();
            files.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".json") && (name.equals(entity + ".json") || name.startsWith(entity + "-")
                        || name.startsWith(entity + "_") || name.startsWith(entity + "."));
            }).forEach(pages::add);
            pages.sort((a, b) -> naturalOrder(a.getFileName().toString(), b.getFileName().toString()));
            return pages;
        } catch (IOException e) {
            throw new InvalidInputException(folder.toString(), 0, 0, null, "the folder cannot be read (" + e.getMessage() + ")");
        }
    }

    /** systemusers-2 before systemusers-10. */
    private static int naturalOrder(String a, String b) {
        String digitsA = a.replaceAll("\\D", "");
        String digitsB = b.replaceAll("\\D", "");
        if (digitsA.length() != digitsB.length()) return Integer.compare(digitsA.length(), digitsB.length());
        return a.compareTo(b);
    }
}
