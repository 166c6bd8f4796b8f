package org.scrutineer.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrutineer.meetings.AgendaItemDetails;
import org.scrutineer.meetings.Attendance;
import org.scrutineer.meetings.MeetingDetails;
import org.scrutineer.meetings.MeetingStatus;
import org.scrutineer.meetings.RegisterLine;
import org.scrutineer.platform.FieldProblem;

class MeetingRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(p -> String.valueOf(p.field())).toList();
    }

    /** The fields named in a table cell: "date place", or empty for none. */
    private static List<String> expected(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.asList(cell.trim().split("\\s+"));
    }

    // --- meeting details ---------------------------------------------------------------------------------------

    @ParameterizedTest(name = "committee {0}, {1} at {2} in ''{3}'': problems with [{4}]")
    @CsvSource({
            "1, 2026-12-01, 18:30, Council Chamber, ",
            ", 2026-12-01, 18:30, Council Chamber, committeeId",
            "1, , 18:30, Council Chamber, date",
            "1, 1989-12-31, 18:30, Council Chamber, date",
            "1, 1990-01-01, 18:30, Council Chamber, ",
            "1, 2199-12-31, 10:00, Council Chamber, ",
            "1, 2200-01-01, 10:00, Council Chamber, date",
            "1, 2026-12-01, , Council Chamber, startsAt",
            "1, 2026-12-01, 18:30, '   ', place",
            "1, 2026-12-01, 18:30, , place",
            ", , , , committeeId date startsAt place",
    })
    void checksAMeetingsDetails(Long committee, LocalDate date, LocalTime startsAt, String place, String problems) {
        assertThat(fields(MeetingRules.meeting(new MeetingDetails(committee, date, startsAt, place, null))))
                .containsExactlyElementsOf(expected(problems));
    }

    @ParameterizedTest(name = "a place of {0} characters and notes of {1}: problems with [{2}]")
    @CsvSource({
            "300, 20000, ",
            "301, 0, place",
            "10, 20001, notes",
    })
    void limitsThePlaceAndTheNotes(int place, int notes, String problems) {
        assertThat(fields(MeetingRules.meeting(new MeetingDetails(1L, TODAY, LocalTime.NOON, "x".repeat(place),
                "n".repeat(notes))))).containsExactlyElementsOf(expected(problems));
    }

    // --- agenda items --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "''{0}'', aims ''{1}'' agreed on {2} with ''{3}'': problems with [{4}]")
    @CsvSource({
            "Budget monitoring, , , , ",
            "Budget monitoring, Test the savings plan, 2026-11-01, The cabinet member, ",
            "'  ', , , , title",
            ", , , , title",
            "Budget monitoring, , 2026-11-01, The cabinet member, aims",
            "Budget monitoring, Test the savings plan, 2026-11-01, , aimsAgreedWith",
            "Budget monitoring, Test the savings plan, , The cabinet member, aimsAgreedOn",
            "Budget monitoring, Test the savings plan, , , ",
    })
    void checksAnItemAndTheAgreementOfItsAims(String title, String aims, LocalDate agreedOn, String agreedWith,
            String problems) {
        AgendaItemDetails d = new AgendaItemDetails(title, null, aims, null, agreedOn, agreedWith, null, null, null,
                false, null, null, null);
        assertThat(fields(MeetingRules.item(d))).containsExactlyElementsOf(expected(problems));
    }

    @ParameterizedTest(name = "in private {0}, paragraph {1}, reason ''{2}'', summary ''{3}'': problems with [{4}]")
    @CsvSource({
            "false, , , , ",
            "false, 9, , , ",
            "true, 3, Prices would prejudice the re-tender, The committee reviews the contract, ",
            "true, 1, Names a child, A case review, ",
            "true, 7, An investigation is under way, A fraud case, ",
            "true, , Prices would prejudice the re-tender, The committee reviews the contract, exemptParagraph",
            "true, 0, Prices would prejudice the re-tender, The committee reviews the contract, exemptParagraph",
            "true, 8, Prices would prejudice the re-tender, The committee reviews the contract, exemptParagraph",
            "true, 3, , The committee reviews the contract, privateReason",
            "true, 3, Prices would prejudice the re-tender, '  ', publicSummary",
            "true, , , , exemptParagraph privateReason publicSummary",
    })
    void requiresAPrivateItemsParagraphReasonAndPublicSummary(boolean inPrivate, Integer paragraph, String reason,
            String summary, String problems) {
        AgendaItemDetails d = new AgendaItemDetails("Placements contract", null, null, null, null, null, null, null,
                null, inPrivate, paragraph, reason, summary);
        assertThat(fields(MeetingRules.item(d))).containsExactlyElementsOf(expected(problems));
    }

    @ParameterizedTest(name = "a title of {0} characters and {1} of {2}: problems with [{3}]")
    @CsvSource({
            "300, purpose, 20000, ",
            "301, purpose, 0, title",
            "10, purpose, 20001, purpose",
            "10, aims, 20001, aims",
            "10, linesOfQuestioning, 20001, linesOfQuestioning",
            "10, reportText, 20001, reportText",
    })
    void limitsAnItemsTitleAndTexts(int title, String field, int length, String problems) {
        String text = "t".repeat(length);
        AgendaItemDetails d = new AgendaItemDetails("x".repeat(title), field.equals("purpose") ? text : null,
                field.equals("aims") ? text : null, field.equals("linesOfQuestioning") ? text : null, null, null,
                field.equals("reportText") ? text : null, null, null, false, null, null, null);
        assertThat(fields(MeetingRules.item(d))).containsExactlyElementsOf(expected(problems));
    }

    // --- publication ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}, the agenda keeps changing: {1}")
    @CsvSource({"SCHEDULED, true", "AGENDA_PUBLISHED, true", "HELD, false", "CANCELLED, false"})
    void keepsTheAgendaOpenUntilTheMeetingIsHeldOrCancelled(MeetingStatus status, boolean open) {
        assertThat(MeetingRules.agendaOpen(status)).isEqualTo(open);
    }

    @ParameterizedTest(name = "{0} with {1} items, meeting {2}, published {3}: problems with [{4}]")
    @CsvSource({
            "SCHEDULED, 3, 2026-12-01, 2026-11-23, ",
            "SCHEDULED, 1, 2026-11-23, 2026-11-23, ",
            "SCHEDULED, 1, 2026-11-20, 2026-11-20, ",
            "SCHEDULED, 0, 2026-12-01, 2026-11-23, null",
            "SCHEDULED, 3, 2026-12-01, , publishedOn",
            "SCHEDULED, 3, 2026-12-01, 2026-11-24, publishedOn",
            "SCHEDULED, 3, 2026-11-20, 2026-11-21, publishedOn",
            "SCHEDULED, 0, 2026-12-01, , null publishedOn",
            "AGENDA_PUBLISHED, 3, 2026-12-01, 2026-11-23, null",
            "HELD, 3, 2026-11-01, 2026-10-20, null",
            "CANCELLED, 3, 2026-12-01, 2026-11-23, null",
    })
    void publishesAnAgendaOnceWithItemsOnARealDay(MeetingStatus status, int items, LocalDate meeting,
            LocalDate publishedOn, String problems) {
        assertThat(fields(MeetingRules.publication(status, items, meeting, publishedOn, TODAY)))
                .containsExactlyElementsOf(expected(problems));
    }

    // --- the register --------------------------------------------------------------------------------------------

    /** Members 1, 2 and 3 sit on the committee; councillors 1 to 5 serve; 9 is not a councillor. */
    private static final Set<Long> MEMBERS = Set.of(1L, 2L, 3L);
    private static final Set<Long> COUNCILLORS = Set.of(1L, 2L, 3L, 4L, 5L);

    /** Lines written "person:ATTENDANCE" or "person:SUBSTITUTE:for", separated by spaces; "-" for a blank. */
    private static List<RegisterLine> lines(String cell) {
        List<RegisterLine> lines = new ArrayList<>();
        for (String l : cell.trim().split("\\s+")) {
            String[] p = l.split(":");
            lines.add(new RegisterLine(p[0].equals("-") ? null : Long.valueOf(p[0]),
                    p[1].equals("-") ? null : Attendance.valueOf(p[1]), p.length > 2 ? Long.valueOf(p[2]) : null));
        }
        return lines;
    }

    @ParameterizedTest(name = "{0}: problems with [{1}]")
    @CsvSource({
            "1:PRESENT 2:PRESENT 3:ABSENT, ",
            "1:PRESENT 2:APOLOGIES 3:PRESENT 4:SUBSTITUTE:2, ",
            "1:APOLOGIES 2:APOLOGIES 3:PRESENT 4:SUBSTITUTE:1 5:SUBSTITUTE:2, ",
            "1:PRESENT 2:- 3:PRESENT, lines[1].attendance",
            "1:PRESENT 1:ABSENT 3:PRESENT, lines[1].personId",
            "1:PRESENT 2:PRESENT 3:PRESENT 4:PRESENT, lines[3].personId",
            "1:PRESENT 2:PRESENT 3:SUBSTITUTE:2, lines[2].attendance lines[2].substituteForId",
            "1:PRESENT 2:APOLOGIES 3:PRESENT 9:SUBSTITUTE:2, lines[3].personId",
            "1:PRESENT 2:PRESENT 3:PRESENT 4:SUBSTITUTE:2, lines[3].substituteForId",
            "1:PRESENT 2:ABSENT 3:PRESENT 4:SUBSTITUTE:2, lines[3].substituteForId",
            "1:PRESENT 2:APOLOGIES 3:PRESENT 4:SUBSTITUTE, lines[3].substituteForId",
            "1:PRESENT 2:APOLOGIES 3:PRESENT 4:SUBSTITUTE:5, lines[3].substituteForId",
            "1:PRESENT 2:APOLOGIES 3:PRESENT 4:SUBSTITUTE:2 5:SUBSTITUTE:2, lines[4].substituteForId",
    })
    void takesARegisterOfMembersAndTheirSubstitutes(String register, String problems) {
        assertThat(fields(MeetingRules.register(lines(register), MEMBERS, COUNCILLORS)))
                .containsExactlyElementsOf(expected(problems));
    }
}
