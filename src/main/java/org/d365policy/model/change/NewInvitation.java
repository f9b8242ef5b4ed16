package org.d365policy.model.change;

import java.util.Objects;

/** Derived by rules: the person has a new invitation in this change. */
public final class NewInvitation {
    private final String email;

    public NewInvitation(String email) {
        this.email = email;
    }

    public String getEmail() {
        return email;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof NewInvitation)) return false;
        NewInvitation o = (NewInvitation) other;
        return Objects.equals(email, o.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email);
    }
}
