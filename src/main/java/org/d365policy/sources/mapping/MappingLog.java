package org.d365policy.sources.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the mapping could not map (warnings naming the file, the record and why; each record left out) and the
 * approximations it applied, counted: never dropped silently, repeated in the snapshot's provenance.
 */
public final class MappingLog {
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Integer> approximations = new TreeMap<>();
    private int leftOut;
    private int heldLeftOut;

    /** A record left out with the reason. */
    void leftOut(String file, String record, String why) {
        warnings.add(file + ": " + record + ": " + why + "; left out");
        leftOut++;
    }

    /**
     * Something a kept record holds (a license, a role, a team member) left out with the reason: counted apart,
     * since the summary and provenance count records (sources.md), and the record itself is in the snapshot.
     */
    void heldLeftOut(String file, String record, String why) {
        warnings.add(file + ": " + record + ": " + why + "; left out");
        heldLeftOut++;
    }

    void approximated(String what) {
        approximations.merge(what, 1, Integer::sum);
    }

    public List<String> warnings() {
        return warnings;
    }

    public int leftOut() {
        return leftOut;
    }

    /** Licenses, roles and team members of kept records left out. */
    public int heldLeftOut() {
        return heldLeftOut;
    }

    /** Each approximation with its count, e.g. "invitation issue day taken from modifiedon: 3". */
    public List<String> approximations() {
        List<String> list = new ArrayList<>();
        approximations.forEach((what, count) -> list.add(what + ": " + count));
        return list;
    }
}
