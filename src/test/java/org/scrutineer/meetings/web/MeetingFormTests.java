package org.scrutineer.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingFormTests {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
            "18:30, 18:30",
            "18.30, 18:30",
            "1830, 18:30",
            "09:05, 09:05",
            "9:05, 09:05",
            "6:30pm, 18:30",
            "6.30 PM, 18:30",
            "6pm, 18:00",
            "10am, 10:00",
            "12pm, 12:00",
            "12am, 00:00",
            "12:15am, 00:15",
            "00:00, 00:00",
            "23:59, 23:59",
    })
    void readsATimeAsPeopleTypeIt(String typed, String time) {
        assertThat(MeetingForm.time(typed)).hasToString(time);
    }

    @ParameterizedTest(name = "''{0}'' is not a time")
    @CsvSource({"18", "6", "24:00", "18:60", "13pm", "0am", "half six", "18:3", "'  '", "18:30:00"})
    void readsNoTimeFromSomethingElse(String typed) {
        assertThat(MeetingForm.time(typed)).isNull();
    }

    @ParameterizedTest(name = "{0}/{1}/{2} is {3}")
    @CsvSource({
            "12, 11, 2026, 2026-11-12",
            "1, 1, 2027, 2027-01-01",
            "' 29 ', 2, 2028, 2028-02-29",
    })
    void readsARealDate(String day, String month, String year, LocalDate date) {
        DateParts parts = parts(day, month, year);
        assertThat(parts.toDate()).isEqualTo(date);
        assertThat(parts.isInvalid()).isFalse();
    }

    @ParameterizedTest(name = "{0}/{1}/{2} is not a real date")
    @CsvSource({
            "31, 2, 2027",
            "29, 2, 2027",
            "12, 13, 2026",
            "12, 11, 26",
            "12, 11, ",
            ", 11, 2026",
            "twelve, 11, 2026",
    })
    void tellsADateThatDoesNotExistFromNoDate(String day, String month, String year) {
        DateParts parts = parts(day, month, year);
        assertThat(parts.toDate()).isNull();
        assertThat(parts.isInvalid()).isTrue();
        assertThat(parts(null, " ", "").isInvalid()).isFalse();
        assertThat(parts(null, " ", "").toDate()).isNull();
    }

    private static DateParts parts(String day, String month, String year) {
        DateParts p = new DateParts();
        p.setDay(day);
        p.setMonth(month);
        p.setYear(year);
        return p;
    }
}
