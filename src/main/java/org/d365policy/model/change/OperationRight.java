package org.d365policy.model.change;

import org.d365policy.model.snapshot.AdminRole;

import java.util.List;
import java.util.Objects;

/** One line of the table in rules/change-rights.drl: the admin roles that may make a directory operation. */
public final class OperationRight {
    private final Operation operation;
    private final List<AdminRole> roles;

    public OperationRight(Operation operation, AdminRole... roles) {
        this.operation = operation;
        this.roles = List.of(roles);
    }

    public Operation getOperation() {
        return operation;
    }

    public List<AdminRole> getRoles() {
        return roles;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof OperationRight o && operation == o.operation && roles.equals(o.roles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, roles);
    }
}
