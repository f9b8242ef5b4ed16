package org.d365policy.engine;

import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.snapshot.AccessMode;
import org.d365policy.model.snapshot.Account;
import org.d365policy.model.snapshot.AdminRole;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Invitation;
import org.d365policy.model.snapshot.InvitationStatus;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;
import org.d365policy.model.snapshot.UserType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every update keeps the tenant, its lookups and its facts in step, and the rules see the change. */
class LiveTenantTest {
    private static final String TENANT = """
            tenant: contoso
            asOf: 2026-11-22
            subscriptions:
              - {sku: D365_CE_PLAN, seats: 10}
            accounts:
              - {upn: alice@contoso.com, licenses: [D365_CE_PLAN], adminRoles: [global]}
              - {upn: bob@contoso.com}
              - {upn: Bob@contoso.com}
            groups:
              - {id: d365-prod, members: [alice@contoso.com]}
            environments:
              - id: prod
                businessUnits: [{id: contoso}]
                roles: [{id: salesperson, businessUnit: contoso, template: salesperson, predefined: true}]
                teams: [{id: sales-team, businessUnit: contoso}]
                users:
                  - {upn: alice@contoso.com, businessUnit: contoso, roles: [salesperson]}
            """;

    private static LiveTenant live() throws Exception {
        Tenant tenant = new SnapshotLoader().load(TENANT.getBytes(StandardCharsets.UTF_8), "tenant.yaml");
        TenantSession session = new TenantSession(RuleBase.bundled(), tenant,
                EvaluationSettings.resolve(tenant, null, null, LocalDate.of(2026, 11, 22), null), List.of(), TenantSession.Judges.CHANGES);
        return new LiveTenant(tenant, session);
    }

    private static List<String> findings(LiveTenant live) {
        live.session().fire();
        return live.session().findings().stream().map(f -> f.getRule() + " " + f.getSubject()).toList();
    }

    /** Regression: with the bundled rules, LIC-003 stayed after the second account of a UPN was deleted. */
    @Test
    void removingOneOfTwoAccountsThatShareAUpnEndsLic003() throws Exception {
        for (TenantSession.Judges judges : TenantSession.Judges.values()) {
            Tenant tenant = new SnapshotLoader().load(TENANT.getBytes(StandardCharsets.UTF_8), "tenant.yaml");
            LiveTenant live = new LiveTenant(tenant, new TenantSession(RuleBase.bundled(), tenant,
                    EvaluationSettings.resolve(tenant, null, null, LocalDate.of(2026, 11, 22), null), List.of(), judges));
            try (TenantSession ignored = live.session()) {
                assertThat(findings(live)).as(judges.name()).contains("LIC-003 account:bob@contoso.com");
                live.removeAccount(live.accounts("bob@contoso.com").get(0));
                assertThat(findings(live)).as(judges.name()).doesNotContain("LIC-003 account:bob@contoso.com");
                live.addAccount(new Account("Bob@contoso.com", List.of(), List.of(), live.nextAccountOrdinal()));
                assertThat(findings(live)).as(judges.name()).contains("LIC-003 account:bob@contoso.com");
            }
        }
    }

    @Test
    void everyUpdateKeepsTheFactsInStepAndTheRulesFollow() throws Exception {
        LiveTenant live = live();
        try (TenantSession ignored = live.session()) {
            assertThat(findings(live)).contains("LIC-003 account:bob@contoso.com").doesNotContain("LIC-001 user:prod/bob@contoso.com");
            Account bob = live.accounts("bob@contoso.com").get(0);
            Environment prod = live.environment("prod");
            UserRecord record = new UserRecord("prod", prod.getUsers().size(), "bob@contoso.com", UserType.PERSON, null, null,
                    "contoso", List.of("salesperson"), null);
            live.addRecord(prod, record);
            assertThat(findings(live)).contains("LIC-001 user:prod/bob@contoso.com");
            FactsInStep.assertInStep(live);

            live.grantLicense(bob, "D365_CE_PLAN");
            live.grantAdminRole(bob, AdminRole.PASSWORD);
            live.addGroupMember(live.group("d365-prod"), "bob@contoso.com");
            live.addTeamMember(prod, prod.getTeams().get(0), "bob@contoso.com");
            live.setAccessMode(record, AccessMode.READ);
            live.assignRole(record, "salesperson2");
            assertThat(findings(live)).doesNotContain("LIC-001 user:prod/bob@contoso.com");
            FactsInStep.assertInStep(live);

            live.removeRole(record, "salesperson2");
            live.revokeLicense(bob, "D365_CE_PLAN");
            live.revokeAdminRole(bob, AdminRole.PASSWORD);
            live.removeGroupMember(live.group("d365-prod"), "bob@contoso.com");
            live.removeTeamMember(prod, prod.getTeams().get(0), "bob@contoso.com");
            live.setEnabled(record, false);
            assertThat(findings(live)).doesNotContain("LIC-001 user:prod/bob@contoso.com");
            FactsInStep.assertInStep(live);

            live.removeAccount(bob);
            assertThat(live.accounts("bob@contoso.com")).hasSize(1).doesNotContain(bob);
            assertThat(findings(live)).doesNotContain("LIC-003 account:bob@contoso.com");
            Account nora = new Account("nora@contoso.com", List.of("D365_CE_PLAN"), List.of(), live.nextAccountOrdinal());
            live.addAccount(nora);
            assertThat(nora.getOrdinal()).isEqualTo(3);
            assertThat(live.accounts("nora@contoso.com")).containsExactly(nora);
            FactsInStep.assertInStep(live);

            Invitation invitation = new Invitation("dave@contoso.com", "D365_CE_PLAN", LocalDate.of(2026, 11, 1), InvitationStatus.PENDING);
            live.addInvitation(invitation);
            assertThat(live.pendingInvitation("dave@contoso.com", "D365_CE_PLAN")).isSameAs(invitation);
            live.reissue(invitation, LocalDate.of(2026, 11, 22));
            live.setSeats(live.subscription("D365_CE_PLAN"), 1);
            assertThat(findings(live)).contains("LIC-002 subscription:D365_CE_PLAN", "INV-001 invitation:dave@contoso.com:D365_CE_PLAN");
            live.revoke(invitation);
            assertThat(live.pendingInvitation("dave@contoso.com", "D365_CE_PLAN")).isNull();
            assertThat(findings(live)).doesNotContain("INV-001 invitation:dave@contoso.com:D365_CE_PLAN");
            FactsInStep.assertInStep(live);
        }
    }

    /** admins.drl reads the global admin role from the account's own list, so a change to it must reach the rules. */
    @Test
    void aSecondGlobalAdminEndsAdm001AndLosingItBringsItBack() throws Exception {
        LiveTenant live = live();
        try (TenantSession ignored = live.session()) {
            assertThat(findings(live)).contains("ADM-001 tenant:contoso");
            Account bob = live.accounts("bob@contoso.com").get(0);
            live.grantAdminRole(bob, AdminRole.GLOBAL);
            assertThat(findings(live)).doesNotContain("ADM-001 tenant:contoso");
            FactsInStep.assertInStep(live);
            live.revokeAdminRole(bob, AdminRole.GLOBAL);
            assertThat(findings(live)).contains("ADM-001 tenant:contoso");
            FactsInStep.assertInStep(live);
        }
    }
}
