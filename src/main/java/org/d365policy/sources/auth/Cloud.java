package org.d365policy.sources.auth;

import java.util.Locale;

/**
 * The hosts of each Microsoft cloud (live-apis.md 1.6): sign-in, Microsoft Graph, and the Power Platform admin API
 * with the audience its tokens are for. Dataverse hosts are not here: they come from the admin API's instance URLs.
 */
public enum Cloud {
    PUBLIC("public", "login.microsoftonline.com", "graph.microsoft.com", "api.bap.microsoft.com", "service.powerapps.com"),
    USGOV("usgov", "login.microsoftonline.com", "graph.microsoft.com", "gov.api.bap.microsoft.us", "service.powerapps.us"),
    USGOV_HIGH("usgov-high", "login.microsoftonline.us", "graph.microsoft.us", "high.api.bap.microsoft.us",
            "high.service.apps.appsplatform.us"),
    DOD("dod", "login.microsoftonline.us", "dod-graph.microsoft.us", "api.bap.appsplatform.us", "service.apps.appsplatform.us"),
    CHINA("china", "login.chinacloudapi.cn", "microsoftgraph.chinacloudapi.cn", "api.bap.partner.microsoftonline.cn",
            "service.powerapps.cn");

    private final String option;
    private final String loginHost;
    private final String graphHost;
    private final String adminHost;
    private final String adminAudienceHost;

    Cloud(String option, String loginHost, String graphHost, String adminHost, String adminAudienceHost) {
        this.option = option;
        this.loginHost = loginHost;
        this.graphHost = graphHost;
        this.adminHost = adminHost;
        this.adminAudienceHost = adminAudienceHost;
    }

    /** The cloud a --cloud value names, or null. */
    public static Cloud of(String option) {
        for (Cloud cloud : values()) if (cloud.option.equals(option.toLowerCase(Locale.ROOT))) return cloud;
        return null;
    }

    public String option() {
        return option;
    }

    public String loginUrl() {
        return "https://" + loginHost;
    }

    public String graphUrl() {
        return "https://" + graphHost;
    }

    public String adminUrl() {
        return "https://" + adminHost;
    }

    /** The resource a token for the admin API is for: not the API's own host (live-apis.md 1.4). */
    public String adminAudience() {
        return "https://" + adminAudienceHost;
    }
}
