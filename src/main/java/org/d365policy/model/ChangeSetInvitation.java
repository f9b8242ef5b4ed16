package org.d365policy.model;

import java.util.Objects;

/** An e-mail address the change set sends an invitation to. */
public final class ChangeSetInvitation {
    private final String email;

    public ChangeSetInvitation(String email) {
        this.email = email;
    }

    public String getEmail() {
        return email;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof ChangeSetInvitation)) return false;
        ChangeSetInvitation o = (ChangeSetInvitation) other;
        return Objects.equals(email, o.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email);
    }
}
