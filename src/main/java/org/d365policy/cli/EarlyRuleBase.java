package org.d365policy.cli;

import org.d365policy.engine.RuleBase;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Starts making the bundled rule base as the process starts, before the command line is parsed: the
 * parse builds picocli's model of every command, which on the example takes about as long as the rule
 * base, and the rule base is the longest leg of a small check (BENCHMARKS.md, "Start-up and the JVMs").
 * {@link RuleBase#bundled()} and its KieBase are made once per process, so the command's own
 * {@link PreparedRuleBase} takes this one, waiting for it if need be.
 */
final class EarlyRuleBase {
    /** The commands that judge with the bundled rules. */
    private static final Set<String> JUDGING = Set.of("check", "what-if", "diff", "gate", "explain", "seats", "rules");

    private EarlyRuleBase() {
    }

    static void startFor(String[] args) {
        if (!wanted(args)) return;
        Thread thread = new Thread(() -> make(args), "d365-policy-early-rules");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Only for a command that will need the bundled rules alone: with --rules the command makes another
     * rule base, and help or a version needs none, so the work would only take a core from them.
     */
    static boolean wanted(String[] args) {
        if (args.length == 0 || !JUDGING.contains(args[0])) return false;
        return !anyOption(args, arg -> arg.startsWith("--rules") || arg.equals("-h") || arg.equals("--help")
                || arg.equals("-V") || arg.equals("--version"));
    }

    /** Whether the command line names a waivers file. */
    static boolean waived(String[] args) {
        return anyOption(args, arg -> arg.equals("--waivers") || arg.startsWith("--waivers="));
    }

    /** Whether a word before any {@code --} (after which every word is a snapshot) is such an option. */
    private static boolean anyOption(String[] args, Predicate<String> option) {
        for (String arg : args) {
            if (arg.equals("--")) return false;
            if (option.test(arg)) return true;
        }
        return false;
    }

    private static void make(String[] args) {
        String command = args[0];
        try {
            // check judges in parts, diff and the gate in parts with the rules about the change; the other commands in one session.
            PreparedRuleBase.prepare(RuleBase.bundled(), switch (command) {
                case "check" -> waived(args) ? PreparedRuleBase.Use.CHECK_WITH_WAIVERS : PreparedRuleBase.Use.CHECK;
                case "diff", "gate" -> PreparedRuleBase.Use.COMPARISON;
                default -> PreparedRuleBase.Use.ONE_SESSION;
            });
        } catch (Throwable e) {
            // Not reported here: the command makes the rule base again and reports the failure where it always has.
        }
    }
}
