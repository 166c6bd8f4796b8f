package org.scrutineer.deadlines.internal;

import java.time.LocalDate;

/**
 * Dates as people in a council read them: "Wed 6 Jan 2027". Written out by hand because the JDK's en-GB month
 * abbreviations vary between versions ("Sep" or "Sept"), and explanations must not change with the JDK.
 */
public final class DateText {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};
    private static final String[] FULL_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private DateText() {
    }

    /**
     * Formats a date as "Wed 6 Jan 2027".
     *
     * @param date the date
     * @return the text
     */
    public static String format(LocalDate date) {
        return append(new StringBuilder(16), date).toString();
    }

    /**
     * Appends a date as "Wed 6 Jan 2027".
     *
     * @param out  where to write
     * @param date the date
     * @return {@code out}
     */
    public static StringBuilder append(StringBuilder out, LocalDate date) {
        return out.append(DAYS[date.getDayOfWeek().ordinal()]).append(' ')
                .append(date.getDayOfMonth()).append(' ')
                .append(MONTHS[date.getMonthValue() - 1]).append(' ')
                .append(date.getYear());
    }

    /**
     * The month and year, as "February 2027".
     *
     * @param date any day of the month
     * @return the text
     */
    public static String monthAndYear(LocalDate date) {
        return FULL_MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /**
     * An ordinal number: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st.
     *
     * @param n a positive number
     * @return the ordinal
     */
    public static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }
}
