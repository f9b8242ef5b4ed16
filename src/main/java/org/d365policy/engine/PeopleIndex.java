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
 * cost a tenth of a million users' check. One entry per UPN holds both, so that a part looks each of its
 * people up once: at a million users, two lookups in maps of a million were 1.2 s of a check's CPU.
 */
final class PeopleIndex {
    /** One UPN's accounts, in the order of the snapshot, and the groups that list it, once for each time they list it. */
    record Person(List<Account> accounts, List<Group> groups) {
        static final Person NOBODY = new Person(List.of(), List.of());
    }

    private final Map<String, Person> people;

    PeopleIndex(Tenant tenant) {
        // Sized for every account at once: grown from the default, the table of a million users doubled 17 times,
        // each time moving every entry it held.
        people = new HashMap<>(tenant.getAccounts().size() * 4 / 3 + 1);
        for (Account account : tenant.getAccounts()) entry(account.getUpn()).accounts().add(account);
        for (Group group : tenant.getGroups()) {
            for (String upn : group.getMembers()) entry(upn).groups().add(group);
        }
    }

    private Person entry(String upn) {
        return people.computeIfAbsent(upn, k -> new Person(new ArrayList<>(1), new ArrayList<>(0)));
    }

    /** The accounts and groups of one UPN; none for a UPN that has neither. */
    Person person(String upn) {
        return people.getOrDefault(upn, Person.NOBODY);
    }
}
