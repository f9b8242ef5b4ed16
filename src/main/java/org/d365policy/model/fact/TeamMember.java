package org.d365policy.model.fact;

import java.util.Objects;

/** A user (by UPN) who is a member of a team. */
public final class TeamMember {
    private final String environment;
    private final String team;
    private final String upn;

    public TeamMember(String environment, String team, String upn) {
        this.environment = environment;
        this.team = team;
        this.upn = upn;
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

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof TeamMember)) return false;
        TeamMember o = (TeamMember) other;
        return Objects.equals(environment, o.environment) && Objects.equals(team, o.team) && Objects.equals(upn, o.upn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(environment, team, upn);
    }
}
