package org.d365policy.report;

import org.d365policy.engine.SeatLedger;

import java.util.List;

/** What the `seats` HTML page shows: the same seat chart as the check report, and each subscription's forecast. */
public record SeatsView(String title, String tenant, String asOf, String profile, int days, HtmlView.SeatChart chart,
                        List<Subscription> subscriptions) {
    /** One subscription's release days and day-by-day forecast. */
    public record Subscription(String sku, List<SeatLedger.Release> releases, List<SeatLedger.Day> forecast) {
    }
}
