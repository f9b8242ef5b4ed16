package org.d365policy.change;

import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.snapshot.Profile;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.report.ReportedFinding;
import org.d365policy.report.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * diff judges the side after only in the parts whose facts differ (SideDifference): one edit of the example
 * that reaches a single kind of part, in parts of one person each, must still find what judging both sides on
 * their own finds. Each edit is one that the generated pairs of DiffByUpdatesPropertyTest reach only now and
 * then: a group's membership (the environments' parts read it with each record), and an application's id
 * (only the part over an environment's records all at once compares them).
 */
class DiffOfAlikePartsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "carol leaves the security group | members: [alice@contoso.com, carol@contoso.com, dave@contoso.com | members: [alice@contoso.com, dave@contoso.com",
            "a second application is registered apart | applicationId: 6F1C2A1E-0D5B-4D8E-9A55-3F7F1E0C2B11 | applicationId: 7a2d3b2f-1e6c-4f9e-8b66-4a8f8f1d3c22"})
    void oneEditFindsWhatBothSidesOnTheirOwnFind(String edit, String from, String to) throws Exception {
        String example = Files.readString(Path.of("examples/contoso.tenant.yaml"));
        String edited = example.replace(from, to);
        assertThat(edited).as(edit).isNotEqualTo(example);
        Tenant before = load(example, "before.yaml");
        Tenant after = load(edited, "after.yaml");
        List<ReportedFinding> found = BeforeAfter.compare(RuleBase.bundled(), before, "before.yaml", settings(before), after,
                "after.yaml", settings(after), null, null, 1);
        List<String> inParts = render(found);
        List<String> onTheirOwn = render(BeforeAfter.separately(RuleBase.bundled(), load(example, "before.yaml"), "before.yaml",
                settings(before), load(edited, "after.yaml"), "after.yaml", settings(after), null, null));
        assertThat(inParts).as(edit).isEqualTo(onTheirOwn);
        assertThat(found).as(edit + ": the edit changes a finding").anyMatch(f -> f.status() != Status.UNCHANGED);
    }

    private static Tenant load(String yaml, String name) throws Exception {
        return new SnapshotLoader().load(yaml.getBytes(StandardCharsets.UTF_8), name);
    }

    private static EvaluationSettings settings(Tenant tenant) {
        return EvaluationSettings.resolve(tenant, (Profile) null, DAY, DAY, null);
    }

    private static List<String> render(List<ReportedFinding> findings) {
        return findings.stream().map(f -> f.status() + " " + f.finding().getRule() + " " + f.finding().getSubject() + " "
                + f.finding().getMessage() + " @" + f.location()).toList();
    }
}
