package org.scrutineer.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.directory.CommitteeId;

/**
 * A meeting of a committee.
 *
 * @param id its id
 * @param committeeId the committee
 * @param committeeName the committee's name
 * @param date the day
 * @param startsAt the start time
 * @param place where
 * @param notes notes for members and the public
 * @param status where it stands
 * @param itemCount how many items its agenda has
 * @param privateItemCount how many of them are taken in private (the meeting is then partly private)
 * @param agendaDeadline the tracked {@code agenda-publication} deadline
 * @param agendaDue the last day to publish the agenda
 * @param agendaPublishedOn when the agenda was published
 * @param agendaLate whether it was published after its deadline
 * @param cancelledReason why it was cancelled
 * @param heldOn the day it was held
 * @param minutesPublishedOn when its minutes were published
 * @param version for optimistic locking
 */
public record Meeting(MeetingId id, CommitteeId committeeId, String committeeName, LocalDate date,
        LocalTime startsAt, String place, String notes, MeetingStatus status, int itemCount, int privateItemCount,
        DeadlineId agendaDeadline, LocalDate agendaDue, LocalDate agendaPublishedOn, boolean agendaLate,
        String cancelledReason, LocalDate heldOn, LocalDate minutesPublishedOn, int version) {

    /** Whether part of the meeting is closed to the public (an item is taken in private). */
    public boolean partlyPrivate() {
        return privateItemCount > 0;
    }

    /** Whether the public may see its agenda. */
    public boolean agendaPublic() {
        return agendaPublishedOn != null && status != MeetingStatus.SCHEDULED;
    }

    /** Whether the agenda is still to be published and its deadline has passed. */
    public boolean agendaOverdue(LocalDate today) {
        return status == MeetingStatus.SCHEDULED && agendaDue != null && today.isAfter(agendaDue);
    }

    /** A title for lists and headings: "Health Scrutiny Committee, 17 December 2026". */
    public String title() {
        return committeeName + ", " + date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"));
    }

    /** The details a scrutiny officer edits. */
    public MeetingDetails details() {
        return new MeetingDetails(committeeId.value(), date, startsAt, place, notes);
    }
}
