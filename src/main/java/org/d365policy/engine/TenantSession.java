package org.d365policy.engine;

import org.kie.api.KieBase;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

import org.d365policy.model.Finding;
import org.d365policy.model.derived.Waived;
import org.d365policy.model.fact.AccountAdminRole;
import org.d365policy.model.fact.GroupMember;
import org.d365policy.model.fact.GroupNesting;
import org.d365policy.model.fact.TeamMember;
import org.d365policy.model.fact.TeamRole;
import org.d365policy.model.snapshot.Tenant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One tenant loaded into a rule session. Findings and derived facts are logical insertions, so the
 * session stays correct when facts change later, and the same derived facts serve findings and explain.
 */
public final class TenantSession implements AutoCloseable {
    /**
     * Severity (error first), then rule ID, then subject: the same input always gives the same order. One
     * method rather than a chain of key extractors: sorting a million users' findings runs it millions of
     * times, on code the JIT has not compiled yet.
     */
    public static final Comparator<Finding> ORDER = (a, b) -> {
        int c = a.getSeverity().compareTo(b.getSeverity());
        if (c == 0) c = a.getRule().compareTo(b.getRule());
        return c != 0 ? c : a.getSubject().compareTo(b.getSubject());
    };

    /** Facts that stand for a relation and are equal by value, so they are found again through an index. */
    private static final Set<Class<?>> RELATIONS = Set.of(AccountAdminRole.class, GroupMember.class,
            GroupNesting.class, TeamRole.class, TeamMember.class);

    private final KieSession session;
    private final AgendaFilter filter;
    private final Set<Finding> live = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Waived> waived = new HashSet<>();
    private List<Finding> inserted;
    private Map<Object, FactHandle> relationHandles;

    /** What a session is for: judging a snapshot alone, or also the changes made to it. */
    public enum Judges {
        SNAPSHOT, CHANGES
    }

    /** A session that judges the snapshot alone. */
    public TenantSession(RuleBase rules, Tenant tenant, EvaluationSettings settings) {
        this(rules, tenant, settings, List.of(), Judges.SNAPSHOT);
    }

    /**
     * @param context facts that are not part of the tenant, such as the state before a change
     * @param judges {@link Judges#CHANGES} where change steps or a state before will be judged
     */
    public TenantSession(RuleBase rules, Tenant tenant, EvaluationSettings settings, List<?> context, Judges judges) {
        this(judges == Judges.CHANGES ? rules.kieBase() : rules.snapshotKieBase(), settings.only(), sink -> {
            TenantFacts.of(tenant, sink);
            for (Object fact : context) sink.accept(fact);
            TenantFacts.judging(rules, settings, sink);
        });
    }

    /**
     * A session of these rules over the facts {@code facts} gives to its sink, fired: for a part of a
     * tenant ({@link TenantCheck}).
     *
     * @param only the IDs of the rules to judge, or null for all
     */
    TenantSession(KieBase rules, Set<String> only, Consumer<Consumer<Object>> facts) {
        this.session = rules.newKieSession();
        this.filter = onlyFilter(only);
        session.addEventListener(new FindingTracker());
        facts.accept(session::insert);
        fire();
    }

    /** Derivations (rules without an ID) and rules marked @alwaysJudged always run; --only limits the others. */
    private static AgendaFilter onlyFilter(Set<String> only) {
        if (only == null) return match -> true;
        return match -> {
            Map<String, Object> meta = match.getRule().getMetaData();
            Object id = meta.get("id");
            return id == null || only.contains(id.toString()) || Boolean.TRUE.equals(meta.get("alwaysJudged"));
        };
    }

    public void fire() {
        session.fireAllRules(filter);
    }

    /**
     * From now on change rules count among the rules judged, so that a waiver of one that matches no finding
     * is reported (WAIVER-002): every change rule for what-if, once the snapshot before is judged and if the
     * change set has a step; those that compare two states for the side after of diff and gate.
     */
    public void judgeChangeRules(RuleBase rules, EvaluationSettings settings, boolean ofAChangeSet) {
        TenantFacts.changeRulesJudged(rules, settings,
                ofAChangeSet ? TenantFacts.ChangeRules.OF_A_CHANGE_SET : TenantFacts.ChangeRules.OF_TWO_STATES, this::insert);
        fire();
    }

    /** Adds a fact; call {@link #fire()} when a change is complete. */
    public void insert(Object fact) {
        FactHandle handle = session.insert(fact);
        if (relationHandles != null && RELATIONS.contains(fact.getClass())) relationHandles.put(fact, handle);
    }

    /**
     * Tells the rules that a fact already in the session has changed: the properties named, or any.
     * Naming them spares the rules that do not read them; a rule that keeps a copy of a property in
     * a derived fact says so with {@code @watch}.
     */
    public void update(Object fact, String... changedProperties) {
        if (changedProperties.length == 0) session.update(handleOf(fact), fact);
        else session.update(handleOf(fact), fact, changedProperties);
    }

    /** Removes a fact: the object itself, or for a relation, an equal one. */
    public void delete(Object fact) {
        FactHandle handle = RELATIONS.contains(fact.getClass()) ? relations().remove(fact) : handleOf(fact);
        if (handle == null) throw new IllegalStateException("no such fact in the session: " + fact);
        session.delete(handle);
    }

    private FactHandle handleOf(Object fact) {
        FactHandle handle = session.getFactHandle(fact);
        if (handle == null) throw new IllegalStateException("no such fact in the session: " + fact);
        return handle;
    }

    /** Built on the first change only, so that a plain check pays nothing for it. */
    private Map<Object, FactHandle> relations() {
        if (relationHandles == null) {
            relationHandles = new HashMap<>();
            for (FactHandle handle : session.getFactHandles(o -> RELATIONS.contains(o.getClass()))) {
                relationHandles.put(session.getObject(handle), handle);
            }
        }
        return relationHandles;
    }

    public KieSession kieSession() {
        return session;
    }

    /**
     * The findings, one per rule and subject. Where a rule reached one subject by several paths with
     * different messages, the first message in text order is kept, so the result does not depend on firing order.
     */
    public List<Finding> findings() {
        return distinct(live);
    }

    /**
     * The findings as the rules left them, in no order and possibly several per rule and subject: for a
     * part, whose findings are made one per rule and subject with every other part's ({@link #distinct}),
     * where sorting each part's and then all of them again cost a million users' check about a second.
     */
    List<Finding> found() {
        return new ArrayList<>(live);
    }

    /**
     * One finding per rule and subject, the first message in text order, in {@link #ORDER}. Sorted first,
     * stably ({@link InParallel#sort}: on two threads from 50,000 findings), which puts each rule and
     * subject's findings side by side (a rule ID has one severity): no key or map per finding, where those
     * and a sort on one thread took a million users' check 0.35 s after its parts.
     */
    static List<Finding> distinct(Collection<Finding> found) {
        Finding[] sorted = found.toArray(new Finding[0]);
        InParallel.sort(sorted, ORDER);
        List<Finding> findings = new ArrayList<>(sorted.length);
        Finding kept = null;
        for (Finding f : sorted) {
            if (kept != null && kept.getRule().equals(f.getRule()) && kept.getSubject().equals(f.getSubject())) {
                if (f.getMessage().compareTo(kept.getMessage()) < 0) findings.set(findings.size() - 1, kept = f);
            } else {
                findings.add(kept = f);
            }
        }
        return findings;
    }

    /** The reason of the waiver that covers each waived finding, by rule and subject key. */
    public Map<String, String> waivers() {
        Map<String, String> reasons = new HashMap<>();
        for (Waived w : waived) reasons.put(Finding.waiverKey(w.getRule(), w.getSubjectKey()), w.getReason());
        return reasons;
    }

    /** From now on, remember the findings that rules insert, for {@link #takeInserted()}. */
    public void recordInserted() {
        inserted = new ArrayList<>();
    }

    /** The findings inserted since the last call (or since {@link #recordInserted()}). */
    public List<Finding> takeInserted() {
        List<Finding> taken = inserted;
        inserted = new ArrayList<>();
        return taken;
    }

    @Override
    public void close() {
        session.dispose();
    }

    /**
     * Keeps the findings in the session at hand as the rules insert and retract them, so that reading
     * them costs as much as there are findings, not as much as there are facts.
     */
    private final class FindingTracker extends DefaultRuleRuntimeEventListener {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Object o = event.getObject();
            if (o instanceof Finding) {
                live.add((Finding) o);
                if (inserted != null) inserted.add((Finding) o);
            } else if (o instanceof Waived) {
                waived.add((Waived) o);
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            Object o = event.getOldObject();
            if (o instanceof Finding) live.remove((Finding) o);
            else if (o instanceof Waived) waived.remove((Waived) o);
        }
    }
}
