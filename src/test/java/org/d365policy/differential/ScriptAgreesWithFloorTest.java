package org.d365policy.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.d365policy.bench.FloorScript;
import org.d365policy.bench.PlainJavaFloor;
import org.d365policy.bench.TenantGenerator;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.snapshot.Profile;
import org.d365policy.model.snapshot.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The benchmark's plain single-pass script (src/test/python/floor.py) is only a fair comparison if it
 * does the same work: on the example, on generated tenants and on the property test's random tenants
 * it must find exactly the pairs {@link PlainJavaFloor} finds (which the rules are held to elsewhere).
 */
class ScriptAgreesWithFloorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RANDOM_TENANTS = 40;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsPython() {
        String missing = FloorScript.whyUnavailable();
        if (missing != null) System.err.println("ScriptAgreesWithFloorTest skipped: " + missing);
        assumeTrue(missing == null, missing);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void theScriptFindsWhatTheFloorFindsInTheExample(Profile profile) throws Exception {
        Path json = dir.resolve("contoso.json");
        JSON.writeValue(json.toFile(), new YAMLMapper().readTree(Path.of("examples/contoso.tenant.yaml").toFile()));
        assertThat(agree(json, profile, RandomValidTenant.AS_OF)).hasSizeGreaterThan(15);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void theScriptFindsWhatTheFloorFindsInGeneratedTenants(Profile profile) throws Exception {
        for (int users : new int[] {500, 4_000}) {
            Path file = dir.resolve("tenant-" + users + ".json");
            new TenantGenerator(users, users, 1 + users / 1_500).write(file);
            Set<String> found = agree(file, profile, RandomValidTenant.AS_OF);
            assertThat(found.stream().map(f -> f.substring(0, f.indexOf(' '))).distinct()).hasSizeGreaterThanOrEqualTo(9);
        }
    }

    /** The random tenants of the property test cover every field: cases, defaults, nesting, group teams, policy. */
    @Test
    void theScriptFindsWhatTheFloorFindsInRandomTenants() throws Exception {
        for (int i = 0; i < RANDOM_TENANTS; i++) {
            long seed = RulesAgreeWithFloorPropertyTest.SEED_BASE + i;
            Path file = dir.resolve("random-" + i + ".json");
            JSON.writeValue(file.toFile(), RandomValidTenant.generate(seed));
            Profile option = (seed & 3) == 0 ? Profile.CE_V9 : (seed & 3) == 1 ? Profile.DATAVERSE_2025 : null;
            agree(file, option, RandomValidTenant.AS_OF);
        }
    }

    private static Set<String> agree(Path file, Profile profile, LocalDate today) throws Exception {
        Tenant tenant = new SnapshotLoader().load(file);
        EvaluationSettings settings = EvaluationSettings.resolve(tenant, profile, null, today, null);
        Set<String> floor = new TreeSet<>(PlainJavaFloor.evaluate(tenant, settings.toFact()));
        Set<String> script = FloorScript.run(file, profile == null ? null : profile.label(), today);
        assertThat(script).as("floor.py (actual) and PlainJavaFloor (expected) on %s, profile %s:%n%s",
                file.getFileName(), profile, Files.readString(file)).isEqualTo(floor);
        return floor;
    }
}
