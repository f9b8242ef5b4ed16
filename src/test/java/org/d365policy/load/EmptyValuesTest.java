package org.d365policy.load;

import org.d365policy.cli.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "null or an empty value means the field is absent" (tenant-format.md): each optional field left
 * empty ({@code minimumSeats:}) gives exactly the report that leaving the field out gives, in
 * snapshots and change sets alike. Each field is on a line of its own, so that the line numbers agree.
 */
class EmptyValuesTest {
    private static final String SNAPSHOT = """
            tenant: contoso
            asOf: 2026-11-22
            profile: dataverse-2025
            policy: {nonInteractiveLimit: 0, invitationHoldDays: 3}
            subscriptions:
              - sku: CE
                name: Customer Engagement
                seats: 9
                minimumSeats: 4
                warningSeats: 1
            accounts:
              - upn: alice@contoso.com
                displayName: Alice Ng
                licenses: [CE]
                adminRoles: [global]
                enabled: false
            invitations:
              - {email: gina@contoso.com, sku: CE, issued: 2026-11-21, status: pending}
            groups:
              - id: d365
                members: [alice@contoso.com]
                groups: [nested]
              - id: nested
            environments:
              - id: prod
                type: power-apps
                securityGroup: d365
                businessUnits:
                  - id: root
                  - id: sales
                    parent: root
                roles:
                  - id: admin
                    name: System Administrator
                    businessUnit: root
                    template: system-administrator
                    predefined: true
                    appAccess: true
                  - id: basic
                    businessUnit: root
                teams:
                  - id: team
                    businessUnit: sales
                    roles: [basic]
                    members: [alice@contoso.com]
                    group: nested
                users:
                  - upn: alice@contoso.com
                    businessUnit: root
                    type: person
                    accessMode: non-interactive
                    enabled: false
                    roles: [admin]
            provenance: {kind: hand}
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"asOf: 2026-11-22", "profile: dataverse-2025", "policy: {nonInteractiveLimit: 0, invitationHoldDays: 3}",
            "invitations:", "provenance: {kind: hand}",
            "    name: Customer Engagement", "    minimumSeats: 4", "    warningSeats: 1",
            "    displayName: Alice Ng", "    licenses: [CE]", "    adminRoles: [global]", "    enabled: false",
            "    members: [alice@contoso.com]", "    groups: [nested]",
            "    type: power-apps", "    securityGroup: d365", "        parent: root", "    teams:",
            "        name: System Administrator", "        template: system-administrator", "        predefined: true",
            "        appAccess: true",
            "        roles: [basic]", "        members: [alice@contoso.com]", "        group: nested",
            "        type: person", "        accessMode: non-interactive", "        enabled: false", "        roles: [admin]"})
    void anEmptyOptionalValueInASnapshotIsAbsent(String line) throws Exception {
        CliRun empty = check(replaced(SNAPSHOT, line, false));
        CliRun absent = check(replaced(SNAPSHOT, line, true));
        // Without its parent, sales is a second root: refused alike, in the same words and place.
        if (!line.contains("parent")) assertThat(empty.exit).as(empty.toString()).isIn(0, 1);
        assertThat(empty.exit).isEqualTo(absent.exit);
        assertThat(withoutHashes(empty.out)).isEqualTo(withoutHashes(absent.out));
        assertThat(empty.err).isEqualTo(absent.err);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"    licenses: [D365_SALES_PRO]", "    adminRoles: [billing]", "    type: application",
            "    accessMode: non-interactive", "    enabled: false", "    roles: [salesperson]",
            "    applicationId: 0b7e3c55-2f1d-4c8a-b1e2-9d0a6f4e7c99"})
    void anEmptyOptionalValueInAChangeSetIsAbsent(String line) throws Exception {
        String changes = """
                actor: alice@contoso.com
                asOf: 2026-11-22
                changes:
                  - op: createAccount
                    upn: nora@contoso.com
                    licenses: [D365_SALES_PRO]
                    adminRoles: [billing]
                  - op: addUser
                    environment: prod
                    upn: nora@contoso.com
                    businessUnit: sales
                    type: application
                    accessMode: non-interactive
                    enabled: false
                    roles: [salesperson]
                    applicationId: 0b7e3c55-2f1d-4c8a-b1e2-9d0a6f4e7c99
                """;
        if (line.contains("type")) {
            // A record without a type is a person, who takes no applicationId.
            changes = changes.replace("    applicationId: 0b7e3c55-2f1d-4c8a-b1e2-9d0a6f4e7c99\n", "    # no applicationId\n");
        }
        CliRun empty = whatIf(replaced(changes, line, false));
        CliRun absent = whatIf(replaced(changes, line, true));
        assertThat(empty.exit).as(empty.toString()).isIn(0, 1);
        assertThat(withoutHashes(empty.out)).isEqualTo(withoutHashes(absent.out));
        assertThat(empty.err).isEqualTo(absent.err);
    }

    /**
     * The one line equal to {@code line} keeps only its key ({@code key:}), or becomes a comment; the
     * lines of its block, if it has one, become comments either way, so that line numbers do not move.
     */
    private static String replaced(String text, String line, boolean leaveOut) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        assertThat(lines).as("the text has the line \"%s\" once", line).containsOnlyOnce(line);
        int at = lines.indexOf(line);
        int indent = line.length() - line.stripLeading().length();
        String pad = " ".repeat(indent);
        lines.set(at, leaveOut ? pad + "# left out" : line.substring(0, line.indexOf(':') + 1));
        for (int i = at + 1; i < lines.size() && indentOf(lines.get(i)) > indent; i++) lines.set(i, pad + "# left out with it");
        return String.join("\n", lines) + "\n";
    }

    /** The evidence names each input file's SHA-256, which differs with the file's bytes; the rest must not. */
    private static String withoutHashes(String json) {
        return json.replaceAll("\"sha256\"\\s*:\\s*\"[0-9a-f]{64}\"", "\"sha256\": \"…\"");
    }

    private static int indentOf(String line) {
        return line.length() - line.stripLeading().length();
    }

    private CliRun check(String content) throws Exception {
        Path file = dir.resolve("tenant.yaml");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check", file.toString(), "--format", "json");
        return run;
    }

    private CliRun whatIf(String content) throws Exception {
        Path file = dir.resolve("changes.yaml");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("what-if", "examples/contoso.tenant.yaml", file.toString(), "--format", "json");
        return run;
    }
}
