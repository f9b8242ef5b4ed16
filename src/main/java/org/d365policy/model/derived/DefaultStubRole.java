package org.d365policy.model.derived;

import org.d365policy.model.snapshot.EnvironmentType;
import org.d365policy.model.snapshot.RoleTemplate;

import java.util.Objects;

/** Derived by rules: a role template that stub users of an environment type are given by default. */
public final class DefaultStubRole {
    private final EnvironmentType environmentType;
    private final RoleTemplate template;

    public DefaultStubRole(EnvironmentType environmentType, RoleTemplate template) {
        this.environmentType = environmentType;
        this.template = template;
    }

    public EnvironmentType getEnvironmentType() {
        return environmentType;
    }

    public RoleTemplate getTemplate() {
        return template;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof DefaultStubRole)) return false;
        DefaultStubRole o = (DefaultStubRole) other;
        return Objects.equals(environmentType, o.environmentType) && Objects.equals(template, o.template);
    }

    @Override
    public int hashCode() {
        return Objects.hash(environmentType, template);
    }
}
