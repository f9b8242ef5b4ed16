package org.d365policy.model.derived;

import java.util.Objects;

/** Derived by rules: upn is a direct member of a group nested (at any depth) in root. */
public final class NestedMembership {
    private final String root;
    private final String upn;
    private final String via;

    public NestedMembership(String root, String upn, String via) {
        this.root = root;
        this.upn = upn;
        this.via = via;
    }

    public String getRoot() {
        return root;
    }

    public String getUpn() {
        return upn;
    }

    public String getVia() {
        return via;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof NestedMembership)) return false;
        NestedMembership o = (NestedMembership) other;
        return Objects.equals(root, o.root) && Objects.equals(upn, o.upn) && Objects.equals(via, o.via);
    }

    @Override
    public int hashCode() {
        return Objects.hash(root, upn, via);
    }
}
