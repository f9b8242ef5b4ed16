package org.d365policy.change.ops;

import org.d365policy.engine.LiveTenant;
import org.d365policy.model.snapshot.AccessMode;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Group;
import org.d365policy.model.snapshot.UserRecord;
import org.d365policy.model.snapshot.UserType;

/**
 * What the platform itself does after an operation (changes.md): taking away someone's last
 * license or their membership of an environment's security group disables their person records;
 * deleting their account disables all of them. And the other way (revision 2): assigning a license
 * or adding someone to a group enables their disabled records where both now hold.
 */
final class PlatformConsequences {
    private PlatformConsequences() {
    }

    /** After deleteAccount: every enabled person record of the UPN is disabled (roles kept). */
    static void disableEveryRecord(Step s, String upn) {
        for (UserRecord record : s.tenant().records(upn)) {
            if (record.getType() == UserType.PERSON && record.isEnabled()) disable(s, record);
        }
    }

    /** After removeLicense: with no license left, the enabled read-write and read person records are disabled. */
    static void disableWhereUnlicensed(Step s, String upn) {
        boolean anyLeft = s.tenant().accounts(upn).stream().anyMatch(a -> !a.getLicenses().isEmpty());
        if (anyLeft) return;
        for (UserRecord record : s.tenant().records(upn)) {
            if (record.getType() == UserType.PERSON && record.isEnabled()
                    && (record.getAccessMode() == AccessMode.READ_WRITE || record.getAccessMode() == AccessMode.READ)) {
                disable(s, record);
            }
        }
    }

    /** After removeGroupMember: the person's enabled records where that group is the security group are disabled. */
    static void disableWhereOutsideGroup(Step s, Group group, String upn) {
        LiveTenant tenant = s.tenant();
        for (UserRecord record : tenant.records(upn)) {
            Environment env = tenant.environment(record.getEnvironment());
            if (group.getId().equals(env.getSecurityGroup()) && record.getType() == UserType.PERSON && record.isEnabled()) {
                disable(s, record);
            }
        }
    }

    /**
     * After assignLicense or addGroupMember: every disabled person record of the UPN becomes enabled
     * where the account holds a license and the environment has no security group or the person is
     * a direct member of it; except records that {@code disableUser} disabled in this change set.
     */
    static void enableWhereLicensedAndInGroup(Step s, String upn) {
        LiveTenant tenant = s.tenant();
        boolean licensed = tenant.accounts(upn).stream().anyMatch(a -> !a.getLicenses().isEmpty());
        if (!licensed) return;
        for (UserRecord record : tenant.records(upn)) {
            if (record.getType() != UserType.PERSON || record.isEnabled() || s.disabledByHand(record)) continue;
            String securityGroup = tenant.environment(record.getEnvironment()).getSecurityGroup();
            Group group = securityGroup == null ? null : tenant.group(securityGroup);
            if (securityGroup == null || group != null && group.getMembers().contains(upn)) {
                s.touch(record);
                tenant.setEnabled(record, true);
            }
        }
    }

    private static void disable(Step s, UserRecord record) {
        s.touch(record);
        s.disabling(record);
        s.tenant().setEnabled(record, false);
    }
}
