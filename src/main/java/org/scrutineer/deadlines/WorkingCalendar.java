package org.scrutineer.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.scrutineer.deadlines.internal.DayMask;
import org.scrutineer.deadlines.internal.HolidayCalendar;

/**
 * The days a council counts: its nation's bank holidays (GOV.UK's lists for 2019–2028, rules otherwise) with the
 * council's {@link CalendarAdjustments} applied. Under {@link Counting#WORKING working} counting a day counts if it
 * is Monday to Friday, not a bank holiday and not a closure day; under {@link Counting#CALENDAR calendar} counting
 * every day counts.
 * <p>
 * Immutable and thread-safe. Build one per council and keep it: it remembers which days are working days, so
 * counting is fast. Days from {@value HolidayCalendar#MIN_YEAR} to {@value HolidayCalendar#MAX_YEAR} are supported.
 */
public final class WorkingCalendar {

    private static final LocalDate FIRST_DAY = LocalDate.of(HolidayCalendar.MIN_YEAR, 1, 1);
    private static final LocalDate END_DAY = LocalDate.of(HolidayCalendar.MAX_YEAR + 1, 1, 1);

    private static final class Defaults {
        static final Map<Nation, WorkingCalendar> BY_NATION = new EnumMap<>(Nation.class);

        static {
            for (Nation nation : Nation.values()) {
                BY_NATION.put(nation, new WorkingCalendar(nation, CalendarAdjustments.NONE));
            }
        }
    }

    private final Nation nation;
    private final CalendarAdjustments adjustments;
    private final HolidayCalendar holidays;
    private final DayMask nonWorkingDays;

    private WorkingCalendar(Nation nation, CalendarAdjustments adjustments) {
        this.nation = Objects.requireNonNull(nation, "nation");
        this.adjustments = Objects.requireNonNull(adjustments, "adjustments");
        this.holidays = HolidayCalendar.of(nation);
        this.nonWorkingDays = new DayMask(FIRST_DAY, END_DAY, day -> !isWorkingDayUncached(day));
    }

    /**
     * The calendar of a nation with no closures or changes; shared, so its remembered days serve every caller.
     *
     * @param nation the nation
     * @return its calendar
     */
    public static WorkingCalendar of(Nation nation) {
        return Defaults.BY_NATION.get(Objects.requireNonNull(nation, "nation"));
    }

    /**
     * The calendar of a council: its nation's bank holidays with its adjustments.
     *
     * @param nation      the council's nation
     * @param adjustments its closure days and bank holiday corrections
     * @return the calendar
     */
    public static WorkingCalendar of(Nation nation, CalendarAdjustments adjustments) {
        if (CalendarAdjustments.NONE.equals(adjustments)) {
            return of(nation);
        }
        return new WorkingCalendar(nation, adjustments);
    }

    /**
     * The nation whose bank holidays apply.
     *
     * @return the nation
     */
    public Nation nation() {
        return nation;
    }

    /**
     * The council's adjustments.
     *
     * @return the adjustments (possibly {@link CalendarAdjustments#NONE})
     */
    public CalendarAdjustments adjustments() {
        return adjustments;
    }

    /**
     * Whether a day counts.
     *
     * @param date     the day
     * @param counting working or calendar
     * @return always true for calendar counting; for working counting, true on a weekday that is neither a bank
     *         holiday nor a closure day
     * @throws IllegalArgumentException for working counting outside the supported years
     */
    public boolean isCountedDay(LocalDate date, Counting counting) {
        Objects.requireNonNull(counting, "counting (months rules count no days)");
        return counting == Counting.CALENDAR || isWorkingDay(date);
    }

    /**
     * Whether a day is a working day: Monday to Friday, not a bank holiday, not a closure day.
     *
     * @param date the day
     * @return true if it is
     * @throws IllegalArgumentException outside the supported years
     */
    public boolean isWorkingDay(LocalDate date) {
        return !nonWorkingDays.contains(date.toEpochDay());
    }

    /**
     * Why a day is not a working day: "Saturday" or "Sunday", the bank holiday (for example
     * "Christmas Day (bank holiday)"), or "Council closure: " and the reason. A weekend is named before a bank
     * holiday, and a bank holiday before a closure.
     *
     * @param date the day
     * @return the reason, or empty for a working day
     * @throws IllegalArgumentException outside the supported years
     */
    public Optional<String> whyNotCounted(LocalDate date) {
        if (isWorkingDay(date)) {
            return Optional.empty();
        }
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY) {
            return Optional.of("Saturday");
        }
        if (day == DayOfWeek.SUNDAY) {
            return Optional.of("Sunday");
        }
        return Optional.of(weekdayReason(date));
    }

    /**
     * Whether a day is a bank holiday here, after the council's additions and removals.
     *
     * @param date the day
     * @return true if it is
     */
    public boolean isBankHoliday(LocalDate date) {
        return adjustments.addedBankHolidays().containsKey(date)
                || (!adjustments.removedBankHolidays().contains(date) && holidays.isBankHoliday(date));
    }

    /**
     * The name of the bank holiday on a day, after the council's additions and removals.
     *
     * @param date the day
     * @return for example "Boxing Day (substitute day)", or empty
     */
    public Optional<String> bankHolidayName(LocalDate date) {
        String added = adjustments.addedBankHolidays().get(date);
        if (added != null) {
            return Optional.of(added);
        }
        if (adjustments.removedBankHolidays().contains(date)) {
            return Optional.empty();
        }
        return holidays.bankHolidayName(date);
    }

    /** The fast path for counting: whether the day, as an epoch day, is a working day. */
    boolean isWorkingEpochDay(long epochDay) {
        return !nonWorkingDays.contains(epochDay);
    }

    /** Why a weekday that is not a working day is closed: its bank holiday or closure. */
    String weekdayReason(LocalDate date) {
        String added = adjustments.addedBankHolidays().get(date);
        if (added != null) {
            return added + " (bank holiday)";
        }
        if (!adjustments.removedBankHolidays().contains(date)) {
            var holiday = holidays.bankHoliday(date);
            if (holiday.isPresent()) {
                return holiday.get().reason();
            }
        }
        String closure = adjustments.closures().get(date);
        return closure != null ? "Council closure: " + closure : "Not a working day";
    }

    private boolean isWorkingDayUncached(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !isBankHoliday(date)
                && !adjustments.closures().containsKey(date);
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + nation.code() + ", " + adjustments.closures().size() + " closures, "
                + adjustments.addedBankHolidays().size() + " added and "
                + adjustments.removedBankHolidays().size() + " removed bank holidays]";
    }
}
