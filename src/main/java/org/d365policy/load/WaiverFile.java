package org.d365policy.load;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.d365policy.model.fact.Waiver;
import org.d365policy.model.snapshot.Located;

import java.util.List;

/** A waivers file: `waivers:` and a list of waivers. */
public class WaiverFile extends Located {
    @JsonProperty("waivers")
    private List<Waiver> waivers;

    public List<Waiver> getWaivers() {
        return waivers;
    }
}
