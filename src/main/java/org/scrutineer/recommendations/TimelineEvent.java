package org.scrutineer.recommendations;

import java.time.LocalDate;

/**
 * One thing that happened to a recommendation, for its timeline.
 *
 * @param on the date
 * @param title what happened
 * @param detail more about it (may be null)
 * @param by who did it (may be null)
 * @param warning whether it is bad news (late, slipped, not achieved)
 */
public record TimelineEvent(LocalDate on, String title, String detail, String by, boolean warning) {
}
