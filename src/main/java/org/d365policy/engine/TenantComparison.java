package org.d365policy.engine;

import org.d365policy.model.Finding;
import org.d365policy.model.snapshot.Tenant;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Two snapshots of one tenant judged alike (one day, profile, parameters, rules and waivers), as diff
 * and the gate compare them: in the parts a check judges one in ({@link PartPlan}), each part's session
 * given the facts of the side before and fired, then taken to the facts of the side after by the
 * difference between the two, and fired again. What both sides share is judged once, and each part is
 * let go as soon as both its sides are read; a part whose facts are made of nothing that differs is judged
 * on the side before only. Which object of the side after stands for one of the side before, and what
 * differs, is the caller's to say ({@link SideDifference}, asked once a part has judged the side before, so
 * that the caller may work it out meanwhile); any other fact (a relation, the day's parameters)
 * stands for an equal one. The side after has one more part, for the rules about the change from one side
 * to the other, over facts the caller gives. Each side's findings are those of judging it on its own
 * (DiffByUpdatesPropertyTest).
 */
public final class TenantComparison {
    private final TenantCheck before;
    private final TenantCheck after;

    private TenantComparison(TenantCheck before, TenantCheck after) {
        this.before = before;
        this.after = after;
    }

    /** One part's findings on either side. */
    private record Sides(List<Finding> before, List<Finding> after) {
    }

    /**
     * @param rules rules with parts ({@link RuleBase#parts()})
     * @param difference gives, when the side before is judged, what tells the two sides apart ({@link SideDifference}): the
     *               object of {@code before} that an object of {@code after} stands for, and whether anything a part's
     *               facts are made of differs; the side after's facts are read after that, for the parts where it does
     * @param changes the facts of the rules about the change ({@link RuleParts#changes()})
     * @param peoplePerPart as in {@link TenantCheck#judge(RuleBase, Tenant, EvaluationSettings, Consumer, int)}
     */
    public static TenantComparison judge(RuleBase rules, Tenant before, Tenant after, EvaluationSettings settings,
                                         Supplier<? extends SideDifference> difference, Consumer<Consumer<Object>> changes,
                                         int peoplePerPart) {
        RuleParts parts = rules.parts();
        if (parts == null) throw new IllegalArgumentException("rules compiled at run time have no parts");
        if (peoplePerPart < 1) throw new IllegalArgumentException("peoplePerPart must be 1 or more: " + peoplePerPart);
        PartPlan.Side was = new PartPlan.Side(before);
        PartPlan.Side is = new PartPlan.Side(after);
        List<Supplier<Sides>> tasks = new ArrayList<>();
        for (PartPlan.Part part : PartPlan.of(parts, List.of(was, is), settings, peoplePerPart)) {
            tasks.add(() -> judge(part, settings.only(), part.facts().apply(was), part.facts().apply(is), difference));
        }
        tasks.add(() -> {
            try (TenantSession session = new TenantSession(parts.changes(), settings.only(), changes)) {
                return new Sides(List.of(), session.found());
            }
        });
        List<Finding> foundBefore = new ArrayList<>();
        List<Finding> foundAfter = new ArrayList<>();
        for (Sides sides : InParallel.run(tasks, TenantCheck.threads(peoplePerPart))) {
            foundBefore.addAll(sides.before());
            foundAfter.addAll(sides.after());
        }
        List<TenantCheck> sides = InParallel.both(() -> TenantCheck.waived(rules, settings, foundBefore, List.of(), false, part -> { }),
                () -> TenantCheck.waived(rules, settings, foundAfter, List.of(), true, part -> { }));
        return new TenantComparison(sides.get(0), sides.get(1));
    }

    /**
     * One part: the side before's facts inserted and judged; then, unless nothing the part's facts are made of
     * differs between the sides, those the side after lacks deleted and those it adds inserted, and judged
     * again. A snapshot object is kept where the side after has an object that stands for it, any other fact
     * where the side after has an equal one. Where nothing differs, the side after finds what the side before
     * found: making its facts again to match them one by one was most of what a diff cost beyond a check.
     */
    private static Sides judge(PartPlan.Part plan, Set<String> only, Consumer<Consumer<Object>> before,
                               Consumer<Consumer<Object>> after, Supplier<? extends SideDifference> difference) {
        try (TenantSession part = new TenantSession(plan.rules().get(), only, sink -> { })) {
            KieSession session = part.kieSession();
            List<FactHandle> handles = new ArrayList<>();
            FactDifference facts = new FactDifference();
            before.accept(fact -> {
                facts.before(fact);
                handles.add(session.insert(fact));
            });
            part.fire();
            List<Finding> was = part.found();
            SideDifference sides = difference.get();
            if (plan.alike().test(sides)) return new Sides(was, was);
            facts.pairWith(sides::sameAs);
            after.accept(facts::after);
            for (int gone : facts.gone()) session.delete(handles.get(gone));
            for (Object fact : facts.added()) session.insert(fact);
            part.fire();
            return new Sides(was, part.found());
        }
    }

    /** The side before: its findings, and the waivers that cover them. */
    public TenantCheck before() {
        return before;
    }

    /** The side after, with the findings about the change. */
    public TenantCheck after() {
        return after;
    }
}
