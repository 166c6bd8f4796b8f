package org.scrutineer.recommendations;

import java.time.LocalDate;

/** The executive's response to a report was approved and so given; late when after the due date. */
public record ExecutiveResponseGiven(ReportId reportId, String reference, LocalDate givenOn, int daysLate) {
}
