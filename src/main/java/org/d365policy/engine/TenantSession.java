package org.d365policy.engine;

import org.d365policy.model.Finding;
import org.d365policy.model.Tenant;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One tenant loaded into a rule session. Findings and derived facts are logical insertions, so the
 * session stays correct when facts change later, and the same derived facts serve findings and explain.
 */
public final class TenantSession implements AutoCloseable {
    /** Severity (error first), then rule ID, then subject: the same input always gives the same order. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::getSeverity)
            .thenComparing(Finding::getRule).thenComparing(Finding::getSubject);

    private final KieSession session;
    private final AgendaFilter filter;

    public TenantSession(RuleBase rules, Tenant tenant, EvaluationSettings settings) {
        this.session = rules.kieBase().newKieSession();
        this.filter = onlyFilter(settings.only());
        TenantFacts.insert(session, tenant);
        session.insert(settings.toFact());
        fire();
    }

    /** Derivations (rules without an ID) always run; --only limits the rules that report. */
    private static AgendaFilter onlyFilter(Set<String> only) {
        if (only == null) return match -> true;
        return match -> {
            Object id = match.getRule().getMetaData().get("id");
            return id == null || only.contains(id.toString());
        };
    }

    public void fire() {
        session.fireAllRules(filter);
    }

    public KieSession kieSession() {
        return session;
    }

    /**
     * The findings, one per rule and subject. Where a rule reached one subject by several paths with
     * different messages, the first message in text order is kept, so the result does not depend on firing order.
     */
    public List<Finding> findings() {
        Map<String, Finding> bySubject = new LinkedHashMap<>();
        for (Object o : session.getObjects(new ClassObjectFilter(Finding.class))) {
            Finding f = (Finding) o;
            bySubject.merge(f.getRule() + "\n" + f.getSubject(), f,
                    (a, b) -> a.getMessage().compareTo(b.getMessage()) <= 0 ? a : b);
        }
        List<Finding> findings = new ArrayList<>(bySubject.values());
        findings.sort(ORDER);
        return findings;
    }

    @Override
    public void close() {
        session.dispose();
    }
}
