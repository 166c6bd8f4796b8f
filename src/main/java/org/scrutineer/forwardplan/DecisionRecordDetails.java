package org.scrutineer.forwardplan;

import java.time.LocalDate;

/**
 * The record of a decision (SI 2012/2089 regs 12-13).
 *
 * @param decidedOn the date it was taken
 * @param decision what was decided
 * @param reasons the reasons
 * @param alternatives alternative options considered and rejected
 * @param conflicts conflicts of interest declared by any member consulted
 * @param dispensations dispensations granted by the head of paid service
 * @param callInExemptReason why the decision is exempt from call-in (urgency with the chair's consent), if it is
 */
public record DecisionRecordDetails(LocalDate decidedOn, String decision, String reasons, String alternatives,
        String conflicts, String dispensations, String callInExemptReason) {
}
