package org.d365policy.model.fact;

import org.d365policy.model.snapshot.UserRecord;
import org.d365policy.model.snapshot.UserType;

/**
 * Someone asks why a user record can or cannot get in. Facts that only an explanation shows (that a
 * person is a direct member of the security group, that no group is set) are derived for these
 * records alone, since no finding needs them for every record.
 */
public final class Explaining {
    private final UserRecord userRecord;

    public Explaining(UserRecord userRecord) {
        this.userRecord = userRecord;
    }

    public UserRecord getUserRecord() {
        return userRecord;
    }

    public String getRecordKey() {
        return userRecord.getKey();
    }

    public String getEnvironment() {
        return userRecord.getEnvironment();
    }

    public UserType getType() {
        return userRecord.getType();
    }
}
