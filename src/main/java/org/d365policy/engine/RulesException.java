package org.d365policy.engine;

/** Rules that cannot be compiled or loaded: exit 3, naming the DRL file and line. */
public class RulesException extends Exception {
    public RulesException(String message) {
        super(message);
    }

    public RulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
