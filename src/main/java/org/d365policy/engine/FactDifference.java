package org.d365policy.engine;

import org.d365policy.model.snapshot.Located;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The facts one part gave a session for the side before, matched with those it gives for the side
 * after: which to keep, which to delete, which to insert. A snapshot object is matched by the object of
 * the side before it stands for ({@code sameAs}), any other fact by equality. Both sides' facts come from
 * one walk over two snapshots that are mostly alike and in the same order, so they are matched in step,
 * and only where they are not (an object added, removed or moved) through maps of what was passed over.
 */
final class FactDifference {
    private final List<Object> before = new ArrayList<>();
    private UnaryOperator<Object> sameAs;
    private boolean[] kept;
    private int next;
    private final Map<Object, Integer> passedObjects = new IdentityHashMap<>();
    private final Map<Object, Deque<Integer>> passedValues = new HashMap<>();
    private final List<Object> unmatched = new ArrayList<>();

    /** A fact of the side before, in the order given; its position names it in {@link #gone()}. */
    void before(Object fact) {
        before.add(fact);
    }

    /** Once the side before is given: what tells the object of the side before that one of the side after stands for. */
    void pairWith(UnaryOperator<Object> sameAs) {
        this.sameAs = sameAs;
        this.kept = new boolean[before.size()];
    }

    /** A fact of the side after, in the order given. */
    void after(Object fact) {
        Object target = fact instanceof Located ? sameAs.apply(fact) : fact;
        if (next < before.size() && same(before.get(next), target)) {
            kept[next++] = true;
            return;
        }
        Integer passed = takePassed(target);
        if (passed != null) {
            kept[passed] = true;
            return;
        }
        // One fact of the side before that the side after lacks: pass over it, and stay in step.
        if (next + 1 < before.size() && same(before.get(next + 1), target)) {
            pass(next);
            next++;
            kept[next++] = true;
            return;
        }
        unmatched.add(fact);
    }

    /** The positions of the facts of the side before that the side after lacks, in order. */
    List<Integer> gone() {
        resolveUnmatched();
        List<Integer> gone = new ArrayList<>();
        for (int i = 0; i < kept.length; i++) if (!kept[i]) gone.add(i);
        return gone;
    }

    /** The facts of the side after that the side before lacks, in order; call after {@link #gone()}. */
    List<Object> added() {
        return unmatched;
    }

    private void resolveUnmatched() {
        for (; next < before.size(); next++) pass(next);
        List<Object> added = new ArrayList<>();
        for (Object fact : unmatched) {
            Integer passed = takePassed(fact instanceof Located ? sameAs.apply(fact) : fact);
            if (passed != null) kept[passed] = true;
            else added.add(fact);
        }
        unmatched.clear();
        unmatched.addAll(added);
    }

    private void pass(int position) {
        Object fact = before.get(position);
        if (fact instanceof Located) passedObjects.put(fact, position);
        else passedValues.computeIfAbsent(fact, k -> new ArrayDeque<>(1)).add(position);
    }

    private Integer takePassed(Object target) {
        if (target instanceof Located) return passedObjects.isEmpty() ? null : passedObjects.remove(target);
        if (passedValues.isEmpty()) return null;
        Deque<Integer> equal = passedValues.get(target);
        return equal == null ? null : equal.poll();
    }

    private static boolean same(Object before, Object target) {
        return before instanceof Located ? before == target : before.equals(target);
    }
}
