package org.d365policy.model.fact;

import org.d365policy.model.snapshot.AdminRole;

import java.util.Objects;

/** A Microsoft 365 admin role an account holds. */
public final class AccountAdminRole {
    private final String upn;
    private final AdminRole role;
    private final int accountOrdinal;

    public AccountAdminRole(String upn, AdminRole role, int accountOrdinal) {
        this.upn = upn;
        this.role = role;
        this.accountOrdinal = accountOrdinal;
    }

    public String getUpn() {
        return upn;
    }

    public AdminRole getRole() {
        return role;
    }

    public int getAccountOrdinal() {
        return accountOrdinal;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof AccountAdminRole)) return false;
        AccountAdminRole o = (AccountAdminRole) other;
        return Objects.equals(upn, o.upn) && Objects.equals(role, o.role) && accountOrdinal == o.accountOrdinal;
    }

    @Override
    public int hashCode() {
        return Objects.hash(upn, role, accountOrdinal);
    }
}
