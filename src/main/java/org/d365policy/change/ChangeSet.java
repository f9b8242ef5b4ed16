package org.d365policy.change;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.d365policy.model.Upn;
import org.d365policy.model.snapshot.Located;

import java.time.LocalDate;
import java.util.List;

/** A change set (changes.md): operations an actor proposes, applied in order. */
public class ChangeSet extends Located {
    @JsonProperty("actor")
    private String actor;
    @JsonProperty("asOf")
    private LocalDate asOf;
    @JsonProperty("changes")
    private List<Change> changes;

    public String getActor() {
        return actor;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public List<Change> getChanges() {
        return changes;
    }

    void normalize() {
        actor = org.d365policy.model.Upn.normalize(actor);
        if (changes == null) return;
        for (Change change : changes) {
            if (change != null) change.normalize();
        }
    }
}
