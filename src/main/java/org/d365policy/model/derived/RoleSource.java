package org.d365policy.model.derived;

/** Where an effective role comes from. */
public enum RoleSource {
    DIRECT("direct"), TEAM("team"), ADMIN_ROLE("admin role");

    private final String label;

    RoleSource(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
