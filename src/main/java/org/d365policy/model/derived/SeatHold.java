package org.d365policy.model.derived;

import java.time.LocalDate;
import java.util.Objects;

/** Derived by rules: a pending invitation that holds a seat of its SKU until the release day (exclusive). */
public final class SeatHold {
    private final String email;
    private final String sku;
    private final LocalDate releasedOn;

    public SeatHold(String email, String sku, LocalDate releasedOn) {
        this.email = email;
        this.sku = sku;
        this.releasedOn = releasedOn;
    }

    public String getEmail() {
        return email;
    }

    public String getSku() {
        return sku;
    }

    public LocalDate getReleasedOn() {
        return releasedOn;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof SeatHold)) return false;
        SeatHold o = (SeatHold) other;
        return Objects.equals(email, o.email) && Objects.equals(sku, o.sku) && Objects.equals(releasedOn, o.releasedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, sku, releasedOn);
    }
}
