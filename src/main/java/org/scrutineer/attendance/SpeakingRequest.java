package org.scrutineer.attendance;

import java.time.LocalDate;

import org.scrutineer.directory.Reference;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.MeetingId;

/**
 * A councillor who is not a member of the committee asks to speak on an item; the chair or vice-chair grants or
 * refuses it (Rotherham code 5.7).
 *
 * @param id its id
 * @param meetingId the meeting
 * @param itemId the item
 * @param person the councillor
 * @param reason why they wish to speak
 * @param state where it stands
 * @param requestedBy who recorded the request
 * @param requestedOn when
 * @param decisionReason the chair's reasons (mandatory on refusal)
 * @param decidedBy the chair or vice-chair who decided
 * @param decidedOn when
 * @param version for optimistic locking
 */
public record SpeakingRequest(SpeakingRequestId id, MeetingId meetingId, AgendaItemId itemId, Reference person,
        String reason, SpeakingState state, String requestedBy, LocalDate requestedOn, String decisionReason,
        String decidedBy, LocalDate decidedOn, int version) {
}
