package org.d365policy.features;

import io.cucumber.java.en.Given;

import java.util.List;
import java.util.Map;

/** Steps that describe roles, business units, teams, security groups, application and stub users. */
public class AccessSteps {
    private ScenarioTenant tenant() {
        return World.current().tenant;
    }

    @Given("{word} has a(n) {word} user record in {word} without any role")
    public void userWithoutRoles(String upn, String accessMode, String environment) {
        Map<String, Object> user = tenant().user(environment, upn, "person");
        user.put("accessMode", accessMode);
        user.remove("roles");
    }

    @Given("{word} holds the role {word} in {word}")
    public void holdsRole(String upn, String role, String environment) {
        ScenarioTenant.list(tenant().existingUser(environment, upn), "roles").add(role);
    }

    @Given("{word} holds only the role {word} in {word}")
    public void holdsOnlyRole(String upn, String role, String environment) {
        Map<String, Object> user = tenant().existingUser(environment, upn);
        user.remove("roles");
        ScenarioTenant.list(user, "roles").add(role);
    }

    @Given("{word} holds no role in {word}")
    public void holdsNoRole(String upn, String environment) {
        tenant().existingUser(environment, upn).remove("roles");
    }

    @Given("{word}'s user record in {word} is disabled")
    public void disabled(String upn, String environment) {
        tenant().existingUser(environment, upn).put("enabled", false);
    }

    @Given("{word}'s user record in {word} belongs to the business unit {word}")
    public void userUnit(String upn, String environment, String unit) {
        tenant().existingUser(environment, upn).put("businessUnit", unit);
    }

    @Given("the business unit {word} of {word} lies under {word}")
    public void businessUnit(String unit, String environment, String parent) {
        tenant().businessUnit(environment, unit, parent);
    }

    @Given("the custom role {word} of {word} belongs to the business unit {word}")
    public void customRole(String role, String environment, String unit) {
        tenant().role(environment, role, unit);
    }

    @Given("the predefined role {word} of {word} opens apps but grants no data")
    public void appAccessRole(String role, String environment) {
        Map<String, Object> r = tenant().role(environment, role, ScenarioTenant.ROOT_UNIT);
        r.put("predefined", true);
        r.put("appAccess", true);
    }

    @Given("the team {word} of {word} in the business unit {word} has the role {word}")
    public void teamWithRole(String team, String environment, String unit, String role) {
        ScenarioTenant.list(tenant().team(environment, team, unit), "roles").add(role);
    }

    @Given("{word} is a member of the team {word} in {word}")
    public void teamMember(String upn, String team, String environment) {
        ScenarioTenant.list(tenant().existingTeam(environment, team), "members").add(upn);
    }

    @Given("the team {word} in {word} is the Entra group team of the group {word}")
    public void groupTeam(String team, String environment, String group) {
        tenant().group(group);
        tenant().existingTeam(environment, team).put("group", group);
    }

    @Given("the environment {word} is secured by the group {word}")
    public void securityGroup(String environment, String group) {
        tenant().group(group);
        tenant().environment(environment).put("securityGroup", group);
    }

    @Given("the environment {word} is a Power Apps environment")
    public void powerApps(String environment) {
        tenant().environment(environment).put("type", "power-apps");
    }

    @Given("{word} is a direct member of the group {word}")
    public void groupMember(String upn, String group) {
        ScenarioTenant.list(tenant().group(group), "members").add(upn);
    }

    @Given("the group {word} is nested in the group {word}")
    public void nestedGroup(String nested, String group) {
        tenant().group(nested);
        ScenarioTenant.list(tenant().group(group), "groups").add(nested);
    }

    @Given("{word} is an application user in {word} with the application id {word}")
    public void applicationUser(String upn, String environment, String applicationId) {
        Map<String, Object> user = tenant().user(environment, upn, "application");
        user.put("applicationId", applicationId);
        customRoleFor(environment, user);
    }

    @Given("{word} is an application user in {word} without an application id")
    public void applicationUserWithoutId(String upn, String environment) {
        customRoleFor(environment, tenant().user(environment, upn, "application"));
    }

    /** Application users hold the Background's custom role unless a step says otherwise. */
    private void customRoleFor(String environment, Map<String, Object> user) {
        String custom = tenant().applicationRole();
        List<Object> roles = ScenarioTenant.list(tenant().environment(environment), "roles");
        boolean defined = roles.stream().anyMatch(r -> custom.equals(((Map<?, ?>) r).get("id")));
        if (!defined) tenant().role(environment, custom, ScenarioTenant.ROOT_UNIT);
        ScenarioTenant.list(user, "roles").add(custom);
    }

    @Given("the application user {word} in {word} runs in access mode {word}")
    public void applicationAccessMode(String upn, String environment, String accessMode) {
        tenant().existingUser(environment, upn).put("accessMode", accessMode);
    }

    @Given("a(n) {word} stub user {word} in {word} holds the role {word}")
    public void stubUser(String state, String upn, String environment, String role) {
        Map<String, Object> user = tenant().user(environment, upn, "stub");
        user.put("enabled", state.equals("enabled"));
        ScenarioTenant.list(user, "roles").add(role);
    }
}
