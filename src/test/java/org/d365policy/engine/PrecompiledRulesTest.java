package org.d365policy.engine;

import org.d365policy.change.ChangeSetLoader;
import org.d365policy.change.WhatIf;
import org.d365policy.load.DocumentReader;
import org.d365policy.load.SnapshotLoader;
import org.d365policy.model.Finding;
import org.d365policy.model.snapshot.Tenant;
import org.d365policy.report.ReportedFinding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules the build precompiled behave exactly like the same DRL compiled at run time. */
class PrecompiledRulesTest {
    @Test
    void theBuildPrecompiledTheBundledRules() throws Exception {
        assertThat(RuleBase.class.getClassLoader().getResource(RuleBase.PRECOMPILED)).as("made by PrecompileRules").isNotNull();
        assertThat(RuleBase.bundled().kieBase().getClass().getName()).isNotNull();
    }

    @Test
    void theBundledRulesNameTheHashOfTheDrlTheyWereCompiledFrom() throws Exception {
        List<RuleSource> sources = RuleFiles.bundled();
        RuleSetFingerprint fingerprint = RuleBase.bundled().fingerprint();
        // Written by the build beside the model, not worked out again at run time: it must be the same.
        assertThat(fingerprint.sha256()).isEqualTo(RuleBase.hash(sources)).isEqualTo(RuleBase.build(sources).fingerprint().sha256());
        assertThat(fingerprint.files()).hasSize(sources.size());
        assertThat(fingerprint.files().get(0).sha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void aRuleFileChangedSinceTheBuildHasAnotherChecksum() {
        RuleSource one = new RuleSource("bundled/a.drl", "rule \"x\" when then end", true);
        RuleSource other = new RuleSource("bundled/a.drl", "rule \"y\" when then end", true);
        assertThat(RuleBase.checksum(List.of(one))).isEqualTo(RuleBase.checksum(List.of(one)))
                .isNotEqualTo(RuleBase.checksum(List.of(other)));
    }

    @Test
    void precompiledAndCompiledRulesAgreeOnTheExamples() throws Exception {
        RuleBase precompiled = RuleBase.bundled();
        RuleBase compiled = RuleBase.build(RuleFiles.bundled());
        assertThat(precompiled.catalog().keySet()).isEqualTo(compiled.catalog().keySet());
        for (RuleInfo rule : precompiled.catalog().values()) {
            RuleInfo twin = compiled.catalog().get(rule.id());
            assertThat(List.of(rule.title(), rule.severity(), String.valueOf(rule.statement()), String.valueOf(rule.source()),
                    String.valueOf(rule.profiles()), rule.file()))
                    .isEqualTo(List.of(twin.title(), twin.severity(), String.valueOf(twin.statement()), String.valueOf(twin.source()),
                            String.valueOf(twin.profiles()), twin.file()));
        }
        assertThat(check(precompiled)).isEqualTo(check(compiled)).isNotEmpty();
        assertThat(whatIf(precompiled)).isEqualTo(whatIf(compiled)).isNotEmpty();
    }

    @Test
    void aSnapshotIsJudgedAlikeWithAndWithoutTheChangeRules() throws Exception {
        RuleBase rules = RuleBase.bundled();
        long changePackages = rules.kieBase().getKiePackages().stream().filter(p -> RuleBase.judgesChanges(p.getName())).count();
        assertThat(changePackages).as("the change rules' packages").isEqualTo(3);
        // Only packages with rules: the model's own packages appear where a rule imports them, and
        // org.d365policy.model.change only the change rules import.
        assertThat(rules.snapshotKieBase().getKiePackages()).filteredOn(p -> !p.getRules().isEmpty()).extracting(p -> p.getName())
                .noneMatch(RuleBase::judgesChanges).hasSize((int) rules.kieBase().getKiePackages().stream()
                        .filter(p -> !p.getRules().isEmpty()).count() - (int) changePackages);
        assertThat(check(rules, TenantSession.Judges.SNAPSHOT)).isEqualTo(check(rules, TenantSession.Judges.CHANGES)).hasSizeGreaterThan(20);
    }

    @Test
    void theChangeRulesAreExactlyThoseOfTheChangePackage() throws Exception {
        for (var pkg : RuleBase.bundled().kieBase().getKiePackages()) {
            for (var rule : pkg.getRules()) {
                Object id = rule.getMetaData().get("id");
                if (id != null) assertThat(id.toString().startsWith("CHG-")).as(rule.getName()).isEqualTo(RuleBase.judgesChanges(pkg.getName()));
            }
        }
    }

    private static List<String> check(RuleBase rules) throws Exception {
        return check(rules, TenantSession.Judges.SNAPSHOT);
    }

    private static List<String> check(RuleBase rules, TenantSession.Judges judges) throws Exception {
        Tenant tenant = new SnapshotLoader().load(Path.of("examples/contoso.tenant.yaml"));
        try (TenantSession session = new TenantSession(rules, tenant, EvaluationSettings.resolve(tenant, null, null, null, null), List.of(), judges)) {
            List<String> out = new ArrayList<>();
            for (Finding f : session.findings()) out.add(f.toString());
            return out;
        }
    }

    private static List<String> whatIf(RuleBase rules) throws Exception {
        Tenant tenant = new SnapshotLoader().load(Path.of("examples/contoso.tenant.yaml"));
        var changes = new ChangeSetLoader(new DocumentReader()).load(Path.of("examples/contoso.changes.yaml"));
        List<String> out = new ArrayList<>();
        for (ReportedFinding f : WhatIf.run(rules, tenant, "t", changes, "c", EvaluationSettings.resolve(tenant, null, null, null, null), null)) {
            out.add(f.status() + " " + f.finding());
        }
        out.sort(null);
        return out;
    }
}
