package org.d365policy.model.change;

import org.d365policy.model.snapshot.InvitationStatus;

import java.time.LocalDate;
import java.util.Objects;

/** An invitation as it was before the change. */
public final class BeforeInvitation {
    private final String email;
    private final String sku;
    private final InvitationStatus status;
    private final LocalDate issued;

    public BeforeInvitation(String email, String sku, InvitationStatus status, LocalDate issued) {
        this.email = email;
        this.sku = sku;
        this.status = status;
        this.issued = issued;
    }

    public String getEmail() {
        return email;
    }

    public String getSku() {
        return sku;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public LocalDate getIssued() {
        return issued;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof BeforeInvitation)) return false;
        BeforeInvitation o = (BeforeInvitation) other;
        return Objects.equals(email, o.email) && Objects.equals(sku, o.sku) && Objects.equals(status, o.status) && Objects.equals(issued, o.issued);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, sku, status, issued);
    }
}
