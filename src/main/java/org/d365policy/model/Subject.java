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

    /** The findings about a waiver (WAIVER-001, WAIVER-002): its subject as {@link #canonical} writes it. */
    public static String waiver(String rule, String subject) {
        return "waiver:" + rule + ":" + canonical(subject);
    }

    /**
     * A subject as a waiver may write it, spelt as the rules spell it: UPNs and e-mail addresses lower-cased, every
     * other id and SKU as written (tenant-format.md, "Meanings the rules rely on"), so that {@code user:Prod/Carl@Acme.com}
     * is {@code user:Prod/carl@acme.com}. A subject of no known kind is left as written.
     */
    public static String canonical(String subject) {
        int colon = subject.indexOf(':');
        String kind = colon < 0 ? "" : subject.substring(0, colon);
        String rest = subject.substring(colon + 1);
        switch (kind) {
            case "account":
                return account(rest);
            case "user": {
                int slash = rest.indexOf('/');
                return slash < 0 ? subject : user(rest.substring(0, slash), rest.substring(slash + 1));
            }
            case "invitation": {
                int last = rest.lastIndexOf(':');
                return last < 0 ? subject : invitation(rest.substring(0, last), rest.substring(last + 1));
            }
            default:
                return subject;
        }
    }
}
