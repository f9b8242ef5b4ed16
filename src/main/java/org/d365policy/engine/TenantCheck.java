package org.d365policy.engine;

import org.d365policy.model.Finding;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Tenant;
import org.kie.api.KieBase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A snapshot judged alone, as check does, in parts: the tenant-wide rules in one session, the rules
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
     */
    private static final int PEOPLE_PER_PART = 25_000;

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
        List<Supplier<List<Finding>>> tasks = new ArrayList<>();
        tasks.add(() -> {
            try (TenantSession whole = new TenantSession(parts.tenant(), settings.only(),
                    sink -> TenantFacts.tenantWide(tenant, settings, sink))) {
                whileOpen.accept("tenant");
                seats.addAll(SeatLedger.of(whole));
                return whole.findings();
            }
        });
        List<Predicate<String>> shares = shares(tenant.getAccounts().size(), peoplePerPart);
        for (int share = 0; share < shares.size(); share++) {
            String name = "people " + (share + 1);
            Predicate<String> whose = shares.get(share);
            tasks.add(() -> judge(parts.people(), settings, whileOpen, name,
                    sink -> TenantFacts.people(tenant, whose, settings, sink)));
        }
        PeopleIndex people = new PeopleIndex(tenant);
        for (Environment environment : tenant.getEnvironments()) {
            List<Predicate<String>> someOf = shares(environment.getUsers().size(), peoplePerPart);
            if (someOf.size() == 1) {
                tasks.add(() -> judge(parts.environment(), settings, whileOpen, environment.getId(),
                        sink -> TenantFacts.environmentPart(tenant, environment, people, settings, upn -> true, sink)));
                continue;
            }
            // Too large for one part: its records all at once for the few rules that compare people, then
            // some of its people at a time for every other rule. A finding about the environment's units,
            // roles or teams is found by every share, and kept once (TenantSession#distinct).
            tasks.add(() -> judge(parts.wholeEnvironment(), settings, whileOpen, environment.getId(),
                    sink -> TenantFacts.wholeEnvironment(environment, settings, sink)));
            for (int share = 0; share < someOf.size(); share++) {
                String name = environment.getId() + " people " + (share + 1);
                Predicate<String> whose = someOf.get(share);
                tasks.add(() -> judge(parts.someOfAnEnvironment(), settings, whileOpen, name,
                        sink -> TenantFacts.environmentPart(tenant, environment, people, settings, whose, sink)));
            }
        }
        List<Finding> found = inParallel(tasks, threads(peoplePerPart));
        Set<Finding> judged = Collections.newSetFromMap(new IdentityHashMap<>());
        judged.addAll(found);
        try (TenantSession waiving = new TenantSession(parts.waivers(), settings.only(), sink -> {
            TenantFacts.judging(rules, settings, sink);
            for (Finding f : found) sink.accept(f);
        })) {
            whileOpen.accept("waivers");
            for (Finding f : waiving.findings()) if (!judged.contains(f)) found.add(f);
            return new TenantCheck(TenantSession.distinct(found), waiving.waivers(), seats);
        }
    }

    /** The findings of one part's session, let go as soon as they are read. */
    private static List<Finding> judge(KieBase rules, EvaluationSettings settings, Consumer<String> whileOpen, String name,
                                       Consumer<Consumer<Object>> facts) {
        try (TenantSession part = new TenantSession(rules, settings.only(), facts)) {
            whileOpen.accept(name);
            return part.findings();
        }
    }

    /**
     * The shares of about {@code peoplePerPart} people that {@code count} accounts or records make, at
     * least one, each telling whether a UPN belongs to it: by the UPN's hash, which Java specifies, so
     * that every account and record of one person falls in the same share without a map of everyone.
     */
    private static List<Predicate<String>> shares(int count, int peoplePerPart) {
        int shares = Math.max(1, (count + peoplePerPart - 1) / peoplePerPart);
        List<Predicate<String>> all = new ArrayList<>(shares);
        for (int share = 0; share < shares; share++) {
            int mine = share;
            all.add(upn -> Math.floorMod(upn.hashCode(), shares) == mine);
        }
        return all;
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
    private static int threads(int peoplePerPart) {
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

    /** The parts' findings in the order of the parts, judged on up to {@code parallel} threads. */
    private static List<Finding> inParallel(List<Supplier<List<Finding>>> tasks, int parallel) {
        int threads = Math.min(tasks.size(), parallel);
        if (threads <= 1) return inTurn(tasks);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "d365-policy-part");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<Finding>>> futures = new ArrayList<>();
            for (Supplier<List<Finding>> task : tasks) futures.add(pool.submit(task::get));
            List<Finding> found = new ArrayList<>();
            for (Future<List<Finding>> future : futures) found.addAll(future.get());
            return found;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while judging", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One part after another on this thread: where the heap holds one part only, and where running out
     * of it must reach the command's handler (exit 4) rather than a worker thread.
     */
    private static List<Finding> inTurn(List<Supplier<List<Finding>>> tasks) {
        List<Finding> found = new ArrayList<>();
        for (Supplier<List<Finding>> task : tasks) found.addAll(task.get());
        return found;
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
