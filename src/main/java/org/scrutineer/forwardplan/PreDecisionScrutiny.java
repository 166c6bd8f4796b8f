package org.scrutineer.forwardplan;

import java.time.LocalDate;

/**
 * A committee's flag that it will scrutinise a decision before it is taken.
 *
 * @param decisionId the decision
 * @param committeeId the committee
 * @param committeeName its name
 * @param note what the committee wants to look at
 * @param flaggedBy who flagged it
 * @param flaggedOn when
 */
public record PreDecisionScrutiny(DecisionId decisionId, long committeeId, String committeeName, String note,
        String flaggedBy, LocalDate flaggedOn) {
}
