package org.d365policy.gate;

/** The repository cannot be read as the gate needs it (no repository, no git, an unreadable index): exit 2. */
public class GitException extends Exception {
    public GitException(String message) {
        super(message);
    }
}
