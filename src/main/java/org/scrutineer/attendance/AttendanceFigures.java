package org.scrutineer.attendance;

import java.time.LocalDate;
import java.util.List;

import org.scrutineer.directory.Reference;

/**
 * Attendance figures for the chairs' periodic review with chief officers (Rotherham code 5.5), for one committee or
 * all and a period. Only meetings that were not cancelled count; requests withdrawn by the committee are left out.
 *
 * @param committee the committee (null for all)
 * @param from the first day of the period
 * @param to the last day
 * @param meetings how many meetings (not cancelled) fell in the period
 * @param requirements requirements to attend (s9FA)
 * @param invitations invitations to attend
 * @param people the cabinet members, chief officers and chief executive asked or attending, by name
 * @param juniorOnlyItems items whose executive attendees were all officers below head of service
 * @param chiefExecutive the chief executive's attendance at scrutiny meetings in the municipal year
 */
public record AttendanceFigures(Reference committee, LocalDate from, LocalDate to, int meetings, Tally requirements,
        Tally invitations, List<PersonFigures> people, List<JuniorOnlyItem> juniorOnlyItems,
        ChiefExecutiveAttendance chiefExecutive) {

    /**
     * Counts of requests of one kind.
     *
     * @param made requests made (not withdrawn)
     * @param confirmed confirmed: someone attends (the person asked, an accepted substitute or nominated officers)
     * @param declined declined (for requirements: declined formal requirements, reported as such)
     * @param substituted a substitute the chair accepted attends instead
     * @param nominated the chief officer nominated other officers instead
     * @param awaiting still to be answered (notice not sent, awaiting reply or the chair's decision)
     * @param shortNotice notices sent after the notice-to-attend deadline
     */
    public record Tally(int made, int confirmed, int declined, int substituted, int nominated, int awaiting,
            int shortNotice) {

        /** Confirmed as a share of those made, as a percentage (null when none were made). */
        public Double confirmedPercent() {
            return percent(confirmed, made);
        }

        /** Declined as a share of those made, as a percentage (null when none were made). */
        public Double declinedPercent() {
            return percent(declined, made);
        }

        /** Substituted as a share of those made, as a percentage (null when none were made). */
        public Double substitutedPercent() {
            return percent(substituted, made);
        }
    }

    /**
     * One cabinet member, chief officer or the chief executive.
     *
     * @param person who
     * @param capacity as what (as last asked or recorded)
     * @param asked requests addressed to them
     * @param attended meetings' items (or meetings, by right) the register shows them present at
     * @param declined requests they declined
     * @param sentSubstitute requests they answered by sending someone else (an accepted substitute or nominated
     *        officers instead of themselves)
     */
    public record PersonFigures(Reference person, Capacity capacity, int asked, int attended, int declined,
            int sentSubstitute) {
    }

    /**
     * An item whose confirmed attendees from the executive side were all officers below head of service.
     *
     * @param meetingId the meeting
     * @param itemId the item
     * @param meetingDate when
     * @param committeeName the committee
     * @param itemTitle the item
     */
    public record JuniorOnlyItem(long meetingId, long itemId, LocalDate meetingDate, String committeeName,
            String itemTitle) {
    }

    /**
     * The chief executive's attendance at scrutiny meetings in a municipal year (1 April to 31 March). The code
     * expects some every year (Rotherham code 5.8), so none is flagged.
     *
     * @param yearStart the first day of the year
     * @param yearEnd the last day
     * @param meetingsAttended scrutiny meetings the register shows the chief executive present at
     * @param scrutinyMeetings scrutiny meetings (not cancelled) in the year up to the end of the period
     */
    public record ChiefExecutiveAttendance(LocalDate yearStart, LocalDate yearEnd, int meetingsAttended,
            int scrutinyMeetings) {

        /** Whether the chief executive has attended no scrutiny meeting this year. */
        public boolean flagged() {
            return meetingsAttended == 0;
        }

        /** The year as "2026/27". */
        public String yearLabel() {
            return yearStart.getYear() + "/" + String.format("%02d", (yearStart.getYear() + 1) % 100);
        }
    }

    static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
