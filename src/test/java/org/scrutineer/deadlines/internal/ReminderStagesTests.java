package org.scrutineer.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.deadlines.Nation;
import org.scrutineer.deadlines.WorkingCalendar;

/** Which reminder applies on a day: the nearest stage whose day has come, and none once the due date passed. */
class ReminderStagesTests {

    private static final WorkingCalendar ENGLAND = WorkingCalendar.of(Nation.ENGLAND_AND_WALES);

    @ParameterizedTest(name = "stages {0}: on {1}, due {2} -> {3}")
    @CsvSource(nullValues = "none", textBlock = """
            # stages, today,     due,        stage
            # Due Wed 6 Jan 2027: 1 working day before is Tue 5 Jan; 5 before is Tue 29 Dec (25, 28 Dec, 1 Jan closed)
            5 1,  2026-12-24, 2027-01-06, none
            5 1,  2026-12-28, 2027-01-06, none
            5 1,  2026-12-29, 2027-01-06, 5
            5 1,  2027-01-01, 2027-01-06, 5
            5 1,  2027-01-04, 2027-01-06, 5
            5 1,  2027-01-05, 2027-01-06, 1
            5 1,  2027-01-06, 2027-01-06, 1
            5 1,  2027-01-07, 2027-01-06, none
            # Registered late: only the nearest stage whose day has come
            5 1,  2027-01-02, 2027-01-06, 5
            # Due Mon 11 Jan 2027: 1 before is Fri 8 Jan, 5 before is Mon 4 Jan
            5 1,  2027-01-03, 2027-01-11, none
            5 1,  2027-01-04, 2027-01-11, 5
            5 1,  2027-01-07, 2027-01-11, 5
            5 1,  2027-01-08, 2027-01-11, 1
            5 1,  2027-01-09, 2027-01-11, 1
            # Due on a Saturday (a months rule does not move it): 1 before is Fri 15 Jan, 5 before Mon 11 Jan
            5 1,  2027-01-10, 2027-01-16, none
            5 1,  2027-01-11, 2027-01-16, 5
            5 1,  2027-01-15, 2027-01-16, 1
            # Easter 2027: Good Friday 26 Mar, Easter Monday 29 Mar; due Tue 30 Mar: 1 before Thu 25, 5 before Fri 19
            5 1,  2027-03-18, 2027-03-30, none
            5 1,  2027-03-19, 2027-03-30, 5
            5 1,  2027-03-24, 2027-03-30, 5
            5 1,  2027-03-25, 2027-03-30, 1
            5 1,  2027-03-29, 2027-03-30, 1
            # A reminder on the due date itself; due 6 Jan 2027, 3 before is Thu 31 Dec, 10 before is Fri 18 Dec
            0,    2027-01-05, 2027-01-06, none
            0,    2027-01-06, 2027-01-06, 0
            10 3 0, 2027-01-06, 2027-01-06, 0
            10 3 0, 2026-12-31, 2027-01-06, 3
            10 3 0, 2026-12-21, 2027-01-06, 10
            10 3 0, 2026-12-18, 2027-01-06, 10
            10 3 0, 2026-12-17, 2027-01-06, none
            # No stages configured: no reminders
            '',   2027-01-05, 2027-01-06, none
            """)
    void remindsWithTheNearestStageWhoseDayHasCome(String stages, LocalDate today, LocalDate due, Integer expected) {
        assertThat(new ReminderStages(parse(stages)).stageOn(today, due, ENGLAND))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{1} working days before {0} is {2}")
    @CsvSource(textBlock = """
            2027-01-06, 0, 2027-01-06
            2027-01-06, 1, 2027-01-05
            2027-01-06, 5, 2026-12-29
            2027-01-04, 1, 2026-12-31
            2027-03-30, 1, 2027-03-25
            """)
    void countsReminderDaysBackOverWeekendsAndBankHolidays(LocalDate due, int n, LocalDate expected) {
        assertThat(ReminderStages.reminderDay(due, n, ENGLAND)).isEqualTo(expected);
    }

    @Test
    void queryWindowsGiveTheSameStageAsTheRule() {
        ReminderStages stages = new ReminderStages(List.of(1, 5, 10));
        for (LocalDate today = LocalDate.of(2026, 12, 1); today.isBefore(LocalDate.of(2027, 5, 1));
                today = today.plusDays(1)) {
            List<ReminderStages.Window> windows = stages.windowsOn(today, ENGLAND);
            for (int offset = -3; offset < 30; offset++) {
                LocalDate due = today.plusDays(offset);
                Optional<Integer> byWindow = Optional.empty();
                for (ReminderStages.Window w : windows) {
                    if (due.isAfter(w.dueAfter()) && !due.isAfter(w.dueBy())) {
                        assertThat(byWindow).as("due %s on %s is in one window only", due, today).isEmpty();
                        byWindow = Optional.of(w.daysBefore());
                    }
                }
                assertThat(byWindow).as("due %s on %s", due, today).isEqualTo(stages.stageOn(today, due, ENGLAND));
            }
        }
    }

    @Test
    void countsWorkingDaysLeftExcludingToday() {
        assertThat(ReminderStages.workingDaysUntil(LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 6), ENGLAND))
                .isEqualTo(5);
        assertThat(ReminderStages.workingDaysUntil(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 6), ENGLAND))
                .isZero();
    }

    private static List<Integer> parse(String stages) {
        return stages == null || stages.isBlank() ? List.of()
                : Arrays.stream(stages.trim().split("\\s+")).map(Integer::valueOf).toList();
    }
}
