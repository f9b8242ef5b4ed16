package org.d365policy.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean": the known names closest to what was typed, by edit distance. */
final class Suggestions {
    private Suggestions() {
    }

    static String closest(String typed, Collection<String> known) {
        List<String> candidates = new ArrayList<>(known);
        String key = typed.toLowerCase(Locale.ROOT);
        candidates.sort(Comparator.comparingInt((String k) -> distance(key, k.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder()));
        List<String> best = candidates.subList(0, Math.min(3, candidates.size()));
        return best.isEmpty() ? "nothing" : String.join(" or ", best);
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
