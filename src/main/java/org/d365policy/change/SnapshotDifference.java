package org.d365policy.change;

import org.d365policy.engine.LiveTenant;
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
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns a tenant loaded in a session into another snapshot of it, by the difference between the two
 * as fact updates through {@link LiveTenant}: what both have stays as it is, in the session and its
 * derivations; what only the first has is removed; what only the second has is added. Two objects
 * are the same when everything the snapshot says of them is equal ({@link SnapshotContent}). Within
 * an environment that both have alike, its records and teams are compared one by one; within a
 * group, its members.
 */
final class SnapshotDifference {
    private final LiveTenant live;
    private final Set<String> touched = new HashSet<>();

    private SnapshotDifference(LiveTenant live) {
        this.live = live;
    }

    /**
     * Changes the live tenant (and the session's facts) into {@code after}; objects of {@code after} may be taken over.
     *
     * @return the environment and UPN ({@link #key}) of every user record removed or added
     */
    static Set<String> apply(LiveTenant live, Tenant after) {
        SnapshotDifference difference = new SnapshotDifference(live);
        difference.to(after);
        return difference.touched;
    }

    /** Names the user records of one UPN in one environment. */
    static String key(String environment, String upn) {
        return environment + "\n" + upn;
    }

    private void touched(Environment env) {
        for (UserRecord record : env.getUsers()) touched.add(key(env.getId(), record.getUpn()));
    }

    private void to(Tenant after) {
        Tenant before = live.tenant();
        reconcile(before.getSubscriptions(), after.getSubscriptions(), SnapshotDifference::content,
                live::removeSubscription, live::addSubscription);
        reconcile(before.getAccounts(), after.getAccounts(), SnapshotDifference::content, live::removeAccount, account -> {
            account.normalize(live.nextAccountOrdinal());
            live.addAccount(account);
        });
        reconcile(before.getInvitations(), after.getInvitations(), SnapshotDifference::content,
                live::removeInvitation, live::addInvitation);
        groups(before.getGroups(), after.getGroups());
        environments(before.getEnvironments(), after.getEnvironments());
    }

    private void groups(List<Group> before, List<Group> after) {
        Map<String, Group> was = byId(before, Group::getId);
        for (Group group : after) {
            Group old = was.remove(group.getId());
            if (old != null && content(old).equals(content(group))) {
                reconcile(old.getMembers(), group.getMembers(), upn -> upn,
                        upn -> live.removeGroupMember(old, upn), upn -> live.addGroupMember(old, upn));
                continue;
            }
            if (old != null) live.removeGroup(old);
            live.addGroup(group);
        }
        for (Group gone : was.values()) live.removeGroup(gone);
    }

    private void environments(List<Environment> before, List<Environment> after) {
        Map<String, Environment> was = byId(before, Environment::getId);
        for (Environment env : after) {
            Environment old = was.remove(env.getId());
            if (old != null && content(old).equals(content(env))) {
                reconcile(old.getTeams(), env.getTeams(), SnapshotDifference::content,
                        team -> live.removeTeam(old, team), team -> live.addTeam(old, team));
                reconcile(old.getUsers(), env.getUsers(), SnapshotDifference::content, record -> {
                    touched.add(key(old.getId(), record.getUpn()));
                    live.removeRecord(old, record);
                }, record -> {
                    touched.add(key(old.getId(), record.getUpn()));
                    live.addRecord(old, copyInto(old, record));
                });
                continue;
            }
            // Whatever else differs (units, roles, security group...) reaches every record: the environment is replaced.
            if (old != null) {
                touched(old);
                live.removeEnvironment(old);
            }
            touched(env);
            live.addEnvironment(env);
        }
        for (Environment gone : was.values()) {
            touched(gone);
            live.removeEnvironment(gone);
        }
    }

    /** The record, under a key that no record of the environment has had. */
    private UserRecord copyInto(Environment env, UserRecord r) {
        return new UserRecord(env.getId(), live.nextRecordIndex(env), r.getUpn(), r.getType(), r.getAccessMode(), r.isEnabled(),
                r.getBusinessUnit(), r.getRoles(), r.getApplicationId());
    }

    /**
     * Pairs each item of {@code after} with an unpaired item of {@code before} of equal content;
     * removes the unpaired ones of {@code before}, in their order, then adds the unpaired ones of
     * {@code after}, in theirs. Works on a copy of {@code before}, which the removals change.
     */
    private static <T> void reconcile(List<T> before, List<T> after, Function<T, Object> content, Consumer<T> remove, Consumer<T> add) {
        Map<Object, Deque<T>> unpaired = new HashMap<>();
        for (T item : before) unpaired.computeIfAbsent(content.apply(item), k -> new ArrayDeque<>(1)).add(item);
        Set<T> paired = Collections.newSetFromMap(new IdentityHashMap<>());
        List<T> added = new ArrayList<>();
        for (T item : after) {
            Deque<T> same = unpaired.get(content.apply(item));
            if (same != null && !same.isEmpty()) paired.add(same.poll());
            else added.add(item);
        }
        for (T item : new ArrayList<>(before)) {
            if (!paired.contains(item)) remove.accept(item);
        }
        added.forEach(add);
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
