package org.d365policy.model.derived;

import java.util.Objects;

/** Derived by rules: an account that holds the global admin role and may sign in (its sign-in is not blocked). */
public final class GlobalAdmin {
    private final String upn;
    private final int accountOrdinal;

    public GlobalAdmin(String upn, int accountOrdinal) {
        this.upn = upn;
        this.accountOrdinal = accountOrdinal;
    }

    public String getUpn() {
        return upn;
    }

    public int getAccountOrdinal() {
        return accountOrdinal;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GlobalAdmin o && accountOrdinal == o.accountOrdinal && upn.equals(o.upn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(upn, accountOrdinal);
    }
}
