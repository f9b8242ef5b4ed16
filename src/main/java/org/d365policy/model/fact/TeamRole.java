package org.d365policy.model.fact;

import java.util.Objects;

/** A role assigned to a team. */
public final class TeamRole {
    private final String environment;
    private final String team;
    private final String role;

    public TeamRole(String environment, String team, String role) {
        this.environment = environment;
        this.team = team;
        this.role = role;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getTeam() {
        return team;
    }

    public String getRole() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof TeamRole)) return false;
        TeamRole o = (TeamRole) other;
        return Objects.equals(environment, o.environment) && Objects.equals(team, o.team) && Objects.equals(role, o.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(environment, team, role);
    }
}
