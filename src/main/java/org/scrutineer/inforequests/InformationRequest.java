package org.scrutineer.inforequests;

import java.time.LocalDate;

import org.scrutineer.deadlines.DeadlineId;

/**
 * A request for information.
 *
 * @param id its id
 * @param reference its reference, e.g. IR(26/27)004
 * @param committeeId the committee
 * @param committeeName its name
 * @param requestedById who asked
 * @param requestedByName their name
 * @param requestedAs on whose authority
 * @param agendaItemId the agenda item it relates to
 * @param relatesTo the item or review, in words
 * @param what what was asked for
 * @param why why
 * @param directorateId the directorate holding the information
 * @param directorateName its name
 * @param responsibleOfficerId the officer asked to provide it
 * @param responsibleOfficerName their name
 * @param receivedOn when the executive received it
 * @param deadline the tracked {@code information-request-response} deadline
 * @param due the last day to respond (moves when the clock stops and restarts)
 * @param state where it stands
 * @param acknowledgedOn when it was acknowledged
 * @param respondedOn when it was answered
 * @param response the covering note
 * @param refusalGround the reg 17 ground for withholding
 * @param refusalReasons the written statement of reasons
 * @param clarification the clarification sought, while the clock is stopped
 * @param clarificationSoughtOn since when
 * @param escalatedOn when it was escalated to the chief officer for being overdue
 * @param escalatedToName to whom
 * @param version for optimistic locking
 */
public record InformationRequest(InformationRequestId id, String reference, long committeeId, String committeeName,
        long requestedById, String requestedByName, RequestedAs requestedAs, Long agendaItemId, String relatesTo,
        String what, String why, Long directorateId, String directorateName, long responsibleOfficerId,
        String responsibleOfficerName, LocalDate receivedOn, DeadlineId deadline, LocalDate due, RequestState state,
        LocalDate acknowledgedOn, LocalDate respondedOn, String response, RefusalGround refusalGround,
        String refusalReasons, String clarification, LocalDate clarificationSoughtOn, LocalDate escalatedOn,
        String escalatedToName, int version) {

    /** Whether a response is still owed and the due date has passed. */
    public boolean overdueOn(LocalDate today) {
        return state.open() && state != RequestState.CLARIFICATION_SOUGHT && due != null && today.isAfter(due);
    }

    /** Whether it was answered after the due date. */
    public boolean answeredLate() {
        return respondedOn != null && due != null && respondedOn.isAfter(due);
    }

    /** The page where it is handled. */
    public String path() {
        return "/information-requests/" + id;
    }
}
