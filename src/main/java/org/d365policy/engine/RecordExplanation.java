package org.d365policy.engine;

import org.d365policy.model.Finding;
import org.d365policy.model.derived.EffectiveRole;
import org.d365policy.model.derived.SecurityGroupStanding;
import org.d365policy.model.snapshot.UserRecord;

import java.util.List;

/** Whether one user record can use its environment, and every link of the chain that decides it. */
public final class RecordExplanation {
    private final UserRecord record;
    private final List<Link> chain;
    private final List<EffectiveRole> roles;
    private final SecurityGroupStanding standing;
    private final List<Finding> findings;

    RecordExplanation(UserRecord record, List<Link> chain, List<EffectiveRole> roles, SecurityGroupStanding standing,
                      List<Finding> findings) {
        this.record = record;
        this.chain = chain;
        this.roles = roles;
        this.standing = standing;
        this.findings = findings;
    }

    public UserRecord record() {
        return record;
    }

    public boolean canUse() {
        return chain.stream().allMatch(Link::satisfied);
    }

    public List<Link> chain() {
        return chain;
    }

    public List<EffectiveRole> roles() {
        return roles;
    }

    /** Null for records the security group does not judge (stub, support and delegated-admin records). */
    public SecurityGroupStanding standing() {
        return standing;
    }

    public List<Finding> findings() {
        return findings;
    }
}
