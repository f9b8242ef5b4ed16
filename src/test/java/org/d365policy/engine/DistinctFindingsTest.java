package org.d365policy.engine;

import org.d365policy.model.Finding;
import org.d365policy.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One finding per rule and subject, the first message in text order, then in {@link TenantSession#ORDER};
 * where two are alike, the one found first. Checked against the plain way of saying it: a map by rule and
 * subject in the order found, then a sort.
 */
class DistinctFindingsTest {
    private static final String[] RULES = {"LIC-001", "LIC-002", "ACC-003", "ROLE-004"};
    private static final Severity[] SEVERITIES = {Severity.ERROR, Severity.WARNING, Severity.ERROR, Severity.INFO};

    @Test
    void keepsTheFirstMessageInTextOrderOfEachRuleAndSubject() {
        Finding b = finding(0, "user:prod/ann@example.com", "b");
        Finding a = finding(0, "user:prod/ann@example.com", "a");
        Finding c = finding(0, "user:prod/ann@example.com", "c");
        Finding other = finding(3, "account:ann@example.com", "z");
        Finding error = finding(1, "subscription:A", "y");
        assertThat(TenantSession.distinct(List.of(b, other, a, c, error))).containsExactly(a, error, other);
    }

    @Test
    void keepsTheOneFoundFirstOfTwoAlike() {
        Finding first = finding(2, "account:ben@example.com", "same");
        Finding second = finding(2, "account:ben@example.com", "same");
        assertThat(TenantSession.distinct(List.of(first, second)).get(0)).isSameAs(first);
        assertThat(TenantSession.distinct(List.of(second, first)).get(0)).isSameAs(second);
    }

    /** Large lists too: from {@link InParallel#SORTED_ON_TWO_THREADS} findings the sort is shared out between two threads. */
    @Test
    void agreesWithAMapInTheOrderFoundOnRandomFindings() {
        for (int seed = 0; seed < 60; seed++) {
            Random random = new Random(seed);
            int size = seed % 3 == 0 ? InParallel.SORTED_ON_TWO_THREADS + random.nextInt(30_000) : random.nextInt(300);
            int subjects = 1 + random.nextInt(Math.max(1, size / 2));
            List<Finding> found = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                found.add(finding(random.nextInt(RULES.length), "account:u" + random.nextInt(subjects) + "@example.com",
                        "m" + random.nextInt(4)));
            }
            List<Finding> distinct = TenantSession.distinct(found);
            List<Finding> expected = byMap(found);
            assertThat(distinct).as("seed %d", seed).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(distinct.get(i)).as("seed %d, finding %d", seed, i).isSameAs(expected.get(i));
            }
        }
    }

    private static List<Finding> byMap(List<Finding> found) {
        Map<String, Finding> byKey = new LinkedHashMap<>();
        for (Finding f : found) byKey.merge(f.key(), f, (a, b) -> a.getMessage().compareTo(b.getMessage()) <= 0 ? a : b);
        List<Finding> sorted = new ArrayList<>(byKey.values());
        sorted.sort(TenantSession.ORDER);
        return sorted;
    }

    /** A rule ID has one severity, as the catalog requires. */
    private static Finding finding(int rule, String subject, String message) {
        return new Finding(RULES[rule], SEVERITIES[rule], "t", subject, message);
    }
}
