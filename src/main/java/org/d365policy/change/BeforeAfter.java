package org.d365policy.change;

import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.TenantSession;
import org.d365policy.model.BeforeInvitation;
import org.d365policy.model.BeforeRecord;
import org.d365policy.model.Environment;
import org.d365policy.model.Finding;
import org.d365policy.model.Invitation;
import org.d365policy.model.Tenant;
import org.d365policy.model.UserRecord;
import org.d365policy.report.FindingContext;
import org.d365policy.report.ReportedFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Two snapshots of one tenant compared: diff, and each file of the pre-commit gate. */
public final class BeforeAfter {
    private BeforeAfter() {
    }

    /**
     * @param before the tenant before, or null where there is none (a new file): then every finding is introduced
     * @param gateFile the file to name on each finding (the gate), or null
     * @param waiverFile the waivers file of the settings' waivers, or null
     */
    public static List<ReportedFinding> compare(RuleBase rules, Tenant before, String beforeFile, EvaluationSettings beforeSettings,
                                                Tenant after, String afterFile, EvaluationSettings afterSettings,
                                                String waiverFile, String gateFile) {
        List<Finding> was = List.of();
        FindingContext beforeContext = FindingContext.NONE;
        List<Object> baseline = new ArrayList<>();
        if (before != null) {
            try (TenantSession session = new TenantSession(rules, before, beforeSettings)) {
                was = session.findings();
                beforeContext = FindingContext.of(before, beforeFile, beforeSettings.waivers(), waiverFile, session.waivers(), Map.of());
            }
            baseline = baselineOf(before);
        }
        try (TenantSession session = new TenantSession(rules, after, afterSettings, baseline, TenantSession.Judges.CHANGES)) {
            FindingContext afterContext = FindingContext.of(after, afterFile, afterSettings.waivers(), waiverFile,
                    session.waivers(), Map.of());
            return Comparison.compare(was, beforeContext, session.findings(), afterContext, gateFile);
        }
    }

    /** The state CHG-003 and CHG-005 compare the tenant after with. */
    private static List<Object> baselineOf(Tenant before) {
        List<Object> facts = new ArrayList<>();
        for (Environment env : before.getEnvironments()) {
            for (UserRecord r : env.getUsers()) {
                facts.add(new BeforeRecord(env.getId(), r.getUpn(), r.isEnabled(), !r.getRoles().isEmpty()));
            }
        }
        for (Invitation i : before.getInvitations()) {
            facts.add(new BeforeInvitation(i.getEmail(), i.getSku(), i.getStatus(), i.getIssued()));
        }
        return facts;
    }
}
