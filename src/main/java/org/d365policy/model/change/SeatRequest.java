package org.d365policy.model.change;

import java.util.Objects;

/** A seat that a step of a change set takes: a license assigned, or a pending invitation issued. */
public final class SeatRequest {
    private final int index;
    private final String sku;
    private final String holder;
    private final String subject;
    private final boolean invitation;

    public SeatRequest(int index, String sku, String holder, String subject, boolean invitation) {
        this.index = index;
        this.sku = sku;
        this.holder = holder;
        this.subject = subject;
        this.invitation = invitation;
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

    public boolean isInvitation() {
        return invitation;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof SeatRequest)) return false;
        SeatRequest o = (SeatRequest) other;
        return index == o.index && Objects.equals(sku, o.sku) && Objects.equals(holder, o.holder) && Objects.equals(subject, o.subject) && invitation == o.invitation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, sku, holder, subject, invitation);
    }
}
