package org.d365policy.change;

import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.TenantCheck;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.load.WaiverLoader;
import org.d365policy.model.Finding;
import org.d365policy.model.fact.Waiver;
import org.d365policy.model.snapshot.Profile;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.report.ReportedFinding;
import org.d365policy.testing.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * diff and the gate reach the after side from the before side by fact updates; the findings and
 * statuses must be exactly those of judging each side on its own (changes.md revision 2). Over
 * generated pairs: a few edits or many, renamed environments and groups, environments added and
 * removed, another tenant altogether, both profiles, and pairs whose profiles differ. Plain JUnit 5
 * over {@value #PAIRS} seeds derived from {@link #SEED_BASE} (see {@link SeededCases}); a failure names
 * the seed, the command that replays it
 * ({@code mvn -B -o test -Dtest='DiffByUpdatesPropertyTest' -Ddiff.seed=N -Dfuzz.skip}) and both
 * snapshots. {@code -Ddiff.count=C} runs another number of pairs. No shrinking: a seed is replayed as is.
 */
class DiffByUpdatesPropertyTest {
    static final long SEED_BASE = 0xD365_D1FF_2026L;
    /**
     * 1,000 since diff judges the side after only in the parts where something differs: with 200, a skip that
     * ignored a group membership or an environment's records all at once still passed (2,000 caught both).
     */
    static final int PAIRS = 1000;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @TestFactory
    Stream<DynamicTest> diffByUpdatesFindsWhatJudgingBothSidesOnTheirOwnFinds() {
        return SeededCases.of(DiffByUpdatesPropertyTest.class, "diff", SEED_BASE, PAIRS, DiffByUpdatesPropertyTest::check);
    }

    private static void check(long seed) throws Exception {
        // 0 to 9, as jqwik drew it: the profile of the before side, and for 9 another profile after.
        int profileMix = Math.floorMod(seed, 10);
        TenantPairs pairs = new TenantPairs(seed);
        Map<String, Object> before = pairs.tenant(TenantPairs.PROFILES[profileMix % 2]);
        Map<String, Object> after = pairs.after(before);
        // Now and then the after side names the other profile: the comparison then judges it on its own.
        if (profileMix == 9) after.put("profile", TenantPairs.PROFILES[1 - profileMix % 2]);
        String described = "seed " + seed + "\nbefore: " + new String(TenantPairs.json(before)) + "\nafter: " + new String(TenantPairs.json(after));

        // For a third of the pairs, waivers of findings on either side, one expired, and one of a finding that never occurs.
        List<Waiver> waivers = seed % 3 == 0 ? waivers(load(before, "before.json"), load(after, "after.json"), seed) : List.of();
        // Half the pairs in shares of a few people each, as a large tenant's are.
        int peoplePerPart = seed % 2 == 0 ? 1 + Math.floorMod(seed >> 1, 5) : TenantCheck.PEOPLE_PER_PART;
        List<String> byUpdates = render(BeforeAfter.compare(RuleBase.bundled(), load(before, "before.json"), "before.json",
                settings(load(before, "before.json"), waivers), load(after, "after.json"), "after.json",
                settings(load(after, "after.json"), waivers), null, null, peoplePerPart));
        List<String> onTheirOwn = render(BeforeAfter.separately(RuleBase.bundled(), load(before, "before.json"), "before.json",
                settings(load(before, "before.json"), waivers), load(after, "after.json"), "after.json",
                settings(load(after, "after.json"), waivers), null, null));
        assertThat(byUpdates).as(described + "\nwaivers: " + waivers.size() + ", people per part " + peoplePerPart).isEqualTo(onTheirOwn);
    }

    private static List<Waiver> waivers(Tenant before, Tenant after, long seed) throws Exception {
        List<Finding> found = new ArrayList<>(TenantCheck.judge(RuleBase.bundled(), before, settings(before, List.of())).findings());
        found.addAll(TenantCheck.judge(RuleBase.bundled(), after, settings(after, List.of())).findings());
        Collections.shuffle(found, new Random(seed));
        Set<String> taken = new HashSet<>();
        StringBuilder yaml = new StringBuilder("waivers:\n  - {rule: LIC-001, subject: \"nobody@contoso.com\", reason: r, approvedBy: a, expires: "
                + DAY.plusDays(9) + "}\n");
        for (Finding f : found) {
            if (taken.size() == 3 || !taken.add(f.waiverKey())) continue;
            yaml.append("  - {rule: ").append(f.getRule()).append(", subject: \"").append(f.getSubject())
                    .append("\", reason: r, approvedBy: a, expires: ").append(taken.size() == 2 ? DAY : DAY.plusDays(9)).append("}\n");
        }
        return new WaiverLoader(new DocumentReader()).load(yaml.toString().getBytes(StandardCharsets.UTF_8), "waivers.yaml",
                RuleBase.bundled().catalog().keySet());
    }

    private static Tenant load(Map<String, Object> tenant, String name) throws Exception {
        return new SnapshotLoader().load(TenantPairs.json(tenant), name);
    }

    private static EvaluationSettings settings(Tenant tenant, List<Waiver> waivers) {
        return EvaluationSettings.resolve(tenant, (Profile) null, DAY, DAY, null).withWaivers(waivers);
    }

    private static List<String> render(List<ReportedFinding> findings) {
        return findings.stream().map(f -> f.status() + " " + f.finding().getRule() + " " + f.finding().getSubject() + " "
                + f.finding().getMessage() + " @" + f.location() + " waived: " + f.waiver()).toList();
    }
}
