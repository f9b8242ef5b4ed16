package org.d365policy.sources.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.load.InvalidInputException;
import org.d365policy.sources.FakeMicrosoft;
import org.d365policy.sources.Responses;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mapping on its own, on responses held in memory: each case next to its near miss. */
class TenantMappingTest {
    static final String PLAN = "f0000000-0000-4000-8000-000000000001";
    static final String TRIAL = "f0000000-0000-4000-8000-000000000004";
    static final TenantMapping.Stamp STAMP = new TenantMapping.Stamp("import", "2026-11-30T00:00:00Z", "test", List.of("memory"));

    final Responses responses = new Responses("memory");

    TenantMappingTest() {
        put("graph/subscribedSkus.json", """
                {"value": [
                  {"skuId": "%s", "skuPartNumber": "DYN365_ENTERPRISE_SALES", "prepaidUnits": {"enabled": 10, "warning": 2}},
                  {"skuId": "%s", "skuPartNumber": "DYN365_ENTERPRISE_P1_IW", "prepaidUnits": {"enabled": 10000, "warning": 0}}]}"""
                .formatted(PLAN, TRIAL));
        put("graph/users.json", """
                {"value": [
                  {"id": "u1", "userPrincipalName": "ann@x.example", "accountEnabled": true,
                   "assignedLicenses": [{"skuId": "%s"}, {"skuId": "%s"}]},
                  {"id": "u2", "userPrincipalName": "ben@x.example", "accountEnabled": true, "assignedLicenses": []}]}"""
                .formatted(PLAN, TRIAL));
        for (String template : TenantMapping.adminRoleTemplates()) put("graph/roleAssignments/" + template + ".json", "{\"value\": []}");
    }

    void put(String path, String json) {
        responses.put(path, path, FakeMicrosoft.json(json));
    }

    JsonNode map() throws InvalidInputException {
        Map<String, Object> snapshot = TenantMapping.map(responses, MappingOptions.none(), STAMP).snapshot();
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(snapshot);
    }

    @Test
    void aCatalogSkuIsASeatPoolWithItsGraceSeatsATrialIsNot() throws Exception {
        JsonNode tenant = map();
        assertThat(tenant.get("subscriptions").toString())
                .isEqualTo("[{\"sku\":\"DYN365_ENTERPRISE_SALES\",\"seats\":12,\"warningSeats\":2}]");
        assertThat(tenant.get("accounts").get(0).get("licenses").toString()).isEqualTo("[\"DYN365_ENTERPRISE_SALES\"]");
    }

    @Test
    void aTenantWideAssignmentGrantsTheRoleOneScopedToAnAdministrativeUnitDoesNot() throws Exception {
        put("graph/roleAssignments/62e90394-69f5-4237-9190-012177145e10.json", """
                {"value": [
                  {"principalId": "u1", "roleDefinitionId": "62e90394-69f5-4237-9190-012177145e10", "directoryScopeId": "/",
                   "principal": {"@odata.type": "#microsoft.graph.user", "id": "u1"}},
                  {"principalId": "u2", "roleDefinitionId": "62e90394-69f5-4237-9190-012177145e10", "directoryScopeId": "/administrativeUnits/au1",
                   "principal": {"@odata.type": "#microsoft.graph.user", "id": "u2"}}]}""");
        JsonNode accounts = map().get("accounts");
        assertThat(accounts.get(0).get("adminRoles").toString()).isEqualTo("[\"global\"]");
        assertThat(accounts.get(1).has("adminRoles")).isFalse();
    }

    @Test
    void aMissingRoleAssignmentListIsStructuralLossAnEmptyOneIsNot() throws Exception {
        assertThat(map().get("accounts")).hasSize(2);
        Responses without = new Responses("memory");
        responses.all().forEach((path, page) -> {
            if (!path.endsWith("b0f54661-2d74-4c50-afa3-1ec803f12efe.json")) without.put(path, page.name(), page.body());
        });
        assertThatThrownBy(() -> TenantMapping.map(without, MappingOptions.none(), STAMP)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("graph/roleAssignments/b0f54661-2d74-4c50-afa3-1ec803f12efe.json is missing");
    }

    @Test
    void pagesAreReadInTheirNumberedOrder() {
        put("graph/users-10.json", "{\"value\": []}");
        put("graph/users-2.json", "{\"value\": []}");
        assertThat(responses.pages("graph", "users")).extracting(Responses.Page::path)
                .containsExactly("graph/users.json", "graph/users-2.json", "graph/users-10.json");
    }
}
