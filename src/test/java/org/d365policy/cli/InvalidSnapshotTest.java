package org.d365policy.cli;

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

/**
 * Every "Invalid input" case of tenant-format.md: exit 2, one message naming the file, the place
 * (line and path) and what was expected, nothing on standard output and no stack trace.
 */
class InvalidSnapshotTest {
    private static final String ENV = "environments:\n  - id: prod\n    businessUnits:\n      - id: root\n";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, file name, content, expected place (path, or null), expected line (0: any), expected words
                arguments("YAML syntax", "t.yaml", "tenant: 'contoso\n", null, 2, "not valid YAML"),
                arguments("JSON syntax", "t.json", "{\"tenant\": }", null, 1, "not valid JSON"),
                arguments("truncated JSON", "t.json", "{\"tenant\": \"contoso\", \"accounts\": [", null, 0, "ends in the middle"),
                arguments("empty file", "t.yaml", "", null, 0, "the file is empty; expected a map"),
                arguments("only comments", "t.yaml", "# nothing here\n", null, 0, "the file is empty"),
                arguments("not a map", "t.yaml", "- tenant: contoso\n", null, 1, "the document is a list; expected a map"),
                arguments("scalar document", "t.json", "\"contoso\"", null, 1, "the document is text; expected a map"),
                arguments("duplicate key", "t.yaml", "tenant: a\ntenant: b\n", "tenant", 2, "given twice"),
                arguments("duplicate key in JSON", "t.json", "{\"tenant\":\"a\",\"tenant\":\"b\"}", "tenant", 1, "given twice"),
                arguments("duplicate list item", "t.yaml", "tenant: c\nsubscriptions: [{sku: A, seats: 1}]\n"
                        + "accounts:\n  - upn: a@c.com\n    licenses: [A, A]\n", "accounts[0].licenses[1]", 4, "given twice"),
                arguments("duplicate member by letter case", "t.yaml", "tenant: c\ngroups:\n  - id: g\n"
                        + "    members: [a@c.com, A@C.com]\n", "groups[0].members[1]", 3, "given twice"),
                arguments("missing tenant", "t.yaml", "subscriptions: []\n", "tenant", 1, "missing required field"),
                arguments("missing seats", "t.yaml", "tenant: c\nsubscriptions:\n  - sku: A\n", "subscriptions[0].seats", 3,
                        "missing required field"),
                arguments("missing business unit of a user", "t.yaml", "tenant: c\n" + ENV + "    users:\n      - upn: a@c.com\n",
                        "environments[0].users[0].businessUnit", 7, "missing required field"),
                arguments("empty business units", "t.yaml", "tenant: c\nenvironments:\n  - id: prod\n    businessUnits: []\n",
                        "environments[0].businessUnits", 3, "at least one business unit"),
                arguments("wrong type: text for a number", "t.yaml", "tenant: c\nsubscriptions:\n  - sku: A\n    seats: five\n",
                        "subscriptions[0].seats", 4, "expected a whole number"),
                arguments("wrong type: quoted number", "t.yaml", "tenant: c\nsubscriptions:\n  - sku: A\n    seats: \"5\"\n",
                        "subscriptions[0].seats", 4, "expected a whole number"),
                arguments("wrong type: fraction", "t.yaml", "tenant: c\nsubscriptions:\n  - sku: A\n    seats: 2.5\n",
                        "subscriptions[0].seats", 4, "expected a whole number"),
                arguments("wrong type: number for text", "t.yaml", "tenant: 2026\n", "tenant", 1, "expected text"),
                arguments("YAML 1.1 number: underscores", "t.yaml", "tenant: c\nsubscriptions:\n  - sku: A\n    seats: 1_000\n",
                        "subscriptions[0].seats", 4, "expected a whole number, found text \"1_000\""),
                arguments("YAML 1.1 number: binary", "t.yaml", "tenant: c\nsubscriptions:\n  - sku: A\n    seats: 0b101\n",
                        "subscriptions[0].seats", 4, "expected a whole number"),
                arguments("YAML tag", "t.yaml", "tenant: c\nsubscriptions:\n  - sku: !!binary QQ==\n    seats: 1\n",
                        "subscriptions[0].sku", 3, "the YAML tag !!binary is not allowed"),
                arguments("YAML local tag", "t.yaml", "tenant: !custom c\n", "tenant", 1, "the YAML tag !custom is not allowed"),
                arguments("wrong type: yes is not a boolean", "t.yaml", "tenant: c\n" + ENV
                        + "    users:\n      - upn: a@c.com\n        businessUnit: root\n        enabled: yes\n",
                        "environments[0].users[0].enabled", 9, "expected true or false"),
                arguments("wrong type: scalar for a list", "t.yaml", "tenant: c\nsubscriptions: [{sku: A, seats: 1}]\n"
                        + "accounts:\n  - upn: a@c.com\n    licenses: A\n", "accounts[0].licenses", 5, "expected a list"),
                arguments("wrong type: map for a list item", "t.yaml", "tenant: c\naccounts:\n  - upn: {x: 1}\n",
                        "accounts[0].upn", 3, "expected text"),
                arguments("number out of range", "t.yaml", "tenant: c\nsubscriptions:\n  - sku: A\n    seats: 99999999999\n",
                        "subscriptions[0].seats", 4, "out of range"),
                arguments("negative seats", "t.yaml", "tenant: c\nsubscriptions:\n  - sku: A\n    seats: -1\n",
                        "subscriptions[0].seats", 3, "at least 0"),
                arguments("unknown enum value", "t.yaml", "tenant: c\n" + ENV
                        + "    users:\n      - upn: a@c.com\n        businessUnit: root\n        accessMode: rw\n",
                        "environments[0].users[0].accessMode", 9, "expected one of read-write, read, administrative"),
                arguments("unknown profile", "t.yaml", "tenant: c\nprofile: ce-v10\n", "profile", 2,
                        "expected one of ce-v9, dataverse-2025"),
                arguments("enum given as a number", "t.yaml", "tenant: c\ninvitations:\n  - {email: a@c.com, sku: A, issued: 2026-01-01, status: 1}\n",
                        "invitations[0].status", 3, "expected one of pending, accepted, revoked"),
                arguments("malformed date", "t.yaml", "tenant: c\nasOf: 2026-02-30\n", "asOf", 2, "expected a day that exists, written YYYY-MM-DD"),
                arguments("date with a time", "t.yaml", "tenant: c\nasOf: 2026-11-22T10:00:00\n", "asOf", 2, "expected a day that exists"),
                arguments("date in another format", "t.json", "{\"tenant\": \"c\", \"asOf\": \"22.11.2026\"}", "asOf", 1, "expected a day that exists"),
                arguments("date as a number", "t.json", "{\"tenant\": \"c\", \"asOf\": 20261122}", "asOf", 1, "expected a day that exists"),
                arguments("access mode not allowed for the type", "t.yaml", "tenant: c\n" + ENV
                        + "    users:\n      - upn: s@c.com\n        type: support\n        businessUnit: root\n        accessMode: read-write\n",
                        "environments[0].users[0].accessMode", 7, "not allowed for a support user; expected one of support-user"),
                arguments("person with a support-user mode", "t.yaml", "tenant: c\n" + ENV
                        + "    users:\n      - upn: a@c.com\n        businessUnit: root\n        accessMode: support-user\n",
                        "environments[0].users[0].accessMode", 7, "not allowed for a person user"),
                arguments("application with a support-user mode", "t.yaml", "tenant: c\n" + ENV
                        + "    users:\n      - upn: a@c.com\n        type: application\n        businessUnit: root\n        accessMode: support-user\n",
                        "environments[0].users[0].accessMode", 7, "not allowed for an application user"),
                arguments("applicationId on a person", "t.yaml", "tenant: c\n" + ENV
                        + "    users:\n      - upn: a@c.com\n        businessUnit: root\n        applicationId: 6f1c2a1e\n",
                        "environments[0].users[0].applicationId", 7, "expected it on application users only"),
                arguments("unknown field", "t.yaml", "tenant: c\n" + ENV
                        + "    users:\n      - upn: a@c.com\n        businessUnit: root\n        acessMode: read\n",
                        "environments[0].users[0].acessMode", 9, "unknown field \"acessMode\"; expected one of accessMode"),
                arguments("unknown top-level field", "t.json", "{\"tenant\": \"c\", \"tenants\": []}", "tenants", 1, "unknown field"),
                arguments("unknown policy parameter", "t.yaml", "tenant: c\npolicy:\n  seatLimit: 3\n", "policy.seatLimit", 3,
                        "unknown field \"seatLimit\"; expected one of invitationHoldDays, nonInteractiveLimit"),
                arguments("negative policy parameter", "t.yaml", "tenant: c\npolicy:\n  nonInteractiveLimit: -1\n",
                        "policy.nonInteractiveLimit", 3, "at least 0"),
                arguments("dangling business unit of a user", "t.yaml", "tenant: c\n" + ENV
                        + "    users:\n      - upn: a@c.com\n        businessUnit: sales\n",
                        "environments[0].users[0].businessUnit", 7, "\"sales\" does not exist; expected a business unit of this environment"),
                arguments("dangling role of a user", "t.yaml", "tenant: c\n" + ENV
                        + "    users:\n      - upn: a@c.com\n        businessUnit: root\n        roles: [sysadmin]\n",
                        "environments[0].users[0].roles[0]", 7, "expected a role of this environment"),
                arguments("dangling role of a team", "t.yaml", "tenant: c\n" + ENV
                        + "    teams:\n      - id: t\n        businessUnit: root\n        roles: [x]\n",
                        "environments[0].teams[0].roles[0]", 7, "expected a role of this environment"),
                arguments("dangling business unit of a role", "t.yaml", "tenant: c\n" + ENV
                        + "    roles:\n      - id: r\n        businessUnit: nowhere\n",
                        "environments[0].roles[0].businessUnit", 7, "expected a business unit of this environment"),
                arguments("team member that is no user record", "t.yaml", "tenant: c\n" + ENV
                        + "    teams:\n      - id: t\n        businessUnit: root\n        members: [a@c.com]\n",
                        "environments[0].teams[0].members[0]", 7, "expected a user record of this environment"),
                arguments("dangling parent", "t.yaml", "tenant: c\n" + ENV + "      - id: sales\n        parent: nowhere\n",
                        "environments[0].businessUnits[1].parent", 6, "expected a business unit of this environment"),
                arguments("dangling security group", "t.yaml", "tenant: c\nenvironments:\n  - id: prod\n    securityGroup: g\n"
                        + "    businessUnits: [{id: root}]\n", "environments[0].securityGroup", 3, "\"g\" does not exist; expected a group's id"),
                arguments("dangling nested group", "t.yaml", "tenant: c\ngroups:\n  - id: g\n    groups: [h]\n",
                        "groups[0].groups[0]", 3, "expected a group's id"),
                arguments("license that is no subscription", "t.yaml", "tenant: c\naccounts:\n  - upn: a@c.com\n    licenses: [X]\n",
                        "accounts[0].licenses[0]", 3, "\"X\" does not exist; expected a subscription's sku"),
                arguments("invitation for no subscription", "t.yaml", "tenant: c\ninvitations:\n"
                        + "  - {email: a@c.com, sku: X, issued: 2026-01-01, status: pending}\n", "invitations[0].sku", 3,
                        "expected a subscription's sku"),
                arguments("no root business unit", "t.yaml", "tenant: c\nenvironments:\n  - id: prod\n    businessUnits:\n"
                        + "      - {id: a, parent: b}\n      - {id: b, parent: a}\n", "environments[0].businessUnits", 3,
                        "no root business unit"),
                arguments("several roots", "t.yaml", "tenant: c\nenvironments:\n  - id: prod\n    businessUnits:\n"
                        + "      - {id: a}\n      - {id: b}\n", "environments[0].businessUnits", 3, "several root business units (a, b)"),
                arguments("cycle below the root", "t.yaml", "tenant: c\n" + ENV + "      - {id: a, parent: b}\n      - {id: b, parent: a}\n",
                        "environments[0].businessUnits[1].parent", 6, "form a cycle"),
                arguments("duplicate business unit", "t.yaml", "tenant: c\n" + ENV + "      - {id: root, parent: root}\n",
                        "environments[0].businessUnits[1].id", 6, "a second business unit with id \"root\""),
                arguments("duplicate role", "t.yaml", "tenant: c\n" + ENV + "    roles:\n      - {id: r, businessUnit: root}\n"
                        + "      - {id: r, businessUnit: root}\n", "environments[0].roles[1].id", 8, "a second role"),
                arguments("duplicate team", "t.yaml", "tenant: c\n" + ENV + "    teams:\n      - {id: t, businessUnit: root}\n"
                        + "      - {id: t, businessUnit: root}\n", "environments[0].teams[1].id", 8, "a second team"),
                arguments("duplicate group", "t.yaml", "tenant: c\ngroups:\n  - id: g\n  - id: g\n", "groups[1].id", 4, "a second group"),
                arguments("duplicate environment", "t.yaml", "tenant: c\nenvironments:\n  - {id: p, businessUnits: [{id: r}]}\n"
                        + "  - {id: p, businessUnits: [{id: r}]}\n", "environments[1].id", 4, "a second environment"),
                arguments("duplicate subscription", "t.yaml", "tenant: c\nsubscriptions:\n  - {sku: A, seats: 1}\n  - {sku: A, seats: 2}\n",
                        "subscriptions[1].sku", 4, "a second subscription"),
                arguments("two pending invitations", "t.yaml", "tenant: c\nsubscriptions: [{sku: A, seats: 1}]\ninvitations:\n"
                        + "  - {email: a@c.com, sku: A, issued: 2026-01-01, status: pending}\n"
                        + "  - {email: A@c.com, sku: A, issued: 2026-01-02, status: pending}\n", "invitations[1]", 5,
                        "a second pending invitation"),
                // revision 2 fields
                arguments("team group that is no group", "t.yaml", "tenant: c\n" + ENV
                        + "    teams:\n      - id: t\n        businessUnit: root\n        group: sales-group\n",
                        "environments[0].teams[0].group", 7, "\"sales-group\" does not exist; expected a group's id"),
                arguments("account enabled as text", "t.yaml", "tenant: c\naccounts:\n  - upn: a@c.com\n    enabled: no\n",
                        "accounts[0].enabled", 4, "expected true or false"),
                arguments("negative warning seats", "t.yaml", "tenant: c\nsubscriptions:\n  - {sku: A, seats: 1, warningSeats: -2}\n",
                        "subscriptions[0].warningSeats", 3, "at least 0"),
                arguments("unknown provenance kind", "t.yaml", "tenant: c\nprovenance:\n  kind: scraped\n",
                        "provenance.kind", 3, "expected one of pull, import, hand"),
                arguments("provenance leftOut as text", "t.yaml", "tenant: c\nprovenance:\n  leftOut: some\n",
                        "provenance.leftOut", 3, "expected a whole number"),
                arguments("provenance generatedAt not an instant", "t.yaml", "tenant: c\nprovenance:\n  generatedAt: yesterday\n",
                        "provenance.generatedAt", 3, "expected an ISO 8601 instant"),
                arguments("provenance sources as text", "t.yaml", "tenant: c\nprovenance:\n  sources: graph\n",
                        "provenance.sources", 3, "expected a list"),
                arguments("unknown provenance field", "t.yaml", "tenant: c\nprovenance:\n  author: me\n",
                        "provenance.author", 3, "unknown field"),
                arguments("null list item", "t.yaml", "tenant: c\naccounts:\n  - ~\n", "accounts[0]", 0, "expected a map, found nothing"),
                arguments("YAML anchor on a map", "t.yaml", "tenant: c\nsubscriptions:\n  - &s {sku: A, seats: 1}\n  - *s\n",
                        "subscriptions[0]", 3, "the YAML anchor &s is not allowed"),
                // tenant-format.md revision 2: an alias is never read as its anchor's name (this read the SKU "SALES").
                arguments("YAML anchor on a scalar", "t.yaml", "tenant: c\nsubscriptions:\n  - sku: &SALES CE\n    seats: 5\n"
                        + "accounts:\n  - upn: a@c.com\n    licenses: [*SALES]\n", "subscriptions[0].sku", 3, "the YAML anchor &SALES is not allowed"),
                arguments("YAML alias of a scalar", "t.yaml", "tenant: c\nsubscriptions:\n  - {sku: CE, seats: 5}\n"
                        + "accounts:\n  - upn: a@c.com\n    licenses: [*SALES]\n", "accounts[0].licenses[0]", 6, "the YAML alias *SALES is not allowed"),
                arguments("YAML alias of a list", "t.yaml", "tenant: c\naccounts:\n  - upn: a@c.com\n    adminRoles: *ROLES\n",
                        "accounts[0].adminRoles", 4, "the YAML alias *ROLES is not allowed"),
                arguments("YAML anchor on a key", "t.yaml", "tenant: c\n&k asOf: 2026-11-22\n", null, 2, "the YAML anchor &k is not allowed"),
                arguments("empty required value", "t.yaml", "tenant:\nasOf: 2026-11-22\n", "tenant", 1, "missing required field"),
                arguments("empty required value in a list item", "t.yaml", "tenant: c\nsubscriptions:\n  - sku: A\n    seats:\n",
                        "subscriptions[0].seats", 3, "missing required field"),
                arguments("wrong type: 5.0 for a whole number", "t.yaml", "tenant: c\nsubscriptions:\n  - sku: A\n    seats: 5.0\n",
                        "subscriptions[0].seats", 4, "expected a whole number, found \"5.0\""),
                // Jackson quotes the text it found: it is quoted once, not twice.
                arguments("wrong type: quoted text for a boolean", "t.yaml", "tenant: c\naccounts:\n  - upn: a@c.com\n    enabled: \"yes\"\n",
                        "accounts[0].enabled", 4, "found text \"yes\""),
                // The scanner's own place, not the last token the parser read (line 2's value, and its path).
                arguments("a tab that starts a line", "t.yaml", "tenant: c\naccounts:\n  - upn: a@c.com\n\tlicenses: []\n",
                        null, 4, "at line 4, column 1: not valid YAML"),
                arguments("wrong type: 5.0 for a whole number in JSON", "t.json",
                        "{\"tenant\": \"c\", \"policy\": {\"invitationHoldDays\": 5.0}}", "policy.invitationHoldDays", 1,
                        "expected a whole number"),
                arguments("a plain value of 100,001 characters", "t.yaml", "tenant: c\nasOf: " + "x".repeat(100_001) + "\n",
                        null, 2, "more than 100000 characters without a blank"),
                // Binding refuses the first level too many, long before the parser's limit of 64 (HostileInputTest: 200 levels).
                arguments("nesting deeper than 64 levels", "t.yaml", "tenant: c\npolicy: " + "[".repeat(70) + "\n",
                        "policy", 2, "expected a map, found a list"),
                arguments("second YAML document", "t.yaml", "tenant: c\n---\ntenant: d\n", null, 3, "expected a single YAML document"),
                arguments("unknown extension", "t.txt", "tenant: c\n", null, 0, "expected a file ending in .yaml, .yml or .json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void invalidInputExits2AndNamesThePlace(String name, String fileName, String content, String path, int line,
                                            String expected) throws Exception {
        Path file = dir.resolve(fileName);
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));

        CliRun run = CliRun.of("check", file.toString(), "--as-of", "2026-11-22");

        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.out).as("no policy result on invalid input").isEmpty();
        assertThat(run.err).as(run.toString()).contains(file.toString()).contains(expected)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err.trim().lines().count()).as("one paragraph: " + run.err).isEqualTo(1);
        if (path != null) assertThat(run.err).as(run.toString()).contains(path);
        if (line > 0) assertThat(run.err).as(run.toString()).contains("line " + line + ",");
    }
}
