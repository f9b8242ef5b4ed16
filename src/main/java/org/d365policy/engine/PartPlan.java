package org.d365policy.engine;

import org.d365policy.model.snapshot.Account;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;
import org.kie.api.KieBase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The parts a snapshot is judged in ({@link TenantCheck}): the tenant-wide rules, the rules about one
 * person in shares of the people by the hash of their UPN, and each environment's rules, a large
 * environment's in shares of its people beside one part over all its records. Made for one snapshot, or
 * for two of one tenant ({@link TenantComparison}), where each part must judge the same people and the
 * same environment on both sides: the shares are then counted from the larger side, and an environment
 * that one side lacks gives that side's part no facts.
 */
final class PartPlan {
    /**
     * One part: its name ("tenant", "people N", an environment's ID, or that followed by "people N"), its
     * rules, and its facts from one side. {@code tenantWide} marks the part whose session holds the seats;
     * {@code alike} tells, of two sides, whether none of what the part's facts are made of differs between
     * them, so that its facts would be the same on both.
     */
    record Part(String name, Supplier<KieBase> rules, Function<Side, Consumer<Consumer<Object>>> facts, boolean tenantWide,
                Predicate<SideDifference> alike) {
    }

    /** What was split (the accounts, or an environment's records, by its ID) into how many shares. */
    private record Split(Object what, int count) {
    }

    /**
     * One snapshot as the parts read it: its people's accounts and groups by UPN, its environments by ID,
     * and its accounts and records split into shares of people.
     */
    static final class Side {
        private final Tenant tenant;
        private final Supplier<PeopleIndex> people;
        private final Map<String, Environment> environments = new LinkedHashMap<>();
        private final Map<Split, List<? extends List<?>>> shares = new ConcurrentHashMap<>();

        /**
         * Only the environments' parts read the people index, and they come last, so it is made on a thread
         * of its own while the tenant's and the people's parts judge: at a million users it took 0.7 s
         * on the one thread that was working then.
         */
        Side(Tenant tenant) {
            this.tenant = tenant;
            this.people = InParallel.start("d365-policy-people-index", () -> new PeopleIndex(tenant));
            for (Environment environment : tenant.getEnvironments()) environments.put(environment.getId(), environment);
        }

        /**
         * {@code items} split into {@code count} shares by the hash of their UPN, which Java specifies, so
         * that every account and record of one person falls in the same share without a map of everyone;
         * each share in the order of {@code items}. Made once, by the first part that asks, for all the
         * shares: where each part picked its own out of every account and record, a million users' people
         * in 40 shares cost 80 million tests.
         */
        @SuppressWarnings("unchecked")
        <T> List<T> share(Object what, List<T> items, Function<T, String> upn, int count, int share) {
            List<? extends List<?>> all = shares.computeIfAbsent(new Split(what, count), key -> {
                List<List<T>> split = new ArrayList<>(count);
                for (int i = 0; i < count; i++) split.add(new ArrayList<>(items.size() / count + 1));
                for (T item : items) split.get(Math.floorMod(upn.apply(item).hashCode(), count)).add(item);
                return split;
            });
            return (List<T>) all.get(share);
        }
    }

    private PartPlan() {
    }

    static List<Part> of(RuleParts parts, List<Side> sides, EvaluationSettings settings, int peoplePerPart) {
        List<Part> plan = new ArrayList<>();
        // The tenant's part reads every account: judged on both sides whatever differs.
        plan.add(new Part("tenant", parts::tenant, side -> sink -> TenantFacts.tenantWide(side.tenant, settings, sink), true,
                difference -> false));
        int accounts = sides.stream().mapToInt(side -> side.tenant.getAccounts().size()).max().orElse(0);
        int shares = shares(accounts, peoplePerPart);
        for (int share = 0; share < shares; share++) {
            int mine = share;
            plan.add(new Part("people " + (share + 1), parts::people, side -> sink -> {
                List<List<UserRecord>> theirRecords = new ArrayList<>();
                for (Environment environment : side.environments.values()) {
                    theirRecords.add(side.share(environment.getId(), environment.getUsers(), UserRecord::getUpn, shares, mine));
                }
                TenantFacts.people(side.tenant, side.share(Account.class, side.tenant.getAccounts(), Account::getUpn, shares, mine),
                        theirRecords, settings, sink);
            }, false, difference -> difference.tenantAlike() && noneInShare(difference.people(), shares, mine)));
        }
        Map<String, Integer> records = new LinkedHashMap<>();
        for (Side side : sides) {
            for (Environment environment : side.environments.values()) {
                records.merge(environment.getId(), environment.getUsers().size(), Math::max);
            }
        }
        records.forEach((id, count) -> environment(plan, parts, settings, id, shares(count, peoplePerPart)));
        return plan;
    }

    /**
     * One environment's parts: one, or where it is too large for one, its records all at once for the few
     * rules that compare people, then some of its people at a time for every other rule. A finding about
     * the environment's units, roles or teams is found by every share, and kept once (TenantSession#distinct).
     */
    private static void environment(List<Part> plan, RuleParts parts, EvaluationSettings settings, String id, int shares) {
        if (shares == 1) {
            plan.add(new Part(id, parts::environment, side -> sink -> {
                Environment environment = side.environments.get(id);
                if (environment != null) {
                    TenantFacts.environmentPart(side.tenant, environment, environment.getUsers(), side.people.get(), settings, sink);
                }
            }, false, difference -> difference.environmentAlike(id) && difference.groupsAlike()
                    && difference.recordsReachedIn(id).isEmpty()));
            return;
        }
        plan.add(new Part(id, parts::wholeEnvironment, side -> sink -> {
            Environment environment = side.environments.get(id);
            if (environment != null) TenantFacts.wholeEnvironment(environment, settings, sink);
        }, false, difference -> difference.environmentAlike(id) && difference.recordsIn(id).isEmpty()));
        for (int share = 0; share < shares; share++) {
            int mine = share;
            plan.add(new Part(id + " people " + (share + 1), parts::someOfAnEnvironment, side -> sink -> {
                Environment environment = side.environments.get(id);
                if (environment != null) {
                    List<UserRecord> users = side.share(id, environment.getUsers(), UserRecord::getUpn, shares, mine);
                    TenantFacts.environmentPart(side.tenant, environment, users, side.people.get(), settings, sink);
                }
            }, false, difference -> difference.environmentAlike(id) && difference.groupsAlike()
                    && noneInShare(difference.recordsReachedIn(id), shares, mine)));
        }
    }

    /** Whether none of {@code upns} is of share {@code share} of {@code count}, shares as {@link Side#share} makes them. */
    private static boolean noneInShare(Set<String> upns, int count, int share) {
        for (String upn : upns) if (Math.floorMod(upn.hashCode(), count) == share) return false;
        return true;
    }

    /** How many shares of about {@code peoplePerPart} people {@code count} accounts or records make: at least one. */
    private static int shares(int count, int peoplePerPart) {
        return Math.max(1, (count + peoplePerPart - 1) / peoplePerPart);
    }
}
