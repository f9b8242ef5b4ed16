package org.d365policy.cli;

import org.d365policy.ExpectedFailure;

/** The exit codes of cli.md. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int INVALID_INPUT = ExpectedFailure.INVALID_INPUT;
    public static final int RULES = ExpectedFailure.RULES;
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
