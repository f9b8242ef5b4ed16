package org.d365policy;

/**
 * A failure the user can act on: bad input, a wrong command line, rules that do not compile. It
 * carries the exit code of cli.md, so that the command line maps it without a list of types; anything
 * else that escapes a command is an internal error (exit 4).
 *
 * <p>Not {@code sealed}: the project has no module descriptor, and in the unnamed module a sealed
 * class may only permit subclasses of its own package, while these live with the code that throws them.
 */
public abstract class ExpectedFailure extends Exception {
    /** Invalid input or usage (cli.md). */
    public static final int INVALID_INPUT = 2;
    /** Rules that could not be compiled or loaded (cli.md). */
    public static final int RULES = 3;

    protected ExpectedFailure(String message) {
        super(message);
    }

    protected ExpectedFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** The process's exit code for this failure. */
    public abstract int exitCode();
}
