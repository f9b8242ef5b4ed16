package org.d365policy.change;

import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Group;
import org.d365policy.model.snapshot.Located;
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
 * once and what either has alone side by side (TenantComparison).
 */
final class SnapshotPairing {
    private final Map<Object, Object> beforeOf = new IdentityHashMap<>();
    private final Set<String> touched = new HashSet<>();

    private SnapshotPairing() {
    }

    /** Pairs the two; renumbers the accounts and records of {@code after}. */
    static SnapshotPairing of(Tenant before, Tenant after) {
        SnapshotPairing pairing = new SnapshotPairing();
        pairing.pair(before, after);
        return pairing;
    }

    /** The object of the side before that {@code fact} of the side after stands for, or {@code fact} itself. */
    Object sameAs(Object fact) {
        Object same = beforeOf.get(fact);
        return same == null ? fact : same;
    }

    /** The environment and UPN ({@link #key}) of every user record that one side has and the other has not. */
    Set<String> touched() {
        return touched;
    }

    /** Names the user records of one UPN in one environment. */
    static String key(String environment, String upn) {
        return environment + "\n" + upn;
    }

    private void pair(Tenant before, Tenant after) {
        if (SnapshotContent.same(before, after)) beforeOf.put(after, before);
        pairByContent(before.getSubscriptions(), after.getSubscriptions(), null);
        int[] nextOrdinal = {before.nextAccountOrdinal()};
        pairByContent(before.getAccounts(), after.getAccounts(), (was, is) -> is.normalize(was == null ? nextOrdinal[0]++ : was.getOrdinal()));
        pairByContent(before.getInvitations(), after.getInvitations(), null);
        Map<String, Group> groups = byId(before.getGroups(), Group::getId);
        for (Group group : after.getGroups()) {
            Group was = groups.get(group.getId());
            if (was != null && SnapshotContent.same(was, group)) beforeOf.put(group, was);
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

    /** Two environments alike: their units and roles in order, their teams and records by content. */
    private void pair(Environment before, Environment after) {
        beforeOf.put(after, before);
        for (int i = 0; i < after.getBusinessUnits().size(); i++) beforeOf.put(after.getBusinessUnits().get(i), before.getBusinessUnits().get(i));
        for (int i = 0; i < after.getRoles().size(); i++) beforeOf.put(after.getRoles().get(i), before.getRoles().get(i));
        pairByContent(before.getTeams(), after.getTeams(), null);
        int[] nextIndex = {before.getUsers().size()};
        Set<UserRecord> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        pairByContent(before.getUsers(), after.getUsers(), (was, is) -> {
            if (was != null) {
                kept.add(was);
                is.takeKeyOf(was);
                return;
            }
            is.rekey(nextIndex[0]++);
            touched.add(key(after.getId(), is.getUpn()));
        });
        for (UserRecord record : before.getUsers()) if (!kept.contains(record)) touched.add(key(before.getId(), record.getUpn()));
    }

    private void touchAll(Environment env) {
        for (UserRecord record : env.getUsers()) touched.add(key(env.getId(), record.getUpn()));
    }

    /**
     * Pairs each item of {@code after} with an unpaired item of {@code before} of equal content, and tells
     * {@code each} every item of {@code after} with its counterpart, or null. The two lists are mostly
     * alike and in the same order, so they are walked in step, one item added or removed at a time
     * stepped over; what is left is paired by content (first come, first paired).
     */
    private <T extends Located> void pairByContent(List<T> before, List<T> after, BiConsumer<T, T> each) {
        List<T> leftBefore = new ArrayList<>();
        List<T> leftAfter = new ArrayList<>();
        int next = 0;
        for (T item : after) {
            if (next < before.size() && SnapshotContent.same(before.get(next), item)) {
                paired(before.get(next++), item, each);
            } else if (next + 1 < before.size() && SnapshotContent.same(before.get(next + 1), item)) {
                leftBefore.add(before.get(next));
                paired(before.get(next + 1), item, each);
                next += 2;
            } else {
                leftAfter.add(item);
            }
        }
        leftBefore.addAll(before.subList(next, before.size()));
        Map<Object, Deque<T>> unpaired = new HashMap<>();
        if (!leftAfter.isEmpty()) {
            for (T item : leftBefore) unpaired.computeIfAbsent(content(item), k -> new ArrayDeque<>(1)).add(item);
        }
        for (T item : leftAfter) {
            Deque<T> same = unpaired.get(content(item));
            T was = same == null ? null : same.poll();
            if (was != null) paired(was, item, each);
            else if (each != null) each.accept(null, item);
        }
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
