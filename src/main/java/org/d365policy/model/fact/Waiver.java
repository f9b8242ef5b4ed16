package org.d365policy.model.fact;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.d365policy.model.snapshot.Located;

import java.time.LocalDate;
import java.util.Locale;

/** An accepted exception: a finding of one rule about one subject, waived until a day (cli.md). */
public class Waiver extends Located {
    @JsonProperty("rule")
    private String rule;
    @JsonProperty("subject")
    private String subject;
    @JsonProperty("reason")
    private String reason;
    @JsonProperty("approvedBy")
    private String approvedBy;
    @JsonProperty("expires")
    private LocalDate expires;

    public String getRule() {
        return rule;
    }

    public String getSubject() {
        return subject;
    }

    /** Subjects match case-insensitively. */
    public String getSubjectKey() {
        return subject == null ? null : subject.toLowerCase(Locale.ROOT);
    }

    public String getReason() {
        return reason;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    /** The first day on which the waiver no longer applies. */
    public LocalDate getExpires() {
        return expires;
    }
}
