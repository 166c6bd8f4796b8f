package org.scrutineer.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrutineer.deadlines.DeadlinesFixtures.CATALOGUE;
import static org.scrutineer.deadlines.DeadlinesFixtures.calendar;
import static org.scrutineer.deadlines.DeadlinesFixtures.rule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The four kinds of rule, checked against TIMESCALES.md's worked examples and against cases worked out by hand from
 * a printed calendar; each table row's last column says how the date was reached. A final test checks every result
 * over several years against TIMESCALES.md's definitions read literally.
 */
class DeadlineCalculatorTests {

    private static final LocalDate FRI_18_DEC_2026 = LocalDate.of(2026, 12, 18);

    private final DeadlineCalculator calculator = new DeadlineCalculator();

    private LocalDate due(String kind, int count, String counting, String nation, LocalDate trigger) {
        return calculator.compute(rule(kind, count, counting), trigger, calendar(nation)).due();
    }

    // ----------------------------------------------------------------------------------------------- worked examples

    @ParameterizedTest(name = "{0} from {2} in {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            agenda-publication           | england-and-wales | 2026-12-17 | 2026-12-09 | 5 clear working days before Thu 17 Dec 2026
            agenda-publication           | england-and-wales | 2027-01-07 | 2026-12-29 | 25 and 28 Dec and 1 Jan are holidays
            information-request-response | england-and-wales | 2026-12-18 | 2027-01-06 | 10 working days after Fri 18 Dec 2026
            information-request-response | scotland          | 2026-12-18 | 2027-01-07 | Mon 4 Jan 2027 is a holiday in Scotland
            executive-response           | england-and-wales | 2027-01-15 | 2027-03-14 | two months beginning with 15 Jan 2027
            executive-response           | england-and-wales | 2026-12-31 | 2027-02-28 | February 2027 has no 31st
            executive-response           | england-and-wales | 2027-12-30 | 2028-02-29 | February 2028 has no 30th
            key-decision-notice          | england-and-wales | 2026-12-17 | 2026-11-18 | 28 clear days before Thu 17 Dec 2026
            """)
    void matchesEveryWorkedExampleInTimescales(String ruleId, String nation, LocalDate trigger, LocalDate expected,
            String why) {
        ComputedDeadline deadline = calculator.compute(CATALOGUE.require(ruleId), trigger, calendar(nation));

        assertThat(deadline.due()).as(why).isEqualTo(expected);
        assertThat(deadline.ruleId()).isEqualTo(ruleId);
        assertThat(deadline.nation()).isEqualTo(Nation.fromCode(nation));
    }

    // -------------------------------------------------------------------------------------------------------- before

    @ParameterizedTest(name = "{4}: {1} {2} days before {3} in {0} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            england-and-wales | 5  | working  | 2026-12-17 | plain weeks                      | 2026-12-09 | Wed16 Tue15 Mon14 Fri11 Thu10 count; P is the day before
            england-and-wales | 5  | working  | 2027-01-07 | Christmas and New Year           | 2026-12-29 | Wed6 Tue5 Mon4 Thu31 Wed30 count; Fri1 skipped
            scotland          | 5  | working  | 2027-01-07 | Scotland's 2 January substitute  | 2026-12-28 | Wed6 Tue5 Thu31 Wed30 Tue29 count; Mon4 and Fri1 skipped; P may be a holiday
            england-and-wales | 5  | working  | 2027-01-04 | back over Christmas              | 2026-12-22 | Thu31 Wed30 Tue29 Thu24 Wed23 count; Fri1 Mon28 Fri25 skipped
            england-and-wales | 1  | working  | 2026-12-29 | one day over two holidays        | 2026-12-23 | Thu24 counts; Mon28 and Fri25 skipped
            england-and-wales | 5  | working  | 2026-04-07 | Easter 2026                      | 2026-03-26 | Thu2 Wed1 Tue31 Mon30 Fri27 count; Mon6 and Fri3 skipped
            scotland          | 5  | working  | 2026-04-07 | Easter 2026, no Easter Monday    | 2026-03-29 | Mon6 Thu2 Wed1 Tue31 Mon30 count; P is a Sunday, which is allowed
            england-and-wales | 5  | working  | 2022-06-07 | 2022 Jubilee days                | 2022-05-26 | Mon6 Wed1 Tue31 Mon30 Fri27 count; Fri3 and Thu2 skipped
            england-and-wales | 3  | working  | 2022-09-21 | 2022 State Funeral               | 2022-09-14 | Tue20 Fri16 Thu15 count; Mon19 skipped
            england-and-wales | 5  | working  | 2023-05-10 | 2023 Coronation                  | 2023-05-01 | Tue9 Fri5 Thu4 Wed3 Tue2 count; Mon8 skipped
            england-and-wales | 5  | working  | 2026-03-19 | St Patrick's Day not in England  | 2026-03-11 | Wed18 Tue17 Mon16 Fri13 Thu12 count
            northern-ireland  | 5  | working  | 2026-03-19 | St Patrick's Day in NI           | 2026-03-10 | Wed18 Mon16 Fri13 Thu12 Wed11 count; Tue17 skipped
            england-and-wales | 5  | working  | 2026-12-19 | meeting on a Saturday            | 2026-12-13 | Fri18 Thu17 Wed16 Tue15 Mon14 count; P is a Sunday
            england-and-wales | 5  | working  | 2026-12-28 | meeting on a bank holiday        | 2026-12-17 | Thu24 Wed23 Tue22 Mon21 Fri18 count; Fri25 skipped
            england-and-wales | 2  | working  | 2029-04-03 | Easter 2029 (rules, not GOV.UK)  | 2029-03-27 | Thu29 Wed28 count; Mon2 Apr and Fri30 Mar skipped
            scotland          | 2  | working  | 2029-04-03 | Easter 2029 in Scotland          | 2029-03-28 | Mon2 Apr Thu29 count; Fri30 skipped
            england-and-wales | 28 | calendar | 2026-12-17 | key decision notice              | 2026-11-18 | 19 Nov to 16 Dec is 28 days
            scotland          | 28 | calendar | 2026-12-17 | calendar days ignore holidays    | 2026-11-18 | the same in every nation
            england-and-wales | 28 | calendar | 2027-03-02 | across February 2027             | 2027-02-01 | 2 Feb to 1 Mar is 28 days
            england-and-wales | 28 | calendar | 2028-03-02 | across 29 February 2028          | 2028-02-02 | 3 Feb to 1 Mar is 28 days
            england-and-wales | 1  | calendar | 2027-01-01 | one clear day                    | 2026-12-30 | Thu31 is the clear day
            """)
    void beforeFindsLatestDateWithEnoughClearDays(String nation, int count, String counting, LocalDate meeting,
            String situation, LocalDate expected, String why) {
        assertThat(due("before", count, counting, nation, meeting)).as(situation + ": " + why).isEqualTo(expected);
    }

    // --------------------------------------------------------------------------------------------------------- after

    @ParameterizedTest(name = "{4}: {1} {2} days after {3} in {0} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            england-and-wales | 5  | working  | 2026-04-02 | Easter 2026                       | 2026-04-13 | Fri3 Mon6 skipped; Tue7 Wed8 Thu9 Fri10 Mon13
            scotland          | 5  | working  | 2026-04-02 | Easter 2026, Easter Monday works  | 2026-04-10 | Fri3 skipped; Mon6 Tue7 Wed8 Thu9 Fri10
            northern-ireland  | 5  | working  | 2026-04-02 | Easter 2026 in NI                 | 2026-04-13 | as England
            england-and-wales | 3  | working  | 2027-03-24 | Easter 2027                       | 2027-03-31 | Thu25; Fri26 Mon29 skipped; Tue30 Wed31
            scotland          | 3  | working  | 2027-03-24 | Easter 2027 in Scotland           | 2027-03-30 | Thu25 Mon29 Tue30
            england-and-wales | 5  | working  | 2027-12-22 | Christmas 2027, two substitutes   | 2027-12-31 | Thu23 Fri24; Mon27 Tue28 skipped; Wed29 Thu30 Fri31
            england-and-wales | 10 | working  | 2027-12-22 | New Year 2028 substitute          | 2028-01-10 | after Fri31: Mon3 skipped; Tue4 Wed5 Thu6 Fri7 Mon10
            scotland          | 10 | working  | 2027-12-22 | 2 January 2028 on Tuesday 4th     | 2028-01-11 | Mon3 Tue4 skipped; Wed5 Thu6 Fri7 Mon10 Tue11
            england-and-wales | 10 | working  | 2026-12-19 | trigger on a Saturday             | 2027-01-06 | counting starts Mon21, as from Fri18
            england-and-wales | 10 | working  | 2026-12-20 | trigger on a Sunday               | 2027-01-06 | counting starts Mon21
            england-and-wales | 5  | working  | 2026-12-25 | trigger on Christmas Day          | 2027-01-05 | Mon28 skipped; Tue29 Wed30 Thu31; Fri1 skipped; Mon4 Tue5
            england-and-wales | 1  | working  | 2026-12-28 | trigger on a substitute day       | 2026-12-29 | Tue29
            england-and-wales | 1  | working  | 2022-05-27 | 30 May 2022 was not a holiday     | 2022-05-30 | the spring holiday moved to Thu 2 June
            england-and-wales | 3  | working  | 2022-05-31 | 2022 Jubilee days                 | 2022-06-07 | Wed1; Thu2 Fri3 skipped; Mon6 Tue7
            england-and-wales | 1  | working  | 2022-09-16 | 2022 State Funeral                | 2022-09-20 | Mon19 skipped
            england-and-wales | 5  | working  | 2023-04-28 | 2023 early May and Coronation     | 2023-05-09 | Mon1 skipped; Tue2 Wed3 Thu4 Fri5; Mon8 skipped; Tue9
            england-and-wales | 1  | working  | 2020-05-07 | 2020 VE Day moved the May holiday | 2020-05-11 | Fri8 skipped
            england-and-wales | 1  | working  | 2020-05-01 | 4 May 2020 was not a holiday      | 2020-05-04 | Mon4
            england-and-wales | 1  | working  | 2025-12-31 | New Year 2026                     | 2026-01-02 | Thu1 skipped
            scotland          | 1  | working  | 2025-12-31 | 2 January 2026 in Scotland        | 2026-01-05 | Thu1 Fri2 skipped
            england-and-wales | 1  | working  | 2026-11-27 | St Andrew's Day not in England    | 2026-11-30 | Mon30
            scotland          | 1  | working  | 2026-11-27 | St Andrew's Day 2026 on a Monday  | 2026-12-01 | Mon30 skipped
            england-and-wales | 1  | working  | 2025-11-28 | St Andrew's substitute not in Eng | 2025-12-01 | Mon1
            scotland          | 1  | working  | 2025-11-28 | St Andrew's Day 2025 on a Sunday  | 2025-12-02 | substitute Mon1 skipped
            england-and-wales | 1  | working  | 2026-03-16 | St Patrick's Day not in England   | 2026-03-17 | Tue17
            northern-ireland  | 1  | working  | 2026-03-16 | St Patrick's Day in NI            | 2026-03-18 | Tue17 skipped
            england-and-wales | 1  | working  | 2026-07-10 | Boyne not in England              | 2026-07-13 | Mon13
            northern-ireland  | 1  | working  | 2026-07-10 | Boyne 2026 on a Sunday            | 2026-07-14 | substitute Mon13 skipped
            england-and-wales | 1  | working  | 2026-07-31 | early August works in England     | 2026-08-03 | Mon3
            scotland          | 1  | working  | 2026-07-31 | Scotland's summer holiday         | 2026-08-04 | Mon3 skipped
            england-and-wales | 1  | working  | 2026-08-28 | late August holiday in England    | 2026-09-01 | Mon31 skipped
            scotland          | 1  | working  | 2026-08-28 | late August works in Scotland     | 2026-08-31 | Mon31
            scotland          | 1  | working  | 2026-06-12 | Scotland's World Cup holiday 2026 | 2026-06-16 | Mon15 skipped
            england-and-wales | 1  | working  | 2026-06-12 | no World Cup holiday in England   | 2026-06-15 | Mon15
            england-and-wales | 2  | working  | 2029-03-29 | Easter 2029 (rules, not GOV.UK)   | 2029-04-04 | Fri30 Mon2 skipped; Tue3 Wed4
            scotland          | 2  | working  | 2029-03-29 | Easter 2029 in Scotland           | 2029-04-03 | Fri30 skipped; Mon2 Tue3
            england-and-wales | 1  | working  | 2029-03-16 | St Patrick's 2029 not in England  | 2029-03-19 | Mon19
            northern-ireland  | 1  | working  | 2029-03-16 | St Patrick's 2029 on a Saturday   | 2029-03-20 | substitute Mon19 skipped
            england-and-wales | 5  | working  | 2018-12-21 | from 2018 (rules) into 2019       | 2019-01-02 | Mon24; Tue25 Wed26 skipped; Thu27 Fri28 Mon31; Tue1 skipped; Wed2
            scotland          | 5  | working  | 2018-12-21 | Scotland's 2 January 2019         | 2019-01-03 | as England but Wed2 skipped; Thu3
            england-and-wales | 1  | working  | 2028-02-28 | 29 February 2028                  | 2028-02-29 | Tue29
            england-and-wales | 10 | calendar | 2026-12-18 | calendar days ignore Christmas    | 2026-12-28 | Sat19 to Mon28
            england-and-wales | 28 | calendar | 2026-12-31 | across the year end               | 2027-01-28 | Jan 1 to Jan 28
            england-and-wales | 3  | calendar | 2028-02-26 | through 29 February 2028          | 2028-02-29 | Sun27 Mon28 Tue29
            england-and-wales | 3  | calendar | 2027-02-26 | no 29 February in 2027            | 2027-03-01 | Sat27 Sun28 Mon1
            """)
    void afterFindsNthCountedDayAfterTrigger(String nation, int count, String counting, LocalDate trigger,
            String situation, LocalDate expected, String why) {
        assertThat(due("after", count, counting, nation, trigger)).as(situation + ": " + why).isEqualTo(expected);
    }

    // ------------------------------------------------------------------------------------------------ earliest-after

    @ParameterizedTest(name = "{4}: {1} {2} days after {3} in {0} -> from {5}")
    @CsvSource(delimiter = '|', textBlock = """
            england-and-wales | 5 | working  | 2026-12-07 | plain week                      | 2026-12-15 | Tue8 Wed9 Thu10 Fri11 Mon14; the day after is Tue15
            england-and-wales | 5 | working  | 2026-12-18 | over Christmas                  | 2026-12-30 | Mon21 Tue22 Wed23 Thu24 Tue29; the day after is Wed30
            england-and-wales | 5 | working  | 2026-12-11 | may fall on a weekend           | 2026-12-19 | Mon14 to Fri18; the day after is Sat19
            england-and-wales | 1 | working  | 2026-12-24 | one day over Christmas          | 2026-12-30 | Fri25 Mon28 skipped; Tue29; the day after is Wed30
            england-and-wales | 3 | working  | 2027-03-24 | Easter 2027                     | 2027-04-01 | Thu25 Tue30 Wed31; the day after is Thu1
            scotland          | 3 | working  | 2027-03-24 | Easter 2027 in Scotland         | 2027-03-31 | Thu25 Mon29 Tue30; the day after is Wed31
            england-and-wales | 1 | working  | 2026-07-10 | Boyne not in England            | 2026-07-14 | Mon13; the day after is Tue14
            northern-ireland  | 1 | working  | 2026-07-10 | Boyne substitute in NI          | 2026-07-15 | Tue14; the day after is Wed15
            england-and-wales | 5 | calendar | 2026-12-07 | calendar counting               | 2026-12-13 | Tue8 to Sat12; the day after is Sun13
            """)
    void earliestAfterIsTheDayAfterTheNthCountedDay(String nation, int count, String counting, LocalDate trigger,
            String situation, LocalDate expected, String why) {
        assertThat(due("earliest-after", count, counting, nation, trigger)).as(situation + ": " + why)
                .isEqualTo(expected);
    }

    // -------------------------------------------------------------------------------------------------------- months

    @ParameterizedTest(name = "{0} months beginning with {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2  | 2027-01-15 | 2027-03-14 | C = 15 Mar exists, so the day before
            2  | 2026-12-31 | 2027-02-28 | no 31 Feb 2027, so the last day of February
            2  | 2027-12-30 | 2028-02-29 | no 30 Feb 2028, so the last day of February (leap year)
            2  | 2026-12-29 | 2027-02-28 | no 29 Feb 2027, so the last day of February
            2  | 2026-12-28 | 2027-02-27 | C = 28 Feb 2027 exists, so the day before
            2  | 2027-12-29 | 2028-02-28 | C = 29 Feb 2028 exists, so the day before
            2  | 2027-12-31 | 2028-02-29 | no 31 Feb 2028
            2  | 2027-01-01 | 2027-02-28 | C = 1 Mar, so the day before
            2  | 2028-01-01 | 2028-02-29 | C = 1 Mar, so the day before (leap year)
            1  | 2027-01-31 | 2027-02-28 | no 31 Feb
            1  | 2027-03-31 | 2027-04-30 | no 31 Apr: ends 30 Apr, not 29
            1  | 2027-03-30 | 2027-04-29 | C = 30 Apr exists, so the day before
            2  | 2027-03-01 | 2027-04-30 | C = 1 May, so the day before
            12 | 2028-02-29 | 2029-02-28 | no 29 Feb 2029
            2  | 2028-02-29 | 2028-04-28 | C = 29 Apr exists, so the day before
            1  | 2026-10-31 | 2026-11-30 | no 31 Nov
            1  | 2026-11-30 | 2026-12-29 | C = 30 Dec exists, so the day before
            2  | 2026-11-15 | 2027-01-14 | across the year end
            2  | 2026-10-26 | 2026-12-25 | ends on Christmas Day: never moved
            2  | 2026-10-17 | 2026-12-16 | C = 17 Dec, so the day before
            2  | 2026-08-31 | 2026-10-30 | trigger on a bank holiday makes no difference
            """)
    void monthsEndsTheDayBeforeTheCorrespondingDateOrOnTheMonthsLastDay(int months, LocalDate trigger,
            LocalDate expected, String why) {
        for (Nation nation : Nation.values()) {
            ComputedDeadline deadline = calculator.compute(rule(RuleKind.MONTHS, months, null), trigger,
                    WorkingCalendar.of(nation));

            assertThat(deadline.due()).as(nation + ": " + why).isEqualTo(expected);
            assertThat(deadline.skipped()).isEmpty();
            assertThat(deadline.counting()).isNull();
        }
    }

    @Test
    void monthsExplanationSaysWhenTheTargetMonthHasNoSuchDay() {
        ComputedDeadline deadline = calculator.compute(CATALOGUE.require("executive-response"),
                LocalDate.of(2026, 12, 31), WorkingCalendar.of(Nation.ENGLAND_AND_WALES));

        assertThat(deadline.explanation()).isEqualTo("2 months beginning with Thu 31 Dec 2026, by the calendar "
                + "(an end date on a weekend or bank holiday is not moved): ends on Sun 28 Feb 2027: "
                + "February 2027 has no 31st day, so the period ends on its last day.");
    }

    @Test
    void monthsExplanationNamesTheCorrespondingDate() {
        ComputedDeadline deadline = calculator.compute(CATALOGUE.require("executive-response"),
                LocalDate.of(2027, 1, 15), WorkingCalendar.of(Nation.ENGLAND_AND_WALES));

        assertThat(deadline.explanation()).isEqualTo("2 months beginning with Fri 15 Jan 2027, by the calendar "
                + "(an end date on a weekend or bank holiday is not moved): ends on Sun 14 Mar 2027, "
                + "the day before Mon 15 Mar 2027.");
    }

    // ------------------------------------------------------------------------------------ skipped days, explanations

    @Test
    void listsTheHolidaysSkippedOverChristmasButNotTheWeekends() {
        ComputedDeadline deadline = calculator.compute(CATALOGUE.require("information-request-response"),
                FRI_18_DEC_2026, WorkingCalendar.of(Nation.ENGLAND_AND_WALES));

        assertThat(deadline.skipped()).containsExactly(
                new SkippedDay(LocalDate.of(2026, 12, 25), "Christmas Day (bank holiday)"),
                new SkippedDay(LocalDate.of(2026, 12, 28), "Boxing Day (bank holiday, substitute day)"),
                new SkippedDay(LocalDate.of(2027, 1, 1), "New Year’s Day (bank holiday)"));
    }

    @Test
    void explainsCountCountingTriggerDueDateAndSkippedDays() {
        ComputedDeadline deadline = calculator.compute(CATALOGUE.require("information-request-response"),
                FRI_18_DEC_2026, WorkingCalendar.of(Nation.ENGLAND_AND_WALES));

        assertThat(deadline.explanation()).isEqualTo("10 working days after Fri 18 Dec 2026, skipping weekends, "
                + "bank holidays in England and Wales and council closure days: due by Wed 6 Jan 2027. "
                + "Not counted: Fri 25 Dec 2026, Christmas Day (bank holiday); "
                + "Mon 28 Dec 2026, Boxing Day (bank holiday, substitute day); "
                + "Fri 1 Jan 2027, New Year’s Day (bank holiday).");
        assertThat(deadline.citation()).isEqualTo("SI 2012/2089 reg 17");
        assertThat(deadline.count()).isEqualTo(10);
        assertThat(deadline.counting()).isEqualTo(Counting.WORKING);
        assertThat(deadline.source()).isEqualTo(RuleSource.STATUTE);
    }

    @Test
    void listsScotlandsSecondOfJanuarySubstituteAmongSkippedDays() {
        ComputedDeadline deadline = calculator.compute(CATALOGUE.require("information-request-response"),
                FRI_18_DEC_2026, WorkingCalendar.of(Nation.SCOTLAND));

        assertThat(deadline.skipped()).extracting(SkippedDay::date).containsExactly(LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4));
        assertThat(deadline.skipped().get(3).reason()).isEqualTo("2nd January (bank holiday, substitute day)");
        assertThat(deadline.explanation()).contains("bank holidays in Scotland").contains("due by Thu 7 Jan 2027");
    }

    @Test
    void beforeListsOnlyTheSkippedDaysStrictlyBetweenTheDeadlineAndTheMeeting() {
        ComputedDeadline deadline = calculator.compute(CATALOGUE.require("agenda-publication"),
                LocalDate.of(2027, 1, 7), WorkingCalendar.of(Nation.ENGLAND_AND_WALES));

        assertThat(deadline.skipped()).containsExactly(
                new SkippedDay(LocalDate.of(2027, 1, 1), "New Year’s Day (bank holiday)"));
        assertThat(deadline.explanation()).isEqualTo("5 clear working days before Thu 7 Jan 2027, skipping weekends, "
                + "bank holidays in England and Wales and council closure days: due by Tue 29 Dec 2026. "
                + "Not counted: Fri 1 Jan 2027, New Year’s Day (bank holiday).");
    }

    @Test
    void beforeListsSkippedDaysInDateOrder() {
        ComputedDeadline deadline = calculator.compute(rule(RuleKind.BEFORE, 5, Counting.WORKING),
                LocalDate.of(2027, 1, 4), WorkingCalendar.of(Nation.ENGLAND_AND_WALES));

        assertThat(deadline.skipped()).extracting(SkippedDay::date).containsExactly(LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1));
    }

    @Test
    void calendarCountingSkipsNothingAndSaysItCountsEveryDay() {
        ComputedDeadline deadline = calculator.compute(CATALOGUE.require("key-decision-notice"),
                LocalDate.of(2026, 12, 17), WorkingCalendar.of(Nation.ENGLAND_AND_WALES));

        assertThat(deadline.skipped()).isEmpty();
        assertThat(deadline.explanation())
                .isEqualTo("28 clear days before Thu 17 Dec 2026, counting every day: due by Wed 18 Nov 2026.");
    }

    @Test
    void earliestAfterExplainsWhichDayWasTheLastCounted() {
        ComputedDeadline deadline = calculator.compute(CATALOGUE.require("general-exception-earliest-decision"),
                LocalDate.of(2026, 12, 18), WorkingCalendar.of(Nation.ENGLAND_AND_WALES));

        assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(deadline.explanation()).isEqualTo("5 clear working days after Fri 18 Dec 2026, skipping weekends, "
                + "bank holidays in England and Wales and council closure days: may happen from Wed 30 Dec 2026, "
                + "the day after the 5th working day (Tue 29 Dec 2026). "
                + "Not counted: Fri 25 Dec 2026, Christmas Day (bank holiday); "
                + "Mon 28 Dec 2026, Boxing Day (bank holiday, substitute day).");
    }

    @Test
    void writesSeptemberAsSep() {
        ComputedDeadline deadline = calculator.compute(rule(RuleKind.AFTER, 1, Counting.WORKING),
                LocalDate.of(2022, 9, 16), WorkingCalendar.of(Nation.ENGLAND_AND_WALES));

        assertThat(deadline.explanation()).contains("after Fri 16 Sep 2022").contains("due by Tue 20 Sep 2022")
                .contains("Mon 19 Sep 2022, Bank holiday for the State Funeral of Queen Elizabeth II (bank holiday)");
    }

    @Test
    void speaksOfOneDayInTheSingular() {
        ComputedDeadline deadline = calculator.compute(rule(RuleKind.AFTER, 1, Counting.WORKING),
                LocalDate.of(2026, 12, 28), WorkingCalendar.of(Nation.ENGLAND_AND_WALES));

        assertThat(deadline.explanation()).startsWith("1 working day after Mon 28 Dec 2026");
    }

    // ------------------------------------------------------------------------------------------------------- call-in

    @Test
    void callInClosesAtFiveInTheAfternoonOnItsLastDay() {
        ComputedDeadline deadline = calculator.compute(CATALOGUE.require("call-in-expiry"),
                LocalDate.of(2026, 12, 4), WorkingCalendar.of(Nation.ENGLAND_AND_WALES));

        assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(deadline.closesAt()).contains(LocalTime.of(17, 0));
        assertThat(deadline.closesAtDateTime()).contains(LocalDateTime.of(2026, 12, 11, 17, 0));
        assertThat(deadline.source()).isEqualTo(RuleSource.LOCAL);
        assertThat(deadline.explanation()).contains("due by Fri 11 Dec 2026 at 17:00.");
    }

    @Test
    void callInClosesAtTheCouncilsOwnTime() {
        DeadlineRule noon = CATALOGUE.require("call-in-expiry").withClosesAt(LocalTime.NOON);

        ComputedDeadline deadline = calculator.compute(noon, LocalDate.of(2026, 12, 4),
                WorkingCalendar.of(Nation.ENGLAND_AND_WALES));

        assertThat(deadline.closesAtDateTime()).contains(LocalDateTime.of(2026, 12, 11, 12, 0));
    }

    @Test
    void otherRulesRunToTheEndOfTheDueDate() {
        ComputedDeadline deadline = calculator.compute(CATALOGUE.require("information-request-response"),
                FRI_18_DEC_2026, WorkingCalendar.of(Nation.ENGLAND_AND_WALES));

        assertThat(deadline.closesAt()).isEmpty();
        assertThat(deadline.closesAtDateTime()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------- closures and overrides

    @Test
    void skipsCouncilClosureDays() {
        CalendarAdjustments shutdown = CalendarAdjustments.NONE
                .withClosure(LocalDate.of(2026, 12, 29), "Christmas shutdown")
                .withClosure(LocalDate.of(2026, 12, 30), "Christmas shutdown");
        WorkingCalendar calendar = WorkingCalendar.of(Nation.ENGLAND_AND_WALES, shutdown);

        ComputedDeadline deadline = calculator.compute(CATALOGUE.require("information-request-response"),
                FRI_18_DEC_2026, calendar);

        // Mon21 Tue22 Wed23 Thu24; Fri25 Mon28 holidays; Tue29 Wed30 closed; Thu31; Fri1 holiday; Mon4..Fri8
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(deadline.skipped()).contains(
                new SkippedDay(LocalDate.of(2026, 12, 29), "Council closure: Christmas shutdown"),
                new SkippedDay(LocalDate.of(2026, 12, 30), "Council closure: Christmas shutdown"));
        assertThat(deadline.explanation()).contains("Tue 29 Dec 2026, Council closure: Christmas shutdown");
    }

    @Test
    void skipsClosureDaysWhenCountingBackFromAMeeting() {
        WorkingCalendar calendar = WorkingCalendar.of(Nation.ENGLAND_AND_WALES,
                CalendarAdjustments.NONE.withClosure(LocalDate.of(2026, 12, 14), "Office move"));

        ComputedDeadline deadline = calculator.compute(CATALOGUE.require("agenda-publication"),
                LocalDate.of(2026, 12, 17), calendar);

        // Wed16 Tue15; Mon14 closed; Fri11 Thu10 Wed9 -> the day before is Tue 8
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(deadline.skipped()).containsExactly(
                new SkippedDay(LocalDate.of(2026, 12, 14), "Council closure: Office move"));
    }

    @Test
    void closureOnAWeekendChangesNothing() {
        WorkingCalendar calendar = WorkingCalendar.of(Nation.ENGLAND_AND_WALES,
                CalendarAdjustments.NONE.withClosure(LocalDate.of(2026, 12, 19), "Saturday event"));

        ComputedDeadline deadline = calculator.compute(CATALOGUE.require("information-request-response"),
                FRI_18_DEC_2026, calendar);

        assertThat(deadline.due()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(deadline.skipped()).hasSize(3);
    }

    @Test
    void closureOnABankHolidayIsReportedAsTheBankHoliday() {
        WorkingCalendar calendar = WorkingCalendar.of(Nation.ENGLAND_AND_WALES,
                CalendarAdjustments.NONE.withClosure(LocalDate.of(2026, 12, 25), "Christmas shutdown"));

        ComputedDeadline deadline = calculator.compute(CATALOGUE.require("information-request-response"),
                FRI_18_DEC_2026, calendar);

        assertThat(deadline.due()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(deadline.skipped().get(0).reason()).isEqualTo("Christmas Day (bank holiday)");
    }

    @Test
    void skipsABankHolidayAnAdministratorAdded() {
        WorkingCalendar calendar = WorkingCalendar.of(Nation.ENGLAND_AND_WALES,
                CalendarAdjustments.NONE.withAddedBankHoliday(LocalDate.of(2027, 12, 24), "Christmas Eve proclamation"));

        ComputedDeadline deadline = calculator.compute(rule(RuleKind.AFTER, 5, Counting.WORKING),
                LocalDate.of(2027, 12, 22), calendar);

        // Thu23; Fri24 added; Mon27 Tue28 substitutes; Wed29 Thu30 Fri31; Mon3 substitute; Tue4
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2028, 1, 4));
        assertThat(deadline.skipped()).first()
                .isEqualTo(new SkippedDay(LocalDate.of(2027, 12, 24), "Christmas Eve proclamation (bank holiday)"));
    }

    @Test
    void skipsAnAddedBankHolidayInAYearFromRules() {
        WorkingCalendar calendar = WorkingCalendar.of(Nation.SCOTLAND,
                CalendarAdjustments.NONE.withAddedBankHoliday(LocalDate.of(2030, 6, 17), "World Cup bank holiday"));

        assertThat(calculator.compute(rule(RuleKind.AFTER, 1, Counting.WORKING), LocalDate.of(2030, 6, 14), calendar)
                .due()).isEqualTo(LocalDate.of(2030, 6, 18));
        assertThat(calendar.bankHolidayName(LocalDate.of(2030, 6, 17))).contains("World Cup bank holiday");
    }

    @Test
    void countsABankHolidayAnAdministratorRemoved() {
        WorkingCalendar calendar = WorkingCalendar.of(Nation.ENGLAND_AND_WALES,
                CalendarAdjustments.NONE.withRemovedBankHoliday(LocalDate.of(2026, 12, 28)));

        ComputedDeadline deadline = calculator.compute(CATALOGUE.require("information-request-response"),
                FRI_18_DEC_2026, calendar);

        // Mon21..Thu24; Fri25 holiday; Mon28 now counts; Tue29 Wed30 Thu31; Fri1 holiday; Mon4 Tue5
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(deadline.skipped()).extracting(SkippedDay::date)
                .containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));
        assertThat(calendar.isBankHoliday(LocalDate.of(2026, 12, 28))).isFalse();
    }

    @Test
    void adjustmentsOfOneCouncilDoNotLeakIntoTheNationsShared() {
        WorkingCalendar.of(Nation.ENGLAND_AND_WALES,
                CalendarAdjustments.NONE.withClosure(LocalDate.of(2026, 12, 21), "Closed"));

        assertThat(calculator.compute(CATALOGUE.require("information-request-response"), FRI_18_DEC_2026,
                WorkingCalendar.of(Nation.ENGLAND_AND_WALES)).due()).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    // -------------------------------------------------------------------------------------------- stopping the clock

    @Test
    void daysWhileTheClockIsStoppedDoNotCount() {
        ComputedDeadline deadline = calculator.computeWithPauses(CATALOGUE.require("information-request-response"),
                LocalDate.of(2027, 1, 11), WorkingCalendar.of(Nation.ENGLAND_AND_WALES),
                List.of(new Pause(LocalDate.of(2027, 1, 13), LocalDate.of(2027, 1, 19))));

        // Tue12; Wed13..Tue19 stopped; Wed20 Thu21 Fri22 Mon25 Tue26 Wed27 Thu28 Fri29 Mon1
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(deadline.skipped()).extracting(SkippedDay::date).containsExactly(LocalDate.of(2027, 1, 13),
                LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 18),
                LocalDate.of(2027, 1, 19));
        assertThat(deadline.skipped()).extracting(SkippedDay::reason).containsOnly("Clock stopped");
        assertThat(deadline.pauses()).hasSize(1);
        assertThat(deadline.explanation()).isEqualTo("10 working days after Mon 11 Jan 2027, skipping weekends, "
                + "bank holidays in England and Wales and council closure days: due by Mon 1 Feb 2027. "
                + "The clock was stopped from Wed 13 Jan 2027 to Tue 19 Jan 2027; those days do not count.");
    }

    @Test
    void aHolidayWhileTheClockIsStoppedIsReportedAsTheHoliday() {
        ComputedDeadline deadline = calculator.computeWithPauses(CATALOGUE.require("information-request-response"),
                FRI_18_DEC_2026, WorkingCalendar.of(Nation.ENGLAND_AND_WALES),
                List.of(new Pause(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 29))));

        // Mon21 Tue22; Wed23 Thu24 stopped; Fri25 Mon28 holidays; Tue29 stopped; Wed30 Thu31; Fri1 holiday;
        // Mon4 Tue5 Wed6 Thu7 Fri8 Mon11
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(deadline.skipped()).containsExactly(
                new SkippedDay(LocalDate.of(2026, 12, 23), "Clock stopped"),
                new SkippedDay(LocalDate.of(2026, 12, 24), "Clock stopped"),
                new SkippedDay(LocalDate.of(2026, 12, 25), "Christmas Day (bank holiday)"),
                new SkippedDay(LocalDate.of(2026, 12, 28), "Boxing Day (bank holiday, substitute day)"),
                new SkippedDay(LocalDate.of(2026, 12, 29), "Clock stopped"),
                new SkippedDay(LocalDate.of(2027, 1, 1), "New Year’s Day (bank holiday)"));
        assertThat(deadline.explanation()).contains("Not counted: Fri 25 Dec 2026, Christmas Day (bank holiday);")
                .doesNotContain("Clock stopped");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pause before the trigger is ignored     | 2026-12-01 | 2026-12-10 |            |            | 2027-01-06 | no working day stopped: Wed 6 Jan as without
            one-day pause                           | 2026-12-21 | 2026-12-21 |            |            | 2027-01-07 | 1 working day stopped: Thu 7 Jan
            overlapping pauses count once           | 2026-12-21 | 2026-12-22 | 2026-12-22 | 2026-12-23 | 2027-01-11 | Mon21 Tue22 Wed23 stopped, 3 days: Thu7 Fri8 Mon11
            two separate pauses                     | 2026-12-21 | 2026-12-21 | 2027-01-04 | 2027-01-04 | 2027-01-08 | Mon21 and Mon4 stopped, 2 days: Thu7 Fri8
            pause over a weekend only changes nothing | 2026-12-19 | 2026-12-20 |          |            | 2027-01-06 | weekends never count
            """)
    void stoppingTheClockPushesTheDeadlineBackByTheWorkingDaysStopped(String situation, LocalDate from1,
            LocalDate to1, LocalDate from2, LocalDate to2, LocalDate expected, String why) {
        List<Pause> pauses = from2 == null ? List.of(new Pause(from1, to1))
                : List.of(new Pause(from1, to1), new Pause(from2, to2));

        ComputedDeadline deadline = calculator.computeWithPauses(CATALOGUE.require("information-request-response"),
                FRI_18_DEC_2026, WorkingCalendar.of(Nation.ENGLAND_AND_WALES), pauses);

        assertThat(deadline.due()).as(situation + ": " + why).isEqualTo(expected);
    }

    @Test
    void stoppingTheClockOnCalendarCountingSkipsWeekendsToo() {
        ComputedDeadline deadline = calculator.computeWithPauses(rule(RuleKind.AFTER, 10, Counting.CALENDAR),
                FRI_18_DEC_2026, WorkingCalendar.of(Nation.ENGLAND_AND_WALES),
                List.of(new Pause(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 21))));

        // Sat19 counts; Sun20 Mon21 stopped; Tue22..Wed30 are the other nine
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(deadline.skipped()).extracting(SkippedDay::date)
                .containsExactly(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 21));
    }

    @Test
    void stoppingTheClockOnEarliestAfterDelaysTheEarliestDate() {
        ComputedDeadline deadline = calculator.computeWithPauses(
                CATALOGUE.require("general-exception-earliest-decision"), LocalDate.of(2026, 12, 7),
                WorkingCalendar.of(Nation.ENGLAND_AND_WALES),
                List.of(new Pause(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8))));

        // Tue8 stopped; Wed9 Thu10 Fri11 Mon14 Tue15; the day after is Wed16
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(deadline.explanation()).contains("The clock was stopped on Tue 8 Dec 2026");
    }

    @Test
    void noPausesGivesTheSameDeadlineAsCompute() {
        DeadlineRule rule = CATALOGUE.require("information-request-response");
        WorkingCalendar calendar = WorkingCalendar.of(Nation.ENGLAND_AND_WALES);

        assertThat(calculator.computeWithPauses(rule, FRI_18_DEC_2026, calendar, List.of()))
                .isEqualTo(calculator.compute(rule, FRI_18_DEC_2026, calendar));
    }

    @ParameterizedTest
    @CsvSource({"agenda-publication", "executive-response", "key-decision-notice"})
    void refusesToStopTheClockOnPeriodsThatDoNotRunAfterTheTrigger(String ruleId) {
        assertThatThrownBy(() -> calculator.computeWithPauses(CATALOGUE.require(ruleId), FRI_18_DEC_2026,
                WorkingCalendar.of(Nation.ENGLAND_AND_WALES),
                List.of(new Pause(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ruleId);
    }

    @Test
    void refusesAPauseThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new Pause(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------------------------------------------- limits

    @Test
    void refusesToCountWorkingDaysOutsideTheSupportedYears() {
        assertThatThrownBy(() -> calculator.compute(rule(RuleKind.AFTER, 5, Counting.WORKING),
                LocalDate.of(2199, 12, 30), WorkingCalendar.of(Nation.ENGLAND_AND_WALES)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2199");
    }

    // ---------------------------------------------------------------------------------- the definitions, literally

    /**
     * Checks every result for every trigger from December 2018 to January 2030 against TIMESCALES.md's definitions,
     * read literally and evaluated by brute force with {@link WorkingCalendar#isCountedDay}.
     */
    @ParameterizedTest
    @EnumSource(Nation.class)
    void everyResultSatisfiesTheDefinitionsInTimescales(Nation nation) {
        WorkingCalendar calendar = WorkingCalendar.of(nation);
        for (LocalDate t = LocalDate.of(2018, 12, 1); t.isBefore(LocalDate.of(2030, 1, 31)); t = t.plusDays(1)) {
            for (Counting counting : Counting.values()) {
                for (int n : new int[] {1, 5, 10}) {
                    LocalDate before = calculator.compute(rule(RuleKind.BEFORE, n, counting), t, calendar).due();
                    assertThat(countedStrictlyBetween(before, t, counting, calendar)).as("before %s %d", t, n)
                            .isGreaterThanOrEqualTo(n);
                    assertThat(countedStrictlyBetween(before.plusDays(1), t, counting, calendar))
                            .as("before %s %d is the latest", t, n).isLessThan(n);

                    LocalDate after = calculator.compute(rule(RuleKind.AFTER, n, counting), t, calendar).due();
                    assertThat(calendar.isCountedDay(after, counting)).as("after %s %d", t, n).isTrue();
                    assertThat(countedStrictlyBetween(t, after.plusDays(1), counting, calendar))
                            .as("after %s %d", t, n).isEqualTo(n);

                    LocalDate earliest = calculator.compute(rule(RuleKind.EARLIEST_AFTER, n, counting), t, calendar)
                            .due();
                    assertThat(earliest).as("earliest-after %s %d", t, n).isEqualTo(after.plusDays(1));
                }
            }
        }
    }

    private static int countedStrictlyBetween(LocalDate start, LocalDate end, Counting counting,
            WorkingCalendar calendar) {
        int counted = 0;
        for (LocalDate day = start.plusDays(1); day.isBefore(end); day = day.plusDays(1)) {
            if (calendar.isCountedDay(day, counting)) {
                counted++;
            }
        }
        return counted;
    }
}
