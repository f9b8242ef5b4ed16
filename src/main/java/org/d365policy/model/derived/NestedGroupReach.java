package org.d365policy.model.derived;

import java.util.Objects;

/** Derived by rules: group is nested in root, directly or through other nested groups. */
public final class NestedGroupReach {
    private final String root;
    private final String group;

    public NestedGroupReach(String root, String group) {
        this.root = root;
        this.group = group;
    }

    public String getRoot() {
        return root;
    }

    public String getGroup() {
        return group;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof NestedGroupReach)) return false;
        NestedGroupReach o = (NestedGroupReach) other;
        return Objects.equals(root, o.root) && Objects.equals(group, o.group);
    }

    @Override
    public int hashCode() {
        return Objects.hash(root, group);
    }
}
