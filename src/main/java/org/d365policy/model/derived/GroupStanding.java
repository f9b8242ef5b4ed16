package org.d365policy.model.derived;

/** How a user record stands with its environment's security group. */
public enum GroupStanding {
    NONE_SET("no security group is set"),
    DIRECT("direct member"),
    EXEMPT("exempt"),
    NESTED_ONLY("only through a nested group, which is ignored"),
    ABSENT("not a member");

    private final String label;

    GroupStanding(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
