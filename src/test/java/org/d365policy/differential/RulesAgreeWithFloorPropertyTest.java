package org.d365policy.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.bench.PlainJavaFloor;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.TenantSession;
import org.d365policy.load.InvalidInputException;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.snapshot.Profile;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.testing.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential testing: on random valid tenants, the rules and {@link PlainJavaFloor}, two independent
 * readings of rules.md, must find exactly the same (rule, subject) pairs for every snapshot rule.
 * Plain JUnit 5 over {@value #TENANTS} seeds derived from {@link #SEED_BASE} (see {@link SeededCases});
 * a disagreement names the seed, and
 * {@code mvn -B -o test -Dtest='RulesAgreeWithFloorPropertyTest' -Dfloor.seed=N -Dfuzz.skip}
 * replays that tenant alone ({@code -Dfloor.count=C} runs another number of tenants; see README,
 * "Differential testing"). There is no shrinking: the failing tenant is replayed as is.
 */
class RulesAgreeWithFloorPropertyTest {
    /** The base seed of the tenants of a run; {@link RandomValidTenantTest} checks the same tenants. */
    static final long SEED_BASE = 0xD365_F100_2026L;
    static final int TENANTS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> theRulesAndTheFloorFindTheSame() {
        return SeededCases.of(RulesAgreeWithFloorPropertyTest.class, "floor", SEED_BASE, TENANTS, RulesAgreeWithFloorPropertyTest::agree);
    }

    private static void agree(long seed) throws Exception {
        Map<String, Object> generated = RandomValidTenant.generate(seed);
        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(generated);
        Tenant tenant;
        try {
            tenant = new SnapshotLoader().load(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "generated.json");
        } catch (InvalidInputException e) {
            throw new AssertionError("seed " + seed + " generated invalid input, a bug of the generator: " + e.getMessage()
                    + "\n" + json, e);
        }
        // No --profile for half the seeds, so that the snapshot's own profile and policy decide.
        Profile option = (seed & 3) == 0 ? Profile.CE_V9 : (seed & 3) == 1 ? Profile.DATAVERSE_2025 : null;
        EvaluationSettings settings = EvaluationSettings.resolve(tenant, option, null, RandomValidTenant.AS_OF, null);
        Set<String> rules;
        try (TenantSession session = new TenantSession(RuleBase.bundled(), tenant, settings)) {
            rules = PlainJavaFloor.sameFormAs(session.findings());
        }
        Set<String> floor = new TreeSet<>(PlainJavaFloor.evaluate(tenant, settings.toFact()));
        assertThat(rules).as("""
                the rules (actual) and the plain Java floor (expected) disagree on seed %d, profile %s;
                the tenant:
                %s""", seed, settings.toFact().getProfile().label(), json).isEqualTo(floor);
    }
}
