package org.d365policy.model.fact;

import java.util.Objects;

/** A license an account holds (one fact per account and SKU, so duplicate accounts each count their seat). */
public final class AccountLicense {
    private final String upn;
    private final String sku;
    private final int accountOrdinal;

    public AccountLicense(String upn, String sku, int accountOrdinal) {
        this.upn = upn;
        this.sku = sku;
        this.accountOrdinal = accountOrdinal;
    }

    public String getUpn() {
        return upn;
    }

    public String getSku() {
        return sku;
    }

    public int getAccountOrdinal() {
        return accountOrdinal;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof AccountLicense)) return false;
        AccountLicense o = (AccountLicense) other;
        return Objects.equals(upn, o.upn) && Objects.equals(sku, o.sku) && accountOrdinal == o.accountOrdinal;
    }

    @Override
    public int hashCode() {
        return Objects.hash(upn, sku, accountOrdinal);
    }
}
