package org.scrutineer.deadlines.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One bank holiday of one nation.
 *
 * @param date       the day the holiday is taken (for a substitute day, the weekday it moved to)
 * @param name       the holiday's name without any "(substitute day)", for example "Boxing Day"
 * @param substitute whether this is a substitute day for a holiday that fell on a weekend
 */
public record BankHoliday(LocalDate date, String name, boolean substitute) {

    /**
     * Validates the holiday.
     *
     * @param date       the day the holiday is taken
     * @param name       the name without "(substitute day)"
     * @param substitute whether it is a substitute day
     * @throws NullPointerException if the date or name is null
     * @throws IllegalArgumentException if the name is blank
     */
    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Bank holiday on " + date + " needs a name");
        }
    }

    /**
     * The name as GOV.UK shows it, for example "New Year’s Day (substitute day)".
     *
     * @return the name, marked when it is a substitute day
     */
    public String displayName() {
        return substitute ? name + " (substitute day)" : name;
    }

    /**
     * Why the day is not a working day, for example "Christmas Day (bank holiday)" or
     * "Boxing Day (bank holiday, substitute day)".
     *
     * @return the reason a person reads
     */
    public String reason() {
        return substitute ? name + " (bank holiday, substitute day)" : name + " (bank holiday)";
    }
}
