package org.d365policy.change;

import org.d365policy.cli.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** A change set that cannot be read, or an operation that cannot apply: exit 2, naming the place and why. */
class InvalidChangeSetTest {
    private static final String ADMIN = "actor: alice@contoso.com\nchanges:\n";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("missing actor", "changes: []\n", "actor", "missing required field"),
                arguments("missing changes", "actor: alice@contoso.com\n", "changes", "missing required field"),
                arguments("actor is no account", "actor: nobody@contoso.com\nchanges: []\n", "actor", "is no account of the tenant"),
                arguments("unknown op", ADMIN + "  - op: renameUser\n    upn: bob@contoso.com\n", "changes[0].op",
                        "expected one of createAccount, deleteAccount"),
                arguments("op missing", ADMIN + "  - upn: bob@contoso.com\n", "changes[0].op", "missing required field"),
                arguments("unknown field", ADMIN + "  - op: resetPassword\n    upm: bob@contoso.com\n", "changes[0].upm", "unknown field"),
                arguments("field of another op", ADMIN + "  - op: setSeats\n    sku: D365_CE_PLAN\n    seats: 9\n    upn: bob@contoso.com\n",
                        "changes[0].upn", "is not used by setSeats"),
                arguments("required field of the op", ADMIN + "  - op: assignLicense\n    upn: bob@contoso.com\n", "changes[0].sku",
                        "missing required field of assignLicense"),
                arguments("YAML anchor", ADMIN + "  - {op: assignLicense, upn: &bob bob@contoso.com, sku: D365_SALES_PRO}\n",
                        "changes[0].upn", "the YAML anchor &bob is not allowed"),
                arguments("YAML alias", ADMIN + "  - {op: resetPassword, upn: *bob}\n", "changes[0].upn", "the YAML alias *bob is not allowed"),
                arguments("empty required value", ADMIN + "  - op: assignLicense\n    upn: bob@contoso.com\n    sku:\n", "changes[0].sku",
                        "missing required field of assignLicense"),
                arguments("5.0 seats", ADMIN + "  - {op: setSeats, sku: D365_CE_PLAN, seats: 5.0}\n", "changes[0].seats",
                        "expected a whole number"),
                arguments("a plain value of 100,001 characters", ADMIN + "  - {op: resetPassword, upn: " + "b".repeat(100_001) + "}\n",
                        "line 3", "more than 100000 characters without a blank"),
                arguments("nesting deeper than 64 levels", ADMIN + "  - {op: resetPassword, upn: " + "[".repeat(70) + "\n",
                        "changes[0].upn", "expected text, found a list"),
                arguments("negative seats", ADMIN + "  - {op: setSeats, sku: D365_CE_PLAN, seats: -2}\n", "changes[0].seats", "at least 0"),
                arguments("unknown admin role", ADMIN + "  - {op: assignAdminRole, upn: bob@contoso.com, role: root}\n", "changes[0].role",
                        "expected one of global"),
                arguments("unknown access mode", ADMIN + "  - {op: setAccessMode, environment: prod, upn: bob@contoso.com, accessMode: rw}\n",
                        "changes[0].accessMode", "expected one of read-write"),
                arguments("duplicate key", ADMIN + "  - {op: resetPassword, upn: a@b.c, upn: b@c.d}\n", "changes[0].upn", "given twice"),
                arguments("createAccount for an existing account", ADMIN + "  - {op: createAccount, upn: Bob@contoso.com}\n",
                        "changes[0]", "createAccount cannot apply: an account bob@contoso.com exists already"),
                arguments("createAccount with an unknown license", ADMIN + "  - {op: createAccount, upn: nora@contoso.com, licenses: [X]}\n",
                        "changes[0]", "there is no subscription X"),
                arguments("deleteAccount of nobody", ADMIN + "  - {op: deleteAccount, upn: nobody@contoso.com}\n", "changes[0]",
                        "there is no account nobody@contoso.com"),
                arguments("assignLicense already held", ADMIN + "  - {op: assignLicense, upn: bob@contoso.com, sku: D365_CE_PLAN}\n",
                        "changes[0]", "already holds D365_CE_PLAN"),
                arguments("removeLicense not held", ADMIN + "  - {op: removeLicense, upn: carol@contoso.com, sku: D365_CE_PLAN}\n",
                        "changes[0]", "holds no D365_CE_PLAN"),
                arguments("setSeats of no subscription", ADMIN + "  - {op: setSeats, sku: X, seats: 3}\n", "changes[0]", "no subscription X"),
                arguments("invite for no subscription", ADMIN + "  - {op: invite, email: n@contoso.com, sku: X}\n", "changes[0]", "no subscription X"),
                arguments("revoke with nothing pending", ADMIN + "  - {op: revokeInvitation, email: bob@contoso.com, sku: D365_CE_PLAN}\n",
                        "changes[0]", "no pending invitation to bob@contoso.com"),
                arguments("assignAdminRole already held", ADMIN + "  - {op: assignAdminRole, upn: alice@contoso.com, role: global}\n",
                        "changes[0]", "already holds the admin role global"),
                arguments("removeAdminRole not held", ADMIN + "  - {op: removeAdminRole, upn: bob@contoso.com, role: billing}\n",
                        "changes[0]", "does not hold the admin role billing"),
                arguments("addGroupMember already a member", ADMIN + "  - {op: addGroupMember, group: d365-prod, upn: alice@contoso.com}\n",
                        "changes[0]", "is a direct member of d365-prod already"),
                arguments("addGroupMember to no group", ADMIN + "  - {op: addGroupMember, group: nope, upn: bob@contoso.com}\n",
                        "changes[0]", "there is no group nope"),
                arguments("removeGroupMember of a nested member", ADMIN + "  - {op: removeGroupMember, group: d365-prod, upn: bob@contoso.com}\n",
                        "changes[0]", "is no direct member of d365-prod"),
                arguments("resetPassword of nobody", ADMIN + "  - {op: resetPassword, upn: nobody@contoso.com}\n", "changes[0]",
                        "there is no account"),
                arguments("addUser twice", ADMIN + "  - {op: addUser, environment: prod, upn: bob@contoso.com, businessUnit: sales}\n",
                        "changes[0]", "has a user record in prod already"),
                arguments("addUser to no environment", ADMIN + "  - {op: addUser, environment: test, upn: bob@contoso.com, businessUnit: sales}\n",
                        "changes[0]", "there is no environment test"),
                arguments("addUser to no business unit", ADMIN + "  - {op: addUser, environment: sandbox, upn: bob@contoso.com, businessUnit: sales}\n",
                        "changes[0]", "business unit sales does not exist in sandbox"),
                arguments("addUser with no such role", ADMIN + "  - {op: addUser, environment: sandbox, upn: bob@contoso.com, "
                        + "businessUnit: contoso-sandbox, roles: [salesperson]}\n", "changes[0]", "role salesperson does not exist in sandbox"),
                arguments("addUser of a person without account", ADMIN + "  - {op: addUser, environment: prod, upn: nora@contoso.com, businessUnit: sales}\n",
                        "changes[0]", "there is no account nora@contoso.com"),
                arguments("addUser with a mode the type does not allow", ADMIN + "  - {op: addUser, environment: prod, upn: x@contoso.com, "
                        + "businessUnit: sales, type: support, accessMode: read}\n", "changes[0]", "not allowed for a support user"),
                arguments("setAccessMode to the same mode", ADMIN + "  - {op: setAccessMode, environment: prod, upn: bob@contoso.com, accessMode: read-write}\n",
                        "changes[0]", "is in access mode read-write already"),
                arguments("setAccessMode of no record", ADMIN + "  - {op: setAccessMode, environment: sandbox, upn: bob@contoso.com, accessMode: read}\n",
                        "changes[0]", "bob@contoso.com has no user record in sandbox"),
                arguments("enableUser of an enabled user", ADMIN + "  - {op: enableUser, environment: prod, upn: bob@contoso.com}\n",
                        "changes[0]", "is enabled already"),
                arguments("disableUser of a disabled user", ADMIN + "  - {op: disableUser, environment: prod, upn: frank@contoso.com}\n",
                        "changes[0]", "is disabled already"),
                arguments("assignRole already held", ADMIN + "  - {op: assignRole, environment: prod, upn: bob@contoso.com, role: salesperson}\n",
                        "changes[0]", "holds the role salesperson already"),
                arguments("removeRole held only through a team", ADMIN + "  - {op: removeRole, environment: prod, upn: kim@contoso.com, role: salesperson}\n",
                        "changes[0]", "does not hold the role salesperson directly"),
                arguments("addTeamMember already a member", ADMIN + "  - {op: addTeamMember, environment: prod, team: sales-team, upn: bob@contoso.com}\n",
                        "changes[0]", "is a member of sales-team already"),
                arguments("removeTeamMember not a member", ADMIN + "  - {op: removeTeamMember, environment: prod, team: sales-team, upn: lee@contoso.com}\n",
                        "changes[0]", "is no member of sales-team"),
                arguments("addTeamMember to no team", ADMIN + "  - {op: addTeamMember, environment: prod, team: nope, upn: lee@contoso.com}\n",
                        "changes[0]", "team nope does not exist in prod"),
                arguments("a later operation fails on the state the earlier ones made", ADMIN
                        + "  - {op: removeLicense, upn: bob@contoso.com, sku: D365_CE_PLAN}\n"
                        + "  - {op: removeLicense, upn: bob@contoso.com, sku: D365_CE_PLAN}\n", "changes[1]", "holds no D365_CE_PLAN"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exits2NamingThePlace(String name, String content, String place, String expected) throws Exception {
        Path file = dir.resolve("change.yaml");
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("what-if", "examples/contoso.tenant.yaml", file.toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).as(run.toString()).contains(file.toString()).contains(place).contains(expected)
                .doesNotContain("\tat ");
        assertThat(run.err.trim().lines().count()).isEqualTo(1);
    }
}
