package org.d365policy.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.d365policy.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * import of responses saved by hand: every structural loss of sources.md exits 2 naming the file and what to fetch,
 * with nothing written; what cannot be mapped is a warning naming the file, the record and why.
 */
class ImportCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path saved;
    Path output;

    @BeforeEach
    void save() throws IOException {
        saved = dir.resolve("fabrikam");
        output = dir.resolve("out.tenant.yaml");
        new Fabrikam().writeFolder(saved, "https://fabrikam.crm4.dynamics.com");
    }

    CliRun importIt(String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "import";
        args[1] = saved.toString();
        args[2] = "--output";
        args[3] = output.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return CliRun.of(args);
    }

    @Test
    void aFolderSavedByHandImportsWithWarningsNamingFileRecordAndWhy() throws Exception {
        CliRun run = importIt("--as-of", "2026-11-25");
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        assertThat(run.err).contains("warning: " + saved.resolve("graph/users.json") + ": user c0000000-0000-4000-8000-000000000000: "
                        + "has no userPrincipalName; left out")
                .contains("warning: " + saved.resolve("environments/fabrikam-prod/systemusers.json") + ": user c2-user@fabrikam.com: "
                        + "has systemmanagedusertype 1, neither 0 (Entra user) nor 2 (stub user); left out")
                .doesNotContain("SYSTEM").doesNotContain("INTEGRATION")
                .endsWith("wrote " + output + ": 6 accounts, 1 subscription, 3 groups, 2 environments, 8 user records; 3 records left out\n");
        JsonNode tenant = PullCommandTest.yaml(output);
        assertThat(tenant.get("provenance").get("kind").asText()).isEqualTo("import");
        assertThat(tenant.get("provenance").get("sources").toString()).isEqualTo("[\"" + saved + "\"]");
        JsonNode bob = PullCommandTest.find(PullCommandTest.find(tenant.get("environments"), "id", "fabrikam-prod").get("users"), "upn",
                "bob@fabrikam.com");
        assertThat(bob.get("roles").toString()).as("a nested link without a paging token cut nothing").isEqualTo("[\"Salesperson\"]");
    }

    @Test
    void anErrorBodyWhereDataWasExpectedIsStructuralLoss() throws Exception {
        Files.writeString(saved.resolve("graph/subscribedSkus.json"),
                "{\"error\": {\"code\": \"Authorization_RequestDenied\", \"message\": \"Insufficient privileges to complete the operation.\"}}");
        assertLoss("graph/subscribedSkus.json", "is an error response (Authorization_RequestDenied Insufficient privileges",
                "fetch GET subscribedSkus?$select=");
    }

    @Test
    void usersWithoutAssignedLicensesAreStructuralLoss() throws Exception {
        edit("graph/users.json", users -> ((ObjectNode) users.get("value").get(1)).remove("assignedLicenses"));
        assertLoss("graph/users.json", "userPrincipalName bob@fabrikam.com: the record has no assignedLicenses, which the snapshot needs",
                "fetch GET users?$select=id,userPrincipalName,displayName,accountEnabled,assignedLicenses");
    }

    @Test
    void userRecordsWithoutTheirRolesAreStructuralLoss() throws Exception {
        edit("environments/fabrikam-prod/systemusers.json", users -> ((ObjectNode) users.get("value").get(2)).remove("systemuserroles_association"));
        assertLoss("environments/fabrikam-prod/systemusers.json", "the record has no systemuserroles_association",
                "with &$expand=systemuserroles_association($select=roleid,name)");
    }

    @Test
    void aLastPageWithANextLinkIsStructuralLoss() throws Exception {
        edit("graph/users.json", users -> ((ObjectNode) users).put("@odata.nextLink", "https://graph.microsoft.com/v1.0/users?$skiptoken=X1"));
        assertLoss("graph/users.json", "the list goes on at https://graph.microsoft.com/v1.0/users?$skiptoken=X1",
                "save each page as users-2.json, users-3.json");
    }

    @Test
    void pagesLinkedByTheirNextLinksImportAsOneList() throws Exception {
        splitUsers();
        CliRun run = importIt();
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        assertThat(run.err).contains("6 accounts");
    }

    @Test
    void aPageMissingBetweenTwoOthersIsStructuralLoss() throws Exception {
        splitUsers();
        Files.delete(saved.resolve("graph/users-2.json"));
        assertLoss("graph/users-3.json", "graph/users-2.json is missing, so the records between would be lost",
                "save the page that users.json's @odata.nextLink leads to there");
    }

    @Test
    void aFirstPageMissingBeforeLaterOnesIsStructuralLoss() throws Exception {
        splitUsers();
        Files.move(saved.resolve("graph/users.json"), saved.resolve("graph/user.json"));
        assertLoss("graph/users-2.json", "graph/users.json is missing, so the first page's records would be lost",
                "save the first page of GET users?$select=");
    }

    @Test
    void aPageNumberWrittenAnotherWayIsNoPage() throws Exception {
        splitUsers();
        Files.copy(saved.resolve("graph/users.json"), saved.resolve("graph/users-1.json"));
        Files.copy(saved.resolve("graph/users-2.json"), saved.resolve("graph/users-02.json"));
        CliRun run = importIt();
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        assertThat(run.err).contains("warning: " + saved.resolve("graph/users-02.json") + ": not read")
                .contains("warning: " + saved.resolve("graph/users-1.json") + ": not read").contains("6 accounts");
    }

    @Test
    void aPageAfterTheLastIsLeftOverFromAnotherSave() throws Exception {
        splitUsers();
        edit("graph/users-2.json", page -> ((ObjectNode) page).remove("@odata.nextLink"));
        assertLoss("graph/users-3.json", "follows graph/users-2.json, which has no @odata.nextLink and so ends the list",
                "remove users-3.json if it is left over from another save");
    }

    /** graph/users.json as Graph pages it: three pages, each but the last with the link to the next. */
    private void splitUsers() throws IOException {
        JsonNode users = JSON.readTree(saved.resolve("graph/users.json").toFile()).get("value");
        assertThat(users.size()).isGreaterThanOrEqualTo(3);
        int[] ends = {1, 2, users.size()};
        int from = 0;
        for (int page = 1; page <= 3; page++) {
            ObjectNode body = JSON.createObjectNode();
            ArrayNode values = body.putArray("value");
            for (int i = from; i < ends[page - 1]; i++) values.add(users.get(i));
            if (page < 3) body.put("@odata.nextLink", "https://graph.microsoft.com/v1.0/users?$skiptoken=P" + (page + 1));
            Files.writeString(saved.resolve(page == 1 ? "graph/users.json" : "graph/users-" + page + ".json"), body.toString());
            from = ends[page - 1];
        }
    }

    @Test
    void aMisspeltKeyOfTenantJsonIsRefused() throws Exception {
        Files.writeString(saved.resolve("tenant.json"), "{\"asof\": \"2026-01-01\", \"tenant\": \"Fabrikam\"}");
        assertLoss("tenant.json", "asof", "is no key of tenant.json; expected tenant, asOf, profile, skus, environmentTypes, provenance");
    }

    @Test
    void subscribedSkusWithNoRecordWhileUsersHoldLicensesIsStructuralLoss() throws Exception {
        Files.writeString(saved.resolve("graph/subscribedSkus.json"), "{\"value\": []}");
        assertLoss("graph/subscribedSkus.json", "lists no subscribed SKU that could be mapped, but user ",
                "so every subscribed SKU held would be left out; fetch GET subscribedSkus?$select=");
    }

    @Test
    void rolesWithNoRecordWhileUserRecordsHoldRolesIsStructuralLoss() throws Exception {
        Files.writeString(saved.resolve("environments/fabrikam-prod/roles.json"), "{\"value\": []}");
        assertLoss("environments/fabrikam-prod/roles.json", "lists no role that could be mapped, but ",
                "so every role held would be left out; fetch GET roles?$select=");
    }

    @Test
    void aFileTheLayoutDoesNotNameIsAWarningNamingIt() throws Exception {
        Files.move(saved.resolve("environments/fabrikam-prod/solutions.json"), saved.resolve("environments/fabrikam-prod/solution.json"));
        CliRun run = importIt();
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        assertThat(run.err).contains("warning: " + saved.resolve("environments/fabrikam-prod/solution.json")
                + ": not read: no file of the folder layout has this name, or another file of it was read instead (README, \"The folder layout\")\n");
        assertThat(CliRun.of("import", saved.toString(), "--output", dir.resolve("again.tenant.yaml").toString()).err)
                .as("the other files are all read").containsOnlyOnce("no file of the folder layout has this name");
    }

    @Test
    void aLicenseLeftOutIsCountedApartFromTheRecordsLeftOut() throws Exception {
        edit("graph/users.json", users -> ((ArrayNode) users.get("value").get(1).get("assignedLicenses")).addObject()
                .put("skuId", "99999999-0000-4000-8000-000000000000"));
        CliRun run = importIt();
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        assertThat(run.err).contains("user bob@fabrikam.com: holds SKU 99999999-0000-4000-8000-000000000000, which subscribedSkus does not "
                + "list; left out").endsWith("; 3 records left out, and 1 license, role or team member of a record kept\n");
        assertThat(PullCommandTest.yaml(output).get("provenance").get("leftOut").asInt()).as("records only").isEqualTo(3);
    }

    @Test
    void aNestedListCutShortIsStructuralLoss() throws Exception {
        edit("environments/fabrikam-prod/systemusers.json", users -> ((ObjectNode) users.get("value").get(2))
                .put("systemuserroles_association@odata.nextLink", "https://fabrikam.crm4.dynamics.com/api/data/v9.2/systemusers(x)/"
                        + "systemuserroles_association?$skiptoken=%3Ccookie%3E"));
        assertLoss("environments/fabrikam-prod/systemusers.json", "the expanded list was cut short",
                "fetch that link and merge its records into systemuserroles_association");
    }

    @Test
    void aNeededListThatIsMissingIsStructuralLoss() throws Exception {
        Files.delete(saved.resolve("environments/fabrikam-prod/teams.json"));
        assertLoss("", "environments/fabrikam-prod/teams.json is missing", "save the response of GET teams?$select=");
        save();
        Files.delete(saved.resolve("graph/users.json"));
        assertLoss("", "graph/users.json is missing", "GET users?$select=");
    }

    @Test
    void aSecurityGroupWhoseMembersWereNotSavedIsStructuralLoss() throws Exception {
        Files.delete(saved.resolve("graph/groups/" + Fabrikam.PROD_GROUP + "/members.json"));
        assertLoss("", "graph/groups/" + Fabrikam.PROD_GROUP + "/members.json is missing, but environment fabrikam-prod names it as its "
                + "security group", "GET groups/" + Fabrikam.PROD_GROUP + "/members");
    }

    @Test
    void aDirectoryRoleMemberListThatGraphCappedIsStructuralLoss() throws Exception {
        deleteTree(saved.resolve("graph/roleAssignments"));
        ArrayNode members = JSON.createArrayNode();
        for (int i = 0; i < 20; i++) members.addObject().put("@odata.type", "#microsoft.graph.user").put("id", "m" + i);
        ObjectNode role = JSON.createObjectNode().put("roleTemplateId", Fabrikam.GLOBAL_ADMIN).put("displayName", "Global Administrator");
        role.set("members", members);
        Files.writeString(saved.resolve("graph/directoryRoles.json"), "{\"value\": [" + role + "]}");
        assertLoss("graph/directoryRoles.json", "the role lists 20 members, where Graph's $expand silently stops",
                "GET roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '" + Fabrikam.GLOBAL_ADMIN + "'");
    }

    @Test
    void anUncappedDirectoryRoleListStillGivesAdminRoles() throws Exception {
        deleteTree(saved.resolve("graph/roleAssignments"));
        Files.writeString(saved.resolve("graph/directoryRoles.json"), """
                {"value": [{"roleTemplateId": "%s", "displayName": "Global Administrator",
                  "members": [{"@odata.type": "#microsoft.graph.user", "id": "c0000000-0000-4000-8000-000000000ca1"}]}]}"""
                .formatted(Fabrikam.GLOBAL_ADMIN));
        assertThat(importIt().exit).isEqualTo(0);
        assertThat(PullCommandTest.find(PullCommandTest.yaml(output).get("accounts"), "upn", "carol@fabrikam.com").get("adminRoles").toString())
                .isEqualTo("[\"global\"]");
    }

    @Test
    void textInAnEncodingOtherThanUtf8OrUtf16WithBomIsRefused() throws Exception {
        String organization = "{\"value\": [{\"id\": \"o\", \"displayName\": \"Fabrikam Société\"}]}";
        Files.write(saved.resolve("graph/organization.json"), organization.getBytes(StandardCharsets.ISO_8859_1));
        CliRun latin1 = importIt();
        assertThat(latin1.exit).isEqualTo(2);
        assertThat(latin1.err).contains(saved.resolve("graph/organization.json").toString());
        assertThat(output).doesNotExist();
        Files.write(saved.resolve("graph/organization.json"), bom(organization, Charset.forName("UTF-32LE"), 0xff, 0xfe, 0, 0));
        assertThat(importIt().err).contains("the file is UTF-32");
        Files.write(saved.resolve("graph/organization.json"), bom(organization, StandardCharsets.UTF_16LE, 0xff, 0xfe));
        CliRun utf16 = importIt();
        assertThat(utf16.exit).as(utf16.toString()).isEqualTo(0);
        assertThat(PullCommandTest.yaml(output).get("tenant").asText()).isEqualTo("Fabrikam Société");
    }

    @Test
    void theAdminApisRealEnvironmentResponseAndAHandWrittenOneAreBothRead() throws Exception {
        deleteTree(saved.resolve("admin"));
        Files.writeString(saved.resolve("environments/fabrikam-prod/environment.json"),
                "{\"value\": " + new Fabrikam().list("/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments") + "}");
        Files.writeString(saved.resolve("environments/fabrikam-apps/environment.json"), "{\"type\": \"power-apps\"}");
        CliRun run = importIt();
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        JsonNode environments = PullCommandTest.yaml(output).get("environments");
        assertThat(PullCommandTest.find(environments, "id", "fabrikam-prod").get("securityGroup").asText()).isEqualTo(Fabrikam.PROD_GROUP);
        assertThat(PullCommandTest.find(environments, "id", "fabrikam-apps").get("type").asText()).isEqualTo("power-apps");
    }

    @Test
    void withoutTemplateOrSolutionsTheTypeIsAnApproximationRecordedInProvenance() throws Exception {
        deleteTree(saved.resolve("admin"));
        Files.delete(saved.resolve("environments/fabrikam-prod/solutions.json"));
        assertThat(importIt().exit).isEqualTo(0);
        JsonNode tenant = PullCommandTest.yaml(output);
        assertThat(PullCommandTest.find(tenant.get("environments"), "id", "fabrikam-prod").get("type").asText()).isEqualTo("customer-engagement");
        assertThat(tenant.get("provenance").get("approximations").toString()).contains("environment type customer-engagement where neither "
                + "a Dynamics 365 template nor a list of solutions could tell: 1");
    }

    @Test
    void anUnknownCodeValueIsAWarningNeverADefault() throws Exception {
        edit("environments/fabrikam-prod/systemusers.json", users -> ((ObjectNode) users.get("value").get(3)).put("accessmode", 9));
        CliRun run = importIt();
        assertThat(run.exit).isEqualTo(0);
        assertThat(run.err).contains("systemusers.json: user carol@fabrikam.com: has accessmode 9, which is no documented value (0-5); left out")
                .contains("4 records left out");
    }

    @Test
    void theSkuCatalogCanBeReplacedAndAnInvalidPatternIsAUsageError() throws Exception {
        assertThat(importIt("--skus", "DYN365_.*").exit).isEqualTo(0);
        assertThat(PullCommandTest.yaml(output).get("subscriptions").findValuesAsText("sku"))
                .containsExactlyInAnyOrder("DYN365_ENTERPRISE_PLAN1", "DYN365_ENTERPRISE_P1_IW", "DYN365_FINANCIALS_BUSINESS_SKU");
        Files.delete(output);
        CliRun invalid = importIt("--skus", "[DYN");
        assertThat(invalid.exit).isEqualTo(2);
        assertThat(invalid.err).contains("--skus [DYN: not a valid regular expression");
        assertThat(output).doesNotExist();
    }

    @Test
    void aFailedImportLeavesAnOlderSnapshotAsItWas() throws Exception {
        Files.writeString(output, "tenant: older\n");
        Files.delete(saved.resolve("graph/subscribedSkus.json"));
        assertThat(importIt().exit).isEqualTo(2);
        assertThat(Files.readString(output)).isEqualTo("tenant: older\n");
    }

    void assertLoss(String file, String... parts) {
        CliRun run = importIt();
        assertThat(run.exit).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains(file.isEmpty() ? saved.toString() : saved.resolve(file).toString()).contains(parts)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(output).doesNotExist();
    }

    void edit(String file, Consumer<JsonNode> change) throws IOException {
        JsonNode body = JSON.readTree(saved.resolve(file).toFile());
        change.accept(body);
        Files.writeString(saved.resolve(file), body.toString());
    }

    static byte[] bom(String text, Charset charset, int... mark) {
        byte[] content = text.getBytes(charset);
        byte[] all = new byte[mark.length + content.length];
        for (int i = 0; i < mark.length; i++) all[i] = (byte) mark[i];
        System.arraycopy(content, 0, all, mark.length, content.length);
        return all;
    }

    static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
