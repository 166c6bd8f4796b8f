package org.scrutineer.attendance;

import java.time.LocalDate;
import java.time.LocalTime;

import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.Reference;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.MeetingId;

/**
 * A request to attend a meeting's item (a requirement or an invitation), an officer's attendance nominated in
 * answer to one, or an attendance by right at the meeting as a whole. Read through {@link AttendanceManagement},
 * which withholds what a private item's witness is asked to address from those not entitled to exempt information.
 *
 * @param id its id
 * @param meetingId the meeting
 * @param committeeId the meeting's committee
 * @param committeeName its name
 * @param meetingDate the day of the meeting
 * @param startsAt its start time
 * @param place where it is held
 * @param itemId the agenda item (null for attendance by right at the meeting)
 * @param itemNumber the item's number on the agenda
 * @param itemTitle the item's title
 * @param itemInPrivate whether the item is taken in private (Schedule 12A)
 * @param parentId for a nominated officer, the request they were nominated in answer to
 * @param kind requirement, invitation or by right
 * @param state where it stands
 * @param person who attends (after an accepted substitution, the substitute)
 * @param capacity the capacity they attend in
 * @param originalPerson who was asked, once a substitute took their place
 * @param originalCapacity the capacity in which they were asked
 * @param substituted whether an accepted substitute attends in place of the person asked
 * @param address what they are asked to address
 * @param questions the questions the committee expects to ask them
 * @param requestedBy who made the request
 * @param requestedOn when
 * @param deadlineId the tracked notice-to-attend deadline
 * @param noticeDue the last day to give notice
 * @param noticeSentOn when the notice was sent
 * @param shortNotice whether the notice was sent after its deadline
 * @param noticeEmailed whether the notice was e-mailed
 * @param respondedOn when the person replied
 * @param respondedBy who recorded the reply
 * @param declineReason why they declined
 * @param proposedSubstitute the substitute proposed
 * @param substituteReason why
 * @param substitutionDecision ACCEPTED or REFUSED, once the chair has decided
 * @param substitutionReason the chair's reasons
 * @param substitutionDecidedBy the chair or vice-chair who decided
 * @param substitutionDecidedOn when
 * @param nominatedBy for a nominated officer, the chief officer who nominated them
 * @param invitedToSpeak for attendance by right, whether the chair invited them to speak
 * @param attended the witness register: present (true), absent (false) or not yet recorded (null)
 * @param attendanceRecordedOn when the register was taken
 * @param closedReason why it was withdrawn or lapsed
 * @param withheld whether what they are asked to address was withheld from the reader (exempt information)
 * @param version for optimistic locking
 */
public record AttendanceRequest(AttendanceRequestId id, MeetingId meetingId, CommitteeId committeeId,
        String committeeName, LocalDate meetingDate, LocalTime startsAt, String place, AgendaItemId itemId,
        Integer itemNumber, String itemTitle, boolean itemInPrivate, AttendanceRequestId parentId, RequestKind kind,
        RequestState state, Reference person, Capacity capacity, Reference originalPerson, Capacity originalCapacity, boolean substituted,
        String address, String questions, String requestedBy, LocalDate requestedOn, DeadlineId deadlineId,
        LocalDate noticeDue, LocalDate noticeSentOn, boolean shortNotice, boolean noticeEmailed,
        LocalDate respondedOn, String respondedBy, String declineReason, Reference proposedSubstitute,
        String substituteReason, String substitutionDecision, String substitutionReason,
        String substitutionDecidedBy, LocalDate substitutionDecidedOn, Reference nominatedBy, boolean invitedToSpeak,
        Boolean attended, LocalDate attendanceRecordedOn, String closedReason, boolean withheld, int version) {

    /** The page of the request. */
    public String path() {
        return AttendanceManagement.requestPath(id);
    }

    /** The request as someone not entitled to a private item's exempt information sees it. */
    public AttendanceRequest withheldView() {
        return new AttendanceRequest(id, meetingId, committeeId, committeeName, meetingDate, startsAt, place, itemId,
                itemNumber, itemTitle, itemInPrivate, parentId, kind, state, person, capacity, originalPerson,
                originalCapacity, substituted, null, null, requestedBy, requestedOn, deadlineId, noticeDue,
                noticeSentOn, shortNotice, noticeEmailed, respondedOn, respondedBy, declineReason, proposedSubstitute,
                substituteReason, substitutionDecision, substitutionReason, substitutionDecidedBy,
                substitutionDecidedOn, nominatedBy, invitedToSpeak, attended, attendanceRecordedOn, closedReason, true,
                version);
    }

    /** Whether this is an officer's attendance nominated by their chief officer. */
    public boolean nominee() {
        return parentId != null;
    }

    /** Whether a formal requirement to attend was declined (recorded as such and reported). */
    public boolean declinedRequirement() {
        return kind == RequestKind.REQUIREMENT && state == RequestState.DECLINED;
    }

    /** Who was asked: the original person once a substitute took their place. */
    public Reference asked() {
        return originalPerson != null ? originalPerson : person;
    }

    /** Whether the notice is due and not sent, and its deadline has passed. */
    public boolean noticeOverdueOn(LocalDate today) {
        return state == RequestState.REQUESTED && noticeDue != null && today.isAfter(noticeDue);
    }

    /** Whether the person will attend, as far as is known before the register is taken. */
    public boolean attending() {
        return state == RequestState.CONFIRMED && !Boolean.FALSE.equals(attended);
    }

    /** A heading for the request: "Requirement to attend: Jane Smith". */
    public String title() {
        return (nominee() ? "Nominated to attend" : kind.label()) + ": " + person.name();
    }

    /** The item or meeting it is for, as a line: "Item 3: Short breaks, Children ... Committee, 4 March 2027". */
    public String occasion() {
        String day = meetingDate.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"));
        return (itemId == null ? "" : "Item " + itemNumber + ": " + itemTitle + " – ") + committeeName + ", " + day;
    }
}
