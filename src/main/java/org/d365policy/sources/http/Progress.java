package org.d365policy.sources.http;

import java.io.PrintWriter;

/** Progress on standard error while pull reads: which API and list, how many records so far. Silent unless on a terminal. */
public final class Progress {
    private final PrintWriter err;
    private String shown = "";

    private Progress(PrintWriter err) {
        this.err = err;
    }

    /** Shows progress only when the console is a terminal: never on a pipe or in a file. */
    public static Progress forTerminal(PrintWriter err) {
        return new Progress(System.console() != null ? err : null);
    }

    public static Progress none() {
        return new Progress(null);
    }

    public void reading(String api, String list, int records) {
        if (err == null) return;
        String line = "reading " + api + ": " + list + ", " + records + " records so far";
        err.print("\r" + line + " ".repeat(Math.max(0, shown.length() - line.length())));
        err.flush();
        shown = line;
    }

    /** Clears the progress line before other output. */
    public void done() {
        if (err == null || shown.isEmpty()) return;
        err.print("\r" + " ".repeat(shown.length()) + "\r");
        err.flush();
        shown = "";
    }
}
