package org.scrutineer.deadlines;

import java.time.LocalDate;

/**
 * Published when an open deadline's due date passes (once per deadline), so the owning module can react.
 *
 * @param deadline the deadline
 * @param recordType its owning record's type
 * @param recordId its owning record's id
 * @param ruleId the rule
 * @param due the due date that passed
 */
public record DeadlineMissed(DeadlineId deadline, String recordType, String recordId, String ruleId,
        LocalDate due) {
}
