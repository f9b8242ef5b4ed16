package org.d365policy.model.fact;

import java.util.Objects;

/** A direct member of a security group. */
public final class GroupMember {
    private final String group;
    private final String upn;

    public GroupMember(String group, String upn) {
        this.group = group;
        this.upn = upn;
    }

    public String getGroup() {
        return group;
    }

    public String getUpn() {
        return upn;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof GroupMember)) return false;
        GroupMember o = (GroupMember) other;
        return Objects.equals(group, o.group) && Objects.equals(upn, o.upn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, upn);
    }
}
