package org.scrutineer.inforequests;

import java.time.LocalDate;

/**
 * What is entered to log a request.
 *
 * @param committeeId the committee the request is made for
 * @param requestedById the councillor asking (the chair for the committee)
 * @param requestedAs on whose authority
 * @param agendaItemId the agenda item it relates to, if any
 * @param relatesTo the item or review it relates to, in words (reg 17: relevance to the committee's work)
 * @param what the information or documents asked for
 * @param why why they are needed
 * @param directorateId the directorate holding the information
 * @param responsibleOfficerId the officer asked to provide it
 * @param receivedOn the date the executive received the request (starts the deadline)
 */
public record RequestDetails(Long committeeId, Long requestedById, RequestedAs requestedAs, Long agendaItemId,
        String relatesTo, String what, String why, Long directorateId, Long responsibleOfficerId,
        LocalDate receivedOn) {
}
