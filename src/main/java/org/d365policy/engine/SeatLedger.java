package org.d365policy.engine;

import org.kie.api.runtime.ClassObjectFilter;

import org.d365policy.model.derived.SeatHold;
import org.d365policy.model.derived.SeatUsage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A subscription's seats as the seat rules count them: purchased, in use by accounts, held by pending
 * invitations, and the days on which those holds end. Read from the rules' own derived facts
 * ({@link SeatUsage}, {@link SeatHold}), so the figures are the ones LIC-002 judges; nothing here counts
 * licenses or judges invitations again.
 *
 * @param releases each day on which holds end, with how many seats are freed that day, earliest first
 */
public record SeatLedger(String sku, int purchased, int inUseByAccounts, int heldByInvitations, List<Release> releases) {
    /** On {@code day}, {@code seats} invitation holds end (the day itself is no longer held). */
    public record Release(LocalDate day, int seats) {
    }

    /** One day of the forecast: how many seats invitations still hold, and how many are free. */
    public record Day(LocalDate day, int heldByInvitations, int free) {
    }

    public SeatLedger {
        releases = List.copyOf(releases);
    }

    /** Seats in use, as LIC-002 counts them: held by accounts plus held by invitations. */
    public int inUse() {
        return inUseByAccounts + heldByInvitations;
    }

    /** Purchased seats not in use; negative where more are in use than purchased. */
    public int free() {
        return purchased - inUse();
    }

    /**
     * From {@code from} (the evaluation day, day 0) for {@code days} more days: what the holds known
     * today leave, if nothing else changes (no license assigned or removed, no invitation sent or accepted).
     */
    public List<Day> forecast(LocalDate from, int days) {
        List<Day> forecast = new ArrayList<>();
        for (int d = 0; d <= days; d++) {
            LocalDate day = from.plusDays(d);
            int held = heldByInvitations;
            for (Release r : releases) {
                if (!r.day().isAfter(day)) held -= r.seats();
            }
            forecast.add(new Day(day, held, purchased - inUseByAccounts - held));
        }
        return forecast;
    }

    /** Every subscription of the session's tenant, by SKU. */
    public static List<SeatLedger> of(TenantSession session) {
        Map<String, Map<LocalDate, Integer>> releases = new TreeMap<>();
        for (Object o : session.kieSession().getObjects(new ClassObjectFilter(SeatHold.class))) {
            SeatHold hold = (SeatHold) o;
            releases.computeIfAbsent(hold.getSku(), k -> new TreeMap<>()).merge(hold.getReleasedOn(), 1, Integer::sum);
        }
        List<SeatLedger> ledgers = new ArrayList<>();
        for (Object o : session.kieSession().getObjects(new ClassObjectFilter(SeatUsage.class))) {
            SeatUsage usage = (SeatUsage) o;
            List<Release> released = new ArrayList<>();
            releases.getOrDefault(usage.getSku(), Map.of()).forEach((day, n) -> released.add(new Release(day, n)));
            ledgers.add(new SeatLedger(usage.getSku(), usage.getSeats(), usage.getHeld(), usage.getHolds(), released));
        }
        ledgers.sort(Comparator.comparing(SeatLedger::sku));
        return ledgers;
    }
}
