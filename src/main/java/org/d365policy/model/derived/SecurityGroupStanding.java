package org.d365policy.model.derived;

import org.d365policy.model.snapshot.UserRecord;

import java.util.Objects;

/** Derived by rules: how a user record stands with its environment's security group; via names the nested groups (sorted) or the exemption. */
public final class SecurityGroupStanding {
    private final UserRecord userRecord;
    private final boolean recordEnabled;
    private final String group;
    private final GroupStanding standing;
    private final String via;

    /** Keeps the record, and whether it was enabled, for the same reason as {@link AccessBlocker}. */
    public SecurityGroupStanding(UserRecord userRecord, String group, GroupStanding standing, String via) {
        this.userRecord = userRecord;
        this.recordEnabled = userRecord.isEnabled();
        this.group = group;
        this.standing = standing;
        this.via = via;
    }

    public UserRecord getUserRecord() {
        return userRecord;
    }

    public String getRecordKey() {
        return userRecord.getKey();
    }

    public boolean isRecordEnabled() {
        return recordEnabled;
    }

    public String getEnvironment() {
        return userRecord.getEnvironment();
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
        return recordEnabled == o.recordEnabled && getRecordKey().equals(o.getRecordKey()) && Objects.equals(group, o.group)
                && standing == o.standing && Objects.equals(via, o.via);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getRecordKey(), recordEnabled, group, standing, via);
    }
}
