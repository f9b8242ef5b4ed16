package org.d365policy.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import org.d365policy.model.derived.SharedValue;

class SharedValuesTest {
    private final SharedValues function = new SharedValues();
    private final SharedValues.Counts counts = function.createContext();

    @Test
    void valuesCountedMoreThanOnceAreSharedInValueOrder() {
        for (String v : new String[] {"b", "a", "c", "b", "a", "b"}) function.accumulate(counts, v);
        assertThat(function.getResult(counts)).isEqualTo(java.util.List.of(new SharedValue("a", 2), new SharedValue("b", 3)));
    }

    @Test
    void takingValuesBackUpdatesTheCountsAndDropsWhatIsNoLongerShared() {
        for (String v : new String[] {"a", "a", "b", "b", "b"}) function.accumulate(counts, v);
        function.reverse(counts, "a");
        function.reverse(counts, "b");
        assertThat(function.getResult(counts)).isEqualTo(java.util.List.of(new SharedValue("b", 2)));
        function.reverse(counts, "a");
        function.accumulate(counts, "a");
        assertThat(function.getResult(counts)).isEqualTo(java.util.List.of(new SharedValue("b", 2)));
        function.accumulate(counts, "a");
        assertThat(function.getResult(counts)).isEqualTo(java.util.List.of(new SharedValue("a", 2), new SharedValue("b", 2)));
    }

    @Test
    void initStartsAfresh() {
        function.accumulate(counts, "a");
        function.accumulate(counts, "a");
        function.init(counts);
        function.accumulate(counts, "a");
        assertThat(function.getResult(counts)).isEqualTo(java.util.List.of());
    }
}
