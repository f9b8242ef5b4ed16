package org.d365policy.cli;

/** A command line that names something that does not exist: exit 2, with suggestions where there are any. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
