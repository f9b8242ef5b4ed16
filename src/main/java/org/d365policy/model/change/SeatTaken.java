package org.d365policy.model.change;

import java.util.Objects;

/** Derived by rules: a step of a change set takes a seat of a subscription. */
public final class SeatTaken {
    private final int index;
    private final String sku;
    private final String holder;
    private final String subject;

    public SeatTaken(int index, String sku, String holder, String subject) {
        this.index = index;
        this.sku = sku;
        this.holder = holder;
        this.subject = subject;
    }

    public int getIndex() {
        return index;
    }

    public String getSku() {
        return sku;
    }

    public String getHolder() {
        return holder;
    }

    public String getSubject() {
        return subject;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof SeatTaken)) return false;
        SeatTaken o = (SeatTaken) other;
        return index == o.index && Objects.equals(sku, o.sku) && Objects.equals(holder, o.holder) && Objects.equals(subject, o.subject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, sku, holder, subject);
    }
}
