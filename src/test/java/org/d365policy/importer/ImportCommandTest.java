package org.d365policy.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** import from saved Dataverse Web API and Microsoft Graph responses, then check, end to end. */
class ImportCommandTest {
    private static final Path SAMPLE = Path.of("src/test/resources/import/contoso");

    @TempDir
    Path dir;

    @Test
    void importThenCheckFindsWhatTheExportShows() throws Exception {
        Path snapshot = dir.resolve("contoso.tenant.yaml");
        CliRun imported = CliRun.of("import", SAMPLE.toString(), "--output", snapshot.toString());
        assertThat(imported.exit).as(imported.toString()).isEqualTo(0);
        assertThat(imported.err).contains("imported 6 accounts, 1 subscriptions, 2 groups, 1 environments with 8 user records")
                .contains("(4 warnings)");

        JsonNode report = new ObjectMapper().readTree(CliRun.of("check", snapshot.toString(), "--format", "json").out);
        assertThat(report.get("tenant").asText()).isEqualTo("contoso");
        assertThat(findings(report)).containsExactlyInAnyOrder(
                "LIC-001 user:prod/carol@contoso.com",
                "LIC-002 subscription:DYN365_ENTERPRISE_PLAN1",
                "SG-001 user:prod/bob@contoso.com",
                "SG-001 user:prod/gina@contoso.com",
                "INV-002 invitation:gina@contoso.com:DYN365_ENTERPRISE_PLAN1",
                "LIC-004 account:dave@contoso.com",
                "ROLE-003 user:prod/gina@contoso.com",
                "ADM-001 tenant:contoso");
        assertThat(message(report, "SG-001", "user:prod/bob@contoso.com")).contains("nested group 0a6f9c1e-2222-4c2b-9d3e-000000000002");
    }

    @Test
    void theMappingFollowsTheApis() throws Exception {
        Path snapshot = dir.resolve("contoso.tenant.json");
        assertThat(CliRun.of("import", SAMPLE.toString(), "--output", snapshot.toString()).exit).isEqualTo(0);
        JsonNode tenant = new ObjectMapper().readTree(snapshot.toFile());
        assertThat(tenant.get("subscriptions")).hasSize(1).first().satisfies(s -> {
            assertThat(s.get("sku").asText()).isEqualTo("DYN365_ENTERPRISE_PLAN1");
            assertThat(s.get("seats").asInt()).isEqualTo(3);
        });
        JsonNode alice = find(tenant.get("accounts"), "upn", "alice@contoso.com");
        assertThat(alice.get("adminRoles").toString()).isEqualTo("[\"global\"]");
        assertThat(alice.get("licenses").toString()).as("Office SKUs are left out").isEqualTo("[\"DYN365_ENTERPRISE_PLAN1\"]");
        assertThat(find(tenant.get("accounts"), "upn", "it-admin@contoso.com").get("adminRoles").toString())
                .isEqualTo("[\"user-management\"]");
        JsonNode prod = tenant.get("environments").get(0);
        assertThat(prod.get("securityGroup").asText()).isEqualTo("0a6f9c1e-1111-4c2b-9d3e-000000000001");
        assertThat(prod.get("roles")).as("copies of a role in child units fold into the root role").hasSize(4);
        assertThat(find(prod.get("roles"), "id", "Salesperson").get("template").asText()).isEqualTo("salesperson");
        assertThat(find(prod.get("roles"), "id", "Customer Service app access").get("appAccess").asBoolean()).isTrue();
        JsonNode users = prod.get("users");
        assertThat(find(users, "upn", "bob@contoso.com").get("roles").toString()).isEqualTo("[\"Salesperson\"]");
        assertThat(find(users, "upn", "erp-connector@contoso.com").get("type").asText()).isEqualTo("application");
        assertThat(find(users, "upn", "erp-connector@contoso.com").get("applicationId").asText()).isEqualTo("6f1c2a1e-0d5b-4d8e-9a55-3f7f1e0c2b11");
        assertThat(find(users, "upn", "crmoln@microsoft.com").get("type").asText()).isEqualTo("support");
        assertThat(find(users, "upn", "legacy-owner@contoso.com").get("type").asText()).isEqualTo("stub");
        assertThat(find(users, "upn", "dave@contoso.com").get("enabled").asBoolean()).as("the second page is read").isFalse();
        JsonNode gina = find(tenant.get("invitations"), "email", "gina@contoso.com");
        assertThat(gina.get("status").asText()).isEqualTo("pending");
        assertThat(gina.get("issued").asText()).as("approximated by modifiedon").isEqualTo("2026-10-20");
    }

    @Test
    void whatCannotBeMappedIsAWarningNamingTheRecord() {
        CliRun run = CliRun.of("import", SAMPLE.toString(), "--output", dir.resolve("t.yaml").toString());
        assertThat(run.err)
                .contains("warning: src/test/resources/import/contoso/graph/users-2.json: user gina@contoso.com: holds SKU "
                        + "f30db892-07e9-47e9-837c-80727f46fd3d, which is not in subscribedSkus")
                .contains("members.json: member d3e40001-0000-4000-8000-000000000001: is a #microsoft.graph.device")
                .contains("systemusers.json: user carol@contoso.com: holds role a00000ff-0000-4000-8000-0000000000ff (Deleted Role)")
                .contains("teams.json: team Sales Team: member c00000ee-0000-4000-8000-0000000000ee is no user")
                .doesNotContain("servicePrincipal").doesNotContain("ENTERPRISEPACK");
    }

    @Test
    void aMissingPageIsReported() throws Exception {
        Path copy = copy(SAMPLE, dir.resolve("export"));
        Files.delete(copy.resolve("environments/prod/systemusers-2.json"));
        CliRun run = CliRun.of("import", copy.toString(), "--output", dir.resolve("t.yaml").toString());
        assertThat(run.exit).isEqualTo(0);
        assertThat(run.err).contains("systemusers.json: systemusers: the last page has an @odata.nextLink, so later pages are missing");
    }

    @Test
    void aPageMayBeABareList() throws Exception {
        Path copy = copy(SAMPLE, dir.resolve("bare"));
        Path teams = copy.resolve("environments/prod/teams.json");
        Files.writeString(teams, new ObjectMapper().readTree(teams.toFile()).get("value").toString());
        Path bare = dir.resolve("bare.tenant.json");
        Path wrapped = dir.resolve("wrapped.tenant.json");
        assertThat(CliRun.of("import", copy.toString(), "--output", bare.toString()).exit).isEqualTo(0);
        assertThat(CliRun.of("import", SAMPLE.toString(), "--output", wrapped.toString()).exit).isEqualTo(0);
        assertThat(Files.readString(bare)).isEqualTo(Files.readString(wrapped));
    }

    @Test
    void importingTwiceGivesTheSameBytes() throws Exception {
        Path a = dir.resolve("a.tenant.yaml");
        Path b = dir.resolve("b.tenant.yaml");
        CliRun.of("import", SAMPLE.toString(), "--output", a.toString());
        CliRun.of("import", SAMPLE.toString(), "--output", b.toString());
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
    }

    @Test
    void brokenExportsAreInvalidInput() throws Exception {
        Path copy = copy(SAMPLE, dir.resolve("broken"));
        Files.writeString(copy.resolve("environments/prod/roles.json"), "{\n  \"value\": [\n    {\"roleid\": }\n  ]\n}\n");
        CliRun run = CliRun.of("import", copy.toString(), "--output", dir.resolve("t.yaml").toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("roles.json at line 3").doesNotContain("\tat ");
        assertThat(Files.exists(dir.resolve("t.yaml"))).isFalse();

        assertThat(CliRun.of("import", dir.resolve("nowhere").toString(), "--output", dir.resolve("t.yaml").toString()).err)
                .contains("no such folder");
        assertThat(CliRun.of("import", SAMPLE.toString(), "--output", dir.resolve("t.txt").toString()).exit).isEqualTo(2);
        assertThat(CliRun.of("import", SAMPLE.toString()).exit).as("--output is required").isEqualTo(2);
    }

    @Test
    void anExportThatMakesNoValidSnapshotWritesNothing() throws Exception {
        Path copy = copy(SAMPLE, dir.resolve("no-root"));
        Files.writeString(copy.resolve("environments/prod/businessunits.json"), "{\"value\": [{\"businessunitid\": "
                + "\"b0000002-0000-4000-8000-000000000002\", \"name\": \"Sales\", \"_parentbusinessunitid_value\": "
                + "\"b0000002-0000-4000-8000-000000000002\"}]}");
        CliRun run = CliRun.of("import", copy.toString(), "--output", dir.resolve("t.yaml").toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("does not make a valid snapshot, so nothing was written");
        assertThat(Files.exists(dir.resolve("t.yaml"))).isFalse();
    }

    private static java.util.List<String> findings(JsonNode report) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode f : report.get("findings")) out.add(f.get("rule").asText() + " " + f.get("subject").asText());
        return out;
    }

    private static String message(JsonNode report, String rule, String subject) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals(rule) && f.get("subject").asText().equals(subject)) return f.get("message").asText();
        }
        return null;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode n : list) if (n.get(field).asText().equals(value)) return n;
        throw new AssertionError("no " + field + " " + value + " in " + list);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }
}
