package org.d365policy.model.fact;

import java.util.Objects;

/** A rule that this run judges: all of them, or those of --only. */
public final class JudgedRule {
    private final String id;

    public JudgedRule(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof JudgedRule)) return false;
        JudgedRule o = (JudgedRule) other;
        return Objects.equals(id, o.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
