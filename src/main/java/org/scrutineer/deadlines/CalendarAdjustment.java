package org.scrutineer.deadlines;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A council's change to the working calendar.
 *
 * @param id its id
 * @param day the day
 * @param kind a closure day, an added bank holiday (a new proclamation) or a removed one
 * @param reason why
 * @param createdBy who made the change
 * @param createdAt when
 */
public record CalendarAdjustment(long id, LocalDate day, Kind kind, String reason, String createdBy,
        Instant createdAt) {

    /** The kinds of adjustment. */
    public enum Kind {
        CLOSURE("Council closure day"),
        ADDED_BANK_HOLIDAY("Added bank holiday"),
        REMOVED_BANK_HOLIDAY("Removed bank holiday");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
