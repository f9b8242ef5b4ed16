package org.d365policy.sources.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Readable ids for Dataverse records: the name where it is unique in its list, else the name and the start of the GUID. */
final class Readable {
    private Readable() {
    }

    static Map<String, String> ids(List<Lists.Item> items, String guidField, String nameField) {
        Map<String, Integer> names = new HashMap<>();
        for (Lists.Item item : items) names.merge(Json.text(item.json(), nameField, "").trim(), 1, Integer::sum);
        Map<String, String> ids = new HashMap<>();
        for (Lists.Item item : items) {
            String guid = Json.lower(Json.text(item.json(), guidField));
            if (guid == null) continue;
            String name = Json.text(item.json(), nameField, "").trim();
            ids.put(guid, name.isEmpty() ? guid : names.get(name) == 1 ? name : name + "-" + guid.substring(0, Math.min(8, guid.length())));
        }
        return ids;
    }
}
