package org.d365policy.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command line picocli could not parse, reported as one paragraph that ends by pointing at the
 * command's help: never the whole usage, which buries the one line that matters.
 */
final class UsageError {
    /** What picocli's help command says of a command it does not know. */
    private static final Pattern HELP_UNKNOWN = Pattern.compile("Unknown subcommand '(.*)'\\.");

    private UsageError() {
    }

    /** picocli's parameter exception handler: prints the paragraph and returns exit 2. */
    static int report(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        line.getErr().println(paragraph(e));
        line.getErr().flush();
        return line.getExitCodeExceptionMapper() == null ? ExitCode.INVALID_INPUT : line.getExitCodeExceptionMapper().getExitCode(e);
    }

    static String paragraph(ParameterException e) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        String problem = e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
                ? unmatched(spec, unmatched.getUnmatched().get(0))
                : e.getMessage();
        // picocli's own help command ends its sentence ("Unknown subcommand 'x'."); ours go on with "; see".
        Matcher unknown = HELP_UNKNOWN.matcher(problem);
        if (unknown.matches()) {
            CommandSpec commands = spec.subcommands().isEmpty() && spec.parent() != null ? spec.parent() : spec;
            problem = "unknown command " + unknown.group(1) + Suggestions.didYouMean(unknown.group(1), commands.subcommands().keySet());
        }
        if (problem.endsWith(".")) problem = problem.substring(0, problem.length() - 1);
        return "d365-policy: " + problem + "; see `" + spec.qualifiedName() + " --help`";
    }

    private static String unmatched(CommandSpec spec, String typed) {
        if (typed.startsWith("-")) {
            String option = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            List<String> names = new ArrayList<>();
            for (OptionSpec o : spec.options()) {
                if (!o.hidden()) names.addAll(List.of(o.names()));
            }
            return "unknown option " + option + Suggestions.didYouMean(option, names);
        }
        if (!spec.subcommands().isEmpty()) {
            return "unknown command " + typed + Suggestions.didYouMean(typed, spec.subcommands().keySet());
        }
        return "unexpected argument " + typed;
    }
}
