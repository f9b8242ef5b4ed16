package org.d365policy.engine;

import org.d365policy.cli.CliRun;
import org.d365policy.report.Traceability;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The traceability table names rules and scenarios that exist, and `rules --format html` shows every rule with its examples. */
class TraceabilityTest {
    private static Traceability table() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("rules/traceability.yaml"))) {
            return Traceability.read(in);
        }
    }

    @Test
    void everyRuleAndScenarioTheTableNamesExists() throws Exception {
        Set<String> loaded = RuleBase.bundled().catalog().keySet();
        for (Traceability.Sentence s : table().sentences()) {
            assertThat(s.quote()).isNotBlank();
            assertThat(s.seed()).isIn("000", "004");
            assertThat(Files.readString(Path.of("rules/traceability.yaml"))).contains(s.quote());
            if (s.notEnforced() != null) {
                assertThat(s.rules()).as("a sentence not enforced names no rule: %s", s.quote()).isEmpty();
                assertThat(s.notEnforced()).isNotBlank();
                continue;
            }
            assertThat(s.rules()).as("an enforced sentence names its rules: %s", s.quote()).isNotEmpty();
            for (String rule : s.rules()) {
                assertThat(loaded).as("rule %s exists", rule).contains(rule);
            }
            assertThat(s.scenarios()).as("scenarios that show: %s", s.quote()).isNotEmpty();
            for (String scenario : s.scenarios()) {
                int colon = scenario.indexOf(": ");
                assertThat(colon).as(scenario).isPositive();
                String feature = Files.readString(Path.of("features", scenario.substring(0, colon)));
                assertThat(feature).as("features/%s has the example", scenario)
                        .containsPattern("(?m)^\\s*(Example|Scenario): " + Pattern.quote(scenario.substring(colon + 2)) + "\\s*$");
            }
        }
    }

    @Test
    void theCatalogRendersTheTable() throws Exception {
        String catalog = Files.readString(Path.of("rules/CATALOG.md"));
        for (Traceability.Sentence s : table().sentences()) assertThat(catalog).contains(s.quote().replace("|", "\\|"));
        assertThat(catalog).contains("### Documented, deliberately not enforced");
    }

    private static final Pattern RULE_TAG = Pattern.compile("(?m)^\\s*@([A-Z]+-\\d{3})\\s*\\n\\s*Rule:");
    private static final Pattern EXAMPLE = Pattern.compile("(?m)^\\s*(?:Example|Scenario): (.+?)\\s*$");

    @Test
    void theRulebookInOneFileShowsEveryRuleWithEveryExampleAndItsSteps() throws Exception {
        CliRun run = CliRun.of("rules", "--format", "html");
        assertThat(run.exit).as(run.toString()).isZero();
        Document doc = Jsoup.parse(run.out);
        int checked = 0;
        try (var files = Files.list(Path.of("features"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                String text = Files.readString(file);
                Matcher tags = RULE_TAG.matcher(text);
                java.util.List<Integer> starts = new java.util.ArrayList<>();
                java.util.List<String> ids = new java.util.ArrayList<>();
                while (tags.find()) {
                    starts.add(tags.start());
                    ids.add(tags.group(1));
                }
                for (int i = 0; i < ids.size(); i++) {
                    String body = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length());
                    Element article = doc.getElementById("rule-" + ids.get(i));
                    assertThat(article).as(ids.get(i)).isNotNull();
                    Matcher e = EXAMPLE.matcher(body);
                    int n = 0;
                    while (e.find()) {
                        String name = e.group(1);
                        assertThat(article.select(".example > b").eachText()).as(ids.get(i)).anyMatch(t -> t.endsWith(": " + name));
                        n++;
                    }
                    assertThat(article.select(".example")).as(ids.get(i)).hasSize(n);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(RuleBase.bundled().catalog().size());
        for (String id : RuleBase.bundled().catalog().keySet()) assertThat(doc.getElementById("rule-" + id)).as(id).isNotNull();
        Element lic001 = doc.getElementById("rule-LIC-001");
        assertThat(lic001.select(".steps").text()).contains("Given carol@contoso.com has an account without licenses")
                .contains("Then LIC-001 is reported for \"user:prod/carol@contoso.com\"");
        assertThat(lic001.select(".statement").text()).contains("An enabled person record");
        assertThat(doc.select("#traceability tr")).hasSizeGreaterThan(30);
        assertThat(doc.select("script, [src]")).isEmpty();
    }
}
