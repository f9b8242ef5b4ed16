package org.d365policy.change.ops;

import org.d365policy.change.Change;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.Subject;
import org.d365policy.model.change.Operation;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Group;
import org.d365policy.model.snapshot.Team;

import java.util.List;

/** Team membership inside an environment: addTeamMember, removeTeamMember. */
public final class TeamOps {
    private TeamOps() {
    }

    public static void teamMember(Step s) throws InvalidInputException {
        Change c = s.change();
        Environment env = s.environment();
        Team team = env.getTeams().stream().filter(t -> t.getId().equals(c.getTeam())).findFirst()
                .orElseThrow(() -> s.cannot("team " + c.getTeam() + " does not exist in " + env.getId()));
        s.record(env);
        boolean add = c.getOp() == Operation.ADD_TEAM_MEMBER;
        boolean listed = team.getMembers().contains(c.getUpn());
        // An Entra group team's members include its group's direct members (tenant-format.md revision 2).
        Group group = team.getGroup() == null ? null : s.tenant().group(team.getGroup());
        boolean throughGroup = group != null && group.getMembers().contains(c.getUpn());
        if (add && listed) throw s.cannot(c.getUpn() + " is a member of " + team.getId() + " already");
        if (add && throughGroup) {
            throw s.cannot(c.getUpn() + " is a member of " + team.getId() + " already, through its group " + group.getId());
        }
        if (!add && !listed && throughGroup) {
            throw s.cannot(c.getUpn() + " is a member of " + team.getId() + " only through its group " + group.getId()
                    + "; removeGroupMember takes them out of the team");
        }
        if (!add && !listed) throw s.cannot(c.getUpn() + " is no member of " + team.getId());
        s.judge(Subject.team(env.getId(), team.getId()), env.getId(), null, null, List.of());
        if (add) s.tenant().addTeamMember(env, team, c.getUpn());
        else s.tenant().removeTeamMember(env, team, c.getUpn());
    }
}
