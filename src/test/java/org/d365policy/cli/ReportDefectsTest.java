package org.d365policy.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Defects users met in reports and messages, each pinned. */
class ReportDefectsTest {
    private static final String EXAMPLE = "examples/contoso.tenant.yaml";
    private static final String CLEAN = """
            tenant: fabrikam
            asOf: 2026-11-22
            subscriptions: [{sku: D365_CE_PLAN, seats: 10}]
            accounts:
              - {upn: amy@fabrikam.com, licenses: [D365_CE_PLAN]}
            environments:
              - id: prod
                businessUnits: [{id: root}]
                roles: [{id: sales, businessUnit: root, template: salesperson, predefined: true}]
                users:
                  - {upn: amy@fabrikam.com, businessUnit: root, roles: [sales]}
            """;

    @TempDir
    Path dir;

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void junitOfACleanTenantHasOnePassingTestCasePerRuleJudged() throws Exception {
        Path clean = Files.writeString(dir.resolve("clean.tenant.yaml"), CLEAN);
        CliRun run = CliRun.of("check", clean.toString(), "--format", "junit");
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        Element root = parse(run.out).getDocumentElement();
        NodeList cases = root.getElementsByTagName("testcase");
        assertThat(Integer.parseInt(root.getAttribute("tests"))).isEqualTo(cases.getLength()).isGreaterThan(15);
        assertThat(root.getAttribute("failures")).isEqualTo("0");
        assertThat(run.out).contains("classname=\"d365-policy.LIC-001\" name=\"no finding\"")
                .as("change rules are not judged in a check").doesNotContain("CHG-001");

        CliRun only = CliRun.of("check", clean.toString(), "--format", "junit", "--only", "LIC-001,ROLE-001");
        assertThat(parse(only.out).getDocumentElement().getAttribute("tests")).isEqualTo("2");
    }

    @Test
    void theSectionHeaderCountsWhatTheSummaryCounts() {
        CliRun run = CliRun.of("check", EXAMPLE, "--waivers", "examples/contoso.waivers.yaml");
        Matcher header = Pattern.compile("(?m)^WARNING \\((\\d+)(, (\\d+) more waived)?\\)$").matcher(run.out);
        Matcher summary = Pattern.compile("(\\d+) warnings?, .*\\((\\d+) more waived\\)").matcher(run.out);
        assertThat(header.find()).as(run.out).isTrue();
        assertThat(summary.find()).as(run.out).isTrue();
        assertThat(header.group(1)).isEqualTo(summary.group(1));
        assertThat(header.group(3)).as("the waived warning is counted apart").isNotNull();
    }

    @Test
    void aDrlTypoIsReportedAtItsLineWithTheRealCause() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("typo.drl"), """
                package org.acme.custom;

                import org.d365policy.model.*;

                rule "Accounts need a display name"
                    @id("ACME-001") @severity("warning") @title("Account without display name")
                when
                    $a : Acount( )
                then
                    insertLogical(Finding.of(drools.getRule(), Subject.account($a.getUpn()), "no display name"));
                end
                """);
        CliRun run = CliRun.of("check", EXAMPLE, "--rules", rules.toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(3);
        assertThat(run.err).startsWith("d365-policy: the rules cannot be compiled: " + rules.resolve("typo.drl")
                + " line 8: Unable to resolve ObjectType 'Acount'").doesNotContain("more problem");
    }
}
