package org.d365policy.model.fact;

import java.util.Objects;

/** A group nested directly in another group. */
public final class GroupNesting {
    private final String group;
    private final String nested;

    public GroupNesting(String group, String nested) {
        this.group = group;
        this.nested = nested;
    }

    public String getGroup() {
        return group;
    }

    public String getNested() {
        return nested;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof GroupNesting)) return false;
        GroupNesting o = (GroupNesting) other;
        return Objects.equals(group, o.group) && Objects.equals(nested, o.nested);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, nested);
    }
}
