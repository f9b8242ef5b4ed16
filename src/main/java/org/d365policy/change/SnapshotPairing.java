package org.d365policy.change;

import org.d365policy.engine.SideDifference;
import org.d365policy.model.snapshot.Account;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Group;
import org.d365policy.model.snapshot.Located;
import org.d365policy.model.snapshot.Team;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Which object of a snapshot after stands for which object of the snapshot before, where both are of one
 * tenant: two are the same when everything the snapshot says of them is equal ({@link SnapshotContent}).
 * Within an environment that both have alike, its units, roles, teams and records are paired one by one;
 * an environment that differs in anything else (units, roles, security group...) is paired with nothing,
 * nor is anything in it. A group is paired when all but its members are equal: its members are facts of
 * their own. The after side's accounts and records take their counterparts' ordinals and keys, and the
 * others ones that the before side does not use, so that one session can hold what both sides share
 * once and what either has alone side by side (TenantComparison). It also says what differs
 * ({@link SideDifference}), so that a part of the comparison whose facts are alike on both sides is judged
 * once: the people whose accounts, records or group memberships differ, the environments that differ
 * beyond their records, and whether the tenant and the groups do.
 */
final class SnapshotPairing implements SideDifference {
    private final Map<Object, Object> beforeOf = new IdentityHashMap<>();
    /** What differs, for the parts (SideDifference); what is not known to be alike differs. */
    private boolean tenantAlike;
    private boolean groupsAlike = true;
    private final Set<String> differingEnvironments = new HashSet<>();
    private final Set<String> people = new HashSet<>();
    /** By environment, the UPNs of the records that differ, and of those a differing person has. */
    private final Map<String, Set<String>> differingRecords = new HashMap<>();
    private final Map<String, Set<String>> reachedRecords = new HashMap<>();

    private SnapshotPairing() {
    }

    /** Pairs the two; renumbers the accounts and records of {@code after}. */
    static SnapshotPairing of(Tenant before, Tenant after) {
        SnapshotPairing pairing = new SnapshotPairing();
        pairing.pair(before, after);
        pairing.recordsOfPeople(before, after);
        return pairing;
    }

    @Override
    public Object sameAs(Object fact) {
        Object same = beforeOf.get(fact);
        return same == null ? fact : same;
    }

    /** Names the user records of one UPN in one environment. */
    static String key(String environment, String upn) {
        return environment + "\n" + upn;
    }

    @Override
    public boolean tenantAlike() {
        return tenantAlike;
    }

    @Override
    public boolean groupsAlike() {
        return groupsAlike;
    }

    @Override
    public boolean environmentAlike(String id) {
        return !differingEnvironments.contains(id);
    }

    @Override
    public Set<String> people() {
        return people;
    }

    /** The environment and UPN ({@link #key}) of every user record that one side has and the other has not, in a set of its own. */
    Set<String> touched() {
        Set<String> keys = new HashSet<>();
        differingRecords.forEach((env, upns) -> upns.forEach(upn -> keys.add(key(env, upn))));
        return keys;
    }

    @Override
    public Set<String> recordsIn(String environment) {
        return differingRecords.getOrDefault(environment, Set.of());
    }

    @Override
    public Set<String> recordsReachedIn(String environment) {
        return reachedRecords.getOrDefault(environment, Set.of());
    }

    /**
     * The records that differ, and on either side every record of a person whose account or group membership
     * differs: an environment's part reads a record's account and memberships with it.
     */
    private void recordsOfPeople(Tenant before, Tenant after) {
        differingRecords.forEach((env, upns) -> {
            people.addAll(upns);
            reachedRecords.computeIfAbsent(env, k -> new HashSet<>()).addAll(upns);
        });
        for (Tenant side : List.of(before, after)) {
            for (Environment env : side.getEnvironments()) {
                for (UserRecord record : env.getUsers()) {
                    if (people.contains(record.getUpn())) reachedRecords.computeIfAbsent(env.getId(), k -> new HashSet<>()).add(record.getUpn());
                }
            }
        }
    }

    private void pair(Tenant before, Tenant after) {
        tenantAlike = SnapshotContent.same(before, after);
        if (tenantAlike) beforeOf.put(after, before);
        pairByContent(before.getSubscriptions(), after.getSubscriptions(), null);
        int[] nextOrdinal = {before.nextAccountOrdinal()};
        List<Account> gone = pairByContent(before.getAccounts(), after.getAccounts(), (was, is) -> {
            is.normalize(was == null ? nextOrdinal[0]++ : was.getOrdinal());
            if (was == null) people.add(is.getUpn());
        });
        for (Account account : gone) people.add(account.getUpn());
        pairByContent(before.getInvitations(), after.getInvitations(), null);
        Map<String, Group> groups = byId(before.getGroups(), Group::getId);
        groupsAlike = groups.size() == before.getGroups().size() && before.getGroups().size() == after.getGroups().size();
        for (Group group : after.getGroups()) {
            Group was = groups.get(group.getId());
            if (was != null && SnapshotContent.same(was, group)) {
                beforeOf.put(group, was);
                membersDiffer(was.getMembers(), group.getMembers());
            } else {
                groupsAlike = false;
                if (was != null) membersDiffer(was.getMembers(), List.of());
                membersDiffer(List.of(), group.getMembers());
            }
        }
        Map<String, Environment> environments = byId(before.getEnvironments(), Environment::getId);
        for (Environment env : after.getEnvironments()) {
            Environment was = environments.remove(env.getId());
            if (was != null && SnapshotContent.same(was, env)) {
                pair(was, env);
                continue;
            }
            if (was != null) touchAll(was);
            touchAll(env);
        }
        environments.values().forEach(this::touchAll);
    }

    /** The people a group lists on one side and not on the other; all it lists where only the order or repeats differ. */
    private void membersDiffer(List<String> before, List<String> after) {
        if (before.equals(after)) return;
        Set<String> was = new HashSet<>(before);
        Set<String> is = new HashSet<>(after);
        if (was.equals(is)) {
            people.addAll(was);
            return;
        }
        for (String upn : was) if (!is.contains(upn)) people.add(upn);
        for (String upn : is) if (!was.contains(upn)) people.add(upn);
    }

    /** Two environments alike: their units and roles in order, their teams and records by content. */
    private void pair(Environment before, Environment after) {
        beforeOf.put(after, before);
        for (int i = 0; i < after.getBusinessUnits().size(); i++) beforeOf.put(after.getBusinessUnits().get(i), before.getBusinessUnits().get(i));
        for (int i = 0; i < after.getRoles().size(); i++) beforeOf.put(after.getRoles().get(i), before.getRoles().get(i));
        List<Team> teamsGone = pairByContent(before.getTeams(), after.getTeams(), (was, is) -> {
            if (was == null) differingEnvironments.add(after.getId());
        });
        if (!teamsGone.isEmpty()) differingEnvironments.add(after.getId());
        int[] nextIndex = {before.getUsers().size()};
        List<UserRecord> gone = pairByContent(before.getUsers(), after.getUsers(), (was, is) -> {
            if (was != null) {
                is.takeKeyOf(was);
                return;
            }
            is.rekey(nextIndex[0]++);
            touch(after.getId(), is.getUpn());
        });
        for (UserRecord record : gone) touch(before.getId(), record.getUpn());
    }

    private void touchAll(Environment env) {
        differingEnvironments.add(env.getId());
        for (UserRecord record : env.getUsers()) touch(env.getId(), record.getUpn());
    }

    private void touch(String environment, String upn) {
        differingRecords.computeIfAbsent(environment, k -> new HashSet<>()).add(upn);
    }

    /**
     * Pairs each item of {@code after} with an unpaired item of {@code before} of equal content, tells
     * {@code each} every item of {@code after} with its counterpart, or null, and returns the items of
     * {@code before} left unpaired, in their order. The two lists are mostly alike and in the same order, so
     * they are walked in step first ({@link #inStep}); what the walk leaves is paired by content (first come,
     * first paired).
     */
    private <T extends Located> List<T> pairByContent(List<T> before, List<T> after, BiConsumer<T, T> each) {
        Unpaired<T> walked = inStep(before, after, (was, is) -> paired(was, is, each));
        if (walked.after().isEmpty()) return walked.before();
        Map<Object, Deque<T>> unpaired = new HashMap<>();
        for (T item : walked.before()) unpaired.computeIfAbsent(content(item), k -> new ArrayDeque<>(1)).add(item);
        Set<T> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (T item : walked.after()) {
            Deque<T> same = unpaired.get(content(item));
            T was = same == null ? null : same.poll();
            if (was != null) {
                taken.add(was);
                paired(was, item, each);
            } else if (each != null) {
                each.accept(null, item);
            }
        }
        List<T> left = new ArrayList<>(walked.before().size() - taken.size());
        for (T item : walked.before()) if (!taken.contains(item)) left.add(item);
        return left;
    }

    /** The items of each side a walk in step left unpaired, each in its list's order. */
    record Unpaired<T>(List<T> before, List<T> after) {
    }

    /** How far the walk in step looks ahead on either side for the item it stands at. */
    static final int LOOK_AHEAD = 32;

    /**
     * Walks the two lists in step, telling {@code pair} each two items of equal content it meets. Where the
     * items it stands at differ, it looks up to {@link #LOOK_AHEAD} items ahead: for the item after among the
     * next items before (those stepped over were removed), then for the item before among the next items
     * after (those stepped over were added); found in neither, the item after stands where the item before
     * stood, changed, and the walk steps past both. Lists that differ too much for that to pay (more
     * comparisons than twice their lengths) are left to be paired by content from where the walk gave up.
     */
    static <T extends Located> Unpaired<T> inStep(List<T> before, List<T> after, BiConsumer<T, T> pair) {
        List<T> leftBefore = new ArrayList<>();
        List<T> leftAfter = new ArrayList<>();
        long comparisons = 2L * (before.size() + after.size()) + 2L * LOOK_AHEAD;
        int next = 0;
        int i = 0;
        while (i < after.size() && next < before.size() && comparisons > 0) {
            T item = after.get(i);
            comparisons--;
            if (SnapshotContent.same(before.get(next), item)) {
                pair.accept(before.get(next++), item);
                i++;
                continue;
            }
            comparisons -= Math.min(LOOK_AHEAD, before.size() - next - 1) + Math.min(LOOK_AHEAD, after.size() - i - 1);
            int removedUpTo = ahead(before, next + 1, item);
            if (removedUpTo >= 0) {
                leftBefore.addAll(before.subList(next, removedUpTo));
                pair.accept(before.get(removedUpTo), item);
                next = removedUpTo + 1;
                i++;
                continue;
            }
            int addedUpTo = ahead(after, i + 1, before.get(next));
            if (addedUpTo >= 0) {
                leftAfter.addAll(after.subList(i, addedUpTo));
                i = addedUpTo;
                continue;
            }
            leftAfter.add(item);
            leftBefore.add(before.get(next++));
            i++;
        }
        leftBefore.addAll(before.subList(next, before.size()));
        leftAfter.addAll(after.subList(i, after.size()));
        return new Unpaired<>(leftBefore, leftAfter);
    }

    /** Where in {@code items}, from {@code from} and at most {@link #LOOK_AHEAD} items on, an item equal to {@code item} is; or -1. */
    private static <T extends Located> int ahead(List<T> items, int from, T item) {
        int to = Math.min(items.size(), from + LOOK_AHEAD);
        for (int j = from; j < to; j++) if (SnapshotContent.same(items.get(j), item)) return j;
        return -1;
    }

    private <T> void paired(T before, T after, BiConsumer<T, T> each) {
        beforeOf.put(after, before);
        if (each != null) each.accept(before, after);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T item : items) byId.putIfAbsent(id.apply(item), item);
        return byId;
    }

    private static Object content(Located o) {
        return SnapshotContent.of(o);
    }
}
