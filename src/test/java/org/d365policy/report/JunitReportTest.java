package org.d365policy.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** JUnit XML parses, and counts what the JSON report counts. */
class JunitReportTest {
    private static final String EXAMPLE = "examples/contoso.tenant.yaml";

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oneTestCasePerRuleAndSubjectAndAFailurePerFailingFinding() throws Exception {
        String[] args = {"check", EXAMPLE, "--waivers", "examples/contoso.waivers.yaml", "--fail-on", "warning"};
        CliRun junit = CliRun.of(concat(args, "--format", "junit"));
        assertThat(junit.exit).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(CliRun.of(concat(args, "--format", "json")).out);
        int total = json.get("findings").size();
        int waived = json.get("summary").get("waived").asInt();
        int failing = json.get("summary").get("error").asInt() + json.get("summary").get("warning").asInt();

        Document doc = parse(junit.out);
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(total));
        assertThat(root.getAttribute("failures")).isEqualTo(String.valueOf(failing));
        assertThat(root.getAttribute("skipped")).isEqualTo(String.valueOf(waived));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(total);
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(failing);
        assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(waived).isEqualTo(1);
        int suiteTests = 0;
        NodeList suites = doc.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) suiteTests += Integer.parseInt(((Element) suites.item(i)).getAttribute("tests"));
        assertThat(suiteTests).isEqualTo(total);
        Element carol = null;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals("user:prod/carol@contoso.com") && c.getAttribute("classname").endsWith("LIC-001")) carol = c;
        }
        assertThat(carol).isNotNull();
        assertThat(carol.getAttribute("line")).isEqualTo("119");
        assertThat(carol.getElementsByTagName("failure").getLength()).isEqualTo(1);
    }

    @Test
    void belowFailOnNothingFails() throws Exception {
        Document doc = parse(CliRun.of("check", EXAMPLE, "--format", "junit", "--fail-on", "none").out);
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void inComparisonsOnlyIntroducedFindingsFail() throws Exception {
        CliRun run = CliRun.of("what-if", EXAMPLE, "examples/contoso.changes.yaml", "--format", "junit");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("what-if", EXAMPLE, "examples/contoso.changes.yaml", "--format", "json").out);
        int introducedErrors = 0;
        for (JsonNode f : json.get("findings")) {
            if (f.get("status").asText().equals("introduced") && f.get("severity").asText().equals("error")) introducedErrors++;
        }
        assertThat(parse(run.out).getDocumentElement().getAttribute("failures")).isEqualTo(String.valueOf(introducedErrors));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
