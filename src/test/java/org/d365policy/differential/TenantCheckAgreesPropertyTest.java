package org.d365policy.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.SeatLedger;
import org.d365policy.engine.TenantCheck;
import org.d365policy.engine.TenantSession;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.load.WaiverLoader;
import org.d365policy.model.Finding;
import org.d365policy.model.fact.Waiver;
import org.d365policy.model.snapshot.Profile;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.testing.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * check judges a snapshot in parts ({@link TenantCheck}: the tenant-wide rules, a few people at a time,
 * each environment, whole or a few of its people at a time, the waivers last); one session over the
 * whole snapshot is the reference. On random valid tenants, with waivers in force, expired and unused,
 * for some seeds only some rules judged, and shares of one to six people, both must give the same
 * findings with the same messages, the same waived findings and the same seats.
 * {@code -Dparts.seed=N} replays one tenant (see {@link SeededCases}).
 */
class TenantCheckAgreesPropertyTest {
    private static final long SEED_BASE = 0xD365_0A27_2026L;
    private static final int TENANTS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> judgingInPartsFindsWhatOneSessionFinds() {
        return SeededCases.of(TenantCheckAgreesPropertyTest.class, "parts", SEED_BASE, TENANTS, TenantCheckAgreesPropertyTest::agree);
    }

    /** The example fires every rule, NI-001 and APP-003 among them, which compare different people's records. */
    @Test
    void theExampleJudgedOnePersonToAPartFindsWhatOneSessionFinds() throws Exception {
        Tenant tenant = new SnapshotLoader().load(java.nio.file.Path.of("examples/contoso.tenant.yaml"));
        EvaluationSettings settings = EvaluationSettings.resolve(tenant, null, null, RandomValidTenant.AS_OF, null);
        RuleBase rules = RuleBase.bundled();
        List<String> parts = new ArrayList<>();
        TenantCheck inParts = TenantCheck.judge(rules, tenant, settings, parts::add, 1);
        try (TenantSession whole = new TenantSession(rules, tenant, settings)) {
            assertThat(describe(inParts.findings())).isEqualTo(describe(whole.findings()))
                    .anyMatch(f -> f.contains(" NI-001 ")).anyMatch(f -> f.contains(" APP-003 "));
        }
        assertThat(parts).as("environments judged in shares of one person").anyMatch(p -> p.matches(".+ people 2"));
    }

    @Test
    void aShareOfFewerThanOnePersonIsRefused() throws Exception {
        Tenant tenant = new SnapshotLoader().load(java.nio.file.Path.of("examples/contoso.tenant.yaml"));
        EvaluationSettings settings = EvaluationSettings.resolve(tenant, null, null, RandomValidTenant.AS_OF, null);
        assertThatThrownBy(() -> TenantCheck.judge(RuleBase.bundled(), tenant, settings, part -> { }, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("peoplePerPart");
    }

    private static void agree(long seed) throws Exception {
        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(RandomValidTenant.generate(seed));
        Tenant tenant = new SnapshotLoader().load(json.getBytes(StandardCharsets.UTF_8), "generated.json");
        RuleBase rules = RuleBase.bundled();
        Random random = new Random(seed);
        Profile option = random.nextBoolean() ? null : random.nextBoolean() ? Profile.CE_V9 : Profile.DATAVERSE_2025;
        Set<String> only = null;
        if (random.nextInt(4) == 0) {
            only = new TreeSet<>();
            for (String id : rules.catalog().keySet()) if (random.nextBoolean()) only.add(id);
        }
        EvaluationSettings plain = EvaluationSettings.resolve(tenant, option, null, RandomValidTenant.AS_OF, only);
        List<Finding> found;
        try (TenantSession session = new TenantSession(rules, tenant, plain)) {
            found = session.findings();
        }
        // With no waivers at all in a quarter of the cases: the waivers' part is then not judged.
        EvaluationSettings settings = random.nextInt(4) == 0 ? plain : plain.withWaivers(waivers(found, random, rules));

        // A share of people for every few accounts or records, so that the people's rules, and an environment's
        // beside the part over all its records, are judged in several parts of a small tenant.
        int peoplePerPart = 1 + random.nextInt(6);
        TenantCheck inParts = TenantCheck.judge(rules, tenant, settings, part -> { }, peoplePerPart);
        try (TenantSession whole = new TenantSession(rules, tenant, settings)) {
            String context = "seed " + seed + ", only " + only + ", waivers " + settings.waivers().size()
                    + ", people per part " + peoplePerPart + "; the tenant:\n" + json;
            assertThat(describe(inParts.findings())).as(context).isEqualTo(describe(whole.findings()));
            assertThat(inParts.waivers()).as(context).isEqualTo(whole.waivers());
            assertThat(inParts.seats()).as(context).isEqualTo(SeatLedger.of(whole));
        }
    }

    /** Waivers for a few findings, some in force and some expired, and one for a finding that does not occur. */
    private static List<Waiver> waivers(List<Finding> found, Random random, RuleBase rules) throws Exception {
        StringBuilder yaml = new StringBuilder("waivers:\n");
        List<Finding> shuffled = new ArrayList<>(found);
        java.util.Collections.shuffle(shuffled, random);
        for (Finding f : shuffled.subList(0, Math.min(3, shuffled.size()))) {
            yaml.append(waiver(f.getRule(), f.getSubject(), random.nextInt(3) == 0 ? RandomValidTenant.AS_OF.minusDays(1)
                    : RandomValidTenant.AS_OF.plusDays(30)));
        }
        List<String> ids = new ArrayList<>(rules.catalog().keySet());
        yaml.append(waiver(ids.get(random.nextInt(ids.size())), "nobody-" + random.nextInt(1000) + "@contoso.com",
                RandomValidTenant.AS_OF.plusDays(30)));
        return new WaiverLoader(new DocumentReader()).load(yaml.toString().getBytes(StandardCharsets.UTF_8), "waivers.yaml",
                rules.catalog().keySet());
    }

    private static String waiver(String rule, String subject, java.time.LocalDate expires) {
        return "  - {rule: " + rule + ", subject: " + JSON.valueToTree(subject) + ", reason: accepted, approvedBy: c@contoso.com, expires: "
                + expires + "}\n";
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.getSeverity() + " " + f.getRule() + " " + f.getSubject() + ": " + f.getMessage()).toList();
    }
}
