package org.scrutineer.recommendations;

import java.time.LocalDate;

import org.scrutineer.deadlines.DeadlineId;

/** Notice of a scrutiny report was served on the executive: its response is due. */
public record NoticeServed(ReportId reportId, String reference, DeadlineId deadlineId, LocalDate due) {
}
