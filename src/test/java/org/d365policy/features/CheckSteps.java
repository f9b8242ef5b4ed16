package org.d365policy.features;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.TenantSession;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.WaiverLoader;
import org.d365policy.model.Finding;
import org.d365policy.model.fact.Waiver;
import org.d365policy.model.snapshot.Profile;
import org.d365policy.model.snapshot.Tenant;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Judging the scenario's tenant and reading the findings; the rules come from the shared bundled rule base. */
public class CheckSteps {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private World world() {
        return World.current();
    }

    @When("the tenant is checked")
    public void check() throws Exception {
        check(null);
    }

    @When("the tenant is checked under the profile {word}")
    public void checkUnder(String profile) throws Exception {
        check(Profile.byLabel(profile));
    }

    @When("the tenant is checked judging only {word}")
    public void checkOnly(String rule) throws Exception {
        check(null, Set.of(rule));
    }

    private void check(Profile profile) throws Exception {
        check(profile, null);
    }

    private void check(Profile profile, Set<String> only) throws Exception {
        Tenant tenant = world().tenant.load();
        RuleBase rules = RuleBase.bundled();
        byte[] waiverFile = new ObjectMapper().writeValueAsBytes(Map.of("waivers", world().waivers));
        List<Waiver> waivers = new WaiverLoader(new DocumentReader()).load(waiverFile, "waivers.json", rules.catalog().keySet());
        EvaluationSettings settings = EvaluationSettings.resolve(tenant, profile, null, TODAY, only).withWaivers(waivers);
        try (TenantSession session = new TenantSession(rules, tenant, settings)) {
            world().findings = session.findings();
            world().waived = session.waivers();
        }
    }

    @Then("{word} is reported as waived for {string} because {string}")
    public void waived(String rule, String subject, String reason) {
        reported(rule, subject);
        assertThat(world().waived.get(rule + "\n" + subject.toLowerCase(java.util.Locale.ROOT))).isEqualTo(reason);
    }

    @Then("{word} is reported but not waived for {string}")
    public void notWaived(String rule, String subject) {
        reported(rule, subject);
        assertThat(world().waived).doesNotContainKey(rule + "\n" + subject.toLowerCase(java.util.Locale.ROOT));
    }

    @Then("{word} is reported for {string}")
    public void reported(String rule, String subject) {
        Finding finding = find(rule, subject);
        assertThat(finding).as("%s for %s among %s", rule, subject, describe()).isNotNull();
        world().lastFinding = finding;
    }

    @Then("{word} is not reported for {string}")
    public void notReported(String rule, String subject) {
        assertThat(find(rule, subject)).as("%s for %s among %s", rule, subject, describe()).isNull();
    }

    @Then("{word} is not reported")
    public void notReportedAtAll(String rule) {
        assertThat(world().findings).as("findings").noneMatch(f -> f.getRule().equals(rule));
    }

    @Then("the finding says {string}")
    public void findingSays(String text) {
        assertThat(world().lastFinding.getMessage()).contains(text);
    }

    private Finding find(String rule, String subject) {
        return world().findings.stream().filter(f -> f.getRule().equals(rule) && f.getSubject().equals(subject))
                .findFirst().orElse(null);
    }

    private String describe() {
        return world().findings.stream().map(f -> f.getRule() + " " + f.getSubject()).collect(Collectors.joining(", ", "[", "]"));
    }
}
