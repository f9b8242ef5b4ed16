package org.d365policy.cli;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean": the known names close to what was typed. Only close ones: a suggestion that has
 * nothing in common with the typo (XYZ-999 → LIC-001) sends the reader the wrong way.
 */
final class Suggestions {
    private static final int MAX = 3;

    private Suggestions() {
    }

    /** Up to three known names within {@link #threshold} edits of the typed one (case ignored), closest first. */
    static List<String> close(String typed, Iterable<String> known) {
        String key = typed.toLowerCase(Locale.ROOT);
        LevenshteinDistance distance = new LevenshteinDistance(threshold(key));
        record Candidate(String name, int distance) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (String name : known) {
            int d = distance.apply(key, name.toLowerCase(Locale.ROOT));
            if (d >= 0) candidates.add(new Candidate(name, d));
        }
        candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name));
        return candidates.stream().limit(MAX).map(Candidate::name).toList();
    }

    /** " (did you mean A or B?)", or nothing when no known name is close. */
    static String didYouMean(String typed, Iterable<String> known) {
        List<String> close = close(typed, known);
        return close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)";
    }

    /** A third of the typed length, at least two edits: enough for a swapped pair of letters. */
    static int threshold(String typed) {
        return Math.max(2, typed.length() / 3);
    }
}
