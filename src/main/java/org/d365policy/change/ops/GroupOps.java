package org.d365policy.change.ops;

import org.d365policy.change.Change;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.Subject;
import org.d365policy.model.snapshot.Group;

/** Direct membership of Entra groups: addGroupMember, removeGroupMember. */
public final class GroupOps {
    private GroupOps() {
    }

    public static void addGroupMember(Step s) throws InvalidInputException {
        Change c = s.change();
        Group group = s.group();
        if (group.getMembers().contains(c.getUpn())) throw s.cannot(c.getUpn() + " is a direct member of " + group.getId() + " already");
        s.judge(Subject.account(c.getUpn()));
        s.tenant().addGroupMember(group, c.getUpn());
        PlatformConsequences.enableWhereLicensedAndInGroup(s, c.getUpn());
    }

    public static void removeGroupMember(Step s) throws InvalidInputException {
        Change c = s.change();
        Group group = s.group();
        if (!group.getMembers().contains(c.getUpn())) throw s.cannot(c.getUpn() + " is no direct member of " + group.getId());
        s.judge(Subject.account(c.getUpn()));
        s.tenant().removeGroupMember(group, c.getUpn());
        PlatformConsequences.disableWhereOutsideGroup(s, group, c.getUpn());
    }
}
