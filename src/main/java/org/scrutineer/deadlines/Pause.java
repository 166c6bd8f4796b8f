package org.scrutineer.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of days during which the clock on a deadline was stopped, for example while the council sought
 * clarification of a request. None of its days count.
 *
 * @param from        first day the clock was stopped
 * @param toInclusive last day the clock was stopped (the clock runs again the day after)
 */
public record Pause(LocalDate from, LocalDate toInclusive) {

    /**
     * Validates the pause.
     *
     * @param from        first day the clock was stopped
     * @param toInclusive last day the clock was stopped
     * @throws IllegalArgumentException if it ends before it starts
     * @throws NullPointerException if either date is null
     */
    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(from)) {
            throw new IllegalArgumentException(
                    "A pause cannot end (" + toInclusive + ") before it starts (" + from + ")");
        }
    }

    /**
     * Whether the clock was stopped on the given day.
     *
     * @param date the day
     * @return true if {@code from <= date <= toInclusive}
     */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(toInclusive);
    }
}
