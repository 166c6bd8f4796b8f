package org.scrutineer.forwardplan;

import java.time.LocalDate;

/**
 * A report to council the committee required on a decision it thinks should have been treated as key (reg 18).
 *
 * @param id its id
 * @param decisionId the decision
 * @param committeeName the committee requiring it
 * @param requiredOn when it was required
 * @param reportBy the date the committee set
 * @param reasons the committee's reasons
 * @param reportedOn when the report went to council
 */
public record KeyDecisionReport(long id, DecisionId decisionId, String committeeName, LocalDate requiredOn,
        LocalDate reportBy, String reasons, LocalDate reportedOn) {
}
