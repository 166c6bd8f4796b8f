package org.scrutineer.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.Committee;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;

/**
 * Meetings of the demo council's Children and Young People O&amp;S Committee (on which {@code scrutiny.member}
 * sits and {@code councillor} does not), taken as far as a test needs, acting as the system. Each private item
 * carries a marker in every field the public must never see, so a test can look for it in every public output.
 */
public final class MeetingOutputsFixtures {

    public static final String CHILDREN_COMMITTEE = "Children and Young People Overview and Scrutiny Committee";

    private MeetingOutputsFixtures() {
    }

    /** A marker no other test uses. */
    public static String marker(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Committee childrenCommittee(DirectoryManagement directory) {
        return directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false).stream()
                .filter(c -> c.name().equals(CHILDREN_COMMITTEE)).findFirst().orElseThrow();
    }

    /** A scheduled meeting of the committee on a day, at 18:30, in a place no other test uses. */
    public static MeetingId schedule(MeetingManagement m, long committee, LocalDate on) {
        return m.schedule(Actor.SYSTEM, new MeetingDetails(committee, on, LocalTime.of(18, 30),
                marker("Committee Room 2, Town Hall"), "The meeting is webcast."));
    }

    /** An open item. */
    public static AgendaItemId openItem(MeetingManagement m, MeetingId meeting, String title) {
        return m.addItem(Actor.SYSTEM, meeting, new AgendaItemDetails(title, "To scrutinise " + title.toLowerCase(),
                "Understand " + title.toLowerCase(), "What is working? What is not?", null, null,
                "The report on " + title.toLowerCase() + ".", null, null, false, null, null, null));
    }

    /**
     * A private item (Schedule 12A paragraph 3) whose aims, lines of questioning, report and reason carry the
     * marker; its public summary does not.
     */
    public static AgendaItemId privateItem(MeetingManagement m, MeetingId meeting, String title, String marker) {
        return m.addItem(Actor.SYSTEM, meeting, new AgendaItemDetails(title, "To consider the contract position",
                "Aims " + marker, "Questions " + marker, null, null, "Report " + marker, null, null, true, 3,
                "Reason " + marker, "The committee will consider the commercial position of a contract."));
    }

    /** Takes the register with every member present, which records the meeting as held. */
    public static void hold(MeetingManagement m, MeetingId meeting) {
        List<RegisterLine> lines = m.membersOn(m.meeting(meeting)).stream()
                .map(ms -> new RegisterLine(ms.personId().value(), Attendance.PRESENT, null)).toList();
        m.takeRegister(Actor.SYSTEM, meeting, lines);
    }
}
