package org.scrutineer.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.deadlines.DeadlineState;
import org.scrutineer.deadlines.Protocol;
import org.scrutineer.deadlines.RuleSource;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.deadlines.internal.ReminderMail.Letter;
import org.scrutineer.directory.PersonId;

/** The words of reminder, escalation and protocol review e-mails. */
class ReminderLettersTests {

    private final ReminderLetters letters = new ReminderLetters("https://scrutiny.anytown.example", List.of(1, 5));

    @Test
    void remindsWithTheClosingTimeTheRuleAndALinkToTheDeadlinesPage() {
        Letter letter = letters.reminder("Jane Smith", callIn(null), "last day to call in an executive decision", 1);

        assertThat(letter.subject()).isEqualTo("Reminder: Call in decision EX/26/14 is due Wed 6 Jan 2027");
        assertThat(letter.body()).isEqualTo("""
                Dear Jane Smith,

                Call in decision EX/26/14 is due on Wed 6 Jan 2027 at 17:00, in 1 working day.

                Rule: call-in-expiry — last day to call in an executive decision
                Citation: Local Government Act 2000 s9F; local (council constitution)
                How the date was worked out: Published Wed 30 Dec 2026; 5 working days after: Wed 6 Jan 2027.

                Open it in Scrutineer: https://scrutiny.anytown.example/deadlines/12

                You get this reminder because you are responsible for this deadline. Reminders go 5 and 1 working \
                days before a due date; if it is missed, the scrutiny officers are told.
                """);
    }

    @Test
    void escalatesWithDaysOverdueAndWhyThePersonIsTold() {
        Letter letter = letters.escalation("Sam Jones", callIn("/decisions/EX-26-14"), null, LocalDate.of(2027, 1, 8),
                ReminderLetters.Reason.SCRUTINY_OFFICER);

        assertThat(letter.subject()).isEqualTo("Overdue: Call in decision EX/26/14 was due Wed 6 Jan 2027");
        assertThat(letter.body())
                .contains("was due on Wed 6 Jan 2027 at 17:00 and is not recorded as done: it is 2 days overdue.")
                .contains("Rule: call-in-expiry\n")
                .contains("Open it in Scrutineer: https://scrutiny.anytown.example/decisions/EX-26-14")
                .contains("because you support the scrutiny function");
    }

    @Test
    void tellsTheStatutoryScrutinyOfficerWhenTheProtocolReviewIsDueOrOverdue() {
        Protocol protocol = new Protocol("Anytown Executive–Scrutiny Protocol", LocalDate.of(2019, 5, 1), null,
                LocalDate.of(2027, 3, 1), null, 0);

        Letter due = letters.protocolReview("Sue Brown", protocol, LocalDate.of(2027, 3, 1));
        Letter late = letters.protocolReview("Sue Brown", protocol, LocalDate.of(2027, 3, 9));

        assertThat(due.subject()).isEqualTo("Reminder: Anytown Executive–Scrutiny Protocol is due for review Mon 1 Mar 2027");
        assertThat(due.body()).contains("is due for review today, Mon 1 Mar 2027.")
                .contains("No review is recorded since it was adopted on Wed 1 May 2019.")
                .contains("https://scrutiny.anytown.example/deadlines/protocol");
        assertThat(late.subject()).isEqualTo("Overdue: Anytown Executive–Scrutiny Protocol was due for review Mon 1 Mar 2027");
    }

    private static TrackedDeadline callIn(String path) {
        return new TrackedDeadline(new DeadlineId(12), "decision", "EX/26/14", "Call in decision EX/26/14", path,
                "call-in-expiry", RuleSource.LOCAL, "Local Government Act 2000 s9F; local (council constitution)",
                LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 6), LocalTime.of(17, 0),
                "Published Wed 30 Dec 2026; 5 working days after: Wed 6 Jan 2027.", List.of(), List.of(),
                DeadlineState.OPEN, null, null, null, null, null, List.of(new PersonId(1)), 0);
    }
}
