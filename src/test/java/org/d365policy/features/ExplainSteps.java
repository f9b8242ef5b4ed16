package org.d365policy.features;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.d365policy.engine.AccessExplainer;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.Link;
import org.d365policy.engine.RecordExplanation;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.TenantSession;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's question "can they get in, and why not?", answered by the explainer behind `explain`. */
public class ExplainSteps {
    private RecordExplanation answer;

    @When("the admin asks whether {word} can use {word}")
    public void ask(String upn, String environment) throws Exception {
        Tenant tenant = World.current().tenant.load();
        List<UserRecord> records = new ArrayList<>();
        for (Environment env : tenant.getEnvironments()) {
            for (UserRecord r : env.getUsers()) {
                if (r.getUpn().equals(upn) && env.getId().equals(environment)) records.add(r);
            }
        }
        assertThat(records).as("the scenario's records of %s in %s", upn, environment).hasSize(1);
        EvaluationSettings settings = EvaluationSettings.resolve(tenant, null, null, LocalDate.of(2026, 11, 22), null);
        try (TenantSession session = new TenantSession(RuleBase.bundled(), tenant, settings)) {
            answer = new AccessExplainer(session, tenant).explain(records).get(0);
        }
    }

    @Then("the answer is that {word} can use {word}")
    public void canUse(String upn, String environment) {
        assertThat(answer.canUse()).as(describe()).isTrue();
    }

    @Then("the answer is that {word} cannot use {word}")
    public void cannotUse(String upn, String environment) {
        assertThat(answer.canUse()).as(describe()).isFalse();
    }

    @Then("the {string} link holds with {string}")
    public void holds(String name, String detail) {
        Link link = link(name);
        assertThat(link.satisfied()).as(describe()).isTrue();
        assertThat(link.detail()).contains(detail);
    }

    @Then("the {string} link is broken because {string}")
    public void broken(String name, String reason) {
        Link link = link(name);
        assertThat(link.satisfied()).as(describe()).isFalse();
        assertThat(link.detail()).contains(reason);
        assertThat(answer.canUse()).isFalse();
    }

    @Then("the answer lists {word}")
    public void lists(String rule) {
        assertThat(answer.findings()).anyMatch(f -> f.getRule().equals(rule));
    }

    private Link link(String name) {
        return answer.chain().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no link " + name + " in " + describe()));
    }

    private String describe() {
        StringBuilder s = new StringBuilder();
        for (Link l : answer.chain()) s.append(l.satisfied() ? "[yes] " : "[NO] ").append(l.name()).append(": ").append(l.detail()).append("; ");
        return s.toString();
    }
}
