package org.d365policy.engine;

import org.d365policy.model.Severity;

/** A rule as the catalog and the reports describe it, read from the rule's DRL metadata. */
public final class RuleInfo {
    private final String id;
    private final Severity severity;
    private final String title;
    private final String statement;
    private final String source;
    private final String profiles;
    private final String file;
    private final boolean bundled;
    private final boolean changeRule;
    private final boolean comparesStates;

    RuleInfo(String id, Severity severity, String title, String statement, String source, String profiles,
             String file, boolean bundled, boolean changeRule, boolean comparesStates) {
        this.id = id;
        this.severity = severity;
        this.title = title;
        this.statement = statement;
        this.source = source;
        this.profiles = profiles;
        this.file = file;
        this.bundled = bundled;
        this.changeRule = changeRule;
        this.comparesStates = comparesStates;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }

    public String statement() {
        return statement;
    }

    public String source() {
        return source;
    }

    /** How the rule differs between profiles, or null where it does not. */
    public String profiles() {
        return profiles;
    }

    /** The DRL file the rule is written in. */
    public String file() {
        return file;
    }

    public boolean bundled() {
        return bundled;
    }

    /** Whether the rule judges a change (a step of a change set, or the state before), not a snapshot alone. */
    public boolean changeRule() {
        return changeRule;
    }

    /**
     * Whether the rule compares the state after a change with the state before (CHG-003, CHG-005), and so
     * also judges two snapshots (diff, gate); the other change rules judge a change set's steps (what-if).
     */
    public boolean comparesStates() {
        return comparesStates;
    }
}
