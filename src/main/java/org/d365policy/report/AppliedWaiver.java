package org.d365policy.report;

import java.time.LocalDate;

/** The waiver that covers a finding, as a report shows it: why, who approved it, and the day it stops applying. */
public record AppliedWaiver(String reason, String approvedBy, LocalDate expires) {
}
