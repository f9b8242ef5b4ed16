package org.d365policy.importer;

import java.util.ArrayList;
import java.util.List;

/** What the importer could not map, each naming the file and the record; reported, never dropped silently. */
public final class ImportWarnings {
    private final List<String> warnings = new ArrayList<>();

    void add(String file, String record, String problem) {
        warnings.add(file + ": " + record + ": " + problem);
    }

    public List<String> all() {
        return warnings;
    }
}
