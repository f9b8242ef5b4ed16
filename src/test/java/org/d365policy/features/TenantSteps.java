package org.d365policy.features;

import io.cucumber.java.en.Given;

import java.util.Map;

/** Steps that describe the tenant, in the words of tenant-format.md. */
public class TenantSteps {
    private ScenarioTenant tenant() {
        return World.current().tenant;
    }

    @Given("the tenant is judged on {word}")
    public void judgedOn(String day) {
        tenant().set("asOf", day);
    }

    @Given("the snapshot names the profile {word}")
    public void snapshotProfile(String profile) {
        tenant().set("profile", profile);
    }

    @Given("the snapshot's policy allows {int} non-interactive users")
    public void nonInteractiveLimit(int limit) {
        tenant().policy("nonInteractiveLimit", limit);
    }

    @Given("the snapshot's policy holds invitations for {int} days")
    public void holdDays(int days) {
        tenant().policy("invitationHoldDays", days);
    }

    @Given("the subscription {word} has {int} seats")
    public void seats(String sku, int seats) {
        tenant().subscription(sku).put("seats", seats);
    }

    @Given("the subscription {word} has {int} seats and an offer minimum of {int}")
    public void seatsAndMinimum(String sku, int seats, int minimum) {
        Map<String, Object> subscription = tenant().subscription(sku);
        subscription.put("seats", seats);
        subscription.put("minimumSeats", minimum);
    }

    @Given("{word} has an account without licenses")
    public void accountWithoutLicense(String upn) {
        tenant().account(upn);
    }

    @Given("{word} has an account holding {word}")
    public void accountHolding(String upn, String sku) {
        tenant().account(upn);
        tenant().license(upn, sku);
    }

    @Given("{word} has a blocked account holding {word}")
    public void blockedAccountHolding(String upn, String sku) {
        tenant().account(upn).put("enabled", false);
        tenant().license(upn, sku);
    }

    @Given("{word} has a blocked account without licenses")
    public void blockedAccountWithoutLicense(String upn) {
        tenant().account(upn).put("enabled", false);
    }

    @Given("{word} has a second account holding {word}")
    public void secondAccount(String upn, String sku) {
        accountHolding(upn, sku);
    }

    @Given("{int} other accounts hold {word}")
    public void otherAccountsHold(int count, String sku) {
        for (int i = 1; i <= count; i++) accountHolding("holder-" + i + "@contoso.com", sku);
    }

    @Given("{word} is a(n) {word} admin")
    public void adminRole(String upn, String role) {
        tenant().adminRole(upn, role);
    }

    @Given("{word} has a(n) {word} user record in {word}")
    public void userRecord(String upn, String accessMode, String environment) {
        tenant().user(environment, upn, "person").put("accessMode", accessMode);
    }

    @Given("{word} has a disabled {word} user record in {word}")
    public void disabledUserRecord(String upn, String accessMode, String environment) {
        Map<String, Object> user = tenant().user(environment, upn, "person");
        user.put("accessMode", accessMode);
        user.put("enabled", false);
    }

    @Given("{word} has another user record in {word}")
    public void secondUserRecord(String upn, String environment) {
        tenant().user(environment, upn, "person");
    }

    @Given("{int} people have {word} user records in {word}")
    public void manyUserRecords(int count, String accessMode, String environment) {
        for (int i = 1; i <= count; i++) userRecord("person-" + i + "@contoso.com", accessMode, environment);
    }

    @Given("{int} people have disabled {word} user records in {word}")
    public void manyDisabledUserRecords(int count, String accessMode, String environment) {
        for (int i = 1; i <= count; i++) disabledUserRecord("disabled-" + i + "@contoso.com", accessMode, environment);
    }

    @Given("{int} application users run non-interactively in {word}")
    public void manyApplicationUsers(int count, String environment) {
        for (int i = 1; i <= count; i++) {
            Map<String, Object> user = tenant().user(environment, "app-" + i + "@contoso.com", "application");
            user.put("applicationId", String.format("00000000-0000-0000-0000-%012d", i));
        }
    }

    @Given("compliance waived {word} for {string} until {word} because {string}")
    public void waiver(String rule, String subject, String expires, String reason) {
        Map<String, Object> w = new java.util.LinkedHashMap<>();
        w.put("rule", rule);
        w.put("subject", subject);
        w.put("reason", reason);
        w.put("approvedBy", "compliance@contoso.com");
        w.put("expires", expires);
        World.current().waivers.add(w);
    }

    @Given("a(n) {word} invitation to {word} for {word} was issued on {word}")
    public void invitation(String status, String email, String sku, String issued) {
        tenant().invitation(email, sku, issued, status);
    }
}
