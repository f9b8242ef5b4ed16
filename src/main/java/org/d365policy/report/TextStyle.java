package org.d365policy.report;

import org.d365policy.model.Severity;

/**
 * How the text report is laid out for whoever reads it. Plain (the default, and always on a pipe or in
 * a file): one line per finding, the same bytes everywhere. On a terminal the command line gives a
 * style with colour, columns fitted to the screen and, on large runs, one line per rule.
 */
public interface TextStyle {
    TextStyle PLAIN = new TextStyle() {
    };

    /** The text in the colour of the severity; unchanged without colour. */
    default String paint(Severity severity, String text) {
        return text;
    }

    /** The screen's width for aligned, wrapped columns; 0 for one plain line per finding. */
    default int width() {
        return 0;
    }

    /**
     * Above how many findings of one rule in one section they are summarised as one line, on a run
     * with more findings than {@link #largeRun()}; 0 for never.
     */
    default int summariseRuleAbove() {
        return 0;
    }

    /** How many findings make a run large. */
    default int largeRun() {
        return Integer.MAX_VALUE;
    }
}
