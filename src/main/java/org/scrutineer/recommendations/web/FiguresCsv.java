package org.scrutineer.recommendations.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.scrutineer.recommendations.CommitteeFigures;

/** The figures as CSV (RFC 4180), one row per committee and year and one council-wide row per year. */
final class FiguresCsv {

    static final String HEADER = "Municipal year,Committee,Reports agreed,Recommendations made,Responses due,"
            + "Responses on time,Responses on time (%),Responses given,Median days from notice to response,"
            + "Recommendations decided,Accepted or partially accepted,Acceptance rate (%),"
            + "Signed off as implemented,Implementation rate (%),Overdue responses now,Slipped actions now";

    private FiguresCsv() {
    }

    static String of(List<CommitteeFigures> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (CommitteeFigures f : rows) {
            csv.append(Stream.of(f.municipalYearLabel(), f.name(), f.reportsAgreed(), f.recommendationsMade(),
                    f.responsesDue(), f.responsesOnTime(), f.onTimePercent(), f.responsesGiven(),
                    f.medianDaysToRespond(), f.decided(), f.accepted(), f.acceptancePercent(), f.implemented(),
                    f.implementationPercent(), f.overdueResponses(), f.slippedActions())
                    .map(FiguresCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    /**
     * One cell: empty for no value, quoted when it holds a comma, quote or line break, and text that a spreadsheet
     * would take for a formula is prefixed with an apostrophe.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : value.toString();
        if (value instanceof String && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
