package org.scrutineer.deadlines.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.scrutineer.deadlines.Protocol;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.deadlines.internal.ReminderMail.Letter;

/**
 * The words of reminder and escalation e-mails: plain text, with the rule, its citation, how the date was worked
 * out, and a link to where the work is done.
 */
final class ReminderLetters {

    /** Why a person gets an escalation. */
    enum Reason {
        RESPONSIBLE("you are responsible for this deadline"),
        SCRUTINY_OFFICER("you support the scrutiny function, and the scrutiny officers are told of every missed "
                + "deadline");

        private final String text;

        Reason(String text) {
            this.text = text;
        }
    }

    private final String baseUrl;
    private final List<Integer> reminderDays;

    ReminderLetters(String baseUrl, List<Integer> reminderDays) {
        this.baseUrl = baseUrl;
        this.reminderDays = reminderDays;
    }

    /** The link to a deadline: the page where the work is done, or its page in the deadlines list. */
    String link(TrackedDeadline d) {
        return baseUrl + d.pagePath();
    }

    Letter reminder(String name, TrackedDeadline d, String ruleDescription, int workingDaysLeft) {
        String due = DateText.format(d.due());
        String when = workingDaysLeft == 0 ? "today" : "in " + workingDaysLeft
                + (workingDaysLeft == 1 ? " working day" : " working days");
        StringBuilder body = new StringBuilder()
                .append("Dear ").append(name).append(",\n\n")
                .append(d.title()).append(" is due on ").append(due).append(closing(d)).append(", ").append(when)
                .append(".\n\n");
        rule(body, d, ruleDescription);
        body.append("Open it in Scrutineer: ").append(link(d)).append("\n\n")
                .append("You get this reminder because you are responsible for this deadline. Reminders go ")
                .append(days()).append(" before a due date; if it is missed, the scrutiny officers are told.\n");
        return new Letter("Reminder: " + d.title() + " is due " + due, body.toString());
    }

    Letter escalation(String name, TrackedDeadline d, String ruleDescription, LocalDate today, Reason reason) {
        String due = DateText.format(d.due());
        long late = d.daysLate(today);
        StringBuilder body = new StringBuilder()
                .append("Dear ").append(name).append(",\n\n")
                .append(d.title()).append(" was due on ").append(due).append(closing(d))
                .append(" and is not recorded as done: it is ").append(late).append(late == 1 ? " day" : " days")
                .append(" overdue.\n\n");
        rule(body, d, ruleDescription);
        body.append("Open it in Scrutineer: ").append(link(d)).append("\n\n")
                .append("You get this because ").append(reason.text)
                .append(". The people responsible and the scrutiny officers each get this notice once.\n");
        return new Letter("Overdue: " + d.title() + " was due " + due, body.toString());
    }

    Letter protocolReview(String name, Protocol p, LocalDate today) {
        String on = DateText.format(p.nextReviewOn());
        boolean overdue = today.isAfter(p.nextReviewOn());
        StringBuilder body = new StringBuilder()
                .append("Dear ").append(name).append(",\n\n")
                .append("The council's executive–scrutiny protocol (").append(p.title()).append(") ")
                .append(overdue ? "was due for review on " : "is due for review today, ").append(on).append(".\n");
        if (p.lastReviewedOn() != null) {
            body.append("It was last reviewed on ").append(DateText.format(p.lastReviewedOn())).append(".\n");
        } else if (p.adoptedOn() != null) {
            body.append("No review is recorded since it was adopted on ").append(DateText.format(p.adoptedOn()))
                    .append(".\n");
        }
        body.append("\nWhen it has been reviewed, record the review and the next review date on the protocol page: ")
                .append(baseUrl).append("/deadlines/protocol\n\n")
                .append("You get this because you are the statutory scrutiny officer "
                        + "(Local Government Act 2000 s9FB).\n");
        String subject = overdue ? "Overdue: " + p.title() + " was due for review " + on
                : "Reminder: " + p.title() + " is due for review " + on;
        return new Letter(subject, body.toString());
    }

    private static void rule(StringBuilder body, TrackedDeadline d, String ruleDescription) {
        body.append("Rule: ").append(d.ruleId());
        if (ruleDescription != null && !ruleDescription.isBlank()) {
            body.append(" — ").append(ruleDescription);
        }
        body.append("\nCitation: ").append(d.citation())
                .append("\nHow the date was worked out: ").append(d.explanation()).append("\n\n");
    }

    private static String closing(TrackedDeadline d) {
        return d.closesAt() == null ? "" : " at " + d.closesAt();
    }

    private String days() {
        if (reminderDays.isEmpty()) {
            return "never";
        }
        List<Integer> largestFirst = reminderDays.stream().sorted((a, b) -> b - a).toList();
        String list = largestFirst.size() == 1 ? largestFirst.get(0).toString()
                : largestFirst.subList(0, largestFirst.size() - 1).stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + " and " + largestFirst.get(largestFirst.size() - 1);
        return list + " working days";
    }
}
