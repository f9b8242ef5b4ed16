package org.d365policy.engine;

import org.d365policy.model.fact.GroupMember;
import org.d365policy.model.snapshot.Subscription;
import org.junit.jupiter.api.Test;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which facts a part keeps, deletes and inserts when its session goes from one side to the other. */
class FactDifferenceTest {
    private final Map<Object, Object> standsFor = new IdentityHashMap<>();

    private Subscription[] paired(int count) {
        Subscription[] before = new Subscription[count];
        for (int i = 0; i < count; i++) {
            before[i] = new Subscription();
            standsFor.put(new Subscription(), before[i]);
        }
        return before;
    }

    private Object after(Subscription before) {
        return standsFor.entrySet().stream().filter(e -> e.getValue() == before).findFirst().orElseThrow().getKey();
    }

    private FactDifference difference(List<Object> before, List<Object> after) {
        FactDifference difference = new FactDifference();
        before.forEach(difference::before);
        difference.pairWith(fact -> standsFor.getOrDefault(fact, fact));
        after.forEach(difference::after);
        return difference;
    }

    @Test
    void whatStandsForTheSideBeforeOrEqualsItIsKept() {
        Subscription[] s = paired(3);
        FactDifference d = difference(List.of(s[0], new GroupMember("g", "ann"), s[1], s[2]),
                List.of(after(s[0]), new GroupMember("g", "ann"), after(s[1]), after(s[2])));
        assertThat(d.gone()).isEmpty();
        assertThat(d.added()).isEmpty();
    }

    @Test
    void oneRemovedOneAddedAndOneMovedAreFoundOutOfStep() {
        Subscription[] s = paired(5);
        Subscription added = new Subscription();
        // s[1] is gone, a new one comes before s[3], and s[0] moves to the end.
        FactDifference d = difference(List.of(s[0], s[1], s[2], s[3], s[4], new GroupMember("g", "bob")),
                List.of(after(s[2]), added, after(s[3]), after(s[4]), after(s[0]), new GroupMember("g", "cy")));
        assertThat(d.gone()).containsExactly(1, 5);
        assertThat(d.added()).containsExactly(added, new GroupMember("g", "cy"));
    }

    @Test
    void equalValuesAreMatchedOncePerOccurrence() {
        FactDifference d = difference(List.of(new GroupMember("g", "ann"), new GroupMember("g", "ann")),
                List.of(new GroupMember("g", "ann")));
        assertThat(d.gone()).containsExactly(1);
        assertThat(d.added()).isEmpty();
    }
}
