package org.d365policy.model.derived;

import java.util.Objects;

/**
 * Derived by rules: a UPN that is a member of an Entra group team because it is a direct member of the
 * team's group (nested groups are not followed). Members listed in the team itself are {@link TeamMember}s.
 */
public final class GroupTeamMember {
    private final String environment;
    private final String team;
    private final String upn;
    private final String group;

    public GroupTeamMember(String environment, String team, String upn, String group) {
        this.environment = environment;
        this.team = team;
        this.upn = upn;
        this.group = group;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getTeam() {
        return team;
    }

    public String getUpn() {
        return upn;
    }

    public String getGroup() {
        return group;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupTeamMember o && environment.equals(o.environment) && team.equals(o.team)
                && upn.equals(o.upn) && group.equals(o.group);
    }

    @Override
    public int hashCode() {
        return Objects.hash(environment, team, upn, group);
    }
}
