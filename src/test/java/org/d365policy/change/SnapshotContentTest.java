package org.d365policy.change;

import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Tenant;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What diff counts as the same object: everything the snapshot says of it, and nothing else. */
class SnapshotContentTest {
    private static final String TENANT = """
            tenant: fabrikam
            subscriptions:
              - {sku: D365_CE_PLAN, seats: 5}
            accounts:
              - {upn: ann@fabrikam.com, licenses: [D365_CE_PLAN]}
              - {upn: ann@fabrikam.com, licenses: [D365_CE_PLAN]}
              - {upn: ann@fabrikam.com, licenses: [D365_CE_PLAN], enabled: true}
            environments:
              - id: prod
                businessUnits: [{id: root}]
                roles:
                  - {id: sales, businessUnit: root%s}
            %s""";
    private static final String RECORD = """
                users:
                  - {upn: ann@fabrikam.com, businessUnit: root, roles: [sales]}
            """;

    private static Tenant tenant(String roleFields, String users) throws Exception {
        return new SnapshotLoader().load(TENANT.formatted(roleFields, users).getBytes(StandardCharsets.UTF_8), "content.yaml");
    }

    private static Tenant tenant() throws Exception {
        return tenant("", RECORD);
    }

    @Test
    void equalWhereTheSnapshotSaysTheSameWhateverThePlaceInTheFile() throws Exception {
        Tenant t = tenant();
        assertThat(SnapshotContent.of(t.getAccounts().get(0))).isEqualTo(SnapshotContent.of(t.getAccounts().get(1)))
                .hasSameHashCodeAs(SnapshotContent.of(t.getAccounts().get(1)));
    }

    @Test
    void anAbsentFieldIsNotItsDefault() throws Exception {
        Tenant t = tenant();
        assertThat(SnapshotContent.of(t.getAccounts().get(0))).isNotEqualTo(SnapshotContent.of(t.getAccounts().get(2)));
    }

    @Test
    void anEnvironmentIsComparedWithoutItsRecordsButWithEveryFieldOfItsRoles() throws Exception {
        Environment withRecord = tenant().getEnvironments().get(0);
        Environment withoutRecord = tenant("", "").getEnvironments().get(0);
        Environment roleWithAppAccess = tenant(", appAccess: true", "").getEnvironments().get(0);
        assertThat(withRecord.getUsers()).hasSize(1);
        assertThat(SnapshotContent.of(withRecord)).isEqualTo(SnapshotContent.of(withoutRecord));
        assertThat(SnapshotContent.of(roleWithAppAccess)).isNotEqualTo(SnapshotContent.of(withoutRecord));
    }

    @Test
    void sameSaysWhatComparingContentsSays() throws Exception {
        Tenant t = tenant();
        Environment withRecord = t.getEnvironments().get(0);
        Environment roleWithAppAccess = tenant(", appAccess: true", "").getEnvironments().get(0);
        assertThat(SnapshotContent.same(t.getAccounts().get(0), t.getAccounts().get(1))).isTrue();
        assertThat(SnapshotContent.same(t.getAccounts().get(0), t.getAccounts().get(2))).isFalse();
        assertThat(SnapshotContent.same(withRecord, tenant("", "").getEnvironments().get(0))).isTrue();
        assertThat(SnapshotContent.same(withRecord, roleWithAppAccess)).isFalse();
        assertThat(SnapshotContent.same(t.getAccounts().get(0), t.getSubscriptions().get(0))).isFalse();
    }
}
