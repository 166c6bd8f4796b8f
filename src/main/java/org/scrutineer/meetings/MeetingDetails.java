package org.scrutineer.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the scrutiny officer enters to schedule or change a meeting.
 *
 * @param committeeId the committee meeting
 * @param date the day
 * @param startsAt the start time
 * @param place where, e.g. "Council Chamber, Town Hall"
 * @param notes anything members and the public should know (webcast, access)
 */
public record MeetingDetails(Long committeeId, LocalDate date, LocalTime startsAt, String place, String notes) {
}
