package org.scrutineer.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which days a council counts, and why the others do not.
 */
class WorkingCalendarTests {

    private static final CalendarAdjustments ADJUSTED = CalendarAdjustments.NONE
            .withClosure(LocalDate.of(2026, 12, 24), "Christmas Eve closure")
            .withAddedBankHoliday(LocalDate.of(2027, 6, 14), "Proclaimed bank holiday")
            .withRemovedBankHoliday(LocalDate.of(2027, 8, 30));

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            england-and-wales | 2026-12-19 | Saturday
            england-and-wales | 2026-12-20 | Sunday
            england-and-wales | 2026-12-25 | Christmas Day (bank holiday)
            england-and-wales | 2026-12-26 | Saturday
            england-and-wales | 2026-12-28 | Boxing Day (bank holiday, substitute day)
            england-and-wales | 2026-12-24 | Council closure: Christmas Eve closure
            england-and-wales | 2026-12-23 | -
            england-and-wales | 2027-06-14 | Proclaimed bank holiday (bank holiday)
            england-and-wales | 2027-08-30 | -
            scotland          | 2027-08-30 | -
            scotland          | 2027-01-04 | 2nd January (bank holiday, substitute day)
            england-and-wales | 2027-01-04 | -
            northern-ireland  | 2027-07-12 | Battle of the Boyne (Orangemen’s Day) (bank holiday)
            england-and-wales | 2029-04-02 | Easter Monday (bank holiday)
            """)
    void explainsWhyADayIsNotAWorkingDay(String nation, LocalDate date, String reason) {
        WorkingCalendar calendar = WorkingCalendar.of(Nation.fromCode(nation), ADJUSTED);

        if (reason == null) {
            assertThat(calendar.whyNotCounted(date)).isEmpty();
            assertThat(calendar.isCountedDay(date, Counting.WORKING)).isTrue();
        }
        else {
            assertThat(calendar.whyNotCounted(date)).contains(reason);
            assertThat(calendar.isCountedDay(date, Counting.WORKING)).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource({"2026-12-19", "2026-12-25", "2026-12-24", "2027-06-14", "2026-12-23"})
    void countsEveryDayUnderCalendarCounting(LocalDate date) {
        assertThat(WorkingCalendar.of(Nation.ENGLAND_AND_WALES, ADJUSTED).isCountedDay(date, Counting.CALENDAR))
                .isTrue();
    }

    @Test
    void namesBankHolidaysAfterTheCouncilsChanges() {
        WorkingCalendar calendar = WorkingCalendar.of(Nation.ENGLAND_AND_WALES, ADJUSTED);

        assertThat(calendar.bankHolidayName(LocalDate.of(2026, 12, 28))).contains("Boxing Day (substitute day)");
        assertThat(calendar.bankHolidayName(LocalDate.of(2027, 6, 14))).contains("Proclaimed bank holiday");
        assertThat(calendar.bankHolidayName(LocalDate.of(2027, 8, 30))).isEmpty();
        assertThat(calendar.isBankHoliday(LocalDate.of(2026, 12, 24))).as("a closure is not a bank holiday").isFalse();
    }

    @Test
    void anAddedHolidayRenamesAListedOne() {
        WorkingCalendar calendar = WorkingCalendar.of(Nation.ENGLAND_AND_WALES,
                CalendarAdjustments.NONE.withAddedBankHoliday(LocalDate.of(2026, 12, 25), "Christmas"));

        assertThat(calendar.whyNotCounted(LocalDate.of(2026, 12, 25))).contains("Christmas (bank holiday)");
    }

    @Test
    void sharesOneCalendarPerNationWithoutAdjustments() {
        assertThat(WorkingCalendar.of(Nation.SCOTLAND, CalendarAdjustments.NONE))
                .isSameAs(WorkingCalendar.of(Nation.SCOTLAND));
    }

    @Test
    void refusesWorkingDayQuestionsOutsideTheSupportedYears() {
        assertThatThrownBy(() -> WorkingCalendar.of(Nation.ENGLAND_AND_WALES).isWorkingDay(LocalDate.of(1969, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1969-12-31");
    }

    @Test
    void refusesADayBothAddedAndRemoved() {
        LocalDate day = LocalDate.of(2027, 6, 14);

        assertThatThrownBy(() -> new CalendarAdjustments(Map.of(), Map.of(day, "Proclaimed"), Set.of(day)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2027-06-14");
    }

    @Test
    void laterAdjustmentOfTheSameDayWins() {
        LocalDate day = LocalDate.of(2027, 6, 14);

        CalendarAdjustments removedThenAdded = CalendarAdjustments.NONE.withRemovedBankHoliday(day)
                .withAddedBankHoliday(day, "Proclaimed");

        assertThat(removedThenAdded.removedBankHolidays()).isEmpty();
        assertThat(removedThenAdded.addedBankHolidays()).containsEntry(day, "Proclaimed");
    }

    @Test
    void refusesAClosureWithoutAReason() {
        assertThatThrownBy(() -> CalendarAdjustments.NONE.withClosure(LocalDate.of(2026, 12, 24), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adjustmentsCannotBeChangedAfterTheFact() {
        assertThatThrownBy(() -> ADJUSTED.closures().put(LocalDate.of(2026, 12, 31), "Sneaky"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
