package org.d365policy.engine;

/** One DRL file: how messages name it, and its text. */
public final class RuleSource {
    private final String name;
    private final String text;
    private final boolean bundled;

    public RuleSource(String name, String text, boolean bundled) {
        this.name = name;
        this.text = text;
        this.bundled = bundled;
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public boolean bundled() {
        return bundled;
    }
}
