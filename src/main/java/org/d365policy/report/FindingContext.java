package org.d365policy.report;

import org.d365policy.engine.InParallel;
import org.d365policy.model.Finding;
import org.d365policy.model.Subject;
import org.d365policy.model.fact.Waiver;
import org.d365policy.model.snapshot.Account;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Invitation;
import org.d365policy.model.snapshot.InvitationStatus;
import org.d365policy.model.snapshot.Located;
import org.d365policy.model.snapshot.Subscription;
import org.d365policy.model.snapshot.Team;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a report needs to know about each finding beyond the finding itself: where its subject is
 * written in the input, and the reason of the waiver that covers it, if any.
 */
public final class FindingContext {
    public static final FindingContext NONE = new FindingContext(Map.of(), new IdentityHashMap<>(), Map.of(), Map.of());

    private final Map<String, Location> bySubject;
    private final Map<Finding, Location> byFinding;
    private final Map<String, AppliedWaiver> waivers;
    private final Map<String, Location> otherwise;

    private FindingContext(Map<String, Location> bySubject, Map<Finding, Location> byFinding, Map<String, AppliedWaiver> waivers,
                           Map<String, Location> otherwise) {
        this.bySubject = bySubject;
        this.byFinding = byFinding;
        this.waivers = waivers;
        this.otherwise = otherwise;
    }

    /**
     * @param findings the findings the report places
     * @param file how the snapshot's file is named in reports
     * @param waiverFile the waivers file, or null
     * @param waived the waiver reasons of the session, by rule and subject key: the waivers that applied
     * @param byFinding locations of particular findings, such as the operation a change rule judged
     */
    public static FindingContext of(Tenant tenant, Collection<Finding> findings, String file, List<Waiver> waiverList,
                                    String waiverFile, Map<String, String> waived, Map<Finding, Location> byFinding) {
        return of(tenant, findings, file, waiverList, waiverFile, waived, byFinding, ON_TWO_THREADS);
    }

    /** @param onTwoThreads accounts from which the environments' records are placed on a thread of their own */
    static FindingContext of(Tenant tenant, Collection<Finding> findings, String file, List<Waiver> waiverList,
                             String waiverFile, Map<String, String> waived, Map<Finding, Location> byFinding, int onTwoThreads) {
        Set<String> wanted = new HashSet<>();
        for (Finding f : findings) wanted.add(f.getSubject());
        // The environments' records and the accounts are nearly every object of a large tenant: they are
        // walked on two threads (a million users' places, warm: 0.52-0.65 s to 0.36 s). Each kind of subject comes
        // from one kind of object, so the two maps never name the same subject, and the first object
        // written for each subject stays the one that places it.
        Supplier<Map<String, Location>> environments = tenant.getAccounts().size() < onTwoThreads
                ? constant(environments(tenant, wanted, file))
                : InParallel.start("d365-policy-places", () -> environments(tenant, wanted, file));
        Map<String, Location> at = new HashMap<>();
        put(at, wanted, Subject.tenant(tenant.getTenant()), file, tenant);
        for (Subscription s : tenant.getSubscriptions()) put(at, wanted, Subject.subscription(s.getSku()), file, s);
        for (Account a : tenant.getAccounts()) put(at, wanted, Subject.account(a.getUpn()), file, a);
        for (Invitation i : tenant.getInvitations()) {
            if (i.getStatus() == InvitationStatus.PENDING) put(at, wanted, Subject.invitation(i.getEmail(), i.getSku()), file, i);
        }
        for (Invitation i : tenant.getInvitations()) put(at, wanted, Subject.invitation(i.getEmail(), i.getSku()), file, i);
        at.putAll(environments.get());
        Map<String, AppliedWaiver> applied = new HashMap<>();
        for (Waiver w : waiverList) {
            put(at, wanted, Subject.waiver(w.getRule(), w.getSubject()), waiverFile, w);
            String key = Finding.waiverKey(w.getRule(), w.getSubjectKey());
            String reason = waived.get(key);
            if (reason != null) applied.put(key, new AppliedWaiver(reason, w.getApprovedBy(), w.getExpires()));
        }
        return new FindingContext(at, byFinding, applied, Map.of());
    }

    /** Accounts from which the environments' records are placed on a thread of their own: not for a small tenant. */
    private static final int ON_TWO_THREADS = 20_000;

    private static Map<String, Location> environments(Tenant tenant, Set<String> wanted, String file) {
        Map<String, Location> at = new HashMap<>();
        for (Environment e : tenant.getEnvironments()) {
            put(at, wanted, Subject.environment(e.getId()), file, e);
            for (UserRecord u : e.getUsers()) put(at, wanted, Subject.user(u), file, u);
            for (Team t : e.getTeams()) put(at, wanted, Subject.team(e.getId(), t.getId()), file, t);
        }
        return at;
    }

    private static <T> Supplier<T> constant(T value) {
        return () -> value;
    }

    /**
     * The same context, placing a finding whose subject the snapshot does not hold (something a change
     * set made) at {@code places}: where in the change set the subject was first named.
     */
    public FindingContext otherwise(Map<String, Location> places) {
        return new FindingContext(bySubject, byFinding, waivers, Map.copyOf(places));
    }

    /**
     * The first object written for a subject is where it is; objects made by a change have no position.
     * Only the subjects of findings are kept: at a million users, a place for every subject took a map of
     * 2.25 million entries, for a report that names 280,000.
     */
    private static void put(Map<String, Location> at, Set<String> wanted, String subject, String file, Located object) {
        if (object.getLine() > 0 && wanted.contains(subject)) {
            at.putIfAbsent(subject, new Location(file, object.getLine(), object.getColumn()));
        }
    }

    /** Where the finding's subject is written, or null. */
    public Location locate(Finding f) {
        Location location = byFinding.get(f);
        if (location == null) location = bySubject.get(f.getSubject());
        return location != null ? location : otherwise.get(f.getSubject());
    }

    /** The waiver that covers the finding, or null. */
    public AppliedWaiver waiver(Finding f) {
        return waivers.get(f.waiverKey());
    }
}
