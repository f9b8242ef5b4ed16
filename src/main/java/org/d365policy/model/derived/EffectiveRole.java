package org.d365policy.model.derived;

import org.d365policy.model.snapshot.AdminRole;
import org.d365policy.model.snapshot.Role;
import org.d365policy.model.snapshot.RoleTemplate;
import org.d365policy.model.snapshot.UserRecord;
import org.d365policy.model.snapshot.UserType;

import java.util.Objects;

/**
 * Derived by rules: a role a user record effectively holds, and where it comes from. The role id is
 * null for the System Administrator that an admin role grants where the environment defines none.
 */
public final class EffectiveRole {
    private final UserRecord userRecord;
    private final String roleId;
    private final String roleName;
    private final RoleTemplate template;
    private final boolean appAccess;
    private final boolean predefined;
    private final String roleBusinessUnit;
    private final RoleSource source;
    private final String via;
    private final String group;

    private EffectiveRole(UserRecord userRecord, Role role, String roleName, RoleTemplate template, boolean appAccess,
                          RoleSource source, String via, String group) {
        this.userRecord = userRecord;
        this.roleId = role == null ? null : role.getId();
        this.roleName = roleName;
        this.template = template;
        this.appAccess = appAccess;
        this.predefined = role == null || role.isPredefined();
        this.roleBusinessUnit = role == null ? null : role.getBusinessUnit();
        this.source = source;
        this.via = via;
        this.group = group;
    }

    public static EffectiveRole direct(UserRecord record, Role role) {
        return new EffectiveRole(record, role, role.getName(), role.getTemplate(), role.isAppAccess(), RoleSource.DIRECT, null, null);
    }

    public static EffectiveRole throughTeam(UserRecord record, Role role, String team) {
        return new EffectiveRole(record, role, role.getName(), role.getTemplate(), role.isAppAccess(), RoleSource.TEAM, team, null);
    }

    /** A role of an Entra group team, held because the record's UPN is a direct member of the team's group. */
    public static EffectiveRole throughGroupTeam(UserRecord record, Role role, String team, String group) {
        return new EffectiveRole(record, role, role.getName(), role.getTemplate(), role.isAppAccess(), RoleSource.TEAM, team, group);
    }

    public static EffectiveRole systemAdministratorThrough(UserRecord record, AdminRole adminRole) {
        return new EffectiveRole(record, null, "System Administrator", RoleTemplate.SYSTEM_ADMINISTRATOR, false,
                RoleSource.ADMIN_ROLE, adminRole.toString(), null);
    }

    /** The record that holds the role. Rules read only what never changes of it: its UPN, type and business unit. */
    public UserRecord getUserRecord() {
        return userRecord;
    }

    public UserType getRecordType() {
        return userRecord.getType();
    }

    public String getRecordBusinessUnit() {
        return userRecord.getBusinessUnit();
    }

    public String getRecordKey() {
        return userRecord.getKey();
    }

    public String getEnvironment() {
        return userRecord.getEnvironment();
    }

    public String getRoleId() {
        return roleId;
    }

    public String getRoleName() {
        return roleName;
    }

    public RoleTemplate getTemplate() {
        return template;
    }

    public boolean isAppAccess() {
        return appAccess;
    }

    /** Whether the role came with the platform; the System Administrator that an admin role grants did. */
    public boolean isPredefined() {
        return predefined;
    }

    /** The business unit the role belongs to; null for the System Administrator that an admin role grants. */
    public String getRoleBusinessUnit() {
        return roleBusinessUnit;
    }

    public RoleSource getSource() {
        return source;
    }

    /** The team or admin role it comes through; null for a direct role. */
    public String getVia() {
        return via;
    }

    /** The group through which an Entra group team's role is held; null otherwise. */
    public String getGroup() {
        return group;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof EffectiveRole)) return false;
        EffectiveRole o = (EffectiveRole) other;
        return appAccess == o.appAccess && predefined == o.predefined && getRecordKey().equals(o.getRecordKey()) && Objects.equals(roleId, o.roleId)
                && Objects.equals(roleBusinessUnit, o.roleBusinessUnit)
                && Objects.equals(roleName, o.roleName) && template == o.template && source == o.source
                && Objects.equals(via, o.via) && Objects.equals(group, o.group);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getRecordKey(), roleId, source, via);
    }
}
