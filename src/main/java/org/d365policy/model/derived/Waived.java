package org.d365policy.model.derived;

import java.util.Objects;

/** Derived by rules: a finding that a waiver in force covers. */
public final class Waived {
    private final String rule;
    private final String subjectKey;
    private final String reason;

    public Waived(String rule, String subjectKey, String reason) {
        this.rule = rule;
        this.subjectKey = subjectKey;
        this.reason = reason;
    }

    public String getRule() {
        return rule;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof Waived)) return false;
        Waived o = (Waived) other;
        return Objects.equals(rule, o.rule) && Objects.equals(subjectKey, o.subjectKey) && Objects.equals(reason, o.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, subjectKey, reason);
    }
}
