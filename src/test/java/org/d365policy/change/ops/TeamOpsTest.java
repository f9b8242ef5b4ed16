package org.d365policy.change.ops;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeamOpsTest {
    @Test
    void addsAndRemovesTeamMembers() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            TeamOps.teamMember(f.step("{op: addTeamMember, environment: prod, team: sales-team, upn: alice@contoso.com}"));
            TeamOps.teamMember(f.step("{op: removeTeamMember, environment: prod, team: sales-team, upn: bob@contoso.com}"));
            assertThat(f.live.environment("prod").getTeams().get(0).getMembers()).containsExactly("alice@contoso.com");
            assertThat(f.judged).containsExactly("team:prod/sales-team", "team:prod/sales-team");
            f.assertInStep();
        }
    }

    @Test
    void aMemberAlreadyAnUnknownTeamOrNoRecordCannotApply() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            assertThatThrownBy(() -> TeamOps.teamMember(f.step("{op: addTeamMember, environment: prod, team: sales-team, upn: bob@contoso.com}")))
                    .hasMessageContaining("bob@contoso.com is a member of sales-team already");
            assertThatThrownBy(() -> TeamOps.teamMember(f.step("{op: addTeamMember, environment: prod, team: exec-team, upn: bob@contoso.com}")))
                    .hasMessageContaining("team exec-team does not exist in prod");
            assertThatThrownBy(() -> TeamOps.teamMember(f.step("{op: addTeamMember, environment: prod, team: sales-team, upn: nora@contoso.com}")))
                    .hasMessageContaining("nora@contoso.com has no user record in prod");
            assertThat(f.judged).isEmpty();
        }
    }

    @Test
    void theMembersOfAGroupTeamsGroupAreMembersOfTheTeam() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            // bob is a direct member of d365-prod, prod-team's group (tenant-format.md revision 2).
            assertThatThrownBy(() -> TeamOps.teamMember(f.step("{op: addTeamMember, environment: prod, team: prod-team, upn: bob@contoso.com}")))
                    .hasMessageContaining("bob@contoso.com is a member of prod-team already, through its group d365-prod");
            assertThatThrownBy(() -> TeamOps.teamMember(f.step("{op: removeTeamMember, environment: prod, team: prod-team, upn: bob@contoso.com}")))
                    .hasMessageContaining("bob@contoso.com is a member of prod-team only through its group d365-prod; removeGroupMember");
            TeamOps.teamMember(f.step("{op: addTeamMember, environment: prod, team: prod-team, upn: carol@contoso.com}"));
            assertThat(f.live.environment("prod").getTeams().get(1).getMembers()).containsExactly("carol@contoso.com");
        }
    }
}
