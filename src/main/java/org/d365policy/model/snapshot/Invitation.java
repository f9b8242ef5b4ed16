package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.d365policy.model.Upn;

import java.time.LocalDate;

/** An invitation sent to a person who does not use the service yet. */
public class Invitation extends Located {
    @JsonProperty("email")
    private String email;
    @JsonProperty("sku")
    private String sku;
    @JsonProperty("issued")
    private LocalDate issued;
    @JsonProperty("status")
    private InvitationStatus status;

    public Invitation() {
    }

    public Invitation(String email, String sku, LocalDate issued, InvitationStatus status) {
        this.email = Upn.normalize(email);
        this.sku = sku;
        this.issued = issued;
        this.status = status;
    }

    public void setIssued(LocalDate issued) {
        this.issued = issued;
    }

    public void setStatus(InvitationStatus status) {
        this.status = status;
    }

    public String getEmail() {
        return email;
    }

    public String getSku() {
        return sku;
    }

    public LocalDate getIssued() {
        return issued;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public void normalize() {
        email = Upn.normalize(email);
    }
}
