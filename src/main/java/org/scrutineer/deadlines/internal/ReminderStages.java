package org.scrutineer.deadlines.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.scrutineer.deadlines.WorkingCalendar;

/**
 * Which reminder is due for a deadline on a day.
 * <p>
 * The reminder "N working days before" falls on the N-th working day before the due date (counting back, the due
 * date itself not counted); "0 working days before" falls on the due date. On a day, the stage that applies is the
 * <em>nearest</em> one whose day has come: the smallest N whose reminder day is on or before today. Earlier
 * stages whose day has also passed are never sent, so a deadline registered two working days before it is due
 * gets one reminder (the 5-day one, saying it is due in two working days), then the 1-day one on its day, and a
 * node that was down for a week sends only the reminder that is current when it comes back. Once the due date
 * has passed, no reminder applies: the escalation does.
 * <p>
 * The same rule as date ranges, for an indexed query: stage N applies to the deadlines due after the
 * (previous stage)-th working day after today and no later than the N-th working day after today.
 */
final class ReminderStages {

    private final List<Integer> daysBefore;

    /**
     * @param daysBefore the configured stages, in working days before the due date
     */
    public ReminderStages(List<Integer> daysBefore) {
        this.daysBefore = List.copyOf(new TreeSet<>(daysBefore));
    }

    /** The stages, nearest (smallest) first. */
    public List<Integer> daysBefore() {
        return daysBefore;
    }

    /**
     * The reminder that applies on a day.
     *
     * @param today the day of the scan
     * @param due the deadline's due date
     * @param calendar the council's working calendar
     * @return the stage (working days before), or empty when it is too early for any or the due date has passed
     */
    public Optional<Integer> stageOn(LocalDate today, LocalDate due, WorkingCalendar calendar) {
        if (today.isAfter(due)) {
            return Optional.empty();
        }
        for (int n : daysBefore) {
            if (!reminderDay(due, n, calendar).isAfter(today)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /**
     * The day the reminder N working days before a due date falls on.
     *
     * @param due the due date
     * @param n working days before
     * @param calendar the council's working calendar
     * @return the N-th working day before {@code due}; {@code due} itself for 0
     */
    public static LocalDate reminderDay(LocalDate due, int n, WorkingCalendar calendar) {
        LocalDate day = due;
        for (int counted = 0; counted < n; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The N-th working day after a day ({@code day} itself for 0).
     *
     * @param day the day
     * @param n how many working days on
     * @param calendar the council's working calendar
     * @return the day
     */
    public static LocalDate workingDaysAfter(LocalDate day, int n, WorkingCalendar calendar) {
        LocalDate result = day;
        for (int counted = 0; counted < n; ) {
            result = result.plusDays(1);
            if (calendar.isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }

    /**
     * For one stage, the due dates it applies to today: after {@code dueAfter}, up to and including
     * {@code dueBy}.
     */
    public record Window(int daysBefore, LocalDate dueAfter, LocalDate dueBy) {
    }

    /**
     * The due-date windows of every stage on a day, nearest stage first; together they cover the deadlines due
     * from today to the last stage's window, each due date in exactly one window.
     *
     * @param today the day of the scan
     * @param calendar the council's working calendar
     * @return the windows
     */
    public List<Window> windowsOn(LocalDate today, WorkingCalendar calendar) {
        List<Window> windows = new ArrayList<>();
        LocalDate after = today.minusDays(1);
        for (int n : daysBefore) {
            LocalDate by = workingDaysAfter(today, n, calendar);
            windows.add(new Window(n, after, by));
            after = by;
        }
        return windows;
    }

    /**
     * Working days from the day after {@code today} to {@code due}, both included: "due in N working days".
     *
     * @param today today
     * @param due the due date, not before today
     * @param calendar the council's working calendar
     * @return the count (0 when due today)
     */
    public static int workingDaysUntil(LocalDate today, LocalDate due, WorkingCalendar calendar) {
        int count = 0;
        for (LocalDate d = today.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
