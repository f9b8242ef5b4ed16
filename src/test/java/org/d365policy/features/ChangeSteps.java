package org.d365policy.features;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.d365policy.change.ChangeSet;
import org.d365policy.change.ChangeSetLoader;
import org.d365policy.change.WhatIf;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.Severity;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.report.Report;
import org.d365policy.report.ReportedFinding;
import org.d365policy.report.Status;
import org.d365policy.report.TenantHeader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin proposes changes; the change set is judged against the scenario's tenant, as what-if does. */
public class ChangeSteps {
    private static final List<Map<String, Object>> NO_CHANGES = List.of();
    private static String actor;
    private static List<Map<String, Object>> changes = NO_CHANGES;
    private static Report report;
    private static InvalidInputException refusal;

    @io.cucumber.java.Before(order = 1)
    public void reset() {
        actor = null;
        changes = new ArrayList<>();
        report = null;
        refusal = null;
    }

    private static Map<String, Object> op(String proposer, String op) {
        assertThat(actor == null || actor.equals(proposer)).as("one actor per change set").isTrue();
        actor = proposer;
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("op", op);
        changes.add(change);
        return change;
    }

    @Given("{word} proposes to create the account {word}")
    public void createAccount(String who, String upn) {
        op(who, "createAccount").put("upn", upn);
    }

    @Given("{word} proposes to create the account {word} holding {word}")
    public void createAccountHolding(String who, String upn, String sku) {
        Map<String, Object> c = op(who, "createAccount");
        c.put("upn", upn);
        c.put("licenses", List.of(sku));
    }

    @Given("{word} proposes to delete the account {word}")
    public void deleteAccount(String who, String upn) {
        op(who, "deleteAccount").put("upn", upn);
    }

    @Given("{word} proposes to assign {word} to {word}")
    public void assignLicense(String who, String sku, String upn) {
        Map<String, Object> c = op(who, "assignLicense");
        c.put("upn", upn);
        c.put("sku", sku);
    }

    @Given("{word} proposes to remove the license {word} from {word}")
    public void removeLicense(String who, String sku, String upn) {
        Map<String, Object> c = op(who, "removeLicense");
        c.put("upn", upn);
        c.put("sku", sku);
    }

    @Given("{word} proposes to set the seats of {word} to {int}")
    public void setSeats(String who, String sku, int seats) {
        Map<String, Object> c = op(who, "setSeats");
        c.put("sku", sku);
        c.put("seats", seats);
    }

    @Given("{word} proposes to invite {word} for {word}")
    public void invite(String who, String email, String sku) {
        Map<String, Object> c = op(who, "invite");
        c.put("email", email);
        c.put("sku", sku);
    }

    @Given("{word} proposes to revoke the invitation of {word} for {word}")
    public void revokeInvitation(String who, String email, String sku) {
        Map<String, Object> c = op(who, "revokeInvitation");
        c.put("email", email);
        c.put("sku", sku);
    }

    @Given("{word} proposes to add the stub user {word} to {word} in the business unit {word} with the role {word}")
    public void addStubUser(String who, String upn, String environment, String unit, String role) {
        Map<String, Object> c = op(who, "addUser");
        c.put("environment", environment);
        c.put("upn", upn);
        c.put("businessUnit", unit);
        c.put("type", "stub");
        c.put("roles", List.of(role));
    }

    @Given("{word} proposes to add {word} to {word} as a(n) {word} user in the business unit {word} with the role {word}")
    public void addUserWithRole(String who, String upn, String environment, String accessMode, String unit, String role) {
        Map<String, Object> c = op(who, "addUser");
        c.put("environment", environment);
        c.put("upn", upn);
        c.put("businessUnit", unit);
        c.put("accessMode", accessMode);
        c.put("roles", List.of(role));
    }

    @Given("{word} proposes to reset the password of {word}")
    public void resetPassword(String who, String upn) {
        op(who, "resetPassword").put("upn", upn);
    }

    @Given("{word} proposes to make {word} a(n) {word} admin")
    public void assignAdminRole(String who, String upn, String role) {
        Map<String, Object> c = op(who, "assignAdminRole");
        c.put("upn", upn);
        c.put("role", role);
    }

    @Given("{word} proposes to add {word} to the group {word}")
    public void addGroupMember(String who, String upn, String group) {
        Map<String, Object> c = op(who, "addGroupMember");
        c.put("group", group);
        c.put("upn", upn);
    }

    @Given("{word} proposes to remove {word} from the group {word}")
    public void removeGroupMember(String who, String upn, String group) {
        Map<String, Object> c = op(who, "removeGroupMember");
        c.put("group", group);
        c.put("upn", upn);
    }

    @Given("{word} proposes to add {word} to {word} as a(n) {word} user")
    public void addUser(String who, String upn, String environment, String accessMode) {
        Map<String, Object> c = op(who, "addUser");
        c.put("environment", environment);
        c.put("upn", upn);
        c.put("businessUnit", ScenarioTenant.ROOT_UNIT);
        c.put("accessMode", accessMode);
        // The record is added as the Background says a person's record is: with its person role.
        String role = World.current().tenant.personRole();
        if (role != null) c.put("roles", List.of(role));
    }

    @Given("{word} proposes to set the access mode of {word} in {word} to {word}")
    public void setAccessMode(String who, String upn, String environment, String accessMode) {
        Map<String, Object> c = op(who, "setAccessMode");
        c.put("environment", environment);
        c.put("upn", upn);
        c.put("accessMode", accessMode);
    }

    @Given("{word} proposes to {word} {word} in {word}")
    public void enablement(String who, String verb, String upn, String environment) {
        Map<String, Object> c = op(who, verb.toLowerCase(Locale.ROOT) + "User");
        c.put("environment", environment);
        c.put("upn", upn);
    }

    @Given("{word} proposes to remove the role {word} from {word} in {word}")
    public void removeRole(String who, String role, String upn, String environment) {
        Map<String, Object> c = op(who, "removeRole");
        c.put("environment", environment);
        c.put("upn", upn);
        c.put("role", role);
    }

    @Given("{word} proposes to give {word} the role {word} in {word}")
    public void assignRole(String who, String upn, String role, String environment) {
        Map<String, Object> c = op(who, "assignRole");
        c.put("environment", environment);
        c.put("upn", upn);
        c.put("role", role);
    }

    @When("the change is judged")
    public void judge() throws Exception {
        Tenant tenant = World.current().tenant.load();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("actor", actor);
        doc.put("changes", changes);
        try {
            ChangeSet set = new ChangeSetLoader(new DocumentReader())
                    .load(new ObjectMapper().writeValueAsBytes(doc), "changes.json");
            EvaluationSettings settings = EvaluationSettings.resolve(tenant, null, null, LocalDate.of(2026, 11, 22), null);
            List<ReportedFinding> findings = WhatIf.run(RuleBase.bundled(), tenant, "scenario.json", set, "changes.json", settings, null);
            report = new Report(Report.Kind.COMPARISON, List.of(new TenantHeader(null, "contoso", settings.asOf(),
                    settings.profile())), findings, Severity.ERROR, false, List.of());
        } catch (InvalidInputException e) {
            refusal = e;
        }
    }

    @Then("{word} is introduced for {string}")
    public void introduced(String rule, String subject) {
        status(rule, Status.INTRODUCED, subject);
    }

    @Then("{word} is resolved for {string}")
    public void resolved(String rule, String subject) {
        status(rule, Status.RESOLVED, subject);
    }

    @Then("{word} is unchanged for {string}")
    public void unchanged(String rule, String subject) {
        status(rule, Status.UNCHANGED, subject);
    }

    private static void status(String rule, Status status, String subject) {
        assertThat(find(rule, subject)).as("%s for %s among %s", rule, subject, describe())
                .isNotNull().extracting(ReportedFinding::status).isEqualTo(status);
    }

    @Then("{word} is not introduced")
    public void notIntroduced(String rule) {
        assertThat(report.findings()).as(describe())
                .noneMatch(f -> f.finding().getRule().equals(rule) && f.status() == Status.INTRODUCED);
    }

    @Then("{word} is not present after the change for {string}")
    public void notPresentAfter(String rule, String subject) {
        ReportedFinding found = find(rule, subject);
        assertThat(found == null || found.status() == Status.RESOLVED).as("%s for %s among %s", rule, subject, describe()).isTrue();
    }

    @Then("the change is refused because {string}")
    public void refused(String text) {
        assertThat(report.failed()).as(describe()).isTrue();
        assertThat(report.findings()).anyMatch(f -> report.fails(f) && f.finding().getMessage().contains(text));
    }

    @Then("the change passes")
    public void passes() {
        assertThat(report.failed()).as(describe()).isFalse();
    }

    @Then("the change set cannot apply because {string}")
    public void cannotApply(String text) {
        assertThat(refusal).as("an invalid change set").isNotNull();
        assertThat(refusal.getMessage()).contains(text);
    }

    private static ReportedFinding find(String rule, String subject) {
        assertThat(refusal).as("the change set applies").isNull();
        return report.findings().stream().filter(f -> f.finding().getRule().equals(rule)
                && f.finding().getSubject().equals(subject)).findFirst().orElse(null);
    }

    private static String describe() {
        if (report == null) return "no report: " + refusal;
        return report.findings().stream().map(f -> f.status().label() + " " + f.finding().getRule() + " " + f.finding().getSubject())
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
