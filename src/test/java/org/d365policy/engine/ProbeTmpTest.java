package org.d365policy.engine;

import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.snapshot.Account;
import org.d365policy.model.snapshot.Tenant;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

class ProbeTmpTest {
    @Test
    void probe() throws Exception {
        String yaml = """
            tenant: contoso
            asOf: 2026-11-22
            subscriptions:
              - {sku: D365_CE_PLAN, seats: 10}
            accounts:
              - {upn: alice@contoso.com, licenses: [D365_CE_PLAN], adminRoles: [global]}
              - {upn: bob@contoso.com}
              - {upn: Bob@contoso.com}
            environments:
              - id: prod
                businessUnits: [{id: contoso}]
            """;
        Tenant tenant = new SnapshotLoader().load(yaml.getBytes(StandardCharsets.UTF_8), "tenant.yaml");
        TenantSession session = new TenantSession(RuleBase.bundled(), tenant,
                EvaluationSettings.resolve(tenant, null, null, LocalDate.of(2026, 11, 22), null), List.of(), TenantSession.Judges.SNAPSHOT);
        LiveTenant live = new LiveTenant(tenant, session);
        System.out.println("PROBE before " + session.findings().stream().map(f -> f.getRule() + " " + f.getSubject() + " " + f.getMessage()).toList());
        Account bob = live.accounts("bob@contoso.com").get(0);
        live.removeAccount(bob);
        session.fire();
        java.lang.reflect.Field fld = TenantSession.class.getDeclaredField("session");
        fld.setAccessible(true);
        org.kie.api.runtime.KieSession ks = (org.kie.api.runtime.KieSession) fld.get(session);
        System.out.println("PROBE accounts " + ks.getObjects(o -> o instanceof Account).stream().map(o -> ((Account) o).getUpn() + "#" + ((Account) o).getOrdinal()).toList());
        System.out.println("PROBE shared " + ks.getObjects(o -> o.getClass().getSimpleName().contains("Shared")).size());
        System.out.println("PROBE after " + session.findings().stream().map(f -> f.getRule() + " " + f.getSubject() + " " + f.getMessage()).toList());
    }
}
