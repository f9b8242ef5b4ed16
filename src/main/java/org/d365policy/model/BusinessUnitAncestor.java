package org.d365policy.model;

import java.util.Objects;

/** Derived by rules: ancestor is the unit itself or a unit above it. */
public final class BusinessUnitAncestor {
    private final String environment;
    private final String unit;
    private final String ancestor;

    public BusinessUnitAncestor(String environment, String unit, String ancestor) {
        this.environment = environment;
        this.unit = unit;
        this.ancestor = ancestor;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getUnit() {
        return unit;
    }

    public String getAncestor() {
        return ancestor;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof BusinessUnitAncestor)) return false;
        BusinessUnitAncestor o = (BusinessUnitAncestor) other;
        return Objects.equals(environment, o.environment) && Objects.equals(unit, o.unit) && Objects.equals(ancestor, o.ancestor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(environment, unit, ancestor);
    }
}
