package org.d365policy.engine;

import org.d365policy.model.snapshot.Account;
import org.d365policy.model.snapshot.Group;
import org.d365policy.model.snapshot.Tenant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant's accounts and group memberships by UPN, made once per check: each environment's part takes
 * those of its own people, where reading every account and every group's members again for each part
 * cost a tenth of a million users' check.
 */
final class PeopleIndex {
    private final Map<String, List<Account>> accounts = new HashMap<>();
    private final Map<String, List<Group>> groups = new HashMap<>();

    PeopleIndex(Tenant tenant) {
        for (Account account : tenant.getAccounts()) {
            accounts.computeIfAbsent(account.getUpn(), k -> new ArrayList<>(1)).add(account);
        }
        for (Group group : tenant.getGroups()) {
            for (String upn : group.getMembers()) groups.computeIfAbsent(upn, k -> new ArrayList<>(1)).add(group);
        }
    }

    /** The accounts of one UPN, in the order of the snapshot. */
    List<Account> accounts(String upn) {
        return accounts.getOrDefault(upn, List.of());
    }

    /** The groups that list one UPN as a direct member, once for each time they list it. */
    List<Group> groups(String upn) {
        return groups.getOrDefault(upn, List.of());
    }
}
