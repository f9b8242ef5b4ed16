package org.d365policy.engine;

import org.d365policy.cli.CliRun;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog, the DRL metadata and the rulebook in features/ must tell the same story. */
class CatalogTest {
    private static final Pattern RULE_TAG = Pattern.compile("(?m)^\\s*@([A-Z]+-\\d{3})\\s*\\n\\s*Rule:\\s*(\\S+)");

    @Test
    void committedCatalogMatchesTheRules() throws IOException {
        CliRun run = CliRun.of("rules", "--format", "markdown");
        assertThat(run.exit).isEqualTo(0);
        assertThat(Files.readString(Path.of("rules/CATALOG.md")))
                .as("rules/CATALOG.md is stale: regenerate it with "
                        + "java -jar target/d365-policy.jar rules --format markdown --output rules/CATALOG.md")
                .isEqualTo(run.out);
    }

    @Test
    void everyRuleCarriesItsMetadata() throws Exception {
        for (RuleInfo rule : RuleBase.bundled().catalog().values()) {
            assertThat(rule.id()).matches("[A-Z]+-\\d{3}");
            assertThat(rule.title()).as(rule.id()).isNotBlank();
            assertThat(rule.statement()).as(rule.id()).isNotBlank();
            assertThat(rule.source()).as(rule.id()).isNotBlank();
            assertThat(rule.file()).as(rule.id()).startsWith("rules/");
        }
    }

    @Test
    void everyRuleHasATaggedGherkinRuleWithExamplesAndEveryTagNamesARule() throws Exception {
        Map<String, Integer> examplesByRule = new LinkedHashMap<>();
        List<Path> features;
        try (Stream<Path> walk = Files.walk(Path.of("features"))) {
            features = walk.filter(p -> p.toString().endsWith(".feature")).sorted().collect(Collectors.toList());
        }
        for (Path feature : features) {
            String text = Files.readString(feature);
            Matcher m = RULE_TAG.matcher(text);
            List<int[]> spans = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            while (m.find()) {
                assertThat(m.group(2)).as("the Rule: line names its tag in %s", feature).isEqualTo(m.group(1));
                ids.add(m.group(1));
                spans.add(new int[] {m.end(), 0});
            }
            for (int i = 0; i < ids.size(); i++) {
                int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
                String body = text.substring(spans.get(i)[0], end);
                int examples = (int) body.lines().filter(l -> l.trim().startsWith("Example:") || l.trim().startsWith("Scenario:")).count();
                examplesByRule.merge(ids.get(i), examples, Integer::sum);
            }
        }
        assertThat(examplesByRule.keySet()).as("tagged Gherkin rules")
                .containsExactlyInAnyOrderElementsOf(RuleBase.bundled().catalog().keySet());
        examplesByRule.forEach((id, count) ->
                assertThat(count).as("%s needs an example that fires and one that must not", id).isGreaterThanOrEqualTo(2));
    }

    @Test
    void theExamplesFireEveryRule() throws Exception {
        CliRun check = CliRun.of("check", "examples/contoso.tenant.yaml", "--format", "json");
        CliRun whatIf = CliRun.of("what-if", "examples/contoso.tenant.yaml", "examples/contoso.changes.yaml", "--format", "json");
        CliRun waived = CliRun.of("check", "examples/contoso.tenant.yaml", "--waivers", "examples/contoso.waivers.yaml",
                "--format", "json");
        for (String id : RuleBase.bundled().catalog().keySet()) {
            CliRun run = id.startsWith("CHG-") ? whatIf : id.startsWith("WAIVER-") ? waived : check;
            assertThat(run.out).as("the examples fire " + id).contains("\"rule\": \"" + id + "\"");
        }
    }
}
