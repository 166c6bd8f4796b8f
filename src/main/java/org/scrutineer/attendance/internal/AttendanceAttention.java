package org.scrutineer.attendance.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.CurrentUser;
import org.scrutineer.attendance.AttendanceManagement;
import org.scrutineer.attendance.AttendanceRequest;
import org.scrutineer.attendance.RequestKind;
import org.scrutineer.attendance.SpeakingRequest;
import org.scrutineer.home.AttentionItem;
import org.scrutineer.home.AttentionSource;
import org.scrutineer.meetings.MeetingManagement;
import org.springframework.stereotype.Component;

/**
 * What attendance asks of people on their home pages (the notice deadline itself comes from the deadlines module):
 * people asked to attend see the requests awaiting their reply; chief officers see requests to officers awaiting
 * their nomination; chairs and vice-chairs see substitutes and requests to speak awaiting their decision, and the
 * items of their coming meetings that only junior officers are confirmed to attend.
 */
@Component
class AttendanceAttention implements AttentionSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final AttendanceManagement attendance;
    private final MeetingManagement meetings;

    AttendanceAttention(AttendanceManagement attendance, MeetingManagement meetings) {
        this.attendance = attendance;
        this.meetings = meetings;
    }

    @Override
    public List<AttentionItem> itemsFor(CurrentUser user) {
        if (user.personId() == null) {
            return List.of();
        }
        Actor actor = Actor.of(user);
        LocalDate today = attendance.today();
        List<AttentionItem> items = new ArrayList<>();
        for (AttendanceRequest r : attendance.awaitingReply(actor)) {
            LocalDate by = Notices.replyBy(r.noticeSentOn(), r.meetingDate());
            items.add(new AttentionItem("Reply to the " + (r.kind() == RequestKind.REQUIREMENT
                    ? "requirement" : "invitation") + " to attend the " + r.committeeName(),
                    r.occasion() + " — confirm, decline or propose someone else", r.path(), by, today.isAfter(by)));
        }
        for (AttendanceRequest r : attendance.awaitingNomination(actor)) {
            if (actor.is(new org.scrutineer.directory.PersonId(r.person().id()))) {
                continue;
            }
            LocalDate by = Notices.replyBy(r.noticeSentOn(), r.meetingDate());
            items.add(new AttentionItem("Decide which officers attend for " + r.person().name(),
                    r.occasion() + " — nominate the officers who attend (Rotherham code 5.5)", r.path() + "#nominate",
                    by, today.isAfter(by)));
        }
        for (AttendanceRequest r : attendance.substitutionsAwaiting(actor)) {
            items.add(new AttentionItem("Decide on the substitute proposed for " + r.person().name(),
                    r.occasion() + " — " + (r.proposedSubstitute() == null ? "" : r.proposedSubstitute().name()
                            + " proposed"), r.path() + "#substitution", r.meetingDate(), today.isAfter(r.meetingDate())));
        }
        for (SpeakingRequest s : attendance.speakingAwaiting(actor)) {
            var item = meetings.item(actor, s.itemId());
            var meeting = meetings.meeting(s.meetingId());
            items.add(new AttentionItem("Decide whether " + s.person().name() + " may speak",
                    "Item " + item.number() + ": " + item.title() + " – " + meeting.title(),
                    AttendanceManagement.itemPath(s.meetingId(), s.itemId()) + "#speaking", meeting.date(), false));
        }
        for (AttendanceRequest r : attendance.juniorOnlyUpcoming(actor)) {
            items.add(new AttentionItem("Only junior officers are confirmed for item " + r.itemNumber() + ": "
                    + r.itemTitle(), r.committeeName() + ", " + r.meetingDate().format(DAY)
                    + " — attendance should never be just junior staff (Rotherham code 5.5)",
                    AttendanceManagement.itemPath(r.meetingId(), r.itemId()), r.meetingDate(), false));
        }
        return items;
    }
}
