package org.scrutineer.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.attendance.AttendanceFigures;
import org.scrutineer.attendance.AttendanceResponse;
import org.scrutineer.attendance.Capacity;
import org.scrutineer.attendance.NewRequest;
import org.scrutineer.attendance.RequestKind;
import org.scrutineer.attendance.RequestState;
import org.scrutineer.attendance.ResponseKind;
import org.scrutineer.attendance.SpeakingState;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Seniority;
import org.scrutineer.meetings.MeetingStatus;
import org.scrutineer.platform.FieldProblem;

class AttendanceRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** The fields of the problems, in order, joined by "+", or "ok" when there are none; null fields as "-". */
    private static String fields(List<FieldProblem> problems) {
        return problems.isEmpty() ? "ok"
                : problems.stream().map(p -> p.field() == null ? "-" : p.field()).collect(Collectors.joining("+"));
    }

    private static String text(String s) {
        return s == null ? null : s.replace("LONG", "x".repeat(AttendanceRules.MAX_TEXT + 1))
                .replace("REASONLONG", "x".repeat(AttendanceRules.MAX_REASON + 1));
    }

    @ParameterizedTest(name = "a {0} of seniority {1} (cabinet member: {2}) attends as {3}")
    @CsvSource({
            "COUNCILLOR, , true, CABINET_MEMBER",
            "COUNCILLOR, , false, COUNCILLOR",
            "WITNESS, , false, WITNESS",
            "OFFICER, CHIEF_EXECUTIVE, false, CHIEF_EXECUTIVE",
            "OFFICER, CHIEF_OFFICER, false, CHIEF_OFFICER",
            "OFFICER, HEAD_OF_SERVICE, false, HEAD_OF_SERVICE",
            "OFFICER, OTHER_OFFICER, false, OFFICER",
            "OFFICER, , false, OFFICER",
    })
    void givesEachPersonTheCapacityTheyAttendIn(PersonKind kind, Seniority seniority, boolean cabinet,
            Capacity expected) {
        assertThat(AttendanceRules.capacity(kind, seniority, cabinet)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} of a {1} to address ''{2}'' at a {3} meeting: {4}")
    @CsvSource({
            "REQUIREMENT, CABINET_MEMBER, The budget, SCHEDULED, ok",
            "REQUIREMENT, CHIEF_OFFICER, The budget, AGENDA_PUBLISHED, ok",
            "REQUIREMENT, OFFICER, The budget, SCHEDULED, ok",
            "REQUIREMENT, WITNESS, The budget, SCHEDULED, kind",
            "REQUIREMENT, COUNCILLOR, The budget, SCHEDULED, kind",
            "INVITATION, WITNESS, The budget, SCHEDULED, ok",
            "INVITATION, COUNCILLOR, The budget, SCHEDULED, ok",
            "BY_RIGHT, CHIEF_EXECUTIVE, The budget, SCHEDULED, kind",
            ", CABINET_MEMBER, The budget, SCHEDULED, kind",
            "INVITATION, , The budget, SCHEDULED, personId",
            "INVITATION, WITNESS, , SCHEDULED, address",
            "INVITATION, WITNESS, LONG, SCHEDULED, address",
            "REQUIREMENT, WITNESS, , SCHEDULED, kind+address",
            "INVITATION, WITNESS, The budget, CANCELLED, -",
            "INVITATION, WITNESS, The budget, HELD, -",
    })
    void checksARequestToAttend(RequestKind kind, Capacity capacity, String address, MeetingStatus status,
            String expected) {
        NewRequest r = new NewRequest(kind, capacity == null ? null : 7L, text(address), null);
        assertThat(fields(AttendanceRules.request(r, capacity, status))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "notice on {1} for a meeting on {2}, request {0}: {3}")
    @CsvSource({
            "REQUESTED, 2026-11-23, 2026-12-10, ok",
            "REQUESTED, 2026-11-01, 2026-12-10, ok",
            "REQUESTED, 2026-12-10, 2026-12-10, sentOn",
            "REQUESTED, 2026-11-23, 2026-11-23, ok",
            "REQUESTED, 2026-11-20, 2026-11-19, sentOn",
            "REQUESTED, , 2026-12-10, sentOn",
            "NOTICE_SENT, 2026-11-23, 2026-12-10, -",
            "WITHDRAWN, 2026-11-23, 2026-12-10, -",
    })
    void checksTheNotice(RequestState state, LocalDate on, LocalDate meeting, String expected) {
        assertThat(fields(AttendanceRules.notice(state, on, meeting, TODAY))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}: {2} with reason ''{3}'', substitute {4} (the person asked: {5}): {6}")
    @CsvSource({
            "NOTICE_SENT, REQUIREMENT, CONFIRM, , , false, ok",
            "CONFIRMED, REQUIREMENT, CONFIRM, , , false, response",
            "NOTICE_SENT, REQUIREMENT, DECLINE, Abroad on council business, , false, ok",
            "NOTICE_SENT, REQUIREMENT, DECLINE, , , false, reason",
            "NOTICE_SENT, REQUIREMENT, DECLINE, '  ', , false, reason",
            "NOTICE_SENT, REQUIREMENT, DECLINE, REASONLONG, , false, reason",
            "CONFIRMED, INVITATION, DECLINE, Unwell, , false, ok",
            "NOTICE_SENT, REQUIREMENT, PROPOSE_SUBSTITUTE, The director knows the detail, CHIEF_OFFICER, false, ok",
            "NOTICE_SENT, REQUIREMENT, PROPOSE_SUBSTITUTE, The director knows the detail, OFFICER, false, ok",
            "NOTICE_SENT, REQUIREMENT, PROPOSE_SUBSTITUTE, The trust knows the detail, WITNESS, false, substituteId",
            "NOTICE_SENT, INVITATION, PROPOSE_SUBSTITUTE, The trust knows the detail, WITNESS, false, ok",
            "NOTICE_SENT, REQUIREMENT, PROPOSE_SUBSTITUTE, , CHIEF_OFFICER, false, reason",
            "NOTICE_SENT, REQUIREMENT, PROPOSE_SUBSTITUTE, Busy, , false, substituteId",
            "NOTICE_SENT, REQUIREMENT, PROPOSE_SUBSTITUTE, Busy, CABINET_MEMBER, true, substituteId",
            "NOTICE_SENT, REQUIREMENT, , , , false, response",
            "REQUESTED, REQUIREMENT, CONFIRM, , , false, -",
            "SUBSTITUTE_PROPOSED, REQUIREMENT, CONFIRM, , , false, -",
            "DECLINED, REQUIREMENT, CONFIRM, , , false, -",
            "NOMINATED, REQUIREMENT, CONFIRM, , , false, -",
            "LAPSED, INVITATION, DECLINE, Unwell, , false, -",
    })
    void checksAReply(RequestState state, RequestKind kind, ResponseKind response, String reason, Capacity substitute,
            boolean substituteIsAsked, String expected) {
        AttendanceResponse r = new AttendanceResponse(response, text(reason), substitute == null ? null : 9L);
        assertThat(fields(AttendanceRules.response(state, kind, r, substitute, substituteIsAsked))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} leads to {1}")
    @CsvSource({"CONFIRM, CONFIRMED", "DECLINE, DECLINED", "PROPOSE_SUBSTITUTE, SUBSTITUTE_PROPOSED"})
    void movesARequestOnByItsReply(ResponseKind kind, RequestState expected) {
        assertThat(AttendanceRules.afterResponse(kind)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: accept {1} with reason ''{2}'' (substitute already asked: {3}): {4}")
    @CsvSource({
            "SUBSTITUTE_PROPOSED, true, , false, ok",
            "SUBSTITUTE_PROPOSED, true, The director is better placed, false, ok",
            "SUBSTITUTE_PROPOSED, false, The committee wants the cabinet member, false, ok",
            "SUBSTITUTE_PROPOSED, false, , false, reason",
            "SUBSTITUTE_PROPOSED, false, '  ', false, reason",
            "SUBSTITUTE_PROPOSED, , , false, accept",
            "SUBSTITUTE_PROPOSED, true, , true, accept",
            "SUBSTITUTE_PROPOSED, true, REASONLONG, false, reason",
            "NOTICE_SENT, true, , false, -",
            "CONFIRMED, false, No, false, -",
    })
    void checksTheChairsDecisionOnASubstitute(RequestState state, Boolean accept, String reason, boolean alreadyAsked,
            String expected) {
        assertThat(fields(AttendanceRules.substitutionDecision(state, accept, text(reason), alreadyAsked)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to an officer ({1}) nominating [{2}] (addressee among them {3}, already attending {4}): {5}")
    @CsvSource({
            "NOTICE_SENT, true, HEAD_OF_SERVICE, false, false, ok",
            "NOTICE_SENT, true, HEAD_OF_SERVICE OFFICER, false, false, ok",
            "CONFIRMED, true, OFFICER, false, false, ok",
            "NOMINATED, true, OFFICER, false, false, ok",
            "NOTICE_SENT, true, '', false, false, officerIds",
            "NOTICE_SENT, true, HEAD_OF_SERVICE NONE, false, false, officerIds",
            "NOTICE_SENT, true, CABINET_MEMBER, false, false, officerIds",
            "NOTICE_SENT, true, WITNESS, false, false, officerIds",
            "NOTICE_SENT, true, CHIEF_OFFICER, true, false, officerIds",
            "NOTICE_SENT, true, OFFICER, false, true, officerIds",
            "NOTICE_SENT, false, OFFICER, false, false, -",
            "REQUESTED, true, OFFICER, false, false, -",
            "DECLINED, true, OFFICER, false, false, -",
    })
    void checksAChiefOfficersNomination(RequestState state, boolean toOfficer, String nominees, boolean includesAddressee,
            boolean already, String expected) {
        List<Capacity> capacities = new ArrayList<>();
        for (String c : nominees.isBlank() ? new String[0] : nominees.split(" ")) {
            capacities.add(c.equals("NONE") ? null : Capacity.valueOf(c));
        }
        assertThat(fields(AttendanceRules.nomination(state, toOfficer, capacities, includesAddressee, already)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "the officer asked attends as well: {0} → {1}")
    @CsvSource({"true, CONFIRMED", "false, NOMINATED"})
    void answersANominationAsConfirmedOrNominated(boolean addresseeAttends, RequestState expected) {
        assertThat(AttendanceRules.afterNomination(addresseeAttends)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "person {0} ({1}, directorate {2}) for officer {3} ({4}, directorate {5}), lead officer {6}: {7}")
    @CsvSource({
            // the officer asked, if a chief officer or the chief executive
            "1, CHIEF_OFFICER, 10, 1, CHIEF_OFFICER, 10, , true",
            "1, CHIEF_EXECUTIVE, 10, 1, CHIEF_EXECUTIVE, 10, , true",
            "1, HEAD_OF_SERVICE, 10, 1, HEAD_OF_SERVICE, 10, , false",
            // a chief officer of the officer's directorate
            "1, CHIEF_OFFICER, 10, 2, HEAD_OF_SERVICE, 10, , true",
            "1, CHIEF_EXECUTIVE, 10, 2, OTHER_OFFICER, 10, , true",
            "1, CHIEF_OFFICER, 11, 2, HEAD_OF_SERVICE, 10, , false",
            "1, HEAD_OF_SERVICE, 10, 2, OTHER_OFFICER, 10, , false",
            "1, CHIEF_OFFICER, , 2, OTHER_OFFICER, , , false",
            // the lead officer of the item's portfolio
            "1, CHIEF_OFFICER, 11, 2, HEAD_OF_SERVICE, 10, 1, true",
            "1, CHIEF_OFFICER, 11, 2, HEAD_OF_SERVICE, 10, 3, false",
    })
    void findsTheResponsibleChiefOfficer(long person, Seniority seniority, Long directorate, long addressee,
            Seniority addresseeSeniority, Long addresseeDirectorate, Long lead, boolean expected) {
        assertThat(AttendanceRules.responsibleChiefOfficer(person, seniority, directorate, addressee,
                addresseeSeniority, addresseeDirectorate, lead)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "attending [{0}]: junior only {1}")
    @CsvSource({
            "OFFICER, true",
            "OFFICER OFFICER, true",
            "OFFICER WITNESS, true",
            "OFFICER COUNCILLOR WITNESS, true",
            "OFFICER HEAD_OF_SERVICE, false",
            "OFFICER CABINET_MEMBER, false",
            "OFFICER CHIEF_OFFICER, false",
            "CHIEF_EXECUTIVE, false",
            "WITNESS, false",
            "WITNESS COUNCILLOR, false",
            "'', false",
    })
    void flagsItemsAttendedOnlyByJuniorStaff(String attending, boolean expected) {
        List<Capacity> capacities = attending.isBlank() ? List.of()
                : Arrays.stream(attending.split(" ")).map(Capacity::valueOf).toList();
        assertThat(AttendanceRules.juniorOnly(capacities)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "withdrawing a {0} request with reason ''{1}'': {2}")
    @CsvSource({
            "REQUESTED, The item was deferred, ok",
            "CONFIRMED, The item was deferred, ok",
            "NOMINATED, The item was deferred, ok",
            "REQUESTED, , reason",
            "WITHDRAWN, Again, -",
            "DECLINED, Again, -",
            "LAPSED, Again, -",
    })
    void checksAWithdrawal(RequestState state, String reason, String expected) {
        assertThat(fields(AttendanceRules.withdrawal(state, reason))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "register of a {0} meeting on {1}: {2}")
    @CsvSource({
            "HELD, 2026-11-20, ok",
            "AGENDA_PUBLISHED, 2026-11-23, ok",
            "SCHEDULED, 2026-11-01, ok",
            "AGENDA_PUBLISHED, 2026-11-24, -",
            "CANCELLED, 2026-11-20, -",
    })
    void takesTheWitnessRegisterOnlyAfterTheMeeting(MeetingStatus status, LocalDate on, String expected) {
        assertThat(fields(AttendanceRules.register(status, on, TODAY))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} (leader: {1}) by right at a {2} meeting: {3}")
    @CsvSource({
            "CHIEF_EXECUTIVE, false, AGENDA_PUBLISHED, ok",
            "CABINET_MEMBER, true, HELD, ok",
            "CABINET_MEMBER, false, SCHEDULED, personId",
            "CHIEF_OFFICER, false, SCHEDULED, personId",
            ", false, SCHEDULED, personId",
            "CHIEF_EXECUTIVE, false, CANCELLED, -",
    })
    void letsOnlyTheLeaderAndChiefExecutiveAttendByRight(Capacity capacity, boolean leader, MeetingStatus status,
            String expected) {
        assertThat(fields(AttendanceRules.byRight(capacity, leader, status))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "a {0} (member: {1}) asking to speak because ''{2}'' at a {3} meeting: {4}")
    @CsvSource({
            "COUNCILLOR, false, It affects my ward, SCHEDULED, ok",
            "COUNCILLOR, true, It affects my ward, SCHEDULED, personId",
            "OFFICER, false, I run the service, SCHEDULED, personId",
            "WITNESS, false, We run the service, SCHEDULED, personId",
            ", false, It affects my ward, SCHEDULED, personId",
            "COUNCILLOR, false, , SCHEDULED, reason",
            "COUNCILLOR, false, It affects my ward, CANCELLED, -",
            "COUNCILLOR, false, It affects my ward, HELD, -",
    })
    void checksARequestToSpeak(PersonKind kind, boolean member, String reason, MeetingStatus status, String expected) {
        assertThat(fields(AttendanceRules.speaking(kind, member, reason, status))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: grant {1} with reason ''{2}'': {3}")
    @CsvSource({
            "REQUESTED, true, , ok",
            "REQUESTED, false, The item is not about the ward, ok",
            "REQUESTED, false, , reason",
            "REQUESTED, , , grant",
            "GRANTED, false, Changed my mind, -",
            "LAPSED, true, , -",
    })
    void checksTheChairsDecisionOnARequestToSpeak(SpeakingState state, Boolean grant, String reason, String expected) {
        assertThat(fields(AttendanceRules.speakingDecision(state, grant, reason))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is in the municipal year starting {1}")
    @CsvSource({
            "2026-11-23, 2026-04-01",
            "2026-04-01, 2026-04-01",
            "2026-03-31, 2025-04-01",
            "2027-01-15, 2026-04-01",
            "2026-12-31, 2026-04-01",
    })
    void countsTheChiefExecutivesYearFromApril(LocalDate day, LocalDate start) {
        assertThat(AttendanceRules.yearStart(day)).isEqualTo(start);
    }

    /**
     * Rows as "kind state [flags]": flags are S (substituted), L (short notice), N (a nominee); kind R, I or B.
     */
    private static List<FigureRow> rows(String spec) {
        List<FigureRow> rows = new ArrayList<>();
        long id = 0;
        for (String row : spec.split(";")) {
            String[] p = row.strip().split(" ");
            RequestKind kind = switch (p[0]) {
                case "R" -> RequestKind.REQUIREMENT;
                case "I" -> RequestKind.INVITATION;
                default -> RequestKind.BY_RIGHT;
            };
            String flags = p.length > 2 ? p[2] : "";
            rows.add(new FigureRow(1, 10L, TODAY, "Committee", "Item", kind, RequestState.valueOf(p[1]),
                    flags.contains("N"), ++id, "Person " + id, Capacity.CABINET_MEMBER, null, null, null,
                    flags.contains("S"), flags.contains("L"), null));
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} → requirements {1}")
    @CsvSource(delimiter = '|', value = {
            "R CONFIRMED | 1 1 0 0 0 0 0",
            "R CONFIRMED; R DECLINED; R NOTICE_SENT | 3 1 1 0 0 1 0",
            "R CONFIRMED S; R CONFIRMED L | 2 2 0 1 0 0 1",
            "R NOMINATED; R CONFIRMED N | 1 1 0 0 1 0 0",
            "R WITHDRAWN; R LAPSED; R REQUESTED | 1 0 0 0 0 1 0",
            "R SUBSTITUTE_PROPOSED; I CONFIRMED; B CONFIRMED | 1 0 0 0 0 1 0",
            "I DECLINED | 0 0 0 0 0 0 0",
    })
    void talliesRequirements(String spec, String expected) {
        AttendanceFigures.Tally t = AttendanceRules.tally(rows(spec), RequestKind.REQUIREMENT);
        assertThat(t.made() + " " + t.confirmed() + " " + t.declined() + " " + t.substituted() + " " + t.nominated()
                + " " + t.awaiting() + " " + t.shortNotice()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "requests of capacity {0}, asked of {1}, state {2}, substituted {3}, attended {4}: {5}")
    @CsvSource({
            // asked, attended, declined, sent a substitute
            "CABINET_MEMBER, , CONFIRMED, false, true, 1 1 0 0",
            "CABINET_MEMBER, , CONFIRMED, false, false, 1 0 0 0",
            "CABINET_MEMBER, , DECLINED, false, , 1 0 1 0",
            "CHIEF_OFFICER, , NOMINATED, false, , 1 0 0 1",
            "OFFICER, CABINET_MEMBER, CONFIRMED, true, true, 1 0 0 1",
            "CHIEF_EXECUTIVE, , WITHDRAWN, false, , none",
            "HEAD_OF_SERVICE, , CONFIRMED, false, true, none",
            "WITNESS, , DECLINED, false, , none",
    })
    void countsEachCabinetMemberAndChiefOfficer(Capacity capacity, Capacity askedOf, RequestState state,
            boolean substituted, Boolean attended, String expected) {
        FigureRow row = new FigureRow(1, 10L, TODAY, "Committee", "Item", RequestKind.REQUIREMENT, state, false, 5,
                "Attendee", capacity, askedOf == null ? null : 4L, askedOf == null ? null : "Asked", askedOf,
                substituted, false, attended);
        List<AttendanceFigures.PersonFigures> people = AttendanceRules.people(List.of(row));
        String summary = people.isEmpty() ? "none" : people.stream().filter(p -> p.person().id() == (askedOf == null ? 5 : 4))
                .map(p -> p.asked() + " " + p.attended() + " " + p.declined() + " " + p.sentSubstitute())
                .findFirst().orElse("none");
        assertThat(summary).isEqualTo(expected);
    }

    @ParameterizedTest(name = "item attended by [{0}]: junior only {1}")
    @CsvSource({
            "OFFICER:CONFIRMED:, true",
            "OFFICER:CONFIRMED:true WITNESS:CONFIRMED:true, true",
            "OFFICER:CONFIRMED: CHIEF_OFFICER:CONFIRMED:, false",
            "OFFICER:CONFIRMED: CHIEF_OFFICER:CONFIRMED:false, true",
            "OFFICER:CONFIRMED: CABINET_MEMBER:DECLINED:, true",
            "OFFICER:DECLINED: CABINET_MEMBER:NOTICE_SENT:, false",
    })
    void listsTheItemsAttendedOnlyByJuniorStaff(String attendees, boolean expected) {
        List<FigureRow> rows = new ArrayList<>();
        long id = 0;
        for (String a : attendees.split(" ")) {
            String[] p = a.split(":", -1);
            rows.add(new FigureRow(1, 10L, TODAY, "Committee", "Item", RequestKind.INVITATION,
                    RequestState.valueOf(p[1]), false, ++id, "P", Capacity.valueOf(p[0]), null, null, null, false, false,
                    p[2].isEmpty() ? null : Boolean.valueOf(p[2])));
        }
        assertThat(AttendanceRules.juniorOnlyItems(rows)).hasSize(expected ? 1 : 0);
    }
}
