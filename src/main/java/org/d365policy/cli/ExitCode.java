package org.d365policy.cli;

/** The exit codes of cli.md. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int INVALID_INPUT = 2;
    public static final int RULES = 3;
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
