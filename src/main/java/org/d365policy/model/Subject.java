package org.d365policy.model;

import org.d365policy.model.snapshot.UserRecord;

/** The stable subject keys of rules.md, built in one place so that every rule spells them alike. */
public final class Subject {
    private Subject() {
    }

    public static String subscription(String sku) {
        return "subscription:" + sku;
    }

    public static String account(String upn) {
        return "account:" + Upn.normalize(upn);
    }

    public static String invitation(String email, String sku) {
        return "invitation:" + Upn.normalize(email) + ":" + sku;
    }

    public static String environment(String id) {
        return "environment:" + id;
    }

    public static String user(String environment, String upn) {
        return "user:" + environment + "/" + Upn.normalize(upn);
    }

    public static String user(UserRecord record) {
        return user(record.getEnvironment(), record.getUpn());
    }

    public static String team(String environment, String team) {
        return "team:" + environment + "/" + team;
    }

    /** The tenant as a whole (rules.md revision 2), by the snapshot's {@code tenant} name. */
    public static String tenant(String name) {
        return "tenant:" + name;
    }

    public static String waiver(String rule, String subject) {
        return "waiver:" + rule + ":" + subject;
    }
}
