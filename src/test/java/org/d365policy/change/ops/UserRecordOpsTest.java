package org.d365policy.change.ops;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.d365policy.model.snapshot.AccessMode;
import org.d365policy.model.snapshot.UserType;

class UserRecordOpsTest {
    @Test
    void addUserAddsARecordWithTheSnapshotsDefaults() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            UserRecordOps.addUser(f.step("{op: addUser, environment: prod, upn: svc@contoso.com, businessUnit: contoso, type: application, "
                    + "accessMode: non-interactive, applicationId: ABC, roles: [salesperson]}"));
            assertThat(f.record("svc@contoso.com")).satisfies(r -> {
                assertThat(r.getType()).isEqualTo(UserType.APPLICATION);
                assertThat(r.isEnabled()).isTrue();
                assertThat(r.getApplicationId()).isEqualTo("abc");
                assertThat(r.getRoles()).containsExactly("salesperson");
            });
            assertThat(f.judged).containsExactly("user:prod/svc@contoso.com");
            f.assertInStep();
        }
    }

    @Test
    void addUserOfAPersonWithoutAccountOrWithARecordAlreadyCannotApply() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            assertThatThrownBy(() -> UserRecordOps.addUser(f.step("{op: addUser, environment: prod, upn: nora@contoso.com, businessUnit: contoso}")))
                    .hasMessageContaining("there is no account nora@contoso.com; a person's user record needs one");
            assertThatThrownBy(() -> UserRecordOps.addUser(f.step("{op: addUser, environment: prod, upn: bob@contoso.com, businessUnit: contoso}")))
                    .hasMessageContaining("bob@contoso.com has a user record in prod already");
            assertThatThrownBy(() -> UserRecordOps.addUser(f.step("{op: addUser, environment: prod, upn: carol@contoso.com, businessUnit: sales}")))
                    .hasMessageContaining("business unit sales does not exist in prod");
            assertThat(f.judged).isEmpty();
        }
    }

    @Test
    void enablingSettingTheModeAndRolesRememberTheRecordAsItWasOnce() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            UserRecordOps.enablement(f.step("{op: enableUser, environment: prod, upn: carol@contoso.com}"));
            UserRecordOps.setAccessMode(f.step("{op: setAccessMode, environment: prod, upn: carol@contoso.com, accessMode: administrative}"));
            UserRecordOps.role(f.step("{op: removeRole, environment: prod, upn: carol@contoso.com, role: salesperson}"));
            UserRecordOps.role(f.step("{op: assignRole, environment: prod, upn: carol@contoso.com, role: sysadmin}"));
            assertThat(f.record("carol@contoso.com")).satisfies(r -> {
                assertThat(r.isEnabled()).isTrue();
                assertThat(r.getAccessMode()).isEqualTo(AccessMode.ADMINISTRATIVE);
                assertThat(r.getRoles()).containsExactly("sysadmin");
            });
            assertThat(f.beforeRecords()).singleElement().satisfies(b -> {
                assertThat(b.isEnabled()).isFalse();
                assertThat(b.isDirectRoles()).isTrue();
            });
            f.assertInStep();
        }
    }

    @Test
    void nothingToChangeCannotApply() throws Exception {
        try (OpsFixture f = new OpsFixture()) {
            assertThatThrownBy(() -> UserRecordOps.enablement(f.step("{op: disableUser, environment: prod, upn: carol@contoso.com}")))
                    .hasMessageContaining("carol@contoso.com is disabled already");
            assertThatThrownBy(() -> UserRecordOps.setAccessMode(f.step("{op: setAccessMode, environment: prod, upn: bob@contoso.com, accessMode: read-write}")))
                    .hasMessageContaining("bob@contoso.com is in access mode read-write already");
            assertThatThrownBy(() -> UserRecordOps.role(f.step("{op: removeRole, environment: prod, upn: bob@contoso.com, role: sysadmin}")))
                    .hasMessageContaining("bob@contoso.com does not hold the role sysadmin directly");
            assertThatThrownBy(() -> UserRecordOps.role(f.step("{op: assignRole, environment: test, upn: bob@contoso.com, role: sysadmin}")))
                    .hasMessageContaining("there is no environment test");
            assertThat(f.judged).isEmpty();
            assertThat(f.beforeRecords()).isEmpty();
        }
    }
}
