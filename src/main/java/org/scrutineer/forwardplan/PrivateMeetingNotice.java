package org.scrutineer.forwardplan;

import java.time.LocalDate;

/**
 * The notices of a decision to be taken in private (SI 2012/2089 reg 5).
 *
 * @param intentionPublishedOn when the 28-day notice of intention was published
 * @param intentionDue the last day to publish it
 * @param representations representations received about holding it in private
 * @param response the response to them
 * @param finalPublishedOn when the 5-day further notice was published
 * @param finalDue the last day to publish it
 */
public record PrivateMeetingNotice(LocalDate intentionPublishedOn, LocalDate intentionDue, String representations,
        String response, LocalDate finalPublishedOn, LocalDate finalDue) {

    /** Whether the intention notice was late. */
    public boolean intentionLate() {
        return intentionPublishedOn != null && intentionDue != null && intentionPublishedOn.isAfter(intentionDue);
    }

    /** Whether the further notice was late. */
    public boolean finalLate() {
        return finalPublishedOn != null && finalDue != null && finalPublishedOn.isAfter(finalDue);
    }
}
