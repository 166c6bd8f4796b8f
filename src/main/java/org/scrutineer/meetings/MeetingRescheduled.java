package org.scrutineer.meetings;

import java.time.LocalDate;

/** A meeting moved to another day: notices to attend count from the new date. */
public record MeetingRescheduled(MeetingId meeting, LocalDate date) {
}
