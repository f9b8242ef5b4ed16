package org.d365policy.change;

import org.d365policy.model.Finding;
import org.d365policy.report.FindingContext;
import org.d365policy.report.ReportedFinding;
import org.d365policy.report.Status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Findings before and after: the same rule and subject is the same finding (changes.md). */
public final class Comparison {
    private Comparison() {
    }

    /** @param file the file the findings come from, in the gate; otherwise null */
    public static List<ReportedFinding> compare(List<Finding> before, FindingContext beforeContext, List<Finding> after,
                                                FindingContext afterContext, String file) {
        Map<String, Finding> was = new LinkedHashMap<>();
        for (Finding f : before) was.put(f.key(), f);
        List<ReportedFinding> out = new ArrayList<>();
        for (Finding f : after) {
            Status status = was.remove(f.key()) == null ? Status.INTRODUCED : Status.UNCHANGED;
            out.add(new ReportedFinding(f, status, file, afterContext.locate(f), afterContext.waiver(f)));
        }
        for (Finding f : was.values()) out.add(new ReportedFinding(f, Status.RESOLVED, file, beforeContext.locate(f), null));
        return out;
    }
}
