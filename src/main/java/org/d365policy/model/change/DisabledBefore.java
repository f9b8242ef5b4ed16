package org.d365policy.model.change;

import java.util.Objects;

/** A user record that was disabled before the change, or by one of its steps: derived by rules, read by CHG-003. */
public final class DisabledBefore {
    private final String environment;
    private final String upn;

    public DisabledBefore(String environment, String upn) {
        this.environment = environment;
        this.upn = upn;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getUpn() {
        return upn;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DisabledBefore o
                && Objects.equals(environment, o.environment) && Objects.equals(upn, o.upn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(environment, upn);
    }
}
