package org.d365policy.sources.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.Upn;
import org.d365policy.sources.ApiList;
import org.d365policy.sources.Responses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Graph users: accounts with their Customer Engagement licenses and whether they may sign in. */
final class AccountMapping {
    private AccountMapping() {
    }

    static void map(Responses responses, Directory directory, MappingLog log) throws InvalidInputException {
        for (Lists.Item item : Lists.required(responses, ApiList.USERS, null)) {
            JsonNode user = item.json();
            // Guests keep their #EXT# UPN: it is the name their user records and invitations carry.
            String upn = Upn.normalize(Json.text(user, "userPrincipalName"));
            if (upn == null || upn.isBlank()) {
                log.leftOut(item.file(), "user " + Json.text(user, "id"), "has no userPrincipalName");
                continue;
            }
            if (directory.accounts.containsKey(upn)) {
                log.leftOut(item.file(), "user " + upn, "appears twice in the list");
                continue;
            }
            JsonNode enabled = user.get("accountEnabled");
            if (!enabled.isBoolean()) {
                log.leftOut(item.file(), "user " + upn, "has accountEnabled " + enabled + ", neither true nor false");
                continue;
            }
            String id = Json.lower(Json.text(user, "id"));
            if (id != null) directory.upnByUserId.put(id, upn);
            Set<String> licenses = new TreeSet<>();
            for (JsonNode license : user.path("assignedLicenses")) {
                String skuId = Json.lower(Json.text(license, "skuId"));
                if (directory.skuById.containsKey(skuId)) {
                    licenses.add(directory.skuById.get(skuId));
                } else if (skuId != null && directory.skuById.isEmpty() && directory.otherSkus.isEmpty()) {
                    throw Lists.referredToButEmpty(responses, ApiList.SUBSCRIBED_SKUS, null, "subscribed SKU", "user " + upn, "SKU " + skuId);
                } else if (skuId != null && !directory.otherSkus.contains(skuId)) {
                    log.heldLeftOut(item.file(), "user " + upn, "holds SKU " + skuId + ", which subscribedSkus does not list");
                }
            }
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("upn", upn);
            if (Json.text(user, "displayName") != null) account.put("displayName", Json.text(user, "displayName"));
            if (!enabled.asBoolean()) account.put("enabled", false);
            account.put("licenses", new ArrayList<>(licenses));
            directory.accounts.put(upn, account);
        }
    }
}
