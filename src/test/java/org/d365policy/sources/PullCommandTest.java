package org.d365policy.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.d365policy.cli.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** pull against the local Microsoft of {@link FakeMicrosoft}, end to end: the snapshot, its findings, its saved responses. */
class PullCommandTest {
    static final String USERS = "/v1.0/users";
    static final String SKUS = "/v1.0/subscribedSkus";
    static final String ENVIRONMENTS = "/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments";
    static final String DENIED = "{\"error\":{\"code\":\"Authorization_RequestDenied\",\"message\":\"Insufficient privileges to complete the operation.\"}}";

    @TempDir
    Path dir;

    FakeMicrosoft server;
    Path snapshot;

    @BeforeEach
    void start() throws IOException {
        server = new FakeMicrosoft();
        new Fabrikam().serveFrom(server);
        snapshot = dir.resolve("fabrikam.tenant.yaml");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    CliRun pull(String... extra) {
        List<String> args = new ArrayList<>(List.of("pull", "--output", snapshot.toString(),
                "--tenant-id", "fabrikam.onmicrosoft.com", "--token-command", "printf " + FakeMicrosoft.TOKEN,
                "--graph-url", server.base(), "--admin-url", server.base(), "--as-of", "2026-11-25"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void pullWritesTheSnapshotWhoseFindingsAreExactlyTheExpectedOnes() throws Exception {
        server.fault(USERS, new FakeMicrosoft.Fault(429, Map.of("Retry-After", "0.05"), "{\"error\":{\"code\":\"TooManyRequests\"}}"));
        server.fault(SKUS, new FakeMicrosoft.Fault(503, Map.of("Retry-After", "0.01"), ""));
        CliRun run = pull();
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        assertThat(run.err).endsWith("wrote " + snapshot + ": 6 accounts, 1 subscription, 3 groups, 2 environments, 8 user records; "
                + "3 records left out\n");
        JsonNode report = new ObjectMapper().readTree(CliRun.of("check", snapshot.toString(), "--format", "json").out);
        // Not LIC-002 (the seat in its grace period counts) nor INV-001 (Erin's invitation is for her #EXT# account, which holds
        // the SKU); not ROLE-003 for Frank (a service admin through the role-assignable group: System Administrator under ce-v9).
        assertThat(findings(report)).containsExactlyInAnyOrder(
                "LIC-001 user:fabrikam-prod/carol@fabrikam.com",
                "SG-001 user:fabrikam-prod/bob@fabrikam.com",
                "SG-001 user:fabrikam-prod/carol@fabrikam.com",
                "SG-001 user:fabrikam-prod/dave@fabrikam.com",
                "SG-001 user:fabrikam-prod/frank@fabrikam.com",
                "APP-002 user:fabrikam-prod/erp@fabrikam.com",
                // Dave's account is blocked but keeps its license; Fabrikam has one global admin.
                "LIC-009 account:dave@fabrikam.com", "ADM-001 tenant:Fabrikam");
        assertThat(server.requestsTo(USERS)).as("the 429 was retried, then three more pages").isEqualTo(5);
        assertThat(server.requestsTo(SKUS)).as("the 503 was retried").isEqualTo(2);
    }

    @Test
    void theSnapshotFollowsTheMappingOfSourcesMd() throws Exception {
        assertThat(pull().exit).isEqualTo(0);
        JsonNode tenant = yaml(snapshot);
        assertThat(tenant.get("tenant").asText()).as("the organization's display name").isEqualTo("Fabrikam");
        assertThat(tenant.get("subscriptions").toString()).as("only Customer Engagement seat pools, grace seats counted")
                .isEqualTo("[{\"sku\":\"DYN365_ENTERPRISE_PLAN1\",\"seats\":5,\"warningSeats\":1}]");
        assertThat(find(tenant.get("accounts"), "upn", "dave@fabrikam.com").get("enabled").asBoolean()).isFalse();
        assertThat(find(tenant.get("accounts"), "upn", "frank@fabrikam.com").get("adminRoles").toString())
                .as("held through a role-assignable group").isEqualTo("[\"service\"]");
        assertThat(tenant.get("invitations").toString()).isEqualTo("[{\"email\":\"erin_outlook.com#ext#@fabrikam.onmicrosoft.com\","
                + "\"sku\":\"DYN365_ENTERPRISE_PLAN1\",\"issued\":\"2026-11-20\",\"status\":\"pending\"}]");
        JsonNode prod = find(tenant.get("environments"), "id", "fabrikam-prod");
        assertThat(prod.get("type").asText()).isEqualTo("customer-engagement");
        assertThat(find(tenant.get("environments"), "id", "fabrikam-apps").get("type").asText()).isEqualTo("power-apps");
        assertThat(find(prod.get("users"), "upn", "bob@fabrikam.com").get("roles").toString())
                .as("the nested next link was followed and merged").isEqualTo("[\"Sales, Enterprise app access\",\"Salesperson\"]");
        assertThat(find(prod.get("roles"), "id", "Portal app access").has("appAccess")).as("not by the name's ending").isFalse();
        assertThat(find(prod.get("teams"), "id", "Contractors").get("group").asText()).isEqualTo(Fabrikam.CONTRACTORS);
        assertThat(prod.get("users").toString()).doesNotContain("c2-user@fabrikam.com");
        assertThat(tenant.get("provenance").get("approximations").toString())
                .isEqualTo("[\"invitation issue day taken from modifiedon: 1\",\"role predefined taken from ismanaged: 5\"]");
        assertThat(tenant.get("provenance").get("leftOut").asInt()).isEqualTo(3);
    }

    @Test
    void dataverseRequestsAskForPagesOf5000AndEveryRequestCarriesTheToken() {
        assertThat(pull().exit).isEqualTo(0);
        List<FakeMicrosoft.Seen> seen = server.seen();
        assertThat(seen).allSatisfy(s -> assertThat(s.headers().get("authorization")).isEqualTo("Bearer " + FakeMicrosoft.TOKEN));
        assertThat(seen.stream().filter(s -> s.target().startsWith("/dv/")))
                .isNotEmpty().allSatisfy(s -> assertThat(s.headers().get("prefer")).isEqualTo("odata.maxpagesize=5000"));
    }

    @Test
    void importOfTheSavedResponsesGivesTheSameSnapshot() throws Exception {
        Path saved = dir.resolve("saved");
        assertThat(pull("--save-responses", saved.toString()).exit).isEqualTo(0);
        Path imported = dir.resolve("imported.tenant.yaml");
        CliRun run = CliRun.of("import", saved.toString(), "--output", imported.toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        assertThat(run.err).as("import reads every file pull saved").doesNotContain("no file of the folder layout has this name");
        assertThat(withoutGeneratedAt(imported)).isEqualTo(withoutGeneratedAt(snapshot));
        assertThat(saved.resolve("environments/fabrikam-prod/systemusers-4.json")).exists();
        assertThat(saved.resolve("graph/roleAssignments/" + Fabrikam.POWER_PLATFORM_ADMIN + ".json")).exists();
    }

    @Test
    void aSecondPullIntoTheSameFolderReplacesTheFirstSaveWhole() throws Exception {
        Path saved = dir.resolve("saved");
        assertThat(pull("--save-responses", saved.toString()).exit).isEqualTo(0);
        // What a longer list or an environment since renamed would have left there from the first pull.
        Files.copy(saved.resolve("graph/users-2.json"), saved.resolve("graph/users-9.json"));
        Files.createDirectories(saved.resolve("environments/contoso-old"));
        Files.copy(saved.resolve("environments/fabrikam-prod/roles.json"), saved.resolve("environments/contoso-old/roles.json"));
        CliRun again = pull("--save-responses", saved.toString());
        assertThat(again.exit).as(again.toString()).isEqualTo(0);
        assertThat(saved.resolve("graph/users-9.json")).doesNotExist();
        assertThat(saved.resolve("environments/contoso-old")).doesNotExist();
        Path imported = dir.resolve("imported.tenant.yaml");
        assertThat(CliRun.of("import", saved.toString(), "--output", imported.toString()).exit).isEqualTo(0);
        assertThat(withoutGeneratedAt(imported)).isEqualTo(withoutGeneratedAt(snapshot));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).as("no staged or old folder left")
                    .containsExactly("fabrikam.tenant.yaml", "imported.tenant.yaml", "saved");
        }
    }

    @Test
    void aSnapshotKeptInsideTheSaveFolderAndOtherFilesThereSurviveTheNextPull() throws Exception {
        // The first night, the folder does not exist yet: pull makes it for the responses, and the snapshot goes in it.
        Path saved = dir.resolve("saved");
        Path inside = saved.resolve("fabrikam.tenant.json");
        List<String> args = new ArrayList<>(List.of("pull", "--output", inside.toString(), "--save-responses", saved.toString(),
                "--tenant-id", "t", "--token-command", "printf " + FakeMicrosoft.TOKEN, "--graph-url", server.base(),
                "--admin-url", server.base()));
        assertThat(CliRun.of(args.toArray(String[]::new)).exit).isEqualTo(0);
        // What a person keeps beside the responses: only files of the layout's names are an earlier save's.
        Files.writeString(saved.resolve("notes.txt"), "mine");
        Files.createDirectories(saved.resolve("empty-by-choice"));
        List<Path> kept = List.of(saved.resolve("my-export.json"), saved.resolve("archive/2026-11-24.tenant.json"),
                saved.resolve("graph/extra/keep.json"), saved.resolve("graph/users-notes.json"));
        for (Path p : kept) {
            Files.createDirectories(p.getParent());
            Files.writeString(p, "{\"keep\": true}");
        }
        CliRun again = CliRun.of(args.toArray(String[]::new));
        assertThat(again.exit).as(again.toString()).isEqualTo(0);
        assertThat(inside).exists();
        assertThat(saved.resolve("notes.txt")).hasContent("mine");
        for (Path p : kept) assertThat(p).as("not a file of the layout").exists();
        assertThat(saved.resolve("empty-by-choice")).isDirectory();
        assertThat(saved.resolve("graph/users.json")).exists();
    }

    @Test
    void aSaveFolderReachedThroughASymbolicLinkIsWrittenWhereTheLinkLeads() throws Exception {
        Path target = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("saved-link"), target);
        assertThat(pull("--save-responses", link.toString()).exit).isEqualTo(0);
        assertThat(pull("--save-responses", link.toString()).exit).isEqualTo(0);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(target.resolve("graph/users.json")).exists();
    }

    @Test
    void aPullThatFailsLeavesTheEarlierSaveAsItWas() throws Exception {
        Path saved = dir.resolve("saved");
        assertThat(pull("--save-responses", saved.toString()).exit).isEqualTo(0);
        Files.delete(snapshot);
        List<String> before = filesUnder(saved);
        server.fault(USERS, new FakeMicrosoft.Fault(403, Map.of(), DENIED));
        assertThat(pull("--save-responses", saved.toString()).exit).isEqualTo(2);
        assertThat(filesUnder(saved)).isEqualTo(before);
        assertThat(snapshot).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("saved");
        }
    }

    @Test
    void mistakesOnTheCommandLineAreFoundBeforeAnyRequest() throws Exception {
        assertRefusedBeforeAnyRequest(pull("--as-of", "2026-02-30"), "'2026-02-30' is not a date");
        assertRefusedBeforeAnyRequest(pull("--profile", "ce-v10"), "'ce-v10' is no profile; expected ce-v9 or dataverse-2025");
        Path elsewhere = dir.resolve("no-such-folder/x.tenant.yaml");
        List<String> args = new ArrayList<>(List.of("pull", "--output", elsewhere.toString(), "--tenant-id", "t",
                "--token-command", "printf " + FakeMicrosoft.TOKEN, "--graph-url", server.base(), "--admin-url", server.base()));
        assertRefusedBeforeAnyRequest(CliRun.of(args.toArray(String[]::new)), "--output " + elsewhere
                + ": the snapshot cannot be written there (its folder does not exist)");
        Path foreign = Files.createDirectories(dir.resolve("saved"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertRefusedBeforeAnyRequest(pull("--save-responses", foreign.toString()), "--save-responses " + foreign
                + ": holds files that no earlier pull saved there");
        assertThat(foreign.resolve("notes.txt")).hasContent("mine");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertRefusedBeforeAnyRequest(pull("--save-responses", file.toString()), "--save-responses " + file + ": is a file, not a folder");
    }

    private void assertRefusedBeforeAnyRequest(CliRun run, String message) {
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains(message).doesNotContain("Exception");
        assertThat(server.seen()).as("requests made before the mistake was found").isEmpty();
        assertThat(snapshot).doesNotExist();
    }

    private static List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<String> all = new ArrayList<>();
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) all.add(root.relativize(p) + " " + Files.readString(p).hashCode());
            return all;
        }
    }

    @Test
    void noTokenOrSecretAppearsAnywhere() throws Exception {
        Path saved = dir.resolve("saved");
        CliRun run = pull("--save-responses", saved.toString());
        assertThat(run.exit).isEqualTo(0);
        assertThat(run.out + run.err).doesNotContain(FakeMicrosoft.TOKEN);
        assertThat(Files.readString(snapshot)).doesNotContain(FakeMicrosoft.TOKEN);
        try (Stream<Path> files = Files.walk(saved)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(FakeMicrosoft.TOKEN).doesNotContain("Bearer");
            }
        }
    }

    @Test
    void aForbiddenRequestExits2NamingTheRequestAndThePermissionAndWritesNothing() {
        server.fault(USERS, new FakeMicrosoft.Fault(403, Map.of(), DENIED));
        CliRun run = pull("--save-responses", dir.resolve("saved").toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("GET " + server.base() + "/v1.0/users?$select=").contains("HTTP 403 (Authorization_RequestDenied")
                .contains("the application lacks the Graph application permission User.Read.All").doesNotContain("Exception");
        assertNothingWritten();
    }

    @Test
    void anUnregisteredApplicationIsToldToRegisterAsAdminManagementApplication() {
        server.fault(ENVIRONMENTS, new FakeMicrosoft.Fault(403, Map.of(), "{\"error\":{\"code\":\"Forbidden\",\"message\":"
                + "\"The service principal does not have permission to access the path\"}}"));
        CliRun run = pull();
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("/scopes/admin/environments").contains("Power Platform admin management application")
                .contains("pac admin application register");
        assertNothingWritten();
    }

    @Test
    void aDataverseRefusalNamesTheApplicationUserItNeeds() {
        server.fault("/dv/fabrikam-prod/api/data/v9.2/roles", new FakeMicrosoft.Fault(401, Map.of(), ""));
        CliRun run = pull();
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("GET " + server.base() + "/dv/fabrikam-prod/api/data/v9.2/roles?").contains("HTTP 401")
                .contains("an application user in this environment");
        assertNothingWritten();
    }

    @Test
    void anErrorBodyWhereDataWasExpectedIsStructuralLoss() {
        server.fault(SKUS, new FakeMicrosoft.Fault(200, Map.of(), DENIED));
        CliRun run = pull();
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("GET " + server.base() + "/v1.0/subscribedSkus").contains("is an error response (Authorization_RequestDenied");
        assertNothingWritten();
    }

    @Test
    void anApiThatKeepsFailingIsGivenUpOnAfterBoundedRetries() {
        for (int i = 0; i < 6; i++) server.fault(SKUS, new FakeMicrosoft.Fault(503, Map.of("Retry-After", "0.01"), ""));
        CliRun run = pull();
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("GET " + server.base() + "/v1.0/subscribedSkus").contains("gave up after 6 attempts, the last HTTP 503");
        assertThat(server.requestsTo(SKUS)).isEqualTo(6);
        assertNothingWritten();
    }

    @Test
    void environmentsCanBeChosenByDomainNameNameOrInstanceUrl() throws Exception {
        assertThat(pull("--environment", "00000000-0000-4000-8000-0000000000e2").exit).isEqualTo(0);
        assertThat(yaml(snapshot).get("environments")).hasSize(1).first().satisfies(e -> assertThat(e.get("id").asText()).isEqualTo("fabrikam-apps"));
        CliRun unknown = pull("--environment", "contoso-prod");
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.err).contains("--environment contoso-prod: no environment with Dataverse has that domain name")
                .contains("there are: fabrikam-apps, fabrikam-prod");
    }

    @Test
    void anEnvironmentTypeCanBeGivenWhereTheApisWouldDecideOtherwise() throws Exception {
        assertThat(pull("--environment-type", "fabrikam-apps=customer-engagement").exit).isEqualTo(0);
        assertThat(find(yaml(snapshot).get("environments"), "id", "fabrikam-apps").get("type").asText()).isEqualTo("customer-engagement");
    }

    @Test
    void usageErrorsExit2() {
        CliRun none = CliRun.of("pull", "--output", snapshot.toString(), "--tenant-id", "t");
        assertThat(none.exit).isEqualTo(2);
        assertThat(none.err).contains("pull needs exactly one way to sign in");
        assertThat(pull("--cloud", "mars").err).contains("--cloud mars: expected public, usgov, usgov-high, dod or china");
        CliRun skus = pull("--skus", "DYN365_(");
        assertThat(skus.exit).isEqualTo(2);
        assertThat(skus.err).contains("--skus DYN365_(: not a valid regular expression");
        CliRun secret = CliRun.of("pull", "--output", snapshot.toString(), "--tenant-id", "t", "--client-id", "c",
                "--client-secret-env", "D365_POLICY_TEST_UNSET_VARIABLE");
        assertThat(secret.exit).isEqualTo(2);
        assertThat(secret.err).contains("--client-secret-env D365_POLICY_TEST_UNSET_VARIABLE: the environment variable is not set");
        assertThat(server.seen()).isEmpty();
        assertNothingWritten();
    }

    @Test
    void aFailingTokenCommandExits2WithoutShowingItsOutput() {
        CliRun run = CliRun.of("pull", "--output", snapshot.toString(), "--tenant-id", "t", "--token-command",
                "echo leaked-{resource}; exit 3", "--graph-url", server.base(), "--admin-url", server.base());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("--token-command for Power Platform admin API: the command exited 3").doesNotContain("leaked");
        assertNothingWritten();
    }

    void assertNothingWritten() {
        assertThat(snapshot).doesNotExist();
        assertThat(dir.resolve("saved")).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList()).as("no partial file").isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> findings(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> out.add(f.get("rule").asText() + " " + f.get("subject").asText()));
        return out;
    }

    static JsonNode yaml(Path file) throws IOException {
        return new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(file.toFile());
    }

    static String withoutGeneratedAt(Path file) throws IOException {
        JsonNode tenant = yaml(file);
        ((ObjectNode) tenant.get("provenance")).remove("generatedAt");
        return tenant.toPrettyString();
    }

    static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list) if (item.path(field).asText().equals(value)) return item;
        throw new AssertionError("no " + field + " " + value + " in " + list);
    }
}
