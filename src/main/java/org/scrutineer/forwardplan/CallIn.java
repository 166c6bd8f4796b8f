package org.scrutineer.forwardplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.scrutineer.directory.Reference;

/**
 * A valid call-in of a decision: implementation is suspended until the committee decides.
 *
 * @param id its id
 * @param decisionId the decision
 * @param grounds the grounds
 * @param explanation why
 * @param signatories who signed
 * @param submittedAt when it was made
 * @param committeeId the committee hearing it
 * @param committeeName its name
 * @param meetingBy the date by which the committee must meet
 * @param state where it stands
 * @param heardOn when the committee met
 * @param outcome what it decided
 * @param concerns the concerns it referred back or to council
 * @param reconsiderBy the date by which the decision maker must reconsider
 * @param reconsideredOn when they did
 * @param reconsideration what they decided on reconsideration
 * @param councilDate the council meeting it goes to
 * @param version for optimistic locking
 */
public record CallIn(long id, DecisionId decisionId, Set<CallInGround> grounds, String explanation,
        List<Reference> signatories, Instant submittedAt, Long committeeId, String committeeName, LocalDate meetingBy,
        CallInState state, LocalDate heardOn, CallInOutcome outcome, String concerns, LocalDate reconsiderBy,
        LocalDate reconsideredOn, String reconsideration, LocalDate councilDate, int version) {
}
