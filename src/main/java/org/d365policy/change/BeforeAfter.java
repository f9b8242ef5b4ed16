package org.d365policy.change;

import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.InParallel;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.TenantCheck;
import org.d365policy.engine.TenantComparison;
import org.d365policy.engine.TenantSession;
import org.d365policy.model.Finding;
import org.d365policy.model.change.BeforeInvitation;
import org.d365policy.model.change.BeforeRecord;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Invitation;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;
import org.d365policy.report.FindingContext;
import org.d365policy.report.ReportedFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Two snapshots of one tenant compared: diff, and each file of the pre-commit gate. */
public final class BeforeAfter {
    private BeforeAfter() {
    }

    /**
     * Where both sides are judged alike (one day, profile, parameters, rules and waivers), name the same
     * tenant and the rules have parts, judges each part on the side before and reaches the side after in
     * the same part's session by the difference between the two ({@link #inParts}); otherwise judges each
     * side in a session of its own. The findings and statuses are the same either way (changes.md
     * revision 2). The accounts and records of {@code after} may be renumbered.
     *
     * @param before the tenant before, or null where there is none (a new file): then every finding is introduced
     * @param gateFile the file to name on each finding (the gate), or null
     * @param waiverFile the waivers file of the settings' waivers, or null
     */
    public static List<ReportedFinding> compare(RuleBase rules, Tenant before, String beforeFile, EvaluationSettings beforeSettings,
                                                Tenant after, String afterFile, EvaluationSettings afterSettings,
                                                String waiverFile, String gateFile) {
        return compare(rules, before, beforeFile, beforeSettings, after, afterFile, afterSettings, waiverFile, gateFile,
                TenantCheck.PEOPLE_PER_PART);
    }

    /** @param peoplePerPart as in {@link TenantCheck}: the tests' way to judge small tenants in several shares */
    static List<ReportedFinding> compare(RuleBase rules, Tenant before, String beforeFile, EvaluationSettings beforeSettings,
                                         Tenant after, String afterFile, EvaluationSettings afterSettings,
                                         String waiverFile, String gateFile, int peoplePerPart) {
        if (before != null && rules.parts() != null && beforeSettings.judgesAlike(afterSettings)
                && Objects.equals(before.getTenant(), after.getTenant())) {
            return inParts(rules, before, beforeFile, after, afterFile, afterSettings, waiverFile, gateFile, peoplePerPart);
        }
        return separately(rules, before, beforeFile, beforeSettings, after, afterFile, afterSettings, waiverFile, gateFile);
    }

    /**
     * Both sides in the parts of a check, each part's session taken from one side to the other by the
     * difference between them (TenantComparison), and the rules about the change in a part of their own:
     * over the records that differ, or share their environment and UPN with another (USR-002), on both
     * sides, and the invitations. A record alike on both sides, and alone with its UPN in its environment,
     * cannot make CHG-003 or CHG-005 find a change.
     */
    static List<ReportedFinding> inParts(RuleBase rules, Tenant before, String beforeFile, Tenant after, String afterFile,
                                         EvaluationSettings settings, String waiverFile, String gateFile, int peoplePerPart) {
        // The pairing is worked out on a thread of its own while the parts judge the side before.
        Supplier<SnapshotPairing> paired = InParallel.start("d365-policy-pairing", () -> SnapshotPairing.of(before, after));
        Set<String> shared = sharedKeys(before);
        TenantComparison judged = TenantComparison.judge(rules, before, after, settings, paired, sink -> {
            Set<String> changed = paired.get().touched();
            changed.addAll(shared);
            sink.accept(settings.toFact());
            for (Environment env : after.getEnvironments()) {
                for (UserRecord r : env.getUsers()) if (changed.contains(SnapshotPairing.key(env.getId(), r.getUpn()))) sink.accept(r);
            }
            for (Invitation i : after.getInvitations()) sink.accept(i);
            baselineOf(before, changed::contains).forEach(sink);
        }, peoplePerPart);
        List<FindingContext> contexts = InParallel.both(
                () -> FindingContext.of(before, judged.before().findings(), beforeFile, settings.waivers(), waiverFile,
                        judged.before().waivers(), Map.of()),
                () -> FindingContext.of(after, judged.after().findings(), afterFile, settings.waivers(), waiverFile,
                        judged.after().waivers(), Map.of()));
        return Comparison.compare(judged.before().findings(), contexts.get(0), judged.after().findings(), contexts.get(1), gateFile);
    }

    /** Each side in a session of its own; the after side's with the state before that CHG-003 and CHG-005 compare with. */
    static List<ReportedFinding> separately(RuleBase rules, Tenant before, String beforeFile, EvaluationSettings beforeSettings,
                                            Tenant after, String afterFile, EvaluationSettings afterSettings,
                                            String waiverFile, String gateFile) {
        List<Finding> was = List.of();
        FindingContext beforeContext = FindingContext.NONE;
        List<Object> baseline = new ArrayList<>();
        if (before != null) {
            try (TenantSession session = new TenantSession(rules, before, beforeSettings)) {
                was = session.findings();
                beforeContext = FindingContext.of(before, was, beforeFile, beforeSettings.waivers(), waiverFile,
                        session.waivers(), Map.of());
            }
            baseline = baselineOf(before, key -> true);
        }
        try (TenantSession session = new TenantSession(rules, after, afterSettings, baseline, TenantSession.Judges.CHANGES)) {
            session.judgeChangeRules(rules, afterSettings, false);
            List<Finding> is = session.findings();
            FindingContext afterContext = FindingContext.of(after, is, afterFile, afterSettings.waivers(), waiverFile,
                    session.waivers(), Map.of());
            return Comparison.compare(was, beforeContext, is, afterContext, gateFile);
        }
    }

    /** The environment and UPN of records that share them with another record (USR-002). */
    private static Set<String> sharedKeys(Tenant tenant) {
        Set<String> seen = new HashSet<>();
        Set<String> shared = new HashSet<>();
        for (Environment env : tenant.getEnvironments()) {
            for (UserRecord r : env.getUsers()) {
                String key = SnapshotPairing.key(env.getId(), r.getUpn());
                if (!seen.add(key)) shared.add(key);
            }
        }
        return shared;
    }

    /** The state CHG-003 and CHG-005 compare the tenant after with: the records whose key (environment and UPN) {@code records} accepts, and every invitation. */
    private static List<Object> baselineOf(Tenant before, Predicate<String> records) {
        List<Object> facts = new ArrayList<>();
        for (Environment env : before.getEnvironments()) {
            for (UserRecord r : env.getUsers()) {
                if (!records.test(SnapshotPairing.key(env.getId(), r.getUpn()))) continue;
                facts.add(new BeforeRecord(env.getId(), r.getUpn(), r.isEnabled(), !r.getRoles().isEmpty()));
            }
        }
        for (Invitation i : before.getInvitations()) {
            facts.add(new BeforeInvitation(i.getEmail(), i.getSku(), i.getStatus(), i.getIssued()));
        }
        return facts;
    }
}
