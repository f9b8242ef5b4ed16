package org.d365policy.change;

import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.LiveTenant;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.RuleInfo;
import org.d365policy.engine.TenantSession;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.Finding;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.report.FindingContext;
import org.d365policy.report.Location;
import org.d365policy.report.ReportedFinding;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change set judged against a snapshot in one session: the tenant is evaluated once, then each
 * operation is applied as fact updates, so a small change to a large tenant costs little.
 */
public final class WhatIf {
    private WhatIf() {
    }

    /** @param waiverFile the waivers file of the settings' waivers, or null */
    public static List<ReportedFinding> run(RuleBase rules, Tenant tenant, String snapshotFile, ChangeSet changeSet,
                                            String changeFile, EvaluationSettings settings, String waiverFile)
            throws InvalidInputException {
        try (TenantSession session = new TenantSession(rules, tenant, settings, java.util.List.of(), TenantSession.Judges.CHANGES)) {
            List<Finding> before = session.findings();
            FindingContext beforeContext = FindingContext.of(tenant, before, snapshotFile, settings.waivers(), waiverFile,
                    session.waivers(), java.util.Map.of());
            if (!changeSet.getChanges().isEmpty()) session.judgeChangeRules(rules, settings, true);
            ChangeApplier applier = new ChangeApplier(new LiveTenant(tenant, session), settings.asOf(), changeFile, changeSet.getActor());
            applier.applyAll(changeSet);
            // A change rule's finding is placed at its operation; a snapshot rule's where the snapshot writes its
            // subject, or, for something the change set made, where the change set first names it.
            Map<Finding, Location> changeRuleFindings = new IdentityHashMap<>();
            applier.stepLocations().forEach((finding, at) -> {
                RuleInfo rule = rules.catalog().get(finding.getRule());
                if (rule != null && rule.changeRule()) changeRuleFindings.put(finding, at);
            });
            List<Finding> after = session.findings();
            FindingContext afterContext = FindingContext.of(tenant, after, snapshotFile, settings.waivers(), waiverFile,
                    session.waivers(), changeRuleFindings).otherwise(applier.subjectPlaces());
            return Comparison.compare(before, beforeContext, after, afterContext, null);
        }
    }
}
