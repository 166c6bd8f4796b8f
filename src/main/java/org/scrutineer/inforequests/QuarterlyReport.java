package org.scrutineer.inforequests;

import java.time.LocalDate;

/**
 * One quarter of a standing arrangement: when its report was expected and when it came.
 *
 * @param arrangement the arrangement
 * @param quarterStart the first day of the quarter (1 April, 1 July, 1 October, 1 January)
 * @param expectedOn when the report was expected
 * @param receivedOn when it came (null if not yet)
 * @param missing whether it is past its expected date and has not come (flagged like a missed deadline)
 */
public record QuarterlyReport(StandingArrangement arrangement, LocalDate quarterStart, LocalDate expectedOn,
        LocalDate receivedOn, boolean missing) {

    /** "Q2 2026/27": quarters of the municipal year from April. */
    public String quarterLabel() {
        int month = quarterStart.getMonthValue();
        int q = month >= 4 ? (month - 4) / 3 + 1 : 4;
        int start = month >= 4 ? quarterStart.getYear() : quarterStart.getYear() - 1;
        return "Q" + q + " " + start + "/" + String.format("%02d", (start + 1) % 100);
    }

    /** Whether it came after its expected date. */
    public boolean late() {
        return receivedOn != null && receivedOn.isAfter(expectedOn);
    }
}
