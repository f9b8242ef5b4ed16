package org.d365policy.engine;

/** One link of the chain that lets a person use an environment, satisfied or not. */
public final class Link {
    private final String name;
    private final boolean satisfied;
    private final String detail;

    Link(String name, boolean satisfied, String detail) {
        this.name = name;
        this.satisfied = satisfied;
        this.detail = detail;
    }

    public String name() {
        return name;
    }

    public boolean satisfied() {
        return satisfied;
    }

    public String detail() {
        return detail;
    }
}
