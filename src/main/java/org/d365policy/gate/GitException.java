package org.d365policy.gate;

import org.d365policy.ExpectedFailure;

/** The repository cannot be read as the gate needs it (no repository, no git, an unreadable index): exit 2. */
public class GitException extends ExpectedFailure {
    public GitException(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return INVALID_INPUT;
    }
}
