package org.d365policy.sources;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * API responses in import's folder layout, keyed by their path in that layout ({@code graph/users-2.json}): what
 * {@code pull} fetched or {@code import} read, and the one thing the mapping reads. Each entry keeps the name a
 * message should use for it (the file, or the request).
 */
public final class Responses {
    /** One response body and what messages call it. */
    public record Page(String path, String name, JsonNode body) {
    }

    private final NavigableMap<String, Page> pages = new TreeMap<>();
    /** The paths the mapping asked for, so that import can name the files it never read (a misspelt name). */
    private final Set<String> read = new HashSet<>();
    private final String origin;

    /** @param origin what was read, for messages and provenance: a folder, or "pull". */
    public Responses(String origin) {
        this.origin = origin;
    }

    public String origin() {
        return origin;
    }

    public void put(String path, String name, JsonNode body) {
        pages.put(path, new Page(path, name, body));
    }

    public Page get(String path) {
        read.add(path);
        return pages.get(path);
    }

    /** The pages nobody asked for, in path order: files that are not part of the folder layout. */
    public List<Page> unread() {
        List<Page> list = new ArrayList<>();
        for (Page page : pages.values()) if (!read.contains(page.path())) list.add(page);
        return list;
    }

    public Map<String, Page> all() {
        return Collections.unmodifiableMap(pages);
    }

    /** The pages of one list, in page order: {@code folder/entity.json}, then {@code entity-2.json}, {@code entity-3.json}... */
    public List<Page> pages(String folder, String entity) {
        List<Page> list = new ArrayList<>();
        String prefix = folder.isEmpty() ? "" : folder + "/";
        for (Page page : pages.subMap(prefix, prefix + Character.MAX_VALUE).values()) {
            String name = page.path().substring(prefix.length());
            if (name.contains("/")) continue;
            if (name.equals(entity + ".json") || (name.startsWith(entity + "-") && name.endsWith(".json")
                    && pageNumber(name.substring(entity.length() + 1, name.length() - 5)) > 0)) {
                list.add(page);
                read.add(page.path());
            }
        }
        list.sort((a, b) -> Integer.compare(pageNumberOf(a.path(), entity), pageNumberOf(b.path(), entity)));
        return list;
    }

    /** The names of the sub-folders of a folder, sorted. */
    public List<String> folders(String parent) {
        TreeSet<String> names = new TreeSet<>();
        String prefix = parent + "/";
        for (String path : pages.subMap(prefix, prefix + Character.MAX_VALUE).keySet()) {
            String rest = path.substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash > 0) names.add(rest.substring(0, slash));
        }
        return new ArrayList<>(names);
    }

    /** The file name of page {@code n} (from 1) of a list, as pull saves it and import reads it. */
    public static String pageName(String entity, int n) {
        return n == 1 ? entity + ".json" : entity + "-" + n + ".json";
    }

    /** The number (from 1) of a page of {@link #pages}, by its file name. */
    public static int pageNumberOf(String path, String entity) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals(entity + ".json")) return 1;
        return pageNumber(name.substring(entity.length() + 1, name.length() - 5));
    }

    private static int pageNumber(String digits) {
        // NAME-2.json, NAME-3.json...: page 1 is NAME.json, and a number is written once (NAME-02.json is no page).
        if (digits.isEmpty() || digits.length() > 6 || digits.startsWith("0") || !digits.chars().allMatch(Character::isDigit)) return -1;
        int n = Integer.parseInt(digits);
        return n >= 2 ? n : -1;
    }
}
