package org.scrutineer.recommendations;

import java.time.LocalDate;

/**
 * An action owner's dated update on implementation.
 *
 * @param postedOn the date of the update
 * @param status on track, slipped, not achieved or achieved
 * @param newTarget the new target date (mandatory when slipped)
 * @param reason why (mandatory when slipped or not achieved)
 * @param note what has been done
 * @param evidence the evidence (mandatory when achieved)
 */
public record UpdateDetails(LocalDate postedOn, Progress status, LocalDate newTarget, String reason, String note,
        String evidence) {
}
