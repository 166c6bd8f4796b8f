package org.scrutineer.meetings.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date as the GOV.UK date input takes it: day, month and year typed in three boxes, kept as typed so that a form
 * shown again with its errors gives back exactly what the person entered.
 */
public class DateParts {

    private String day;
    private String month;
    private String year;

    /** The parts of a date, or empty parts for none. */
    public static DateParts of(LocalDate date) {
        DateParts p = new DateParts();
        if (date != null) {
            p.day = Integer.toString(date.getDayOfMonth());
            p.month = Integer.toString(date.getMonthValue());
            p.year = Integer.toString(date.getYear());
        }
        return p;
    }

    /** Whether nothing was typed in any of the three boxes. */
    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date typed, or null when nothing was typed or it is not a real date. */
    public LocalDate toDate() {
        if (isBlank()) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (year.strip().length() != 4) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            return null;
        }
    }

    /** Whether something was typed that is not a real date (a missing part, 31 February, a two-digit year). */
    public boolean isInvalid() {
        return !isBlank() && toDate() == null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
}
