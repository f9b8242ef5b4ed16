package org.d365policy.report;

import java.util.List;

/**
 * What the HTML report shows, already in the order and shape the template writes it, so that the
 * template only lays it out. Every text is plain text: the template escapes it where it stands.
 */
public record HtmlView(String title, String kind, List<Field> header, String verdict, boolean failed, List<String> notices,
                       List<Input> inputs, String rulesSha256, int rulesCount, String only,
                       List<Count> summary, Chart severityChart, Chart ruleChart, SeatChart seatChart,
                       List<RuleGroup> groups, List<WaiverRow> waivers) {
    /** A label and its value, for the header. */
    public record Field(String name, String value) {
    }

    /** An input file of the evidence. */
    public record Input(String role, String file, String sha256, String judgedWith) {
    }

    /** A figure of the summary. */
    public record Count(String label, int count, String css) {
    }

    /** A horizontal bar chart: one bar per row, its width in SVG units. */
    public record Chart(String caption, int height, List<Bar> bars) {
    }

    /** One bar: where it stands, how long it is, and its label and figure. */
    public record Bar(String label, int count, int y, int width, String css) {
    }

    /** Seat use per subscription: each row a stacked bar of accounts, invitations and free (or over) seats. */
    public record SeatChart(int height, List<SeatRow> rows) {
    }

    /** One subscription's seats: the segments' x and width, and the figures for the legend. */
    public record SeatRow(String sku, int y, int purchased, int accounts, int invitations, int free,
                          int accountsWidth, int invitationsX, int invitationsWidth, int freeX, int freeWidth,
                          int purchasedX, String note) {
    }

    /** A rule and every finding of it. */
    public record RuleGroup(String id, String title, String severity, String statement, String source, String profiles,
                            List<Row> findings) {
    }

    /** One finding as the report lists it. */
    public record Row(String subject, String location, String message, String status, String waiver, boolean fails) {
    }

    /** A waiver of the waivers file, and what it did in this run. */
    public record WaiverRow(String rule, String subject, String reason, String approvedBy, String expires, String status) {
    }
}
