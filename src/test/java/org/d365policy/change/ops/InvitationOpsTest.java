package org.d365policy.change.ops;

import org.junit.jupiter.api.Test;

import org.d365policy.model.snapshot.InvitationStatus;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationOpsTest {
    @Test
    void inviteReissuesAPendingInvitationAndAddsANewOne() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            InvitationOps.invite(f.step("{op: invite, email: dave@contoso.com, sku: D365_CE_PLAN}"), OpsFixture.DAY);
            InvitationOps.invite(f.step("{op: invite, email: erin@contoso.com, sku: D365_CE_PLAN}"), OpsFixture.DAY);
            assertThat(f.tenant.getInvitations()).hasSize(2).allSatisfy(i -> {
                assertThat(i.getIssued()).isEqualTo(OpsFixture.DAY);
                assertThat(i.getStatus()).isEqualTo(InvitationStatus.PENDING);
            });
            assertThat(f.judged).containsExactly("invitation:dave@contoso.com:D365_CE_PLAN", "invitation:erin@contoso.com:D365_CE_PLAN");
            f.assertInStep();
        }
    }

    @Test
    void revokeSetsThePendingInvitationRevokedAndCannotRevokeItTwice() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            InvitationOps.revokeInvitation(f.step("{op: revokeInvitation, email: dave@contoso.com, sku: D365_CE_PLAN}"));
            assertThat(f.tenant.getInvitations().get(0).getStatus()).isEqualTo(InvitationStatus.REVOKED);
            assertThat(f.tenant.getInvitations().get(0).getIssued()).isEqualTo(LocalDate.of(2026, 11, 20));
            f.assertInStep();
            assertThatThrownBy(() -> InvitationOps.revokeInvitation(f.step("{op: revokeInvitation, email: dave@contoso.com, sku: D365_CE_PLAN}")))
                    .hasMessageContaining("there is no pending invitation to dave@contoso.com for D365_CE_PLAN");
        }
    }
}
