package org.d365policy.engine;

import org.d365policy.ExpectedFailure;

/** Rules that cannot be compiled or loaded: exit 3, naming the DRL file and line. */
public class RulesException extends ExpectedFailure {
    public RulesException(String message) {
        super(message);
    }

    public RulesException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return RULES;
    }
}
