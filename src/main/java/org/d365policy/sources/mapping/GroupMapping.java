package org.d365policy.sources.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.d365policy.load.InvalidInputException;
import org.d365policy.model.Upn;
import org.d365policy.sources.ApiList;
import org.d365policy.sources.Responses;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Entra groups: every group an environment, a group team or a role assignment names, and the groups nested in
 * them, with their direct members. A needed group whose members were not saved is structural loss: the rules would
 * otherwise see an empty group.
 */
final class GroupMapping {
    private GroupMapping() {
    }

    static List<Object> map(Responses responses, Directory directory, MappingLog log) throws InvalidInputException {
        Map<String, Map<String, Object>> groups = new TreeMap<>();
        Deque<String> pending = new ArrayDeque<>(directory.neededGroups.keySet());
        for (String saved : responses.folders("graph/groups")) pending.add(Json.lower(saved));
        while (!pending.isEmpty()) {
            String id = pending.poll();
            if (groups.containsKey(id)) continue;
            String folder = savedFolder(responses, id);
            if (folder == null) {
                throw new InvalidInputException(responses.origin(), 0, 0, null, "graph/groups/" + id + "/members.json is missing, "
                        + "but " + directory.neededGroups.getOrDefault(id, "another group nests it") + "; save the response of "
                        + ApiList.GROUP_MEMBERS.request(id) + " there (or use pull)");
            }
            Set<String> members = new TreeSet<>();
            Set<String> nested = new TreeSet<>();
            for (Lists.Item item : Lists.required(responses, ApiList.GROUP_MEMBERS, folder)) {
                JsonNode member = item.json();
                String type = Json.text(member, "@odata.type", "");
                String memberId = Json.lower(Json.text(member, "id"));
                if (type.endsWith(".group")) {
                    nested.add(memberId);
                    if (!groups.containsKey(memberId)) {
                        directory.needGroup(memberId, "group " + id + " nests it");
                        pending.add(memberId);
                    }
                } else if (type.endsWith(".user")) {
                    String upn = Upn.normalize(Json.text(member, "userPrincipalName"));
                    if (upn == null) upn = directory.upnByUserId.get(memberId);
                    if (upn == null) log.leftOut(item.file(), "member " + memberId, "has no userPrincipalName and is no user of graph/users");
                    else members.add(upn);
                } else {
                    log.leftOut(item.file(), "member " + memberId, "is " + (type.isEmpty() ? "of no @odata.type" : "a " + type)
                            + ", neither user nor group");
                }
            }
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("id", id);
            group.put("members", new ArrayList<>(members));
            group.put("groups", new ArrayList<>(nested));
            groups.put(id, group);
        }
        return new ArrayList<>(groups.values());
    }

    /** The saved folder of a group, whatever the case of its id there. */
    private static String savedFolder(Responses responses, String id) {
        for (String folder : responses.folders("graph/groups")) {
            if (folder.equalsIgnoreCase(id)) return folder;
        }
        return null;
    }
}
