package org.d365policy.engine;

import org.kie.api.runtime.rule.AccumulateFunction;

import org.d365policy.model.derived.SharedValue;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The DRL accumulate function {@code sharedValues}: of the values accumulated, those that occur more
 * than once, with their counts, in value order. Finding duplicates this way costs one pass over the
 * facts, where matching every fact against every other with the same key costs three join nodes;
 * the values shared are kept up to date on every change, so that a result costs as much as there are
 * shared values. It counts; which values to compare is the rule's business.
 */
public final class SharedValues implements AccumulateFunction<SharedValues.Counts> {
    /** Counts of every value, and the values counted more than once. */
    public static final class Counts implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Map<String, Integer> all = new HashMap<>();
        private final TreeMap<String, Integer> shared = new TreeMap<>();
    }

    @Override
    public Counts createContext() {
        return new Counts();
    }

    @Override
    public void init(Counts counts) {
        counts.all.clear();
        counts.shared.clear();
    }

    @Override
    public void accumulate(Counts counts, Object value) {
        String key = (String) value;
        int n = counts.all.merge(key, 1, Integer::sum);
        if (n > 1) counts.shared.put(key, n);
    }

    @Override
    public void reverse(Counts counts, Object value) {
        String key = (String) value;
        Integer n = counts.all.computeIfPresent(key, (k, c) -> c == 1 ? null : c - 1);
        if (n == null || n < 2) counts.shared.remove(key);
        else counts.shared.put(key, n);
    }

    @Override
    public Object getResult(Counts counts) {
        List<SharedValue> result = new ArrayList<>(counts.shared.size());
        counts.shared.forEach((value, n) -> result.add(new SharedValue(value, n)));
        return result;
    }

    @Override
    public boolean supportsReverse() {
        return true;
    }

    @Override
    public Class<?> getResultType() {
        return List.class;
    }

    @Override
    public void writeExternal(ObjectOutput out) {
        // stateless: the counts live in the context
    }

    @Override
    public void readExternal(ObjectInput in) {
        // stateless
    }
}
