package org.d365policy.sources.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.load.InvalidInputException;
import org.d365policy.sources.ApiList;
import org.d365policy.sources.Responses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** subscribedSkus: the Customer Engagement seat pools, seats in their grace period included. */
final class SubscriptionMapping {
    private SubscriptionMapping() {
    }

    static List<Object> map(Responses responses, Predicate<String> isSeatPool, Directory directory, MappingLog log)
            throws InvalidInputException {
        Map<String, Map<String, Object>> subscriptions = new TreeMap<>();
        for (Lists.Item item : Lists.required(responses, ApiList.SUBSCRIBED_SKUS, null)) {
            JsonNode sku = item.json();
            String id = Json.lower(Json.text(sku, "skuId"));
            String part = Json.text(sku, "skuPartNumber");
            if (id == null || part == null) {
                log.leftOut(item.file(), "a subscribed SKU", "has no skuId or skuPartNumber");
                continue;
            }
            if (!isSeatPool.test(part)) {
                directory.otherSkus.add(id);
                continue;
            }
            JsonNode units = sku.path("prepaidUnits");
            if (!units.path("enabled").isIntegralNumber()) {
                log.leftOut(item.file(), "SKU " + part, "has no prepaidUnits.enabled, so its seats are unknown");
                continue;
            }
            int warning = Math.max(0, units.path("warning").asInt(0));
            directory.skuById.put(id, part);
            Map<String, Object> subscription = new LinkedHashMap<>();
            subscription.put("sku", part);
            // The admin center's count: seats in their grace period still work (sources.md).
            subscription.put("seats", Math.max(0, units.path("enabled").asInt()) + warning);
            if (warning > 0) subscription.put("warningSeats", warning);
            subscriptions.put(part, subscription);
        }
        return new ArrayList<>(subscriptions.values());
    }
}
