package org.d365policy.cli;

import org.d365policy.ExpectedFailure;
import org.d365policy.report.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

@Command(name = "d365-policy", versionProvider = Main.VersionProvider.class, mixinStandardHelpOptions = true,
        description = "Checks a Dynamics 365 Customer Engagement tenant against the documented licensing and access rules.")
public final class Main implements Runnable {
    /**
     * Every command, in the order --help lists them. Not in the annotation: picocli would build its model
     * of all of them by reflection on every run, which was the longest leg of a small check's start
     * (BENCHMARKS.md, "What start-up spends its time on"); a run builds only the command it runs.
     */
    private static final List<String> COMMANDS = List.of("check", "what-if", "diff", "gate", "explain", "rules", "import",
            "pull", "seats", "help");

    // A switch, not a map of constructor references: with those, Java 25.0.3 crashed while writing the
    // launcher's ahead-of-time cache (archiveHeapWriter.cpp, "Metadata ... should have been archived").
    private static Object command(String name) {
        return switch (name) {
            case "check" -> new CheckCommand();
            case "what-if" -> new WhatIfCommand();
            case "diff" -> new DiffCommand();
            case "gate" -> new GateCommand();
            case "explain" -> new ExplainCommand();
            case "rules" -> new RulesCommand();
            case "import" -> new ImportCommand();
            case "pull" -> new PullCommand();
            case "seats" -> new SeatsCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Terminal terminal;

    /** Freed when memory runs out, so that the error can still be reported. */
    private static byte[] reserve = new byte[1 << 20];

    public static void main(String[] args) {
        int code = ExitCode.INTERNAL;
        try {
            showLibraryLogWhenDebugging(System.getenv("D365_POLICY_DEBUG"));
            EarlyRuleBase.startFor(args);
            code = run(args, Terminal.ofProcess(new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
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

    /** Runs the command line with the given streams and no terminal, and returns the exit code; used by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, Terminal.plain(System.in, out, err));
    }

    /** Runs the command line connected to {@code terminal} and returns the exit code. */
    static int run(String[] args, Terminal terminal) {
        Main main = new Main();
        main.terminal = terminal;
        CommandLine cl = commandLine(main, args.length > 0 ? args[0] : null);
        cl.setOut(terminal.out());
        cl.setErr(terminal.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(terminal.interactive());
        // picocli copies the mapper to every subcommand and uses it on each path that ends a run.
        cl.setExitCodeExceptionMapper(Main::exitCode);
        cl.setParameterExceptionHandler(UsageError::report);
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            try {
                if (e.getCause() instanceof OutOfMemoryError) reserve = null;
                line.getErr().println("d365-policy: " + message(e));
                line.getErr().flush();
                return exitCode(e);
            } catch (Throwable failedToReport) {
                return ExitCode.INTERNAL;
            }
        });
        return cl.execute(args);
    }

    /** The whole command line, every command in it: for the completion script and the tests of --help. */
    public static CommandLine commandLine() {
        return commandLine(new Main(), null);
    }

    /**
     * The command line with only the command {@code first} names when it names one other than help; else
     * with every command, as help, a missing command and a mistyped one list them.
     */
    private static CommandLine commandLine(Main main, String first) {
        CommandLine cl = new CommandLine(main);
        boolean one = first != null && COMMANDS.contains(first) && !first.equals("help");
        for (String name : COMMANDS) {
            if (!one || name.equals(first)) {
                cl.addSubcommand(name, command(name));
                // Each command's -V (mixinStandardHelpOptions) prints what d365-policy --version prints.
                cl.getSubcommands().get(name).getCommandSpec().versionProvider(new VersionProvider());
            }
        }
        return cl;
    }

    /** The exit code of cli.md: an expected failure carries its own; anything else fails closed. */
    static int exitCode(Throwable e) {
        if (e instanceof ExpectedFailure f) return f.exitCode();
        if (e instanceof CommandLine.ParameterException) return ExitCode.INVALID_INPUT;
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

    /**
     * With D365_POLICY_DEBUG set, the libraries' own log (Drools: what it compiled, what it could not)
     * goes to standard error from debug level up; it is off otherwise (simplelogger.properties). Must run
     * before the first logger is made.
     */
    static void showLibraryLogWhenDebugging(String debug) {
        if (debug != null && !debug.isEmpty()) System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
    }

    /** Today in UTC: the evaluation day when neither --as-of nor the input names one. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** The streams and terminal of this run, for the subcommands. */
    Terminal terminal() {
        return terminal;
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
