package org.scrutineer.recommendations;

import java.time.LocalDate;

/**
 * The executive's response to one recommendation, as drafted.
 *
 * @param recommendationId the recommendation
 * @param decision accepted, partially accepted, rejected or deferred
 * @param reasons the reasons (mandatory unless accepted in full)
 * @param proposedAction the action proposed
 * @param cabinetMemberId the responsible cabinet member
 * @param leadOfficerId the lead officer
 * @param targetDate the target date
 * @param successMeasure how success will be measured
 */
public record ResponseDetails(Long recommendationId, ResponseDecision decision, String reasons, String proposedAction,
        Long cabinetMemberId, Long leadOfficerId, LocalDate targetDate, String successMeasure) {
}
