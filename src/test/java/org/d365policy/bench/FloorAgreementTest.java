package org.d365policy.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.change.ChangeApplier;
import org.d365policy.change.ChangeSetLoader;
import org.d365policy.engine.EvaluationSettings;
import org.d365policy.engine.RuleBase;
import org.d365policy.engine.TenantSession;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.snapshot.AccessMode;
import org.d365policy.model.snapshot.Environment;
import org.d365policy.model.snapshot.Profile;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.model.snapshot.UserRecord;
import org.d365policy.model.snapshot.UserType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark compares the rules with a plain Java floor, and refuses to print a ratio unless both
 * find the same. This keeps the floor honest on small inputs in every build, so that a benchmark run
 * does not discover a disagreement an hour in.
 */
class FloorAgreementTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Profile.class)
    void theFloorFindsWhatTheRulesFindInTheExample(Profile profile) throws Exception {
        Set<String> rules = agree(new SnapshotLoader().load(Path.of("examples/contoso.tenant.yaml")), profile);
        assertThat(rules).hasSizeGreaterThan(15);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void theFloorFindsWhatTheRulesFindInAGeneratedTenant(Profile profile) throws Exception {
        Path file = dir.resolve("tenant.json");
        new TenantGenerator(4_000, 7, 3).write(file);
        Set<String> rules = agree(new SnapshotLoader().load(file), profile);
        assertThat(rules.stream().map(f -> f.substring(0, f.indexOf(' '))).distinct()).hasSizeGreaterThanOrEqualTo(10);
    }

    /**
     * Derived facts keep what a record was like when they were derived (whether it is enabled, its
     * mode): after many changes to one session, the findings must still be those of the changed tenant.
     */
    @ParameterizedTest
    @EnumSource(Profile.class)
    void aSessionChangedStepByStepFindsWhatTheFloorFindsInTheChangedTenant(Profile profile) throws Exception {
        Path file = dir.resolve("tenant.json");
        new TenantGenerator(3_000, 11, 2).write(file);
        Tenant tenant = new SnapshotLoader().load(file);
        EvaluationSettings settings = EvaluationSettings.resolve(tenant, profile, null, TenantGenerator.AS_OF, null);
        try (TenantSession session = new TenantSession(RuleBase.bundled(), tenant, settings, List.of(), TenantSession.Judges.CHANGES)) {
            ChangeApplier applier = new ChangeApplier(new org.d365policy.engine.LiveTenant(tenant, session), settings.asOf(), "changes.json", "user1@contoso.com");
            int applied = 0;
            for (Map<String, Object> op : changesFor(tenant)) {
                applier.applyAll(new ChangeSetLoader(new DocumentReader()).load(
                        JSON.writeValueAsBytes(Map.of("actor", "user1@contoso.com", "changes", List.of(op))), "changes.json"));
                applied++;
                if (applied % 40 == 0) assertThat(snapshotFindings(session)).as("after %d changes", applied)
                        .isEqualTo(new TreeSet<>(PlainJavaFloor.evaluate(tenant, settings.toFact())));
            }
            assertThat(applied).isGreaterThan(200);
            assertThat(snapshotFindings(session)).isEqualTo(new TreeSet<>(PlainJavaFloor.evaluate(tenant, settings.toFact())));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Operations that are valid one after the other: each record touched once, each kind of change many times. */
    private static List<Map<String, Object>> changesFor(Tenant tenant) {
        List<Map<String, Object>> ops = new ArrayList<>();
        Set<String> groupsChanged = new HashSet<>();
        int n = 0;
        for (Environment env : tenant.getEnvironments()) {
            for (UserRecord r : env.getUsers()) {
                if (r.getType() != UserType.PERSON || n++ % 11 != 0) continue;
                String e = env.getId();
                String upn = r.getUpn();
                switch (n % 7) {
                    case 0 -> ops.add(op("op", r.isEnabled() ? "disableUser" : "enableUser", "environment", e, "upn", upn));
                    case 1 -> ops.add(op("op", "setAccessMode", "environment", e, "upn", upn, "accessMode",
                            r.getAccessMode() == AccessMode.ADMINISTRATIVE ? "read" : "administrative"));
                    case 2 -> {
                        if (!r.getRoles().isEmpty()) ops.add(op("op", "removeRole", "environment", e, "upn", upn, "role", r.getRoles().get(0)));
                    }
                    case 3 -> {
                        if (!r.getRoles().contains("app-access")) ops.add(op("op", "assignRole", "environment", e, "upn", upn, "role", "app-access"));
                    }
                    case 4 -> tenant.getAccounts().stream().filter(a -> a.getUpn().equals(upn) && !a.getLicenses().isEmpty()).findFirst()
                            .ifPresent(a -> ops.add(op("op", "removeLicense", "upn", upn, "sku", a.getLicenses().get(0))));
                    case 5 -> {
                        String group = env.getSecurityGroup();
                        boolean member = tenant.getGroups().stream().anyMatch(g -> g.getId().equals(group) && g.getMembers().contains(upn));
                        if (groupsChanged.add(upn)) ops.add(op("op", member ? "removeGroupMember" : "addGroupMember", "group", group, "upn", upn));
                    }
                    default -> {
                        if (tenant.getAccounts().stream().filter(a -> a.getUpn().equals(upn)).count() == 1 && groupsChanged.add(upn)) {
                            ops.add(op("op", "deleteAccount", "upn", upn));
                        }
                    }
                }
            }
        }
        return ops;
    }

    private static Map<String, Object> op(String... keysAndValues) {
        Map<String, Object> op = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) op.put(keysAndValues[i], keysAndValues[i + 1]);
        return op;
    }

    private static Set<String> snapshotFindings(TenantSession session) {
        return PlainJavaFloor.sameFormAs(session.findings());
    }

    private static Set<String> agree(Tenant tenant, Profile profile) throws Exception {
        EvaluationSettings settings = EvaluationSettings.resolve(tenant, profile, null, TenantGenerator.AS_OF, null);
        Set<String> rules;
        try (TenantSession session = new TenantSession(RuleBase.bundled(), tenant, settings)) {
            rules = snapshotFindings(session);
        }
        assertThat(new TreeSet<>(PlainJavaFloor.evaluate(tenant, settings.toFact()))).isEqualTo(rules);
        return rules;
    }
}
