package org.d365policy.engine;

import org.d365policy.model.Finding;
import org.d365policy.model.fact.Waiver;
import org.d365policy.model.snapshot.Tenant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A snapshot judged alone, as check does, in parts ({@link PartPlan}): the tenant-wide rules in one session, the rules
 * about one person in sessions of some thousands of people each, shared out by UPN (their accounts and
 * their records in every environment), each environment's rules in a session of its own with only its
 * people's accounts and memberships (a large environment's likewise in shares of its people, beside one
 * session over all its records for the few rules that compare different people's), then the waivers
 * over every finding. Nothing changes afterwards, so each session is let go as soon as its findings are
 * read: memory holds a few parts at a time, and each session's joins hold a part's facts instead of the
 * tenant's (BENCHMARKS.md, "Judging in parts", "People in shares" and "Large environments in shares").
 * The findings are those of one {@link TenantSession} over the whole snapshot
 * (TenantCheckAgreesPropertyTest). Rules compiled at run time have no parts; they are judged in one
 * session.
 */
public final class TenantCheck {
    /**
     * People to a session of the people's rules, or of an environment's: few enough that a part's session
     * dies young, where one of 125,000 records lived for seconds and every young collection copied it.
     * 10,000 rather than 25,000 since each share is picked out once (PartPlan.Side#share): a million users
     * 25.0-25.2 s to 23.6-25.2 s, 100,000 users alike (BENCHMARKS.md, "Shares picked out once").
     */
    public static final int PEOPLE_PER_PART = 10_000;

    private final List<Finding> findings;
    private final Map<String, String> waivers;
    private final List<SeatLedger> seats;

    private TenantCheck(List<Finding> findings, Map<String, String> waivers, List<SeatLedger> seats) {
        this.findings = findings;
        this.waivers = waivers;
        this.seats = seats;
    }

    public static TenantCheck judge(RuleBase rules, Tenant tenant, EvaluationSettings settings) {
        return judge(rules, tenant, settings, part -> { });
    }

    /**
     * @param whileOpen told the name of each part ("tenant", "people N", an environment's ID, "waivers",
     *                  or "whole" where the rules have no parts) while its session is still open: how the
     *                  benchmark measures the heap a check holds at its largest
     */
    public static TenantCheck judge(RuleBase rules, Tenant tenant, EvaluationSettings settings, Consumer<String> whileOpen) {
        return judge(rules, tenant, settings, whileOpen, PEOPLE_PER_PART);
    }

    /** @param peoplePerPart how many accounts, about, a session of the people's rules judges: one share per that many */
    public static TenantCheck judge(RuleBase rules, Tenant tenant, EvaluationSettings settings, Consumer<String> whileOpen,
                                    int peoplePerPart) {
        if (peoplePerPart < 1) throw new IllegalArgumentException("peoplePerPart must be 1 or more: " + peoplePerPart);
        RuleParts parts = rules.parts();
        if (parts == null) {
            try (TenantSession session = new TenantSession(rules, tenant, settings)) {
                whileOpen.accept("whole");
                return new TenantCheck(session.findings(), session.waivers(), SeatLedger.of(session));
            }
        }
        List<SeatLedger> seats = new ArrayList<>();
        PartPlan.Side side = new PartPlan.Side(tenant);
        List<Supplier<List<Finding>>> tasks = new ArrayList<>();
        for (PartPlan.Part part : PartPlan.of(parts, List.of(side), settings, peoplePerPart)) {
            tasks.add(() -> {
                try (TenantSession session = new TenantSession(part.rules().get(), settings.only(), part.facts().apply(side))) {
                    whileOpen.accept(part.name());
                    if (part.tenantWide()) seats.addAll(SeatLedger.of(session));
                    return session.found();
                }
            });
        }
        List<Finding> found = new ArrayList<>();
        for (List<Finding> some : InParallel.run(tasks, threads(peoplePerPart))) found.addAll(some);
        return waived(rules, settings, found, seats, false, whileOpen);
    }

    /**
     * A side's findings with those about waivers, judged over all of them in a session of its own.
     *
     * @param statesCompared whether this side's state was compared with a state before (the side after of
     *                       diff and gate): the change rules that compare states were judged on it too
     */
    static TenantCheck waived(RuleBase rules, EvaluationSettings settings, List<Finding> found, List<SeatLedger> seats,
                              boolean statesCompared, Consumer<String> whileOpen) {
        // Every rule of the waivers' part starts from a waiver (waivers.drl), as the other parts' facts are chosen
        // by what their rules reach: without a waiver the session would only copy the findings, 4% of a check
        // of 100,000 users (TenantCheckAgreesPropertyTest holds both ways to one session over the snapshot).
        // Likewise, each of them reads only findings of the rule its waiver names: the others are not copied in,
        // where a waivers file of a few waivers had every finding copied, 283,416 at a million users.
        if (settings.waivers().isEmpty()) return new TenantCheck(TenantSession.distinct(found), Map.of(), seats);
        Set<String> named = new HashSet<>();
        for (Waiver w : settings.waivers()) named.add(w.getRule());
        List<Finding> reached = new ArrayList<>();
        for (Finding f : found) if (named.contains(f.getRule())) reached.add(f);
        Set<Finding> judged = Collections.newSetFromMap(new IdentityHashMap<>());
        judged.addAll(reached);
        List<Finding> all = new ArrayList<>(found);
        try (TenantSession waiving = new TenantSession(rules.parts().waivers(), settings.only(), sink -> {
            TenantFacts.judging(rules, settings, sink);
            if (statesCompared) TenantFacts.changeRulesJudged(rules, settings, TenantFacts.ChangeRules.OF_TWO_STATES, sink);
            for (Finding f : reached) sink.accept(f);
        })) {
            whileOpen.accept("waivers");
            for (Finding f : waiving.found()) if (!judged.contains(f)) all.add(f);
            return new TenantCheck(TenantSession.distinct(all), waiving.waivers(), seats);
        }
    }

    /**
     * Bytes of heap an environment's session was measured to hold per user record (about 4.4 KB at a
     * million users), with some room to spare (BENCHMARKS.md, "People in shares").
     */
    private static final long BYTES_PER_RECORD = 5_000;

    /**
     * As many parts at once as there are cores, but only as many as half the free heap holds: a million
     * users in 4 GB, two parts at once, took 47-48 s against 56-57 s in turn, while a part as large as
     * the whole tenant, two at a time, spent most of its time collecting garbage.
     * {@code -Dd365policy.threads=N} sets the number.
     */
    static int threads(int peoplePerPart) {
        Integer chosen = Integer.getInteger("d365policy.threads");
        if (chosen != null) return Math.max(1, chosen);
        // Every part but the tenant's judges about that many people's records at most; the part that reads
        // an environment's records all at once joins few of them.
        long largest = peoplePerPart;
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        long fits = Math.max(1, free / 2 / Math.max(1, largest * BYTES_PER_RECORD));
        return (int) Math.min(runtime.availableProcessors(), fits);
    }

    /** One per rule and subject, in {@link TenantSession#ORDER}. */
    public List<Finding> findings() {
        return findings;
    }

    /** The reason of the waiver that covers each waived finding, by rule and subject key. */
    public Map<String, String> waivers() {
        return waivers;
    }

    /** Every subscription's seats, by SKU. */
    public List<SeatLedger> seats() {
        return seats;
    }
}
