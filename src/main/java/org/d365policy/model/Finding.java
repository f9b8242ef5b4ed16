package org.d365policy.model;

import org.kie.api.definition.rule.Rule;

import java.util.Map;
import java.util.Objects;

/**
 * A rule's verdict about one subject. Rules create findings with {@link #of}, which takes the rule ID,
 * severity and title from the rule's own metadata, so that they are written once, in the DRL.
 */
public final class Finding {
    private final String rule;
    private final Severity severity;
    private final String title;
    private final String subject;
    private final String message;

    public Finding(String rule, Severity severity, String title, String subject, String message) {
        this.rule = rule;
        this.severity = severity;
        this.title = title;
        this.subject = subject;
        this.message = message;
    }

    public static Finding of(Rule rule, String subject, String message) {
        Map<String, Object> meta = rule.getMetaData();
        return new Finding(String.valueOf(meta.get("id")), Severity.byLabel(String.valueOf(meta.get("severity"))),
                String.valueOf(meta.get("title")), subject, message);
    }

    public String getRule() {
        return rule;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getTitle() {
        return title;
    }

    public String getSubject() {
        return subject;
    }

    /** The subject as waivers match it: case-insensitively. */
    public String getSubjectKey() {
        return subject.toLowerCase(java.util.Locale.ROOT);
    }

    public String getMessage() {
        return message;
    }

    /** Names the finding among all others: there is at most one per rule and subject. */
    public String key() {
        return rule + "\n" + subject;
    }

    /** Names the finding as a waiver names it. */
    public String waiverKey() {
        return waiverKey(rule, getSubjectKey());
    }

    public static String waiverKey(String rule, String subjectKey) {
        return rule + "\n" + subjectKey;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof Finding)) return false;
        Finding o = (Finding) other;
        return rule.equals(o.rule) && subject.equals(o.subject) && Objects.equals(message, o.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, subject, message);
    }

    @Override
    public String toString() {
        return rule + " " + subject + ": " + message;
    }
}
