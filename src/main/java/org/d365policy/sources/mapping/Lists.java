package org.d365policy.sources.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.load.InvalidInputException;
import org.d365policy.sources.ApiList;
import org.d365policy.sources.Responses;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The records of one saved list, after the checks for structural loss that sources.md names: an error body where
 * data was expected, a page cut short (an {@code @odata.nextLink} nobody followed, top-level or nested), and a
 * record without a field the mapping needs. Each failure names the file and what to fetch.
 */
final class Lists {
    /** Dataverse returns at most this many related rows inline; a nested collection this long may have been cut. */
    static final int DATAVERSE_INLINE_LIMIT = 5000;

    /** A record and the file (or request) it came from. */
    record Item(JsonNode json, String file) {
    }

    private Lists() {
    }

    /** The records of a list the snapshot cannot do without: a missing list is structural loss. */
    static List<Item> required(Responses responses, ApiList list, String id) throws InvalidInputException {
        List<Responses.Page> pages = responses.pages(list.folder(id), list.entity(id));
        if (pages.isEmpty()) {
            String where = list.folder(id) + "/" + Responses.pageName(list.entity(id), 1);
            throw new InvalidInputException(responses.origin(), 0, 0, null, where + " is missing, so the snapshot would miss data; "
                    + "save the response of " + list.request(id) + " there (or use pull)");
        }
        return items(pages, list, id);
    }

    /** The records of a list that may be absent (null then). */
    static List<Item> optional(Responses responses, ApiList list, String id) throws InvalidInputException {
        List<Responses.Page> pages = responses.pages(list.folder(id), list.entity(id));
        return pages.isEmpty() ? null : items(pages, list, id);
    }

    private static List<Item> items(List<Responses.Page> pages, ApiList list, String id) throws InvalidInputException {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Responses.Page page = pages.get(i);
            JsonNode body = page.body();
            checkPlaceInList(pages, i, list, id);
            refuseErrorBody(page.name(), body, list.request(id));
            JsonNode values = body.isObject() && body.has("value") ? body.get("value") : body;
            if (values.isArray()) {
                for (JsonNode record : values) items.add(new Item(record, page.name()));
            } else if (values.isObject()) {
                items.add(new Item(values, page.name()));
            } else {
                throw new InvalidInputException(page.name(), 0, 0, null, "expected an API response: {\"value\": [...]}, a list or a record");
            }
            if (i == pages.size() - 1 && nextLink(body) != null) {
                throw new InvalidInputException(page.name(), 0, 0, "@odata.nextLink", "the list goes on at " + nextLink(body)
                        + ", but no later page was saved; save each page as " + Responses.pageName(list.entity(id), i + 2) + ", "
                        + Responses.pageName(list.entity(id), i + 3) + "... (or use pull)");
            }
        }
        for (Item item : items) {
            checkRecord(item, list, id);
        }
        return items;
    }

    /**
     * Page {@code i} is the one its number says, and the page before it said the list goes on: a page missing
     * between two others, or one left over from an earlier save after a list that has since grown shorter (pull
     * saves into a folder used before, a page deleted by hand), would otherwise drop or bring back records unseen.
     */
    private static void checkPlaceInList(List<Responses.Page> pages, int i, ApiList list, String id) throws InvalidInputException {
        Responses.Page page = pages.get(i);
        String entity = list.entity(id);
        int number = Responses.pageNumberOf(page.path(), entity);
        String folder = list.folder(id).isEmpty() ? "" : list.folder(id) + "/";
        if (number != i + 1) {
            String missing = folder + Responses.pageName(entity, i + 1);
            throw new InvalidInputException(page.name(), 0, 0, null, missing + " is missing, so "
                    + (i == 0 ? "the first page's records would be lost; save the first page of " + list.request(id) + " there"
                    : "the records between would be lost; save the page that " + Responses.pageName(entity, i)
                    + "'s @odata.nextLink leads to there") + " (or use pull)");
        }
        if (i > 0 && nextLink(pages.get(i - 1).body()) == null) {
            String before = Responses.pageName(entity, i);
            throw new InvalidInputException(page.name(), 0, 0, null, "follows " + folder + before + ", which has no @odata.nextLink and so "
                    + "ends the list; remove " + Responses.pageName(entity, number) + " if it is left over from another save, or save "
                    + before + " again with its @odata.nextLink");
        }
    }

    /**
     * A list that other records refer to (subscribed SKUs, an environment's roles) with no record that could be
     * mapped, while a record refers to one: every such reference would be left out, each with a warning, and the
     * snapshot would report every license or role missing (LIC-001, ROLE-001 for everyone), the harm sources.md
     * names; so it is structural loss, where one reference the list does not have stays a warning.
     */
    static InvalidInputException referredToButEmpty(Responses responses, ApiList list, String id, String what, String referrer,
                                                   String reference) {
        List<Responses.Page> pages = responses.pages(list.folder(id), list.entity(id));
        String file = pages.isEmpty() ? responses.origin() : pages.get(0).name();
        return new InvalidInputException(file, 0, 0, null, "lists no " + what + " that could be mapped, but " + referrer + " holds "
                + reference + ", so every " + what + " held would be left out; fetch " + list.request(id) + " again (or use pull)");
    }

    static void refuseErrorBody(String name, JsonNode body, String request) throws InvalidInputException {
        if (body.isObject() && body.has("error")) {
            JsonNode error = body.get("error");
            String what = error.isObject() ? Json.text(error, "code", "") + " " + Json.text(error, "message", "") : error.asText();
            throw new InvalidInputException(name, 0, 0, "error", "is an error response (" + what.trim() + "), not data; fetch "
                    + request + " again with the permissions the README lists");
        }
    }

    private static void checkRecord(Item item, ApiList list, String id) throws InvalidInputException {
        if (!item.json().isObject()) {
            throw new InvalidInputException(item.file(), 0, 0, null, "a record of " + list.entity(id) + " is not an object");
        }
        for (String field : list.required()) {
            if (!item.json().has(field)) {
                throw new InvalidInputException(item.file(), 0, 0, describe(item.json()), "the record has no " + field
                        + ", which the snapshot needs; fetch " + list.request(id) + " (with that $select and $expand)");
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = item.json().fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (!name.endsWith("@odata.nextLink") && !name.endsWith("@odata.nextlink")) continue;
            String nav = name.substring(0, name.indexOf('@'));
            JsonNode inline = item.json().path(nav);
            String link = field.getValue().asText();
            if (link.toLowerCase(Locale.ROOT).contains("skiptoken") || inline.size() >= DATAVERSE_INLINE_LIMIT) {
                throw new InvalidInputException(item.file(), 0, 0, describe(item.json()) + "." + nav, "the expanded list was cut short "
                        + "(" + name + " is " + link + "); fetch that link and merge its records into " + nav + " (pull does)");
            }
        }
    }

    static String nextLink(JsonNode body) {
        if (!body.isObject()) return null;
        for (String key : List.of("@odata.nextLink", "@odata.nextlink", "nextLink")) {
            String link = Json.text(body, key);
            if (link != null && !link.isBlank()) return link;
        }
        return null;
    }

    /** The record as messages name it: its first identifying field. */
    static String describe(JsonNode record) {
        for (String key : List.of("userPrincipalName", "domainname", "name", "skuPartNumber", "id", "systemuserid", "teamid", "roleid",
                "businessunitid", "principalId")) {
            String value = Json.text(record, key);
            if (value != null) return key + " " + value;
        }
        return "a record";
    }
}
