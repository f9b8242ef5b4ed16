package org.d365policy.model.derived;

/** The ways a user record can be kept out of its environment. */
public enum AccessBlock {
    DISABLED, STUB, NO_ACCOUNT, ACCOUNT_BLOCKED, NO_LICENSE, NO_ROLE, APP_ACCESS_ONLY, SECURITY_GROUP, APPLICATION_MISCONFIGURED
}
