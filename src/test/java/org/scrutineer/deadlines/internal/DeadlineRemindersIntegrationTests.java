package org.scrutineer.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.deadlines.internal.RemindersFixtures.mailsAbout;
import static org.scrutineer.deadlines.internal.RemindersFixtures.officer;
import static org.scrutineer.deadlines.internal.RemindersFixtures.unique;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerApplication;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.Protocol;
import org.scrutineer.deadlines.TrackDeadline;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.deadlines.internal.RemindersFixtures.Mail;
import org.scrutineer.deadlines.internal.RemindersFixtures.MissedDeadlines;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.StatutoryRole;
import org.scrutineer.platform.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders and escalations end to end: tracked deadlines on PostgreSQL, the scan run by hand on days a test
 * clock is set to, e-mail through Spring Boot's mail sender to GreenMail. Every test makes its own people and
 * deadlines and looks only at the e-mails about them, because a scan sends whatever is due in the whole database.
 */
@SpringBootTest(classes = {ScrutineerApplication.class, DeadlineRemindersIntegrationTests.Beans.class})
class DeadlineRemindersIntegrationTests {

    /** A request received Fri 18 Dec 2026 must be answered in 10 working days: by Wed 6 Jan 2027. */
    static final LocalDate RECEIVED = LocalDate.of(2026, 12, 18);
    static final LocalDate DUE = LocalDate.of(2027, 1, 6);
    static final String DUE_TEXT = "Wed 6 Jan 2027";

    static final GreenMail greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        greenMail.start();
    }

    /** Beans of this test's context (not a scanned configuration, so other contexts never pick them up). */
    static class Beans {

        @Bean
        SettableClock clock() {
            return new SettableClock(LocalDate.of(2026, 12, 1));
        }

        @Bean
        MissedDeadlines missedDeadlines() {
            return new MissedDeadlines();
        }
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
        registry.add("scrutineer.deadlines.mail-from", () -> "scrutiny@anytown.example");
        registry.add("scrutineer.public-base-url", () -> "https://scrutiny.anytown.example/");
    }

    @AfterAll
    static void stopMailServer() {
        greenMail.stop();
    }

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    Notifications notifications;

    @Autowired
    MissedDeadlines missed;

    @Autowired
    SettableClock clock;

    @Autowired
    JavaMailSender mailSender;

    @Test
    void remindsFiveAndOneWorkingDaysBeforeAndEscalatesOnceAfterTheDueDate() {
        String alice = unique("alice") + "@anytown.example";
        String sam = unique("sam") + "@anytown.example";
        String sue = unique("sue") + "@anytown.example";
        PersonId responsible = officer(directory, unique("Responsible"), alice, false);
        PersonId noEmail = officer(directory, unique("NoEmail"), null, false);
        PersonId supportOfficer = officer(directory, unique("Support"), sam, true);
        PersonId statutory = officer(directory, unique("Statutory"), sue, false, StatutoryRole.STATUTORY_SCRUTINY_OFFICER);
        String title = unique("Supply the papers asked for in IR");
        TrackedDeadline d = deadlines.track(new TrackDeadline("information-request", title, title,
                "/information-requests/" + title, "information-request-response", RECEIVED,
                List.of(responsible, noEmail)));
        assertThat(d.due()).isEqualTo(DUE);

        scanTwiceOn(LocalDate.of(2026, 12, 24));
        scanTwiceOn(LocalDate.of(2026, 12, 28)); // bank holiday (Boxing Day substitute); the 5-day reminder is Tue 29
        assertThat(mailsAbout(greenMail, title)).isEmpty();

        scanTwiceOn(LocalDate.of(2026, 12, 29));
        scanTwiceOn(LocalDate.of(2027, 1, 4));
        List<Mail> mails = mailsAbout(greenMail, title);
        assertThat(mails).extracting(Mail::to, Mail::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(alice,
                        "Reminder: " + title + " is due " + DUE_TEXT));
        assertThat(mails.get(0).body()).contains("is due on " + DUE_TEXT + ", in 5 working days")
                .contains("Rule: information-request-response")
                .contains("Citation: SI 2012/2089 reg 17")
                .contains("How the date was worked out: ")
                .contains("https://scrutiny.anytown.example/information-requests/" + title);

        scanTwiceOn(LocalDate.of(2027, 1, 5));
        scanTwiceOn(LocalDate.of(2027, 1, 6));
        mails = mailsAbout(greenMail, title);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).body()).contains("is due on " + DUE_TEXT + ", in 1 working day.");
        assertThat(missed.count(d.id())).isZero();

        scanTwiceOn(LocalDate.of(2027, 1, 7));
        scanTwiceOn(LocalDate.of(2027, 1, 8));
        List<Mail> overdue = mailsAbout(greenMail, title).stream().filter(m -> m.subject().startsWith("Overdue:"))
                .toList();
        // Scrutiny officers made by other tests in this database are told too; each recipient gets one.
        assertThat(overdue).extracting(Mail::to).contains(alice, sam, sue).doesNotHaveDuplicates();
        assertThat(overdue).allSatisfy(m -> assertThat(m.subject()).isEqualTo("Overdue: " + title + " was due " + DUE_TEXT));
        assertThat(overdue).filteredOn(m -> m.to().equals(alice)).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("it is 1 day overdue")
                        .contains("because you are responsible for this deadline"));
        assertThat(overdue).filteredOn(m -> m.to().equals(sam)).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("because you support the scrutiny function"));
        assertThat(mailsAbout(greenMail, title)).filteredOn(m -> List.of(alice, sam, sue).contains(m.to())).hasSize(5);
        assertThat(missed.count(d.id())).isOne();

        List<PersonId> ours = List.of(responsible, noEmail, supportOfficer, statutory);
        assertThat(notifications.of(d.id())).filteredOn(n -> ours.contains(n.person()))
                .extracting(n -> n.stage() + " " + n.person() + " " + n.email())
                .containsExactlyInAnyOrder(
                        "reminder-5wd:2027-01-06 " + responsible + " " + alice,
                        "reminder-5wd:2027-01-06 " + noEmail + " null",
                        "reminder-1wd:2027-01-06 " + responsible + " " + alice,
                        "reminder-1wd:2027-01-06 " + noEmail + " null",
                        "overdue:2027-01-06 " + responsible + " " + alice,
                        "overdue:2027-01-06 " + noEmail + " null",
                        "overdue:2027-01-06 " + supportOfficer + " " + sam,
                        "overdue:2027-01-06 " + statutory + " " + sue);
        assertThat(deadlines.require(d.id()).overdueOn(LocalDate.of(2027, 1, 8))).isTrue();
    }

    @Test
    void sendsNothingForAMetDeadline() {
        String alice = unique("alice") + "@anytown.example";
        PersonId responsible = officer(directory, unique("Responsible"), alice, false);
        String title = unique("Answer the question asked in IR");
        TrackedDeadline d = deadlines.track(new TrackDeadline("information-request", title, title, null,
                "information-request-response", RECEIVED, List.of(responsible)));
        deadlines.met(d.id(), LocalDate.of(2026, 12, 21));

        for (LocalDate day = LocalDate.of(2026, 12, 21); day.isBefore(LocalDate.of(2027, 1, 12)); day = day.plusDays(1)) {
            scanTwiceOn(day);
        }

        assertThat(mailsAbout(greenMail, title)).isEmpty();
        assertThat(notifications.of(d.id())).isEmpty();
        assertThat(missed.count(d.id())).isZero();
    }

    @Test
    void sendsOnlyTheNearestReminderWhenTheEarlierOnesWerePassedBeforeItWasTracked() {
        String alice = unique("alice") + "@anytown.example";
        PersonId responsible = officer(directory, unique("Responsible"), alice, false);
        String title = unique("Send the late papers for IR");
        clock.set(LocalDate.of(2027, 1, 5));
        TrackedDeadline d = deadlines.track(new TrackDeadline("information-request", title, title, null,
                "information-request-response", RECEIVED, List.of(responsible)));

        scanTwiceOn(LocalDate.of(2027, 1, 5));
        scanTwiceOn(LocalDate.of(2027, 1, 6));

        List<Mail> mails = mailsAbout(greenMail, title);
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Reminder: " + title + " is due " + DUE_TEXT);
            assertThat(m.body()).contains("in 1 working day")
                    .contains("https://scrutiny.anytown.example/deadlines/" + d.id());
        });
        assertThat(notifications.of(d.id())).extracting(Notifications.Sent::stage)
                .containsExactly("reminder-1wd:2027-01-06");
    }

    @Test
    void remindsAgainForTheNewDueDateOfAnExtendedDeadline() {
        String alice = unique("alice") + "@anytown.example";
        PersonId responsible = officer(directory, unique("Responsible"), alice, false);
        String title = unique("Provide the extended answer for IR");
        TrackedDeadline d = deadlines.track(new TrackDeadline("information-request", title, title, null,
                "information-request-response", RECEIVED, List.of(responsible)));
        scanTwiceOn(LocalDate.of(2027, 1, 5));
        deadlines.extend(d.id(), LocalDate.of(2027, 1, 13), "The papers are with the printers", "Chair of O&S");

        scanTwiceOn(LocalDate.of(2027, 1, 6)); // 5 working days before Wed 13 Jan
        scanTwiceOn(LocalDate.of(2027, 1, 7));

        assertThat(mailsAbout(greenMail, title)).extracting(Mail::subject).containsExactly(
                "Reminder: " + title + " is due " + DUE_TEXT,
                "Reminder: " + title + " is due Wed 13 Jan 2027");
        assertThat(missed.count(d.id())).isZero();
    }

    @Test
    void triesAgainWhenTheMailServerRefusedAReminder() throws Exception {
        String alice = unique("alice") + "@anytown.example";
        PersonId responsible = officer(directory, unique("Responsible"), alice, false);
        String title = unique("Send the retried papers for IR");
        TrackedDeadline d = deadlines.track(new TrackDeadline("information-request", title, title, null,
                "information-request-response", RECEIVED, List.of(responsible)));
        JavaMailSenderImpl sender = (JavaMailSenderImpl) mailSender;
        int port = sender.getPort();
        clock.set(LocalDate.of(2026, 12, 29));
        sender.setPort(freePort()); // nothing listens there
        DeadlineReminders.ScanReport failed;
        try {
            failed = reminders.scan();
        } finally {
            sender.setPort(port);
        }

        assertThat(failed.failures()).isPositive();
        assertThat(notifications.of(d.id())).isEmpty();
        assertThat(mailsAbout(greenMail, title)).isEmpty();

        reminders.scan();
        reminders.scan();

        assertThat(mailsAbout(greenMail, title)).singleElement().extracting(Mail::to).isEqualTo(alice);
        assertThat(notifications.of(d.id())).singleElement().extracting(Notifications.Sent::email).isEqualTo(alice);
    }

    @Test
    void emailsTheStatutoryScrutinyOfficerOnceWhenTheProtocolIsDueForReview() {
        String sue = unique("sue") + "@anytown.example";
        officer(directory, unique("Statutory"), sue, false, StatutoryRole.STATUTORY_SCRUTINY_OFFICER);
        String title = unique("Executive-Scrutiny Protocol");
        int version = deadlines.protocol().map(Protocol::version).orElse(0);
        deadlines.saveProtocol(new Protocol(title, LocalDate.of(2019, 5, 1), LocalDate.of(2022, 3, 1),
                LocalDate.of(2027, 3, 1), null, version));

        scanTwiceOn(LocalDate.of(2027, 2, 28));
        assertThat(mailsAbout(greenMail, title)).isEmpty();
        scanTwiceOn(LocalDate.of(2027, 3, 1));
        scanTwiceOn(LocalDate.of(2027, 3, 2));

        assertThat(mailsAbout(greenMail, title)).filteredOn(m -> m.to().equals(sue)).singleElement()
                .satisfies(m -> {
                    assertThat(m.subject()).isEqualTo("Reminder: " + title + " is due for review Mon 1 Mar 2027");
                    assertThat(m.body()).contains("last reviewed on Tue 1 Mar 2022")
                            .contains("https://scrutiny.anytown.example/deadlines/protocol");
                });
    }

    private void scanTwiceOn(LocalDate day) {
        clock.set(day);
        reminders.scan();
        reminders.scan();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
