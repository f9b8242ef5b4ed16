package org.d365policy.cli;

import org.d365policy.model.Severity;
import org.d365policy.report.TextStyle;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;

/**
 * --color, and the text report's layout on a terminal: colour by severity (picocli's ANSI styles),
 * columns fitted to the width, one line per rule on large runs. On a pipe or in a file the report stays
 * plain, whatever the terminal: scripts read those bytes.
 */
final class ColorOptions {
    enum When { auto, always, never }

    /** A run with more findings than this is large: a screen of them is no longer read line by line. */
    static final int LARGE_RUN = 200;
    /** On a large run, a rule with more findings than this in a section gets one line. */
    static final int SUMMARISE_RULE_ABOVE = 20;

    @Option(names = "--color", paramLabel = "WHEN",
            description = "Colour in text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only on a terminal, and not with NO_COLOR set).")
    When color = When.auto;

    /** The style of a text report written to {@code output} on {@code terminal}. */
    TextStyle style(Terminal terminal, OutputOptions output) {
        boolean onScreen = terminal.interactive() && output.toStandardOutput();
        boolean colour = switch (color) {
            case always -> true;
            case never -> false;
            case auto -> onScreen && noColorUnset(terminal);
        };
        if (!onScreen && !colour) return TextStyle.PLAIN;
        return new Screen(colour ? Ansi.ON : Ansi.OFF, onScreen ? terminal.width() : 0, onScreen);
    }

    /** no-color.org: set and not empty means no colour. */
    private static boolean noColorUnset(Terminal terminal) {
        String noColor = terminal.env("NO_COLOR");
        return noColor == null || noColor.isEmpty();
    }

    private record Screen(Ansi ansi, int width, boolean onScreen) implements TextStyle {
        @Override
        public String paint(Severity severity, String text) {
            String markup = switch (severity) {
                case ERROR -> "bold,red";
                case WARNING -> "yellow";
                case INFO -> "cyan";
            };
            // Rule IDs and headers hold no picocli markup of their own; escape nothing else.
            return ansi.string("@|" + markup + " " + text + "|@");
        }

        @Override
        public int summariseRuleAbove() {
            return onScreen ? SUMMARISE_RULE_ABOVE : 0;
        }

        @Override
        public int largeRun() {
            return LARGE_RUN;
        }
    }
}
