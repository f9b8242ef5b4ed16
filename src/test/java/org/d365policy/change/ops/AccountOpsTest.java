package org.d365policy.change.ops;

import org.d365policy.load.InvalidInputException;
import org.d365policy.model.snapshot.AdminRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountOpsTest {
    @Test
    void createAccountAddsTheAccountWithItsLicensesUnderANewOrdinal() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            AccountOps.createAccount(f.step("{op: createAccount, upn: Nora@contoso.com, licenses: [D365_CE_PLAN], adminRoles: [billing]}"));
            assertThat(f.live.accounts("nora@contoso.com")).singleElement().satisfies(a -> {
                assertThat(a.getLicenses()).containsExactly("D365_CE_PLAN");
                assertThat(a.getAdminRoles()).containsExactly(AdminRole.BILLING);
                assertThat(a.getOrdinal()).isEqualTo(3);
            });
            assertThat(f.judged).containsExactly("account:nora@contoso.com");
            f.assertInStep();
        }
    }

    @Test
    void createAccountOfAUpnThatExistsCannotApplyAndChangesNothing() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            assertThatThrownBy(() -> AccountOps.createAccount(f.step("{op: createAccount, upn: carol@contoso.com}")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("changes[0]")
                    .hasMessageContaining("an account carol@contoso.com exists already");
            assertThat(f.judged).isEmpty();
            assertThat(f.tenant.getAccounts()).hasSize(3);
        }
    }

    @Test
    void deleteAccountFreesItsLicensesTakesItOutOfGroupsAndTeamsAndDisablesItsRecords() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            AccountOps.deleteAccount(f.step("{op: deleteAccount, upn: bob@contoso.com}"));
            assertThat(f.live.accounts("bob@contoso.com")).isEmpty();
            assertThat(f.live.group("d365-prod").getMembers()).containsExactly("alice@contoso.com");
            assertThat(f.live.environment("prod").getTeams().get(0).getMembers()).isEmpty();
            assertThat(f.record("bob@contoso.com").isEnabled()).isFalse();
            assertThat(f.record("bob@contoso.com").getRoles()).containsExactly("salesperson");
            assertThat(f.beforeRecords()).singleElement().satisfies(b -> assertThat(b.isEnabled()).isTrue());
            f.assertInStep();
        }
    }

    @Test
    void removingTheLastLicenseDisablesReadWriteRecordsAndAssigningOneAddsIt() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            AccountOps.removeLicense(f.step("{op: removeLicense, upn: bob@contoso.com, sku: D365_CE_PLAN}"));
            assertThat(f.record("bob@contoso.com").isEnabled()).isFalse();
            f.assertInStep();
        }
        try (OpsFixture f = new OpsFixture()) {
            AccountOps.assignLicense(f.step("{op: assignLicense, upn: carol@contoso.com, sku: D365_CE_PLAN}"));
            assertThat(f.live.accounts("carol@contoso.com").get(0).getLicenses()).containsExactly("D365_CE_PLAN");
            f.assertInStep();
        }
    }

    @Test
    void assignLicenseAlreadyHeldAndRemoveLicenseNotHeldCannotApply() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            assertThatThrownBy(() -> AccountOps.assignLicense(f.step("{op: assignLicense, upn: bob@contoso.com, sku: D365_CE_PLAN}")))
                    .hasMessageContaining("bob@contoso.com already holds D365_CE_PLAN");
            assertThatThrownBy(() -> AccountOps.removeLicense(f.step("{op: removeLicense, upn: carol@contoso.com, sku: D365_CE_PLAN}")))
                    .hasMessageContaining("carol@contoso.com holds no D365_CE_PLAN");
            assertThatThrownBy(() -> AccountOps.assignLicense(f.step("{op: assignLicense, upn: carol@contoso.com, sku: NOPE}")))
                    .hasMessageContaining("there is no subscription NOPE");
            assertThat(f.judged).isEmpty();
        }
    }

    @Test
    void setSeatsAdminRolesAndResetPassword() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            AccountOps.setSeats(f.step("{op: setSeats, sku: D365_CE_PLAN, seats: 3}"));
            assertThat(f.live.subscription("D365_CE_PLAN").getSeats()).isEqualTo(3);
            AccountOps.adminRole(f.step("{op: assignAdminRole, upn: bob@contoso.com, role: password}"));
            AccountOps.adminRole(f.step("{op: removeAdminRole, upn: alice@contoso.com, role: global}"));
            assertThat(f.live.accounts("bob@contoso.com").get(0).getAdminRoles()).containsExactly(AdminRole.PASSWORD);
            assertThat(f.live.accounts("alice@contoso.com").get(0).getAdminRoles()).isEmpty();
            AccountOps.resetPassword(f.step("{op: resetPassword, upn: carol@contoso.com}"));
            assertThat(f.judged).containsExactly("subscription:D365_CE_PLAN", "account:bob@contoso.com", "account:alice@contoso.com",
                    "account:carol@contoso.com");
            f.assertInStep();
            assertThatThrownBy(() -> AccountOps.adminRole(f.step("{op: removeAdminRole, upn: carol@contoso.com, role: billing}")))
                    .hasMessageContaining("carol@contoso.com does not hold the admin role billing");
            assertThatThrownBy(() -> AccountOps.resetPassword(f.step("{op: resetPassword, upn: nobody@contoso.com}")))
                    .hasMessageContaining("there is no account nobody@contoso.com");
        }
    }
}
