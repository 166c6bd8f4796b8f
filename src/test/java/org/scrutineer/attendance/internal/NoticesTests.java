package org.scrutineer.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.attendance.AttendanceNotice;
import org.scrutineer.attendance.AttendanceRequest;
import org.scrutineer.attendance.AttendanceRequestId;
import org.scrutineer.attendance.Capacity;
import org.scrutineer.attendance.RequestKind;
import org.scrutineer.attendance.RequestState;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Reference;
import org.scrutineer.directory.Seniority;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingStatus;

class NoticesTests {

    private static final LocalDate MEETING = LocalDate.of(2027, 1, 14);

    private static AttendanceRequest request(RequestKind kind, boolean nominee) {
        return new AttendanceRequest(new AttendanceRequestId(7), new MeetingId(3), new CommitteeId(2), "Health Scrutiny",
                MEETING, LocalTime.of(18, 30), "Council Chamber", new AgendaItemId(5), 2, "Hospital discharge", false,
                nominee ? new AttendanceRequestId(6) : null, kind, RequestState.REQUESTED, new Reference(9, "Jo Bloggs"),
                Capacity.HEAD_OF_SERVICE, null, null, false, "Delays in discharge", "Why are Fridays worse?", "Laura",
                MEETING.minusDays(30), null, MEETING.minusDays(14), null, false, false, null, null, null, null, null,
                null, null, null, null, nominee ? new Reference(8, "Margaret Lindqvist") : null, false, null, null,
                null, false, 0);
    }

    private static AgendaItem item(boolean inPrivate, boolean withheld, String aims) {
        return new AgendaItem(new AgendaItemId(5), new MeetingId(3), 2, "Hospital discharge", "To review discharge",
                aims, "What causes delays?", aims == null ? null : MEETING.minusDays(40), "the cabinet member", null,
                null, null, null, null, null, inPrivate, inPrivate ? 3 : null, null, null, null, null, null, withheld, 0);
    }

    private static Meeting meeting() {
        return new Meeting(new MeetingId(3), new CommitteeId(2), "Health Scrutiny", MEETING, LocalTime.of(18, 30),
                "Council Chamber", null, MeetingStatus.SCHEDULED, 2, 0, null, null, null, false, null, null, null, 0);
    }

    private static Person contact() {
        return new Person(new PersonId(4), PersonKind.OFFICER, null, "Laura", "Kennedy", "Laura Kennedy",
                "laura@anytown.example", "01632 960000", null, null, "Scrutiny Officer", null, Seniority.OTHER_OFFICER,
                Set.of(), true, null, true, 0);
    }

    @ParameterizedTest(name = "{0} (nominee {1}, private {2}, withheld {3}, aims {4}) says ''{5}''")
    @CsvSource(delimiter = '|', value = {
            "REQUIREMENT | false | false | false | Understand delays | requires you to attend",
            "REQUIREMENT | false | false | false | Understand delays | it is their duty to comply",
            "REQUIREMENT | false | false | false | Understand delays | Although you are required to attend, you need not answer",
            "REQUIREMENT | false | false | false | Understand delays | you may propose someone to attend in your place",
            "INVITATION | false | false | false | Understand delays | You are not obliged to attend",
            "INVITATION | false | false | false | Understand delays | You need not answer any question",
            "INVITATION | true | false | false | Understand delays | Margaret Lindqvist has nominated you to attend",
            "INVITATION | false | false | false | | The aims of the session have not yet been set",
            "INVITATION | false | false | false | Understand delays | These aims were agreed on",
            "INVITATION | false | true | false | Understand delays | Schedule 12A, paragraph 3",
            "INVITATION | false | false | false | Understand delays | The meeting is open to the public",
            "INVITATION | false | true | true | | withheld from you",
            "INVITATION | false | false | false | Understand delays | It is chaired by Cllr Chair",
            "INVITATION | false | false | false | Understand delays | Laura Kennedy, Scrutiny Officer, laura@anytown.example",
            "INVITATION | false | false | false | Understand delays | Why are Fridays worse?",
            "INVITATION | false | false | false | Understand delays | Please reply by Thursday 7 January 2027",
    })
    void writesTheNoticeAndBriefingNoteFromTheItem(RequestKind kind, boolean nominee, boolean inPrivate,
            boolean withheld, String aims, String expected) {
        AttendanceNotice notice = Notices.write(new Notices.Facts(request(kind, nominee), meeting(),
                item(inPrivate, withheld, aims), "Anytown Borough Council", "democratic.services@anytown.example",
                "Cllr Chair", List.of(contact()), MEETING.minusDays(20), "https://scrutiny.example/attendance/requests/7"));
        assertThat(notice.plainText()).contains(expected);
    }

    @ParameterizedTest(name = "a notice dated {0} for a meeting on {1} asks for a reply by {2}")
    @CsvSource({
            "2026-12-01, 2027-01-14, 2027-01-07",
            "2027-01-10, 2027-01-14, 2027-01-10",
            "2027-01-07, 2027-01-14, 2027-01-07",
    })
    void asksForAReplyAWeekBeforeTheMeeting(LocalDate dated, LocalDate meeting, LocalDate expected) {
        assertThat(Notices.replyBy(dated, meeting)).isEqualTo(expected);
    }
}
