package org.d365policy.change.ops;

import org.d365policy.change.Change;
import org.d365policy.change.ChangeSetLoader;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.FactsInStep;
import org.d365policy.engine.LiveTenant;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.TenantSession;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.InvalidInputException;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.change.BeforeRecord;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A small tenant in a session, for one handler's operations at a time, and what the handlers put before the rules. */
final class OpsFixture implements AutoCloseable {
    static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    static final String TENANT = """
            tenant: contoso
            asOf: 2026-11-22
            subscriptions:
              - {sku: D365_CE_PLAN, seats: 10}
            accounts:
              - {upn: alice@contoso.com, licenses: [D365_CE_PLAN], adminRoles: [global]}
              - {upn: bob@contoso.com, licenses: [D365_CE_PLAN]}
              - {upn: carol@contoso.com}
            invitations:
              - {email: dave@contoso.com, sku: D365_CE_PLAN, issued: 2026-11-20, status: pending}
            groups:
              - {id: d365-prod, members: [alice@contoso.com, bob@contoso.com]}
            environments:
              - id: prod
                type: customer-engagement
                securityGroup: d365-prod
                businessUnits: [{id: contoso}]
                roles:
                  - {id: sysadmin, businessUnit: contoso, template: system-administrator, predefined: true}
                  - {id: salesperson, businessUnit: contoso, template: salesperson, predefined: true}
                teams:
                  - {id: sales-team, businessUnit: contoso, roles: [salesperson], members: [bob@contoso.com]}
                  - {id: prod-team, businessUnit: contoso, group: d365-prod}
                users:
                  - {upn: alice@contoso.com, businessUnit: contoso, roles: [sysadmin]}
                  - {upn: bob@contoso.com, businessUnit: contoso, roles: [salesperson]}
                  - {upn: carol@contoso.com, businessUnit: contoso, enabled: false, roles: [salesperson]}
            """;

    final Tenant tenant;
    final TenantSession session;
    final LiveTenant live;
    final RecordHistory history;
    /** The subject of each step put before the rules, in order. */
    final List<String> judged = new ArrayList<>();
    private int steps;

    OpsFixture() throws Exception {
        tenant = new SnapshotLoader().load(TENANT.getBytes(StandardCharsets.UTF_8), "tenant.yaml");
        session = new TenantSession(RuleBase.bundled(), tenant, EvaluationSettings.resolve(tenant, null, null, DAY, null),
                List.of(), TenantSession.Judges.CHANGES);
        live = new LiveTenant(tenant, session);
        history = new RecordHistory(session);
    }

    /** A step of one operation, written as in a change set: {@code "{op: assignLicense, upn: ..., sku: ...}"}. */
    Step step(String operation) throws InvalidInputException {
        String doc = "actor: alice@contoso.com\nchanges:\n  - " + operation + "\n";
        Change change = new ChangeSetLoader(new DocumentReader()).load(doc.getBytes(StandardCharsets.UTF_8), "changes.yaml")
                .getChanges().get(0);
        return new Step(steps++, change, "changes.yaml", live, history, (s, subject, env, mode, type, seats) -> judged.add(subject));
    }

    UserRecord record(String upn) {
        return live.record("prod", upn);
    }

    List<BeforeRecord> beforeRecords() {
        return session.kieSession().getObjects(o -> o instanceof BeforeRecord).stream().map(o -> (BeforeRecord) o).toList();
    }

    void assertInStep() {
        session.fire();
        FactsInStep.assertInStep(live);
    }

    @Override
    public void close() {
        session.close();
    }
}
