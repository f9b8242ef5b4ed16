package org.d365policy.model.change;

import java.util.Objects;

/**
 * A person record a step of the change set disabled: {@code disableUser}, or the platform after
 * {@code deleteAccount} or {@code removeLicense}. Enabled again by a later step, it is re-enabled for CHG-003
 * as much as a record that was disabled before the change set (rules.md: judged on the state just before
 * the operation that enables it).
 */
public final class ChangeSetDisabling {
    private final String environment;
    private final String upn;

    public ChangeSetDisabling(String environment, String upn) {
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
        return this == other || other instanceof ChangeSetDisabling o
                && Objects.equals(environment, o.environment) && Objects.equals(upn, o.upn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(environment, upn);
    }
}
