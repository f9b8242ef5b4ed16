package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One tenant snapshot as written in tenant-format.md. */
public class Tenant extends Located {
    @JsonProperty("tenant")
    private String tenant;
    @JsonProperty("asOf")
    private LocalDate asOf;
    @JsonProperty("profile")
    private Profile profile;
    @JsonProperty("policy")
    private PolicyOverrides policy;
    @JsonProperty("subscriptions")
    private List<Subscription> subscriptions;
    @JsonProperty("accounts")
    private List<Account> accounts;
    @JsonProperty("invitations")
    private List<Invitation> invitations;
    @JsonProperty("groups")
    private List<Group> groups;
    @JsonProperty("environments")
    private List<Environment> environments;
    @JsonProperty("provenance")
    private Provenance provenance;

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public Profile getProfile() {
        return profile;
    }

    public void setProfile(Profile profile) {
        this.profile = profile;
    }

    public PolicyOverrides getPolicy() {
        return policy;
    }

    public void setPolicy(PolicyOverrides policy) {
        this.policy = policy;
    }

    public List<Subscription> getSubscriptions() {
        return subscriptions;
    }

    public List<Account> getAccounts() {
        return accounts;
    }

    public List<Invitation> getInvitations() {
        return invitations;
    }

    public List<Group> getGroups() {
        return groups;
    }

    /** An ordinal no account of the tenant has: for an account that a change creates, or that another snapshot adds. */
    public int nextAccountOrdinal() {
        return accounts.stream().mapToInt(Account::getOrdinal).max().orElse(-1) + 1;
    }

    public List<Environment> getEnvironments() {
        return environments;
    }

    /** How the snapshot was made (sources.md), or {@code null} for a hand-written one. */
    public Provenance getProvenance() {
        return provenance;
    }

    public void setProvenance(Provenance provenance) {
        this.provenance = provenance;
    }

    /** Absent lists mean empty lists; called once by the loader after reading. */
    public void fillDefaults() {
        if (subscriptions == null) subscriptions = new ArrayList<>();
        if (accounts == null) accounts = new ArrayList<>();
        if (invitations == null) invitations = new ArrayList<>();
        if (groups == null) groups = new ArrayList<>();
        if (environments == null) environments = new ArrayList<>();
    }
}
