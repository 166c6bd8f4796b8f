package org.scrutineer.deadlines;

import java.time.LocalDate;

/**
 * Published when a tracked deadline's due date moves (extended, or its clock restarted after a stop), so the owning
 * module can keep what it shows in step.
 *
 * @param deadline the deadline
 * @param recordType its owning record's type
 * @param recordId its owning record's id
 * @param due the due date now
 */
public record DeadlineRescheduled(DeadlineId deadline, String recordType, String recordId, LocalDate due) {
}
