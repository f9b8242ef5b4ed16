package org.d365policy.cli;

import org.d365policy.ExpectedFailure;

/** A command line that names something that does not exist: exit 2, with suggestions where there are any. */
public class UsageException extends ExpectedFailure {
    public UsageException(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return INVALID_INPUT;
    }
}
