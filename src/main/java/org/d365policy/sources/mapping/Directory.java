package org.d365policy.sources.mapping;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the Graph side of the mapping learnt and the environments' side reads: SKUs, accounts, and the groups referenced. */
final class Directory {
    /** Customer Engagement SKUs by skuId (lower-cased) to part number. */
    final Map<String, String> skuById = new HashMap<>();
    /** SKUs of the tenant that are no seat pool here: known, so a license of one is no warning. */
    final Set<String> otherSkus = new HashSet<>();
    final Map<String, String> upnByUserId = new HashMap<>();
    /** Accounts by UPN, in tenant-format's shape. */
    final Map<String, Map<String, Object>> accounts = new TreeMap<>();
    /** Invitations by e-mail, SKU and status (and the day, for those no longer pending). */
    final Map<String, Map<String, Object>> invitations = new TreeMap<>();
    /** Groups the snapshot must hold, with who needs each (for the message when its members were not saved). */
    final Map<String, String> neededGroups = new TreeMap<>();

    void needGroup(String id, String why) {
        neededGroups.putIfAbsent(id, why);
    }

    @SuppressWarnings("unchecked")
    void grantAdminRole(String upn, String role) {
        ((Set<String>) accounts.get(upn).computeIfAbsent("adminRoles", k -> new TreeSet<String>())).add(role);
    }

    @SuppressWarnings("unchecked")
    List<String> licenses(String upn) {
        Map<String, Object> account = accounts.get(upn);
        return account == null ? List.of() : (List<String>) account.get("licenses");
    }
}
