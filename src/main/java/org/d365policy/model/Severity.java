package org.d365policy.model;

import java.util.Locale;

/** Finding severities, most severe first. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as severe as the other. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    public static Severity byLabel(String label) {
        for (Severity s : values()) {
            if (s.label().equals(label)) return s;
        }
        return null;
    }

    @Override
    public String toString() {
        return label();
    }
}
