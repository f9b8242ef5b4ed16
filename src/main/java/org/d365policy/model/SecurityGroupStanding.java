package org.d365policy.model;

import java.util.Objects;

/** Derived by rules: how a user record stands with its environment's security group; via names the nested groups (sorted) or the exemption. */
public final class SecurityGroupStanding {
    private final String recordKey;
    private final String environment;
    private final String group;
    private final GroupStanding standing;
    private final String via;

    public SecurityGroupStanding(String recordKey, String environment, String group, GroupStanding standing, String via) {
        this.recordKey = recordKey;
        this.environment = environment;
        this.group = group;
        this.standing = standing;
        this.via = via;
    }

    public String getRecordKey() {
        return recordKey;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getGroup() {
        return group;
    }

    public GroupStanding getStanding() {
        return standing;
    }

    public String getVia() {
        return via;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof SecurityGroupStanding)) return false;
        SecurityGroupStanding o = (SecurityGroupStanding) other;
        return Objects.equals(recordKey, o.recordKey) && Objects.equals(environment, o.environment) && Objects.equals(group, o.group) && Objects.equals(standing, o.standing) && Objects.equals(via, o.via);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recordKey, environment, group, standing, via);
    }
}
