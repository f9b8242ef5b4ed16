package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of user record, with the access modes and defaults tenant-format.md allows for each. */
public enum UserType {
    @JsonProperty("person") PERSON("person", AccessMode.READ_WRITE, true, AccessMode.personModes()),
    @JsonProperty("application") APPLICATION("application", AccessMode.NON_INTERACTIVE, true, AccessMode.personModes()),
    @JsonProperty("stub") STUB("stub", AccessMode.READ_WRITE, false, AccessMode.personModes()),
    @JsonProperty("support") SUPPORT("support", AccessMode.SUPPORT_USER, true, EnumSet.of(AccessMode.SUPPORT_USER)),
    @JsonProperty("delegated-admin") DELEGATED_ADMIN("delegated-admin", AccessMode.DELEGATED_ADMIN, true,
            EnumSet.of(AccessMode.DELEGATED_ADMIN));

    private final String label;
    private final AccessMode defaultAccessMode;
    private final boolean enabledByDefault;
    private final Set<AccessMode> allowedAccessModes;

    UserType(String label, AccessMode defaultAccessMode, boolean enabledByDefault, Set<AccessMode> allowed) {
        this.label = label;
        this.defaultAccessMode = defaultAccessMode;
        this.enabledByDefault = enabledByDefault;
        this.allowedAccessModes = allowed;
    }

    /** The kind with its article, for messages: "a person", "an application". */
    public String withArticle() {
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    public AccessMode defaultAccessMode() {
        return defaultAccessMode;
    }

    public boolean enabledByDefault() {
        return enabledByDefault;
    }

    public boolean allows(AccessMode mode) {
        return allowedAccessModes.contains(mode);
    }

    public Set<AccessMode> allowedAccessModes() {
        return allowedAccessModes;
    }

    @Override
    public String toString() {
        return label;
    }
}
