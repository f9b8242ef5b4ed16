package org.d365policy.features;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;

import java.util.List;

/**
 * The Givens that every feature's Background states, so that a reader sees each value a When or Then
 * depends on: what a subscription, a person's record, an application user and an environment hold
 * unless an example says otherwise. (The evaluation day is TenantSteps' "the tenant is judged on".)
 */
public class DefaultsSteps {
    private ScenarioTenant tenant() {
        return World.current().tenant;
    }

    @Given("every subscription, {word} among them, has {int} seats unless a step says otherwise")
    public void seats(String sku, int seats) {
        tenant().subscription(sku);
        tenant().defaultSeats(seats);
    }

    @Given("a person's user record holds the role {word} unless a step says otherwise")
    public void personRole(String role) {
        tenant().personRole(role);
    }

    @Given("a person's user record holds no role unless a step says otherwise")
    public void noPersonRole() {
        tenant().personRole(null);
    }

    @Given("an application user holds the custom role {word} unless a step says otherwise")
    public void applicationRole(String role) {
        tenant().applicationRole(role);
    }

    @Given("every environment has the business unit {word} with these predefined roles:")
    public void environments(String unit, DataTable roles) {
        if (!unit.equals(ScenarioTenant.ROOT_UNIT)) {
            throw new IllegalArgumentException("the scenarios' root business unit is " + ScenarioTenant.ROOT_UNIT + ", not " + unit);
        }
        List<List<String>> rows = roles.asMaps().stream()
                .map(r -> List.of(r.get("role"), r.get("name"), r.get("template"))).toList();
        tenant().predefinedRoles(rows);
    }
}
