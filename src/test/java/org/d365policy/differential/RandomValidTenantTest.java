package org.d365policy.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.bench.PlainJavaFloor;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.testing.SeededCases;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differential test proves little if its tenants never break a rule: the tenants of the seeds that
 * {@link RulesAgreeWithFloorPropertyTest} runs must make the floor report every snapshot rule, and must
 * be reproducible from their seed.
 */
class RandomValidTenantTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFewHundredTenantsBreakEverySnapshotRule() throws Exception {
        Set<String> fired = new TreeSet<>();
        for (long seed : SeededCases.spread(RulesAgreeWithFloorPropertyTest.SEED_BASE, RulesAgreeWithFloorPropertyTest.TENANTS)) {
            Tenant tenant = new SnapshotLoader().load(JSON.writeValueAsBytes(RandomValidTenant.generate(seed)), "generated.json");
            EvaluationSettings settings = EvaluationSettings.resolve(tenant, null, null, RandomValidTenant.AS_OF, null);
            for (String finding : PlainJavaFloor.evaluate(tenant, settings.toFact())) fired.add(finding.substring(0, finding.indexOf(' ')));
        }
        Set<String> snapshotRules = new TreeSet<>(RuleBase.bundled().catalog().keySet());
        snapshotRules.removeIf(id -> id.startsWith("CHG-") || id.startsWith("WAIVER-"));
        assertThat(fired).isEqualTo(snapshotRules);
    }

    @Test
    void aSeedGivesTheSameTenantEveryTime() {
        assertThat(RandomValidTenant.generate(42)).isEqualTo(RandomValidTenant.generate(42));
        assertThat(RandomValidTenant.generate(42)).isNotEqualTo(RandomValidTenant.generate(43));
    }
}
