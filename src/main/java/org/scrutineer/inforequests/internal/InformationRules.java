package org.scrutineer.inforequests.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scrutineer.inforequests.Outcome;
import org.scrutineer.inforequests.QuarterlyReport;
import org.scrutineer.inforequests.RequestDetails;
import org.scrutineer.inforequests.ResponseDetails;
import org.scrutineer.inforequests.StandingArrangement;
import org.scrutineer.platform.FieldProblem;

/** The rules for information requests and standing arrangements, as pure functions for tables of cases. */
public final class InformationRules {

    static final int MAX_TEXT = 20_000;

    private InformationRules() {
    }

    /** Problems with a new request (the people and committee are checked against the directory by the facade). */
    public static List<FieldProblem> request(RequestDetails d, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        if (d.committeeId() == null) {
            p.add(new FieldProblem("committeeId", "Select the committee the request is made for"));
        }
        if (d.requestedById() == null) {
            p.add(new FieldProblem("requestedById", "Select the councillor making the request"));
        }
        if (d.requestedAs() == null) {
            p.add(new FieldProblem("requestedAs", "Select whether the committee, its chair or a member is asking"));
        }
        if (blank(d.relatesTo())) {
            p.add(new FieldProblem("relatesTo", "Enter the item or review the request relates to"));
        }
        if (blank(d.what())) {
            p.add(new FieldProblem("what", "Enter the information or documents asked for"));
        }
        if (blank(d.why())) {
            p.add(new FieldProblem("why", "Enter why the information is needed"));
        }
        if (d.responsibleOfficerId() == null) {
            p.add(new FieldProblem("responsibleOfficerId", "Select the officer asked to provide the information"));
        }
        if (d.receivedOn() == null) {
            p.add(new FieldProblem("receivedOn", "Enter the date the executive received the request"));
        } else if (d.receivedOn().isAfter(today)) {
            p.add(new FieldProblem("receivedOn", "The date the executive received the request cannot be in the future"));
        } else if (d.receivedOn().getYear() < 2000) {
            p.add(new FieldProblem("receivedOn", "Enter a date from 2000 onwards"));
        }
        tooLong(p, "relatesTo", d.relatesTo(), 500);
        tooLong(p, "what", d.what(), MAX_TEXT);
        tooLong(p, "why", d.why(), MAX_TEXT);
        return p;
    }

    /**
     * Problems with the executive's answer: a refusal, or provision of only part, needs the reg 17 ground and a
     * written statement of reasons; provision needs a covering note; the date lies between receipt and today.
     */
    public static List<FieldProblem> response(ResponseDetails d, LocalDate receivedOn, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        if (d.outcome() == null) {
            p.add(new FieldProblem("outcome", "Select whether the information is provided, partly provided or refused"));
        } else if (d.outcome() == Outcome.REFUSED || d.outcome() == Outcome.PARTLY_PROVIDED) {
            if (d.refusalGround() == null) {
                p.add(new FieldProblem("refusalGround", "Select the ground in regulation 17 for withholding the information"));
            }
            if (blank(d.refusalReasons())) {
                p.add(new FieldProblem("refusalReasons", d.outcome() == Outcome.REFUSED
                        ? "Enter the written statement of reasons for refusing (SI 2012/2089 reg 17)"
                        : "Enter the written statement of reasons for withholding part of the information (SI 2012/2089 reg 17)"));
            }
        }
        if (d.outcome() != null && d.outcome() != Outcome.REFUSED && blank(d.response())) {
            p.add(new FieldProblem("response", "Enter a covering note saying what is provided"));
        }
        if (d.respondedOn() == null) {
            p.add(new FieldProblem("respondedOn", "Enter the date the response was sent"));
        } else if (d.respondedOn().isAfter(today)) {
            p.add(new FieldProblem("respondedOn", "The date of the response cannot be in the future"));
        } else if (d.respondedOn().isBefore(receivedOn)) {
            p.add(new FieldProblem("respondedOn", "The response cannot be before the request was received (" + receivedOn + ")"));
        }
        tooLong(p, "response", d.response(), MAX_TEXT);
        tooLong(p, "refusalReasons", d.refusalReasons(), MAX_TEXT);
        return p;
    }

    /** The first day of the quarter (April, July, October, January) holding a day. */
    public static LocalDate quarterStart(LocalDate day) {
        int month = day.getMonthValue();
        int first = ((month - 1) / 3) * 3 + 1;
        return LocalDate.of(day.getYear(), first, 1);
    }

    /** When a quarter's report is expected: a number of days after the quarter's last day. */
    public static LocalDate expectedOn(LocalDate quarterStart, int daysAfterQuarter) {
        return quarterStart.plusMonths(3).minusDays(1).plusDays(daysAfterQuarter);
    }

    /**
     * The quarters of an arrangement whose reports were due by today or fall due in the current quarter, newest
     * first, at most {@code limit}: each with its expected date, receipt and whether it is missing.
     */
    public static List<QuarterlyReport> quarters(StandingArrangement a, Map<LocalDate, LocalDate> receipts,
            LocalDate today, int limit) {
        List<QuarterlyReport> list = new ArrayList<>();
        LocalDate q = quarterStart(today).minusMonths(3);
        LocalDate first = quarterStart(a.startsOn());
        while (!q.isBefore(first) && list.size() < limit) {
            boolean covered = a.endsOn() == null || !q.isAfter(a.endsOn());
            if (covered) {
                LocalDate expected = expectedOn(q, a.daysAfterQuarter());
                LocalDate received = receipts.get(q);
                list.add(new QuarterlyReport(a, q, expected, received, received == null && today.isAfter(expected)));
            }
            q = q.minusMonths(3);
        }
        return list;
    }

    /** The municipal year prefix of a reference: IR(26/27) for a day from 1 April 2026 to 31 March 2027. */
    public static String referencePrefix(LocalDate receivedOn) {
        int start = receivedOn.getMonthValue() >= Month.APRIL.getValue() ? receivedOn.getYear() : receivedOn.getYear() - 1;
        return "IR(%02d/%02d)".formatted(start % 100, (start + 1) % 100);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void tooLong(List<FieldProblem> p, String field, String value, int max) {
        if (value != null && value.length() > max) {
            p.add(new FieldProblem(field, "This must be " + max + " characters or fewer"));
        }
    }
}
