package org.scrutineer.attendance.web;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.scrutineer.attendance.AttendanceFigures;

/**
 * The attendance figures as CSV (RFC 4180): one section per table, each with its own header row, so that a
 * spreadsheet shows the period, the requests by kind, the people, the junior-only items and the chief executive.
 */
final class FiguresCsv {

    private FiguresCsv() {
    }

    static String of(AttendanceFigures f) {
        StringBuilder csv = new StringBuilder();
        row(csv, "Committee", "From", "To", "Meetings (not cancelled)");
        row(csv, f.committee() == null ? "All committees" : f.committee().name(), f.from(), f.to(), f.meetings());
        csv.append("\r\n");
        row(csv, "Kind", "Made", "Confirmed", "Confirmed (%)", "Declined", "Declined (%)", "Substituted",
                "Substituted (%)", "Officers nominated instead", "Awaiting", "Short notice");
        tally(csv, "Requirements to attend", f.requirements());
        tally(csv, "Invitations to attend", f.invitations());
        csv.append("\r\n");
        row(csv, "Person", "Capacity", "Asked", "Attended", "Declined", "Sent someone else");
        f.people().forEach(p -> row(csv, p.person().name(), p.capacity().label(), p.asked(), p.attended(),
                p.declined(), p.sentSubstitute()));
        csv.append("\r\n");
        row(csv, "Item attended only by junior staff", "Committee", "Meeting");
        f.juniorOnlyItems().forEach(i -> row(csv, i.itemTitle(), i.committeeName(), i.meetingDate()));
        csv.append("\r\n");
        row(csv, "Municipal year", "Chief executive's scrutiny meetings attended", "Scrutiny meetings so far",
                "Flagged (none attended)");
        var ce = f.chiefExecutive();
        row(csv, ce.yearLabel(), ce.meetingsAttended(), ce.scrutinyMeetings(), ce.flagged() ? "Yes" : "No");
        return csv.toString();
    }

    private static void tally(StringBuilder csv, String kind, AttendanceFigures.Tally t) {
        row(csv, kind, t.made(), t.confirmed(), t.confirmedPercent(), t.declined(), t.declinedPercent(),
                t.substituted(), t.substitutedPercent(), t.nominated(), t.awaiting(), t.shortNotice());
    }

    private static void row(StringBuilder csv, Object... cells) {
        csv.append(Stream.of(cells).map(FiguresCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /**
     * One cell: empty for no value, quoted when it holds a comma, quote or line break, and text a spreadsheet would
     * take for a formula prefixed with an apostrophe.
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
