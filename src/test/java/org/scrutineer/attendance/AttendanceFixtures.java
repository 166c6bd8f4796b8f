package org.scrutineer.attendance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.Committee;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.meetings.AgendaItemDetails;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.MeetingDetails;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;

/**
 * Meetings and items of the demo council's Children and Young People O&amp;S Committee (chaired by the demo user
 * scrutiny.chair; the item's portfolio is held by cabinet.member, whose lead officer is chief.officer), scheduled by
 * the system, for attendance tests.
 */
public final class AttendanceFixtures {

    public static final String CHILDREN_COMMITTEE = "Children and Young People Overview and Scrutiny Committee";
    public static final String CHILDREN_PORTFOLIO = "Children and Young People";

    private AttendanceFixtures() {
    }

    /** A title no other test uses. */
    public static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Actor actor(AccountManagement accounts, String username) {
        return Actor.of(accounts.principal(username).orElseThrow().view());
    }

    public static long personOf(AccountManagement accounts, String username) {
        return accounts.principal(username).orElseThrow().view().personId().value();
    }

    public static Committee childrenCommittee(DirectoryManagement directory) {
        return directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false).stream()
                .filter(c -> c.name().equals(CHILDREN_COMMITTEE)).findFirst().orElseThrow();
    }

    public static Portfolio childrenPortfolio(DirectoryManagement directory) {
        return directory.portfolios(false).stream().filter(p -> p.title().equals(CHILDREN_PORTFOLIO)).findFirst()
                .orElseThrow();
    }

    /** A current person of the demo council by their full name. */
    public static Person person(DirectoryManagement directory, String fullName) {
        return directory.findPeople(fullName, null, true, 1, 5).items().stream()
                .filter(p -> p.fullName().equals(fullName)).findFirst().orElseThrow();
    }

    /** A meeting of the Children and Young People committee on a day. */
    public static MeetingId meeting(MeetingManagement meetings, DirectoryManagement directory, LocalDate on) {
        return meetings.schedule(Actor.SYSTEM, new MeetingDetails(childrenCommittee(directory).id().value(), on,
                LocalTime.of(18, 30), "Council Chamber, Town Hall", null));
    }

    /** An item in the children's portfolio, with aims and lines of questioning. */
    public static AgendaItemId item(MeetingManagement meetings, DirectoryManagement directory, MeetingId meeting,
            String title) {
        return meetings.addItem(Actor.SYSTEM, meeting, new AgendaItemDetails(title,
                "To review how the service is performing.",
                "To understand why waiting times for assessments have risen.",
                "What has caused the rise? What is being done about it, and by when?", null, null,
                "The covering report.", childrenPortfolio(directory).id(), null, false, null, null, null));
    }

    /** An item with no portfolio, so that no one is invited by default. */
    public static AgendaItemId plainItem(MeetingManagement meetings, MeetingId meeting, String title) {
        return meetings.addItem(Actor.SYSTEM, meeting, new AgendaItemDetails(title, "To hear from partners.",
                "To hear how partners work together.", "How do partners share information?", null, null, null, null,
                null, false, null, null, null));
    }

    /** Waits for the cabinet member's default invitation to an item (it follows the item's event). */
    public static AttendanceRequest awaitDefaultInvitation(AttendanceManagement attendance, AgendaItemId item,
            long cabinetMember) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> attendance.requestsFor(Actor.SYSTEM, item)
                        .stream().filter(r -> r.person().id() == cabinetMember).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }
}
