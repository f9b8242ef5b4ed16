package org.d365policy.sources.mapping;


import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user record's invitation (systemuser.invitestatuscode): 1, 2 and 3 (invited, near expired, expired) are
 * pending, 4 accepted, 5 and 6 (rejected, revoked) revoked. It is for the record's own UPN, a guest's {@code #EXT#}
 * UPN included, so it takes no extra seat when that account holds the SKU.
 */
final class InvitationMapping {
    static final String ISSUED = "invitation issue day taken from modifiedon";
    static final String SKU = "invitation SKU taken as the person's first Customer Engagement license";

    private InvitationMapping() {
    }

    static void map(Lists.Item item, String upn, Directory directory, MappingLog log) {
        Integer code = Json.code(item.json(), "invitestatuscode");
        if (code == null || code == 0) return;
        String status = switch (code) {
            case 1, 2, 3 -> "pending";
            case 4 -> "accepted";
            case 5, 6 -> "revoked";
            default -> null;
        };
        String name = "invitation of " + upn;
        if (status == null) {
            log.leftOut(item.file(), name, "has invitestatuscode " + code + ", which is no documented value (0-6)");
            return;
        }
        List<String> licenses = directory.licenses(upn);
        String modified = Json.text(item.json(), "modifiedon");
        if (licenses.isEmpty() || modified == null || modified.length() < 10) {
            log.leftOut(item.file(), name, "has invitestatuscode " + code + " but no Customer Engagement license or modifiedon "
                    + "to price and date it");
            return;
        }
        String issued = modified.substring(0, 10);
        Map<String, Object> invitation = new LinkedHashMap<>();
        invitation.put("email", upn);
        invitation.put("sku", licenses.get(0));
        invitation.put("issued", issued);
        invitation.put("status", status);
        String key = upn + "\n" + licenses.get(0) + "\n" + status + ("pending".equals(status) ? "" : "\n" + issued);
        Map<String, Object> earlier = directory.invitations.get(key);
        // The same person invited in two environments: one invitation, the later one.
        if (earlier == null || ((String) earlier.get("issued")).compareTo(issued) < 0) {
            if (earlier == null) {
                log.approximated(ISSUED);
                if (licenses.size() > 1) log.approximated(SKU);
            }
            directory.invitations.put(key, invitation);
        }
    }
}
