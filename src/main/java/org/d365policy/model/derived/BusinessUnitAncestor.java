package org.d365policy.model.derived;

import java.util.Objects;

/** Derived by rules: ancestor is the business unit itself or a unit above it. */
public final class BusinessUnitAncestor {
    private final String environment;
    private final String businessUnit;
    private final String ancestor;

    public BusinessUnitAncestor(String environment, String businessUnit, String ancestor) {
        this.environment = environment;
        this.businessUnit = businessUnit;
        this.ancestor = ancestor;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getBusinessUnit() {
        return businessUnit;
    }

    public String getAncestor() {
        return ancestor;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof BusinessUnitAncestor)) return false;
        BusinessUnitAncestor o = (BusinessUnitAncestor) other;
        return Objects.equals(environment, o.environment) && Objects.equals(businessUnit, o.businessUnit) && Objects.equals(ancestor, o.ancestor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(environment, businessUnit, ancestor);
    }
}
