package org.scrutineer.deadlines;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A council's changes to its nation's calendar: its own closure days, and an administrator's corrections to the
 * bank holiday list (a day added by a new proclamation, or a listed day removed). Immutable; the {@code with…}
 * methods return a new value.
 *
 * @param closures             council closure days and why, for example "Office move"; not bank holidays
 * @param addedBankHolidays    bank holidays added by an administrator, with their names
 * @param removedBankHolidays  days an administrator removed from the nation's bank holiday list
 */
public record CalendarAdjustments(
        Map<LocalDate, String> closures,
        Map<LocalDate, String> addedBankHolidays,
        Set<LocalDate> removedBankHolidays) {

    /** No closures and no changes to the nation's bank holidays. */
    public static final CalendarAdjustments NONE = new CalendarAdjustments(Map.of(), Map.of(), Set.of());

    /**
     * Validates and copies the adjustments.
     *
     * @param closures            closure days and their reasons
     * @param addedBankHolidays   added bank holidays and their names
     * @param removedBankHolidays removed bank holidays
     * @throws IllegalArgumentException if a reason or name is blank, or a day is both added and removed
     * @throws NullPointerException if a collection, date, reason or name is null
     */
    public CalendarAdjustments {
        closures = Map.copyOf(Objects.requireNonNull(closures, "closures"));
        addedBankHolidays = Map.copyOf(Objects.requireNonNull(addedBankHolidays, "addedBankHolidays"));
        removedBankHolidays = Set.copyOf(Objects.requireNonNull(removedBankHolidays, "removedBankHolidays"));
        for (Map.Entry<LocalDate, String> closure : closures.entrySet()) {
            if (closure.getValue().isBlank()) {
                throw new IllegalArgumentException("Closure on " + closure.getKey() + " needs a reason");
            }
        }
        for (Map.Entry<LocalDate, String> added : addedBankHolidays.entrySet()) {
            if (added.getValue().isBlank()) {
                throw new IllegalArgumentException("Added bank holiday on " + added.getKey() + " needs a name");
            }
            if (removedBankHolidays.contains(added.getKey())) {
                throw new IllegalArgumentException(
                        added.getKey() + " cannot be both added to and removed from the bank holidays");
            }
        }
    }

    /**
     * These adjustments plus a closure day.
     *
     * @param date   the day the council is closed
     * @param reason why, for example "Office move"
     * @return a new value
     */
    public CalendarAdjustments withClosure(LocalDate date, String reason) {
        Map<LocalDate, String> copy = new HashMap<>(closures);
        copy.put(date, reason);
        return new CalendarAdjustments(copy, addedBankHolidays, removedBankHolidays);
    }

    /**
     * These adjustments plus a bank holiday the nation's list lacks (for example a newly proclaimed day).
     *
     * @param date the bank holiday
     * @param name its name, for example "Bank holiday for the coronation of King Charles III"
     * @return a new value
     */
    public CalendarAdjustments withAddedBankHoliday(LocalDate date, String name) {
        Map<LocalDate, String> copy = new HashMap<>(addedBankHolidays);
        copy.put(date, name);
        Set<LocalDate> removed = new HashSet<>(removedBankHolidays);
        removed.remove(date);
        return new CalendarAdjustments(closures, copy, removed);
    }

    /**
     * These adjustments with one of the nation's listed bank holidays removed (it becomes an ordinary day).
     *
     * @param date the listed bank holiday to remove
     * @return a new value
     */
    public CalendarAdjustments withRemovedBankHoliday(LocalDate date) {
        Set<LocalDate> removed = new HashSet<>(removedBankHolidays);
        removed.add(date);
        Map<LocalDate, String> added = new HashMap<>(addedBankHolidays);
        added.remove(date);
        return new CalendarAdjustments(closures, added, removed);
    }
}
