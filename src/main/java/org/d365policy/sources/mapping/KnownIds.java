package org.d365policy.sources.mapping;

import java.util.Map;
import java.util.Set;

/** The identifiers Microsoft documents and the mapping relies on; the README lists each with its source. */
final class KnownIds {
    private KnownIds() {
    }

    /**
     * Customer Engagement user-license SKUs by part number (Microsoft Learn, "Product names and service plan identifiers
     * for licensing"): seat pools. Capacity add-ons (CRMSTORAGE, CRMINSTANCE...), Finance and Operations, Business
     * Central, trials and every other product are not.
     */
    static final Set<String> CUSTOMER_ENGAGEMENT_SKUS = Set.of(
            "DYN365_ENTERPRISE_PLAN1",
            "DYN365_ENTERPRISE_SALES",
            "DYN365_ENTERPRISE_CUSTOMER_SERVICE",
            "DYN365_ENTERPRISE_FIELD_SERVICE",
            "DYN365_ENTERPRISE_SALES_CUSTOMERSERVICE",
            "D365_SALES_PRO",
            "D365_SALES_ENT_ATTACH",
            "D365_CUSTOMER_SERVICE_ENT_ATTACH",
            "D365_FIELD_SERVICE_ATTACH",
            "DYN365_CUSTOMER_SERVICE_PRO",
            "DYN365_ENTERPRISE_TEAM_MEMBERS",
            "DYN365_TEAM_MEMBERS",
            "CRMSTANDARD",
            "CRMPLAN2",
            "CRMPLAN1");

    /** Dataverse's standard role templates (the same in every environment; d365-facts.md 2.1). */
    static final Map<String, String> ROLE_TEMPLATES = Map.of(
            "627090ff-40a3-4053-8790-584edc5be201", "system-administrator",
            "119f245c-3cc8-4b62-b31c-d1a046ced15d", "system-customizer",
            "a4be89ff-7c35-4d69-9900-999c3f603e6f", "salesperson",
            "236750cd-45ae-4939-ab12-b24b920ced93", "basic-user",
            "2d101bb3-5ced-4122-83f1-94d5efde4e3b", "support-user",
            "d892cc0b-28c7-4e88-bd92-72f2c366baed", "delegate");

    /**
     * The license-default app-access roles by their documented names (lower-cased): they open an app and reach no data.
     * Matched by the whole name, never by an ending such as "app access".
     */
    static final Set<String> APP_ACCESS_ROLE_NAMES = Set.of(
            "sales, enterprise app access",
            "sales, professional app access",
            "customer service app access",
            "field service app access",
            "app opener");

    /** Entra directory role templates, and the admin roles of the snapshot they stand for. */
    static final Map<String, String> ADMIN_ROLES = Map.of(
            "62e90394-69f5-4237-9190-012177145e10", "global",
            "b0f54661-2d74-4c50-afa3-1ec803f12efe", "billing",
            "966707d0-3269-4727-9be2-8c3a10f19b9d", "password",
            "729827e3-9c14-49f7-bb1b-9608f156bbb8", "password",
            "fe930be7-5e62-47db-91af-98c3a49a38b1", "user-management",
            "44367163-eba1-44c3-98af-f5787879f96a", "service",
            "11648597-926c-4cf3-9c36-bcebb0ba8dcc", "service");

    /** Accounts every environment has, left out without a warning (matched on fullname, with no UPN). */
    static final Set<String> SYSTEM_ACCOUNTS = Set.of("system", "integration");

    /** systemuser.accessmode 0..5 (d365-facts.md 1.1). */
    static final String[] ACCESS_MODES = {"read-write", "administrative", "read", "support-user", "non-interactive",
            "delegated-admin"};

    /** First-party Dynamics 365 Customer Engagement solutions start with this unique-name prefix. */
    static final String CUSTOMER_ENGAGEMENT_SOLUTION_PREFIX = "msdynce_";

    /** A provisioning template of a Dynamics 365 app starts with this (live-apis.md 3.3). */
    static final String DYNAMICS_TEMPLATE_PREFIX = "D365_";
}
