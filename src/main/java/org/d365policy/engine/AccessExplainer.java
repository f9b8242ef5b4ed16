package org.d365policy.engine;

import org.d365policy.model.Finding;
import org.d365policy.model.Subject;
import org.d365policy.model.derived.AccessBlock;
import org.d365policy.model.derived.AccessBlocker;
import org.d365policy.model.derived.EffectiveRole;
import org.d365policy.model.derived.GroupStanding;
import org.d365policy.model.derived.SecurityGroupStanding;
import org.d365policy.model.fact.Explaining;
import org.d365policy.model.snapshot.Account;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;
import org.d365policy.model.snapshot.UserType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads what the rules derived about one person's user records (the reasons that keep a record out,
 * its effective roles, its standing with the security group) and lays it out as a chain of links.
 * Whether a link holds is whether the rules derived a blocker for it: nothing is decided here.
 */
public final class AccessExplainer {
    private final TenantSession session;
    private final Tenant tenant;

    public AccessExplainer(TenantSession session, Tenant tenant) {
        this.session = session;
        this.tenant = tenant;
    }

    /** The explanation of each given record, in the order given. */
    public List<RecordExplanation> explain(List<UserRecord> records) {
        List<Finding> findings = session.findings();
        for (UserRecord record : records) session.insert(new Explaining(record));
        session.fire();
        List<RecordExplanation> out = new ArrayList<>();
        for (UserRecord record : records) out.add(explain(record, findings));
        return out;
    }

    private RecordExplanation explain(UserRecord record, List<Finding> allFindings) {
        String key = record.getKey();
        Map<AccessBlock, String> blockers = new EnumMap<>(AccessBlock.class);
        for (Object o : session.kieSession().getObjects(o -> o instanceof AccessBlocker
                && ((AccessBlocker) o).getRecordKey().equals(key))) {
            blockers.put(((AccessBlocker) o).getBlock(), ((AccessBlocker) o).getReason());
        }
        List<EffectiveRole> roles = new ArrayList<>();
        for (Object o : session.kieSession().getObjects(o -> o instanceof EffectiveRole
                && ((EffectiveRole) o).getRecordKey().equals(key))) {
            roles.add((EffectiveRole) o);
        }
        roles.sort(Comparator.comparing(EffectiveRole::getRoleName).thenComparing(r -> r.getSource().ordinal())
                .thenComparing(r -> String.valueOf(r.getVia())).thenComparing(r -> String.valueOf(r.getGroup())));
        SecurityGroupStanding standing = null;
        for (Object o : session.kieSession().getObjects(o -> o instanceof SecurityGroupStanding
                && ((SecurityGroupStanding) o).getRecordKey().equals(key))) {
            standing = (SecurityGroupStanding) o;
        }
        List<Link> chain = new ArrayList<>();
        chain.add(link("enabled", blockers, AccessBlock.DISABLED, "the user record is enabled"));
        chain.add(link("not a stub", blockers, AccessBlock.STUB, record.getType().withArticle() + " record"));
        boolean person = record.getType() == UserType.PERSON;
        chain.add(person ? link("account", blockers, AccessBlock.NO_ACCOUNT, AccessBlock.ACCOUNT_BLOCKED, accountDetail(record))
                : new Link("account", true, "not needed for " + record.getType() + " users"));
        chain.add(!person ? new Link("license", true, "not needed for " + record.getType() + " users")
                // Without an account the rules derive no license blocker: there is nothing to hold one.
                : blockers.containsKey(AccessBlock.NO_ACCOUNT) ? new Link("license", false, "no account to hold one")
                : link("license", blockers, AccessBlock.NO_LICENSE, licenseDetail(record)));
        if (record.getType() == UserType.APPLICATION) {
            chain.add(link("application setup", blockers, AccessBlock.APPLICATION_MISCONFIGURED,
                    "applicationId " + record.getApplicationId() + ", non-interactive"));
        }
        // The rules ask a role of person and application records only; other types without one are not judged on it.
        boolean roleless = roles.isEmpty() && !blockers.containsKey(AccessBlock.NO_ROLE);
        chain.add(roleless ? new Link("security roles", true, "none; not needed for " + record.getType() + " users")
                : link("security roles", blockers, AccessBlock.NO_ROLE, describe(roles)));
        // Without a role the rules derive no app-access blocker, but their no-role reason breaks this link too.
        chain.add(roleless ? new Link("roles grant data", true, "not judged for " + record.getType() + " users")
                : blockers.containsKey(AccessBlock.NO_ROLE) ? new Link("roles grant data", false, "no role, so none grants data")
                : link("roles grant data", blockers, AccessBlock.APP_ACCESS_ONLY, roles.stream()
                .filter(r -> !r.isAppAccess()).map(EffectiveRole::getRoleName).distinct().collect(Collectors.joining(", "))
                + " grants data"));
        chain.add(standing == null ? new Link("security group", true, "not judged for " + record.getType() + " users")
                : link("security group", blockers, AccessBlock.SECURITY_GROUP, describe(standing)));
        return new RecordExplanation(record, chain, roles, standing, findingsAbout(record, allFindings));
    }

    /** The account link breaks for either of two reasons: no account, or every account's sign-in blocked. */
    private static Link link(String name, Map<AccessBlock, String> blockers, AccessBlock first, AccessBlock second,
                             String whenSatisfied) {
        return blockers.containsKey(first) ? link(name, blockers, first, whenSatisfied) : link(name, blockers, second, whenSatisfied);
    }

    private static Link link(String name, Map<AccessBlock, String> blockers, AccessBlock block, String whenSatisfied) {
        String reason = blockers.get(block);
        return reason == null ? new Link(name, true, whenSatisfied) : new Link(name, false, reason);
    }

    private String accountDetail(UserRecord record) {
        long accounts = tenant.getAccounts().stream().filter(a -> a.getUpn().equals(record.getUpn())).count();
        return "Microsoft 365 account " + record.getUpn() + (accounts > 1 ? " (" + accounts + " accounts share it)" : "");
    }

    private String licenseDetail(UserRecord record) {
        TreeSet<String> licenses = new TreeSet<>();
        for (Account account : tenant.getAccounts()) {
            if (account.getUpn().equals(record.getUpn())) licenses.addAll(account.getLicenses());
        }
        if (licenses.isEmpty()) return "holds no license; access mode " + record.getAccessMode() + " needs none";
        return "holds " + String.join(", ", licenses) + " (each takes a seat of its subscription)";
    }

    private static String describe(List<EffectiveRole> roles) {
        if (roles.isEmpty()) return "none";
        return roles.stream().map(r -> r.getRoleName() + " (" + r.getSource() + (r.getVia() == null ? "" : " " + r.getVia())
                + (r.getGroup() == null ? "" : " through the group " + r.getGroup())
                + (r.isAppAccess() ? ", app access only" : "") + ")").collect(Collectors.joining(", "));
    }

    private static String describe(SecurityGroupStanding standing) {
        if (standing.getStanding() == GroupStanding.NONE_SET) return standing.getStanding().toString();
        String text = standing.getGroup() + ": " + standing.getStanding();
        if (standing.getStanding() == GroupStanding.EXEMPT) return text + " (" + standing.getVia() + ")";
        if (standing.getStanding() == GroupStanding.NESTED_ONLY) {
            return standing.getGroup() + ": only through the nested group " + standing.getVia() + ", which is ignored";
        }
        return text;
    }

    /**
     * Findings about the record, and for a person record its account and invitations to its UPN: other
     * records (stub, application, support) need no account and belong to none (tenant-format.md).
     */
    private static List<Finding> findingsAbout(UserRecord record, List<Finding> findings) {
        String user = Subject.user(record);
        boolean person = record.getType() == UserType.PERSON;
        String account = Subject.account(record.getUpn());
        String invitations = "invitation:" + record.getUpn() + ":";
        return findings.stream().filter(f -> f.getSubject().equals(user) || person && (f.getSubject().equals(account)
                || f.getSubject().startsWith(invitations))).collect(Collectors.toList());
    }
}
