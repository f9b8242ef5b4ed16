package org.d365policy.change.ops;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupOpsTest {
    @Test
    void removingAMemberOfTheSecurityGroupDisablesTheirRecordThere() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            GroupOps.removeGroupMember(f.step("{op: removeGroupMember, group: d365-prod, upn: bob@contoso.com}"));
            assertThat(f.live.group("d365-prod").getMembers()).containsExactly("alice@contoso.com");
            assertThat(f.record("bob@contoso.com").isEnabled()).isFalse();
            assertThat(f.judged).containsExactly("account:bob@contoso.com");
            f.assertInStep();
        }
    }

    @Test
    void addingAMemberAddsTheDirectMembership() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            GroupOps.addGroupMember(f.step("{op: addGroupMember, group: d365-prod, upn: carol@contoso.com}"));
            assertThat(f.live.group("d365-prod").getMembers()).contains("carol@contoso.com");
            f.assertInStep();
        }
    }

    @Test
    void aMemberAlreadyOrNoMemberAtAllCannotApply() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            assertThatThrownBy(() -> GroupOps.addGroupMember(f.step("{op: addGroupMember, group: d365-prod, upn: bob@contoso.com}")))
                    .hasMessageContaining("bob@contoso.com is a direct member of d365-prod already");
            assertThatThrownBy(() -> GroupOps.removeGroupMember(f.step("{op: removeGroupMember, group: d365-prod, upn: carol@contoso.com}")))
                    .hasMessageContaining("carol@contoso.com is no direct member of d365-prod");
            assertThatThrownBy(() -> GroupOps.addGroupMember(f.step("{op: addGroupMember, group: d365-test, upn: carol@contoso.com}")))
                    .hasMessageContaining("there is no group d365-test");
            assertThat(f.judged).isEmpty();
        }
    }
}
