package org.d365policy.model.change;

import org.d365policy.model.snapshot.AccessMode;
import org.d365policy.model.snapshot.UserType;

import java.util.Objects;

/** The operation about to be applied, for the change rules to judge against the state just before it. */
public final class ChangeStep {
    private final int index;
    private final Operation operation;
    private final String actor;
    private final String subject;
    private final String environment;
    private final String upn;
    private final AccessMode accessMode;
    private final UserType userType;

    public ChangeStep(int index, Operation operation, String actor, String subject, String environment, String upn, AccessMode accessMode, UserType userType) {
        this.index = index;
        this.operation = operation;
        this.actor = actor;
        this.subject = subject;
        this.environment = environment;
        this.upn = upn;
        this.accessMode = accessMode;
        this.userType = userType;
    }

    public int getIndex() {
        return index;
    }

    public Operation getOperation() {
        return operation;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getUpn() {
        return upn;
    }

    public AccessMode getAccessMode() {
        return accessMode;
    }

    public UserType getUserType() {
        return userType;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof ChangeStep)) return false;
        ChangeStep o = (ChangeStep) other;
        return index == o.index && Objects.equals(operation, o.operation) && Objects.equals(actor, o.actor) && Objects.equals(subject, o.subject) && Objects.equals(environment, o.environment) && Objects.equals(upn, o.upn) && Objects.equals(accessMode, o.accessMode) && Objects.equals(userType, o.userType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, operation, actor, subject, environment, upn, accessMode, userType);
    }
}
