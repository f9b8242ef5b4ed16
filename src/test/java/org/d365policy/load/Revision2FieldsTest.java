package org.d365policy.load;

import org.junit.jupiter.api.Test;

import org.d365policy.model.snapshot.ProvenanceKind;
import org.d365policy.model.snapshot.Tenant;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The fields tenant-format.md and sources.md added in revision 2 load with their documented defaults. */
class Revision2FieldsTest {
    private static final String SNAPSHOT = """
            tenant: contoso
            provenance:
              kind: import
              generatedAt: 2026-11-30T09:15:00Z
              tool: d365-policy 0.1.0
              sources: [graph, environments/prod]
              approximations: ["invitation issue day taken from modifiedon: 3"]
              leftOut: 2
            subscriptions:
              - {sku: A, seats: 10, warningSeats: 3}
              - {sku: B, seats: 5}
            accounts:
              - {upn: Alice@Contoso.com, enabled: false}
              - {upn: bob@contoso.com}
            groups:
              - {id: sales-group, members: [bob@contoso.com]}
            environments:
              - id: prod
                businessUnits: [{id: root}]
                teams:
                  - {id: sales, businessUnit: root, group: sales-group}
                  - {id: owners, businessUnit: root}
            """;

    private static Tenant load(String yaml) throws InvalidInputException {
        return new SnapshotLoader().load(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml");
    }

    @Test
    void blockedAccountsGroupTeamsGraceSeatsAndProvenanceLoad() throws Exception {
        Tenant tenant = load(SNAPSHOT);

        assertThat(tenant.getAccounts()).extracting(a -> a.getUpn() + "=" + a.isEnabled())
                .containsExactly("alice@contoso.com=false", "bob@contoso.com=true");
        assertThat(tenant.getSubscriptions()).extracting(s -> s.getSku() + "=" + s.getWarningSeats())
                .containsExactly("A=3", "B=0");
        assertThat(tenant.getEnvironments().get(0).getTeams()).extracting(t -> t.getId() + "=" + t.getGroup())
                .containsExactly("sales=sales-group", "owners=null");
        assertThat(tenant.getProvenance().getKind()).isEqualTo(ProvenanceKind.IMPORT);
        assertThat(tenant.getProvenance().getGeneratedAt()).isEqualTo("2026-11-30T09:15:00Z");
        assertThat(tenant.getProvenance().getSources()).containsExactly("graph", "environments/prod");
        assertThat(tenant.getProvenance().getLeftOut()).isEqualTo(2);
    }

    @Test
    void aSnapshotWithoutProvenanceHasNone() throws Exception {
        assertThat(load("tenant: contoso\n").getProvenance()).isNull();
    }
}
