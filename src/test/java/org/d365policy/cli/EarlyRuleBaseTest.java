package org.d365policy.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule base is started early only for a command that will judge with the bundled rules alone. */
class EarlyRuleBaseTest {
    @ParameterizedTest
    @ValueSource(strings = {"check examples/contoso.tenant.yaml", "what-if t.yaml c.yaml", "diff a.yaml b.yaml", "gate", "explain LIC-001 t.yaml",
            "seats t.yaml", "rules", "check -- --rules.yaml"})
    void startedForACommandThatJudges(String line) {
        assertThat(EarlyRuleBase.wanted(line.split(" "))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "--help", "import x.csv", "pull", "help check", "check --rules my-rules t.yaml",
            "check --rules=my-rules t.yaml", "check --help", "Check t.yaml"})
    void notStartedWhereItWouldOnlyTakeACore(String line) {
        assertThat(EarlyRuleBase.wanted(line.split(" "))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"check --waivers w.yaml t.yaml", "check t.yaml --waivers=w.yaml"})
    void theWaiversRulesMadeWhereAWaiversFileIsNamed(String line) {
        assertThat(EarlyRuleBase.waived(line.split(" "))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"check t.yaml", "check -- --waivers", "check --waivers-file t.yaml"})
    void notWhereNoneIs(String line) {
        assertThat(EarlyRuleBase.waived(line.split(" "))).isFalse();
    }
}
