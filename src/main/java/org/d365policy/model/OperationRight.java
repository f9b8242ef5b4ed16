package org.d365policy.model;

import java.util.Objects;

/** Derived by rules: an admin role that allows an operation on the directory. */
public final class OperationRight {
    private final Operation operation;
    private final AdminRole role;

    public OperationRight(Operation operation, AdminRole role) {
        this.operation = operation;
        this.role = role;
    }

    public Operation getOperation() {
        return operation;
    }

    public AdminRole getRole() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof OperationRight)) return false;
        OperationRight o = (OperationRight) other;
        return Objects.equals(operation, o.operation) && Objects.equals(role, o.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, role);
    }
}
