package org.d365policy.model.change;

import java.util.Objects;

/** An invitation the change set sends: an {@code invite} operation, by its place in the change set. */
public final class ChangeSetInvitation {
    private final String email;
    private final String sku;
    private final int index;

    public ChangeSetInvitation(String email, String sku, int index) {
        this.email = email;
        this.sku = sku;
        this.index = index;
    }

    public String getEmail() {
        return email;
    }

    public String getSku() {
        return sku;
    }

    /** The position of the {@code invite} in the change set. */
    public int getIndex() {
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ChangeSetInvitation o
                && index == o.index && Objects.equals(email, o.email) && Objects.equals(sku, o.sku);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, sku, index);
    }
}
