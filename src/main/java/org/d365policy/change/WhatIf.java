package org.d365policy.change;

import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.TenantSession;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.Finding;
import org.d365policy.model.Tenant;
import org.d365policy.report.ReportedFinding;

import java.util.List;

/**
 * A change set judged against a snapshot in one session: the tenant is evaluated once, then each
 * operation is applied as fact updates, so a small change to a large tenant costs little.
 */
public final class WhatIf {
    private WhatIf() {
    }

    public static List<ReportedFinding> run(RuleBase rules, Tenant tenant, ChangeSet changeSet, EvaluationSettings settings,
                                            String changeFile) throws InvalidInputException {
        try (TenantSession session = new TenantSession(rules, tenant, settings)) {
            List<Finding> before = session.findings();
            new ChangeApplier(tenant, session, settings.asOf(), changeFile, changeSet.getActor()).applyAll(changeSet);
            return Comparison.compare(before, session.findings(), null);
        }
    }
}
