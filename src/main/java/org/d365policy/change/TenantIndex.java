package org.d365policy.change;

import org.d365policy.model.Account;
import org.d365policy.model.Environment;
import org.d365policy.model.Tenant;
import org.d365policy.model.UserRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lookups by UPN and environment, so that one operation on a large tenant does not scan it. */
final class TenantIndex {
    private final Map<String, List<Account>> accounts = new HashMap<>();
    private final Map<String, List<UserRecord>> records = new HashMap<>();
    private final Map<String, Environment> environments = new HashMap<>();

    TenantIndex(Tenant tenant) {
        for (Account account : tenant.getAccounts()) added(account);
        for (Environment env : tenant.getEnvironments()) {
            environments.put(env.getId(), env);
            for (UserRecord record : env.getUsers()) added(record);
        }
    }

    void added(Account account) {
        accounts.computeIfAbsent(account.getUpn(), k -> new ArrayList<>(1)).add(account);
    }

    void removed(Account account) {
        List<Account> list = accounts.get(account.getUpn());
        if (list != null && list.remove(account) && list.isEmpty()) accounts.remove(account.getUpn());
    }

    void added(UserRecord record) {
        records.computeIfAbsent(record.getUpn(), k -> new ArrayList<>(1)).add(record);
    }

    /** The accounts of a UPN, in the order of the file (a copy). */
    List<Account> accounts(String upn) {
        return new ArrayList<>(accounts.getOrDefault(upn, List.of()));
    }

    /** Every record of a UPN, in every environment. */
    List<UserRecord> records(String upn) {
        return records.getOrDefault(upn, List.of());
    }

    /** The first record of a UPN in an environment, or null. */
    UserRecord record(String environment, String upn) {
        for (UserRecord record : records(upn)) {
            if (record.getEnvironment().equals(environment)) return record;
        }
        return null;
    }

    Environment environment(String id) {
        return environments.get(id);
    }
}
