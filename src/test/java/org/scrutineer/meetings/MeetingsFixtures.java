package org.scrutineer.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Membership;
import org.scrutineer.directory.Portfolio;

/**
 * Builds meetings in the demo council, taken as far as a test needs, acting as the system (so a test exercises the
 * rules, not the permissions, unless it says otherwise).
 */
public final class MeetingsFixtures {

    private MeetingsFixtures() {
    }

    /** A place no other test uses, so a test can find its own meeting. */
    public static String uniquePlace(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The first overview and scrutiny committee that has members. */
    public static CommitteeId scrutinyCommittee(DirectoryManagement directory) {
        return directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false).stream()
                .filter(c -> !directory.currentMembers(c.id()).isEmpty()).findFirst().orElseThrow().id();
    }

    /** A meeting of the committee on a day at 18:30. */
    public static MeetingId schedule(MeetingManagement m, CommitteeId committee, LocalDate on) {
        return m.schedule(Actor.SYSTEM, new MeetingDetails(committee.value(), on, LocalTime.of(18, 30),
                uniquePlace("Council Chamber"), null));
    }

    /** An open item with aims, on the first portfolio. */
    public static AgendaItemId openItem(MeetingManagement m, DirectoryManagement directory, MeetingId meeting,
            String title) {
        Portfolio p = directory.portfolios(false).get(0);
        return m.addItem(Actor.SYSTEM, meeting, new AgendaItemDetails(title, "To question the cabinet member",
                "Understand why waiting times rose", "1. What caused the rise?\n2. What is being done?",
                null, null, "The covering report.", p.id(), null, false, null, null, null));
    }

    /** A private item under Schedule 12A paragraph 3 whose content contains a marker. */
    public static AgendaItemId privateItem(MeetingManagement m, MeetingId meeting, String marker) {
        return m.addItem(Actor.SYSTEM, meeting, new AgendaItemDetails("Contract award " + marker.hashCode(),
                "To consider the tender", "Aims " + marker, "Questions " + marker, null, null, "Report " + marker,
                null, null, true, 3, "Commercial terms " + marker, "The committee considered a contract award."));
    }

    /** A meeting held a few days ago: one open item, agenda published, everyone present. */
    public static MeetingId held(MeetingManagement m, DirectoryManagement directory, LocalDate today) {
        MeetingId id = schedule(m, scrutinyCommittee(directory), today.minusDays(3));
        openItem(m, directory, id, "Waiting times");
        m.publishAgenda(Actor.SYSTEM, id, today.minusDays(12));
        Meeting meeting = m.meeting(id);
        List<RegisterLine> lines = m.membersOn(meeting).stream().map(Membership::personId).distinct()
                .map(p -> new RegisterLine(p.value(), Attendance.PRESENT, null)).toList();
        m.takeRegister(Actor.SYSTEM, id, lines);
        return id;
    }
}
