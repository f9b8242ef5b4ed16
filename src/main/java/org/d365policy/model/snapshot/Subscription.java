package org.d365policy.model.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A Customer Engagement user-license pool of one SKU. */
public class Subscription extends Located {
    @JsonProperty("sku")
    private String sku;
    @JsonProperty("name")
    private String name;
    @JsonProperty("seats")
    private Integer seats;
    @JsonProperty("minimumSeats")
    private Integer minimumSeats;
    /** Seats in their grace period after expiry: they still count in {@code seats} and still work. */
    @JsonProperty("warningSeats")
    private Integer warningSeats;

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public Integer getMinimumSeats() {
        return minimumSeats;
    }

    public Integer getWarningSeats() {
        return warningSeats;
    }

    public void fillDefaults() {
        if (minimumSeats == null) minimumSeats = 0;
        if (warningSeats == null) warningSeats = 0;
    }
}
