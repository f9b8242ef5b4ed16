package org.d365policy.change;

import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.TenantSession;
import org.d365policy.model.BeforeInvitation;
import org.d365policy.model.Environment;
import org.d365policy.model.Finding;
import org.d365policy.model.Invitation;
import org.d365policy.model.Tenant;
import org.d365policy.model.UserRecord;
import org.d365policy.report.ReportedFinding;

import java.util.ArrayList;
import java.util.List;

/** Two snapshots of one tenant compared: diff, and each file of the pre-commit gate. */
public final class BeforeAfter {
    private BeforeAfter() {
    }

    /**
     * @param before the tenant before, or null where there is none (a new file): then every finding is introduced
     * @param file the file to name on each finding (the gate), or null
     */
    public static List<ReportedFinding> compare(RuleBase rules, Tenant before, EvaluationSettings beforeSettings,
                                                Tenant after, EvaluationSettings afterSettings, String file) {
        List<Finding> was = List.of();
        List<Object> baseline = new ArrayList<>();
        if (before != null) {
            try (TenantSession session = new TenantSession(rules, before, beforeSettings)) {
                was = session.findings();
            }
            baseline = baselineOf(before);
        }
        try (TenantSession session = new TenantSession(rules, after, afterSettings, baseline)) {
            return Comparison.compare(was, session.findings(), file);
        }
    }

    /** The state CHG-003 and CHG-005 compare the tenant after with. */
    private static List<Object> baselineOf(Tenant before) {
        List<Object> facts = new ArrayList<>();
        for (Environment env : before.getEnvironments()) {
            for (UserRecord r : env.getUsers()) {
                facts.add(new org.d365policy.model.BeforeRecord(env.getId(), r.getUpn(), r.isEnabled(), !r.getRoles().isEmpty()));
            }
        }
        for (Invitation i : before.getInvitations()) {
            facts.add(new BeforeInvitation(i.getEmail(), i.getSku(), i.getStatus(), i.getIssued()));
        }
        return facts;
    }
}
