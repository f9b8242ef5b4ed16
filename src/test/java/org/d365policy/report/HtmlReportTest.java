package org.d365policy.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.d365policy.cli.CliRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML report (cli.md revision 2): parses, shows every finding, escapes what the input says, loads nothing. */
class HtmlReportTest {
    private static final String EXAMPLE = "examples/contoso.tenant.yaml";
    private static final String WAIVERS = "examples/contoso.waivers.yaml";

    @TempDir
    Path dir;

    @Test
    void oneCheckWritesJsonSarifAndHtmlTogetherAndTheHtmlShowsEveryFinding() throws Exception {
        Path json = dir.resolve("out.json");
        Path sarif = dir.resolve("out.sarif");
        Path html = dir.resolve("out.html");
        CliRun run = CliRun.of("check", EXAMPLE, "--waivers", WAIVERS, "--report", "json=" + json, "--report", "SARIF=" + sarif,
                "--report", "html=" + html);
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).as("the main format is still text on standard output").contains("ERROR (");
        assertThat(Files.readString(json)).isEqualTo(CliRun.of("check", EXAMPLE, "--waivers", WAIVERS, "--format", "json").out);
        assertThat(new ObjectMapper().readTree(sarif.toFile()).get("version").asText()).isEqualTo("2.1.0");

        Document doc = Jsoup.parse(Files.readString(html));
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        Elements rows = doc.select("tr.finding");
        assertThat(rows).hasSize(report.get("findings").size());
        for (JsonNode f : report.get("findings")) {
            Element group = doc.getElementById("rule-" + f.get("rule").asText());
            assertThat(group).as(f.toString()).isNotNull();
            assertThat(group.text()).contains(f.get("title").asText()).contains(f.get("subject").asText())
                    .contains(f.get("message").asText())
                    .contains(f.get("location").get("file").asText() + ":" + f.get("location").get("line").asInt());
        }
        Element lic001 = doc.getElementById("rule-LIC-001");
        assertThat(lic001.select("p.statement").text()).contains("An enabled person record");
        assertThat(lic001.select("p.source").text()).contains("seed");

        assertThat(doc.select("#evidence").text()).contains(report.get("evidence").get("inputs").get(0).get("sha256").asText())
                .contains(report.get("evidence").get("rules").get("sha256").asText());
        assertThat(doc.select("#waivers").text()).contains("Frank is on leave until January; keep his license")
                .contains("compliance@contoso.com").contains("2027-01-15");
        // Every waiver of the file, not only those that covered a finding: what an auditor asks for.
        assertThat(doc.select("#waivers tr").eachText()).containsExactly(
                "rule subject reason approved by expires in this run",
                "LIC-004 account:frank@contoso.com Frank is on leave until January; keep his license compliance@contoso.com 2027-01-15 "
                        + "covers 1 finding",
                "LIC-001 user:prod/carol@contoso.com Carol's license was on order compliance@contoso.com 2026-11-22 expired (WAIVER-001)",
                "ROLE-002 user:prod/bob@contoso.com Bob's role was being moved to his unit compliance@contoso.com 2027-03-31 "
                        + "matches no finding (WAIVER-002)");
        // Waived findings are counted apart by rule as by severity: LIC-004's only finding is waived.
        assertThat(doc.select("#summary svg").get(1).text()).doesNotContain("LIC-004").contains("LIC-001");
        assertThat(doc.select("#summary svg")).hasSize(3);
        assertThat(doc.select("#seats").text()).contains("D365_CE_PLAN").contains("D365_SALES_PRO");
        assertThat(doc.getElementById("verdict").text()).contains("failed");
    }

    @Test
    void itLoadsNothingFromAnywhere() throws Exception {
        Document doc = Jsoup.parse(CliRun.of("check", EXAMPLE, "--format", "html").out);
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
        assertThat(doc.select("[src], link, script, iframe, object, embed")).isEmpty();
        assertThat(doc.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
        assertThat(doc.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    }

    @Test
    void whatTheInputSaysIsShownAsTextNeverAsMarkup() throws Exception {
        Path tenant = dir.resolve("hostile.tenant.yaml");
        Files.writeString(tenant, """
                tenant: "<b>contoso</b>"
                asOf: 2026-11-22
                subscriptions: [{sku: D365_CE_PLAN, seats: 5}]
                accounts: []
                environments:
                  - id: prod
                    businessUnits: [{id: root}]
                    users:
                      - {upn: "<script>alert('x')</script>\\"q@contoso.com", businessUnit: root}
                """);
        CliRun run = CliRun.of("check", tenant.toString(), "--format", "html");
        assertThat(run.err).as(run.toString()).isEmpty();
        Document doc = Jsoup.parse(run.out);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("b")).as("the tenant's name is no markup").noneMatch(b -> b.text().equals("contoso"));
        assertThat(doc.select("h1").text()).contains("<b>contoso</b>");
        assertThat(doc.select("tr.finding").text()).contains("<script>alert('x')</script>\"q@contoso.com");
    }

    @Test
    void comparisonsShowEachFindingsStatus() throws Exception {
        Document doc = Jsoup.parse(CliRun.of("what-if", EXAMPLE, "examples/contoso.changes.yaml", "--format", "html").out);
        assertThat(doc.select("h1").text()).contains("what-if");
        assertThat(doc.select("#rule-CHG-003 td.status").text()).isEqualTo("introduced");
        assertThat(doc.select("#rule-LIC-006 td.status").text()).isEqualTo("resolved");
        assertThat(doc.select("#summary .card").text()).contains("introduced").contains("resolved").contains("unchanged");
        assertThat(Jsoup.parse(CliRun.of("diff", EXAMPLE, EXAMPLE, "--format", "html").out).select("h1").text()).contains("diff");
    }

    @Test
    void aReportThatCannotBeWrittenIsAUsageErrorAndNothingIsLeftHalfWritten() throws Exception {
        Path good = dir.resolve("good.json");
        CliRun run = CliRun.of("check", EXAMPLE, "--report", "json=" + good, "--report", "html=" + dir.resolve("missing/out.html"));
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("--report html=").contains("missing/out.html")
                .contains("cannot be written there (its folder does not exist)").doesNotContain("Exception");
        assertThat(good).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    /** A move onto an empty folder would replace it, and two reports in one file would leave one: both refused before any work. */
    @Test
    void aReportIntoAFolderOrIntoAnotherReportsFileIsAUsageError() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("reports"));
        CliRun intoFolder = CliRun.of("check", EXAMPLE, "--report", "sarif=" + folder);
        assertThat(intoFolder.exit).as(intoFolder.toString()).isEqualTo(2);
        assertThat(intoFolder.err).contains("--report sarif=" + folder + ": that is a folder; expected a file");
        assertThat(folder).isEmptyDirectory();
        CliRun outputIntoFolder = CliRun.of("check", EXAMPLE, "--output", folder.toString());
        assertThat(outputIntoFolder.exit).isEqualTo(2);
        assertThat(outputIntoFolder.err).contains("--output " + folder + ": that is a folder");

        Path same = dir.resolve("same.json");
        CliRun clash = CliRun.of("check", EXAMPLE, "--format", "json", "--output", same.toString(), "--report", "sarif=" + same);
        assertThat(clash.exit).as(clash.toString()).isEqualTo(2);
        assertThat(clash.err).contains("--report sarif=" + same + ": --output " + same + " writes to the same file");
        CliRun twice = CliRun.of("check", EXAMPLE, "--report", "json=" + same, "--report", "html=" + dir.resolve("x/../same.json"));
        assertThat(twice.exit).isEqualTo(2);
        assertThat(twice.err).contains("--report json=" + same + " writes to the same file");
        assertThat(same).doesNotExist();

        // Through symbolic links: --output writes through one at its name (here to a file not there yet), and
        // any report through a linked folder; a --report replaces a link at its name, so two may share a target.
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), same.getFileName());
        CliRun linked = CliRun.of("check", EXAMPLE, "--format", "json", "--output", link.toString(), "--report", "sarif=" + same);
        assertThat(linked.exit).as(linked.toString()).isEqualTo(2);
        assertThat(linked.err).contains("--report sarif=" + same + ": --output " + link + " writes to the same file");
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), dir);
        CliRun aliased = CliRun.of("check", EXAMPLE, "--output", same.toString(), "--report", "html=" + alias.resolve("same.json"));
        assertThat(aliased.exit).as(aliased.toString()).isEqualTo(2);
        assertThat(same).doesNotExist();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        CliRun twoThroughALink = CliRun.of("check", EXAMPLE, "--report", "json=" + same, "--report", "sarif=" + link);
        assertThat(twoThroughALink.exit).as(twoThroughALink.toString()).isEqualTo(1);
        assertThat(Files.isSymbolicLink(link)).as("replaced by the SARIF report").isFalse();
        assertThat(Files.readString(same)).startsWith("{");
        Files.delete(same);
        Files.delete(link);

        CliRun dash = CliRun.of("check", EXAMPLE, "--report", "json=-");
        assertThat(dash.exit).isEqualTo(2);
        assertThat(dash.err).contains("'json=-': --report writes to a file");
    }

    @Test
    void aMalformedReportOptionIsAUsageErrorThatSaysWhatWasExpected() {
        CliRun noFile = CliRun.of("check", EXAMPLE, "--report", "html");
        assertThat(noFile.exit).isEqualTo(2);
        assertThat(noFile.err).contains("--report").contains("expected FORMAT=FILE");
        CliRun unknown = CliRun.of("check", EXAMPLE, "--report", "pdf=out.pdf");
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.err).contains("--report").contains("pdf").contains("expected one of text, json, sarif, junit, html");
    }
}
