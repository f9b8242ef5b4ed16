package org.d365policy.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;

/**
 * What a run is connected to: its streams, whether people watch them, how wide the screen is, and the
 * environment. Main makes it from the process; tests make their own, so that terminal behaviour is
 * tested without a terminal.
 *
 * @param interactive whether standard output and standard error are a terminal (Java can tell only
 *                    for the console as a whole: on a pipe or a redirect, it is false)
 * @param width       the terminal's width in columns, or 0 when unknown or not a terminal
 * @param progressAfter how long a run goes before it shows progress (on a terminal)
 */
record Terminal(InputStream in, PrintWriter out, PrintWriter err, boolean interactive, int width, Map<String, String> env,
                Duration progressAfter) {
    /** About a second: shorter runs need no progress, and should not flicker. */
    static final Duration PROGRESS_AFTER = Duration.ofSeconds(1);

    /** Plain streams and no terminal: what a pipe, a file or a test sees. */
    static Terminal plain(InputStream in, PrintWriter out, PrintWriter err) {
        return new Terminal(in, out, err, false, 0, Map.of(), PROGRESS_AFTER);
    }

    /** The process's own streams and environment. */
    static Terminal ofProcess(PrintWriter out, PrintWriter err) {
        boolean interactive = System.console() != null;
        return new Terminal(System.in, out, err, interactive, interactive ? Width.detect() : 0, System.getenv(), PROGRESS_AFTER);
    }

    String env(String name) {
        return env.get(name);
    }

    /** The terminal's width as picocli measures it for help (stty or tput), which is all the JDK gives. */
    private static final class Width {
        static int detect() {
            return new picocli.CommandLine.Model.UsageMessageSpec().autoWidth(true).width();
        }
    }
}
