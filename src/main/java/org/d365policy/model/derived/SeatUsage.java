package org.d365policy.model.derived;

import java.util.Objects;

/** Derived by rules: how many seats of a subscription are in use: licenses held plus pending invitations holding one. */
public final class SeatUsage {
    private final String sku;
    private final int seats;
    private final int held;
    private final int holds;

    public SeatUsage(String sku, int seats, int held, int holds) {
        this.sku = sku;
        this.seats = seats;
        this.held = held;
        this.holds = holds;
    }

    public String getSku() {
        return sku;
    }

    public int getSeats() {
        return seats;
    }

    public int getHeld() {
        return held;
    }

    public int getHolds() {
        return holds;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof SeatUsage)) return false;
        SeatUsage o = (SeatUsage) other;
        return Objects.equals(sku, o.sku) && seats == o.seats && held == o.held && holds == o.holds;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sku, seats, held, holds);
    }
}
