package org.scrutineer.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day inside a deadline's counting window that was not counted, with the reason a person reads, for example
 * "Christmas Day (bank holiday)", "Boxing Day (bank holiday, substitute day)", "Council closure: office move" or
 * "Clock stopped". Weekends are not listed as skipped days; explanations mention them as a rule of counting.
 *
 * @param date   the day not counted
 * @param reason why it was not counted
 */
public record SkippedDay(LocalDate date, String reason) {

    /**
     * Validates the day.
     *
     * @param date   the day not counted
     * @param reason why it was not counted
     * @throws IllegalArgumentException if the reason is blank
     * @throws NullPointerException if the date or reason is null
     */
    public SkippedDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A skipped day needs a reason");
        }
    }
}
