package org.scrutineer.inforequests.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the pages' messages write them. */
final class RequestFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private RequestFormats() {
    }

    /** "12 November 2026"; an empty string for no date. */
    static String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }
}
