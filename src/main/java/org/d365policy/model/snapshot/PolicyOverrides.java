package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The snapshot's `policy:` map: overrides of two profile parameters. */
public class PolicyOverrides extends Located {
    @JsonProperty("nonInteractiveLimit")
    private Integer nonInteractiveLimit;
    @JsonProperty("invitationHoldDays")
    private Integer invitationHoldDays;

    public Integer getNonInteractiveLimit() {
        return nonInteractiveLimit;
    }

    public Integer getInvitationHoldDays() {
        return invitationHoldDays;
    }
}
