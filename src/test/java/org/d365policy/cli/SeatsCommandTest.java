package org.d365policy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** `seats` (cli.md revision 2): its figures are the seat rules' own, and its forecast follows the holds' release days. */
class SeatsCommandTest {
    private static final String EXAMPLE = "examples/contoso.tenant.yaml";
    /** LIC-002's message names its counts: in use, held by accounts, by pending invitations, purchased. */
    private static final Pattern LIC_002 = Pattern.compile(
            "(\\d+) (\\S+) seats are in use \\((\\d+) held by accounts, (\\d+) by pending invitations\\) but (\\d+) are purchased");

    @TempDir
    Path dir;

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exit).as(run.toString()).isZero();
        return new ObjectMapper().readTree(run.out);
    }

    private static JsonNode subscription(JsonNode seats, String sku) {
        for (JsonNode s : seats.get("subscriptions")) {
            if (s.get("sku").asText().equals(sku)) return s;
        }
        throw new AssertionError("no " + sku + " in " + seats);
    }

    /** A tenant with seats to spare, seats exactly used, seats exceeded, and invitations whose holds end on two days. */
    private Path tenant() throws Exception {
        Path file = dir.resolve("seats.tenant.yaml");
        Files.writeString(file, """
                tenant: fabrikam
                asOf: 2026-11-22
                subscriptions:
                  - {sku: SPARE, seats: 10}
                  - {sku: EXACT, seats: 2}
                  - {sku: OVER, seats: 1}
                accounts:
                  - {upn: ann@fabrikam.com, licenses: [SPARE, EXACT, OVER]}
                  - {upn: ben@fabrikam.com, licenses: [SPARE, OVER]}
                invitations:
                  - {email: cat@fabrikam.com, sku: SPARE, issued: 2026-11-10, status: pending}
                  - {email: dan@fabrikam.com, sku: SPARE, issued: 2026-11-20, status: pending}
                  - {email: eve@fabrikam.com, sku: SPARE, issued: 2026-11-20, status: pending}
                  - {email: fay@fabrikam.com, sku: EXACT, issued: 2026-11-21, status: pending}
                  - {email: gus@fabrikam.com, sku: SPARE, issued: 2026-10-01, status: pending}
                  - {email: ann@fabrikam.com, sku: OVER, issued: 2026-11-21, status: pending}
                """);
        return file;
    }

    @Test
    void readsTheSnapshotFromStandardInputForDash() throws Exception {
        // cli.md: SNAPSHOT = - reads the snapshot from standard input, for seats as for check.
        String fromFile = CliRun.of("seats", tenant().toString(), "--format", "json").out;
        CliRun fromStandardInput = CliRun.withInput(Files.readString(tenant()), "seats", "-", "--format", "json");

        assertThat(json(fromStandardInput).get("subscriptions")).isEqualTo(new ObjectMapper().readTree(fromFile).get("subscriptions"));
    }

    @Test
    void dayZeroIsExactlyWhatTheSeatRulesCount() throws Exception {
        for (Path snapshot : new Path[] {Path.of(EXAMPLE), tenant()}) {
            JsonNode seats = json(CliRun.of("seats", snapshot.toString(), "--format", "json"));
            JsonNode check = new ObjectMapper().readTree(CliRun.of("check", snapshot.toString(), "--format", "json", "--fail-on", "none").out);
            int exceeded = 0;
            for (JsonNode f : check.get("findings")) {
                if (!f.get("rule").asText().equals("LIC-002")) continue;
                Matcher m = LIC_002.matcher(f.get("message").asText());
                assertThat(m.find()).as(f.toString()).isTrue();
                JsonNode s = subscription(seats, m.group(2));
                assertThat(s.get("inUseByAccounts").asInt() + s.get("heldByInvitations").asInt()).isEqualTo(Integer.parseInt(m.group(1)));
                assertThat(s.get("inUseByAccounts").asInt()).isEqualTo(Integer.parseInt(m.group(3)));
                assertThat(s.get("heldByInvitations").asInt()).isEqualTo(Integer.parseInt(m.group(4)));
                assertThat(s.get("purchased").asInt()).isEqualTo(Integer.parseInt(m.group(5)));
                assertThat(s.get("forecast").get(0).get("free").asInt()).isEqualTo(s.get("free").asInt()).isNegative();
                exceeded++;
            }
            int negative = 0;
            for (JsonNode s : seats.get("subscriptions")) {
                if (s.get("free").asInt() < 0) negative++;
                // LIC-007 (rules.md revision 2, "Seats to give back") counts the same seats; where it is loaded it must agree.
                JsonNode giveBack = finding(check, "LIC-007", "subscription:" + s.get("sku").asText());
                int unused = s.get("free").asInt();
                if (giveBack != null) assertThat(giveBack.get("message").asText()).contains(String.valueOf(unused));
            }
            assertThat(negative).as("LIC-002 fires exactly where seats shows more in use than purchased").isEqualTo(exceeded);
        }
    }

    private static JsonNode finding(JsonNode report, String rule, String subject) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals(rule) && f.get("subject").asText().equals(subject)) return f;
        }
        return null;
    }

    @Test
    void theForecastFreesEachHeldSeatOnTheDayItsHoldEnds() throws Exception {
        JsonNode seats = json(CliRun.of("seats", tenant().toString(), "--format", "json", "--days", "10"));
        assertThat(seats.get("asOf").asText()).isEqualTo("2026-11-22");
        JsonNode spare = subscription(seats, "SPARE");
        assertThat(spare.get("purchased").asInt()).isEqualTo(10);
        assertThat(spare.get("inUseByAccounts").asInt()).isEqualTo(2);
        // cat (issued 11-10) holds until 11-24; dan and eve (11-20) until 12-04; gus's invitation has expired.
        assertThat(spare.get("heldByInvitations").asInt()).isEqualTo(3);
        assertThat(spare.get("free").asInt()).isEqualTo(5);
        assertThat(spare.get("releases").toString())
                .isEqualTo("[{\"day\":\"2026-11-24\",\"seats\":1},{\"day\":\"2026-12-04\",\"seats\":2}]");
        JsonNode forecast = spare.get("forecast");
        assertThat(forecast).hasSize(11);
        assertThat(forecast.get(1).toString()).isEqualTo("{\"day\":\"2026-11-23\",\"heldByInvitations\":3,\"free\":5}");
        assertThat(forecast.get(2).toString()).isEqualTo("{\"day\":\"2026-11-24\",\"heldByInvitations\":2,\"free\":6}");
        assertThat(forecast.get(10).toString()).isEqualTo("{\"day\":\"2026-12-02\",\"heldByInvitations\":2,\"free\":6}");
        // ann holds OVER already, so her invitation to it takes no second seat.
        assertThat(subscription(seats, "OVER").get("heldByInvitations").asInt()).isZero();
        assertThat(subscription(seats, "OVER").get("free").asInt()).isEqualTo(-1);
    }

    @Test
    void underDataverse2025InvitationsHoldNoSeat() throws Exception {
        JsonNode seats = json(CliRun.of("seats", tenant().toString(), "--format", "json", "--profile", "dataverse-2025"));
        assertThat(subscription(seats, "SPARE").get("heldByInvitations").asInt()).isZero();
        assertThat(subscription(seats, "SPARE").get("releases")).isEmpty();
        assertThat(subscription(seats, "SPARE").get("forecast")).hasSize(31);
    }

    @Test
    void textAndHtmlShowTheSameFigures() throws Exception {
        String text = CliRun.of("seats", tenant().toString(), "--days", "3").out;
        assertThat(text).contains("SPARE: 10 purchased, 2 in use by accounts, 3 held by invitations, 5 free")
                .contains("OVER: 1 purchased, 2 in use by accounts, 0 held by invitations, 1 over")
                .contains("from 2026-11-24: 1 hold ends")
                .containsPattern("2026-11-24 +2 +6\\n");
        CliRun html = CliRun.of("seats", tenant().toString(), "--days", "3", "--format", "html");
        assertThat(html.exit).isZero();
        Document doc = Jsoup.parse(html.out);
        assertThat(doc.select("#seats svg g")).hasSize(3);
        assertThat(doc.select("#forecast-SPARE tr.day")).hasSize(4);
        assertThat(doc.select("#forecast-SPARE tr.day").get(2).text()).isEqualTo("2026-11-24 2 6");
        assertThat(doc.select("script, [src]")).isEmpty();
    }

    @Test
    void aNegativeOrHugeNumberOfDaysIsAUsageError() throws Exception {
        for (String days : new String[] {"-1", "100000"}) {
            CliRun run = CliRun.of("seats", EXAMPLE, "--days", days);
            assertThat(run.exit).isEqualTo(2);
            assertThat(run.err).contains("--days " + days).contains("expected a number of days from 0 to 3660");
            assertThat(run.out).isEmpty();
        }
        CliRun word = CliRun.of("seats", EXAMPLE, "--days", "soon");
        assertThat(word.exit).isEqualTo(2);
        assertThat(word.err).contains("--days").contains("soon");
    }

    @Test
    void anInvalidSnapshotNamesItsPlace() throws Exception {
        Path broken = dir.resolve("broken.tenant.yaml");
        Files.writeString(broken, "tenant: x\nsubscriptions:\n  - {sku: A, seats: many}\n");
        CliRun run = CliRun.of("seats", broken.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains(broken.toString()).contains("line 3").contains("seats");
    }
}
