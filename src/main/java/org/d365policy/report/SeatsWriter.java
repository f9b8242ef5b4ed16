package org.d365policy.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.d365policy.engine.SeatLedger;

import java.util.List;

/** The `seats` command's output: each subscription's seats on the evaluation day, and the forecast of the days after. */
public final class SeatsWriter {
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private final TenantHeader tenant;
    private final List<SeatLedger> seats;
    private final int days;

    public SeatsWriter(TenantHeader tenant, List<SeatLedger> seats, int days) {
        this.tenant = tenant;
        this.seats = seats;
        this.days = days;
    }

    public String text() {
        StringBuilder s = new StringBuilder();
        s.append(Version.TOOL).append(' ').append(Version.get()).append(": tenant ").append(tenant.tenant()).append(", as of ")
                .append(tenant.asOf()).append(", profile ").append(tenant.profile().label()).append('\n');
        if (seats.isEmpty()) s.append("\nno subscriptions\n");
        for (SeatLedger l : seats) {
            s.append('\n').append(l.sku()).append(": ").append(l.purchased()).append(" purchased, ").append(l.inUseByAccounts())
                    .append(" in use by accounts, ").append(l.heldByInvitations()).append(" held by invitations, ")
                    .append(l.free() < 0 ? (-l.free()) + " over" : l.free() + " free").append('\n');
            for (SeatLedger.Release r : l.releases()) {
                s.append("  from ").append(r.day()).append(": ").append(r.seats()).append(r.seats() == 1 ? " hold ends" : " holds end")
                        .append('\n');
            }
            s.append(String.format(java.util.Locale.ROOT, "  %-10s  %5s  %5s%n", "day", "held", "free"));
            for (SeatLedger.Day d : l.forecast(tenant.asOf(), days)) {
                s.append(String.format(java.util.Locale.ROOT, "  %-10s  %5d  %5d%n", d.day(), d.heldByInvitations(), d.free()));
            }
        }
        return s.toString();
    }

    public String json() {
        ObjectNode root = JsonReportWriter.header(tenant.tenant(), tenant.asOf(), tenant.profile());
        root.put("days", days);
        ArrayNode list = root.putArray("subscriptions");
        for (SeatLedger l : seats) {
            ObjectNode node = list.addObject();
            node.put("sku", l.sku());
            node.put("purchased", l.purchased());
            node.put("inUseByAccounts", l.inUseByAccounts());
            node.put("heldByInvitations", l.heldByInvitations());
            node.put("free", l.free());
            ArrayNode releases = node.putArray("releases");
            for (SeatLedger.Release r : l.releases()) releases.addObject().put("day", r.day().toString()).put("seats", r.seats());
            ArrayNode forecast = node.putArray("forecast");
            for (SeatLedger.Day d : l.forecast(tenant.asOf(), days)) {
                forecast.addObject().put("day", d.day().toString()).put("heldByInvitations", d.heldByInvitations()).put("free", d.free());
            }
        }
        return JsonReportWriter.toText(root);
    }

    public String html() {
        List<SeatsView.Subscription> subscriptions = seats.stream()
                .map(l -> new SeatsView.Subscription(l.sku(), l.releases(), l.forecast(tenant.asOf(), days))).toList();
        SeatsView view = new SeatsView(Version.TOOL + " seats: " + tenant.tenant(), tenant.tenant(), tenant.asOf().toString(),
                tenant.profile().label(), days, HtmlReportWriter.seatChart(seats), subscriptions);
        StringOutput out = new StringOutput();
        TEMPLATES.render("seats.jte", view, out);
        return out.toString();
    }
}
