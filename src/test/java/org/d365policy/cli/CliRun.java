package org.d365policy.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.io.StringWriter;

/** Runs the command line in this JVM (sharing the bundled rule base) and keeps what it printed. */
public final class CliRun {
    public final int exit;
    public final String out;
    public final String err;

    private CliRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** A run with {@code stdin} as standard input. */
    public static CliRun withInput(String stdin, String... args) {
        return on(false, 0, Map.of(), stdin, args);
    }

    /**
     * A run as if on a terminal ({@code interactive}) of {@code width} columns, with these environment
     * variables: the terminal behaviour, tested without a terminal.
     */
    public static CliRun on(boolean interactive, int width, Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), interactive, width, env, Duration.ZERO);
        int exit = Main.run(args, terminal);
        return new CliRun(exit, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
