package org.d365policy.report;

import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.Finding;
import org.d365policy.model.Severity;
import org.d365policy.model.Subject;
import org.d365policy.model.snapshot.Tenant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A context places the findings it was made for, and looks for no other subject; alike with the
 * environments' records placed on a thread of their own (from 0 accounts) and on this one (never).
 */
class FindingContextTest {
    private static final String TENANT = """
            tenant: t
            asOf: 2026-11-22
            accounts:
              - upn: ann@example.com
              - upn: Ann@example.com
              - upn: ben@example.com
            environments:
              - id: emea/prod
                type: customer-engagement
                businessUnits: [{id: root}]
                users:
                  - {upn: ann@example.com, businessUnit: root}
                  - {upn: ben@example.com, businessUnit: root}
              - id: prod
                type: customer-engagement
                businessUnits: [{id: root}]
                users:
                  - {upn: ann@example.com, businessUnit: root}
                teams:
                  - {id: sales, businessUnit: root}
            invitations:
              - {email: Cy@example.com, sku: A, status: pending, issued: 2026-11-20}
            subscriptions:
              - {sku: A, name: A plan, seats: 5, minimumSeats: 1}
            """;

    private static Finding about(String subject) {
        return new Finding("X-001", Severity.WARNING, "t", subject, "m");
    }

    private static Tenant tenant() throws Exception {
        return new SnapshotLoader().load(TENANT.getBytes(StandardCharsets.UTF_8), "t.yaml");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, Integer.MAX_VALUE})
    void placesARecordInAnEnvironmentWhoseIdHoldsASlash(int onTwoThreads) throws Exception {
        Finding record = about(Subject.user("emea/prod", "ann@example.com"));
        Finding other = about(Subject.user("prod", "ann@example.com"));
        FindingContext context = FindingContext.of(tenant(), List.of(record, other), "t.yaml", List.of(), null, Map.of(), Map.of(), onTwoThreads);
        assertEquals(12, context.locate(record).line());
        assertEquals(18, context.locate(other).line());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, Integer.MAX_VALUE})
    void placesAnAccountAtTheFirstOfItsUpn(int onTwoThreads) throws Exception {
        Finding account = about(Subject.account("ann@example.com"));
        FindingContext context = FindingContext.of(tenant(), List.of(account), "t.yaml", List.of(), null, Map.of(), Map.of(), onTwoThreads);
        assertEquals(4, context.locate(account).line());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, Integer.MAX_VALUE})
    void looksForTheSubjectsOfItsFindingsOnly(int onTwoThreads) throws Exception {
        Finding ann = about(Subject.user("emea/prod", "ann@example.com"));
        Finding ben = about(Subject.user("emea/prod", "ben@example.com"));
        FindingContext context = FindingContext.of(tenant(), List.of(ann), "t.yaml", List.of(), null, Map.of(), Map.of(), onTwoThreads);
        assertNull(context.locate(ben));
        assertEquals(12, context.locate(ann).line());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, Integer.MAX_VALUE})
    void placesEveryKindOfSubjectOnEitherThread(int onTwoThreads) throws Exception {
        List<Finding> findings = List.of(about(Subject.tenant("t")), about(Subject.account("ben@example.com")),
                about(Subject.environment("prod")), about(Subject.team("prod", "sales")),
                about(Subject.invitation("cy@example.com", "A")), about(Subject.user("prod", "ann@example.com")));
        FindingContext context = FindingContext.of(tenant(), findings, "t.yaml", List.of(), null, Map.of(), Map.of(), onTwoThreads);
        assertEquals(List.of(1, 6, 14, 20, 22, 18), findings.stream().map(f -> context.locate(f).line()).toList());
    }
}
