package org.d365policy.cli;

import org.d365policy.engine.RulesException;
import org.d365policy.gate.GitException;
import org.d365policy.load.InvalidInputException;
import org.d365policy.report.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;

@Command(name = "d365-policy", versionProvider = Main.VersionProvider.class, mixinStandardHelpOptions = true,
        description = "Checks a Dynamics 365 Customer Engagement tenant against the documented licensing and access rules.",
        subcommands = {CheckCommand.class, WhatIfCommand.class, DiffCommand.class, GateCommand.class, ExplainCommand.class,
                RulesCommand.class, ImportCommand.class, PullCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Freed when memory runs out, so that the error can still be reported. */
    private static byte[] reserve = new byte[1 << 20];

    public static void main(String[] args) {
        int code = ExitCode.INTERNAL;
        try {
            code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        } catch (Throwable t) {
            // Whatever happens, a crash must never look like a pass (0) or like findings (1).
            reserve = null;
            try {
                System.err.println("d365-policy: internal error: " + describe(t)
                        + (t instanceof OutOfMemoryError ? outOfMemoryAdvice() : ""));
            } catch (Throwable unreportable) {
                Runtime.getRuntime().halt(ExitCode.INTERNAL);
            }
        }
        try {
            System.out.flush();
            System.exit(code);
        } catch (Throwable t) {
            Runtime.getRuntime().halt(code);
        }
    }

    /** Runs the command line with the given streams and returns the exit code; used by main and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            try {
                if (e.getCause() instanceof OutOfMemoryError) reserve = null;
                err.println("d365-policy: " + message(e));
                err.flush();
                return exitCode(e);
            } catch (Throwable failedToReport) {
                return ExitCode.INTERNAL;
            }
        });
        // picocli's own fallback for a failed execution is 1, which here means "findings".
        failClosed(cl);
        return cl.execute(args);
    }

    private static void failClosed(CommandLine cl) {
        cl.getCommandSpec().exitCodeOnExecutionException(ExitCode.INTERNAL);
        for (CommandLine sub : cl.getSubcommands().values()) failClosed(sub);
    }

    static int exitCode(Throwable e) {
        if (e instanceof InvalidInputException || e instanceof UsageException || e instanceof GitException) {
            return ExitCode.INVALID_INPUT;
        }
        if (e instanceof RulesException) return ExitCode.RULES;
        return ExitCode.INTERNAL;
    }

    /** Expected failures speak for themselves; anything else is an internal error. */
    static String message(Throwable e) {
        if (exitCode(e) != ExitCode.INTERNAL) return e.getMessage();
        return "internal error: " + describe(e) + (System.getenv("D365_POLICY_DEBUG") == null
                ? " (set D365_POLICY_DEBUG=1 for details)" : "\n" + stackTrace(e));
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter s = new java.io.StringWriter();
        e.printStackTrace(new PrintWriter(s));
        return s.toString();
    }

    /** Today in UTC: the evaluation day when neither --as-of nor the input names one. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.TOOL + " " + Version.get()};
        }
    }

    /** How much heap this run had, and how to give it more; a million users need about 8 GB. */
    private static String outOfMemoryAdvice() {
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        long more = Math.max(1, (mb * 2 + 1023) / 1024);
        return " (this run could use " + mb + " MB of heap; give Java more memory, e.g. java -Xmx" + more
                + "g -jar ..., or D365_POLICY_JAVA_OPTS=-Xmx" + more + "g for the launcher)";
    }
}
