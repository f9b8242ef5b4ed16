package org.d365policy.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.d365policy.bench.PlainJavaFloor;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.TenantSession;
import org.d365policy.load.InvalidInputException;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.snapshot.Profile;
import org.d365policy.model.snapshot.Tenant;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential testing: on random valid tenants, the rules and {@link PlainJavaFloor}, two independent
 * readings of rules.md, must find exactly the same (rule, subject) pairs for every snapshot rule.
 * A disagreement names the seed; {@code mvn test -Dtest='RulesAgreeWithFloorPropertyTest#replayTheSeedGiven' -Dfloor.seed=N}
 * replays that tenant alone (see README, "Differential testing").
 */
class RulesAgreeWithFloorPropertyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void theRulesAndTheFloorFindTheSame(@ForAll long seed) throws Exception {
        agree(seed);
    }

    /** Replays one seed that a failure printed; does nothing unless {@code -Dfloor.seed} is given. */
    @Example
    void replayTheSeedGiven() throws Exception {
        String seed = System.getProperty("floor.seed");
        if (seed != null) agree(Long.parseLong(seed.trim()));
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
                replay it alone with: mvn -B -o test -Dtest='RulesAgreeWithFloorPropertyTest#replayTheSeedGiven' -Dfloor.seed=%d -Dfuzz.skip
                the tenant:
                %s""", seed, settings.toFact().getProfile().label(), seed, json).isEqualTo(floor);
    }
}
