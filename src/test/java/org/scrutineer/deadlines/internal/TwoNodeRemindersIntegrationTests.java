package org.scrutineer.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.deadlines.internal.RemindersFixtures.mailsAbout;
import static org.scrutineer.deadlines.internal.RemindersFixtures.officer;
import static org.scrutineer.deadlines.internal.RemindersFixtures.unique;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerApplication;
import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.TrackDeadline;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.deadlines.internal.RemindersFixtures.Mail;
import org.scrutineer.deadlines.internal.RemindersFixtures.MissedDeadlines;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonId;
import org.scrutineer.platform.EmbeddedDatabase;
import org.scrutineer.platform.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two application nodes on one database, both scanning at once: each recipient gets one e-mail per deadline and
 * stage, the database one notification row, and DeadlineMissed is published once. The first node is this test's
 * Spring context; the second is a second Spring Boot application pointed at the first one's database, as a second
 * server would be. A third node started after the scans (a restart) finds nothing left to send.
 */
@SpringBootTest(classes = {ScrutineerApplication.class, TwoNodeRemindersIntegrationTests.Node.class},
        properties = {"scrutineer.scheduling.enabled=true", "scrutineer.deadlines.scan-initial-delay=1h"})
class TwoNodeRemindersIntegrationTests {

    /** Both nodes' "today": Thu 7 Jan 2027. */
    static final LocalDate TODAY = LocalDate.of(2027, 1, 7);
    static final LocalDate RECEIVED = LocalDate.of(2026, 12, 18);
    static final int DEADLINES_OF_EACH_KIND = 8;

    static final GreenMail greenMail = new GreenMail(
            new ServerSetup(DeadlineRemindersIntegrationTests.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        greenMail.start();
    }

    /** Beans each node adds to the application: the same fixed day, and a count of DeadlineMissed. */
    static class Node {

        @Bean
        SettableClock clock() {
            return new SettableClock(TODAY);
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
    }

    @AfterAll
    static void stopMailServer() {
        greenMail.stop();
    }

    @Autowired
    ConfigurableApplicationContext first;

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    JdbcClient jdbc;

    ConfigurableApplicationContext second;
    String alice;
    String sam;
    PersonId responsible;
    PersonId scrutinyOfficer;

    @BeforeEach
    void startSecondNode() {
        second = startNode();
        alice = unique("alice") + "@anytown.example";
        sam = unique("sam") + "@anytown.example";
        responsible = officer(directory, unique("Responsible"), alice, false);
        scrutinyOfficer = officer(directory, unique("Support"), sam, true);
    }

    @AfterEach
    void stopSecondNode() {
        second.close();
    }

    @Test
    void sendsEachReminderAndEscalationOnceWhenTwoNodesScanAtOnce() throws Exception {
        List<TrackedDeadline> tracked = trackDeadlines("Two nodes");

        runTogether(node -> node.getBean(DeadlineReminders.class).scan());

        assertSentOnce(tracked);
    }

    @Test
    void runsTheScheduledScanOnOneNodeAtATimeAndSendsEachNoticeOnce() throws Exception {
        List<TrackedDeadline> tracked = trackDeadlines("Scheduled");

        runTogether(node -> {
            node.getBean(ReminderSchedule.class).scan();
            return null;
        });

        assertSentOnce(tracked);
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'deadline-reminders'").query(Long.class).single())
                .isOne();
    }

    @Test
    void sendsNothingAgainAfterARestart() throws Exception {
        List<TrackedDeadline> tracked = trackDeadlines("Restart");
        runTogether(node -> node.getBean(DeadlineReminders.class).scan());
        assertSentOnce(tracked);
        int mails = greenMail.getReceivedMessages().length;
        long rows = jdbc.sql("select count(*) from deadline_notification").query(Long.class).single();
        second.close();

        second = startNode();
        DeadlineReminders.ScanReport afterRestart = second.getBean(DeadlineReminders.class).scan();

        assertThat(afterRestart.quiet()).as("%s", afterRestart).isTrue();
        assertThat(greenMail.getReceivedMessages()).hasSize(mails);
        assertThat(jdbc.sql("select count(*) from deadline_notification").query(Long.class).single()).isEqualTo(rows);
        assertThat(second.getBean(MissedDeadlines.class).total()).isZero();
    }

    /** Overdue deadlines, deadlines due tomorrow (1-day reminder) and in 5 working days (5-day reminder). */
    private List<TrackedDeadline> trackDeadlines(String stem) {
        List<TrackedDeadline> tracked = new ArrayList<>();
        for (int i = 0; i < DEADLINES_OF_EACH_KIND; i++) {
            tracked.add(track(unique(stem + " overdue"), null));
            tracked.add(track(unique(stem + " due tomorrow"), LocalDate.of(2027, 1, 8)));
            tracked.add(track(unique(stem + " due in a week"), LocalDate.of(2027, 1, 14)));
        }
        return tracked;
    }

    private TrackedDeadline track(String title, LocalDate extendTo) {
        TrackedDeadline d = deadlines.track(new TrackDeadline("information-request", title, title, null,
                "information-request-response", RECEIVED, List.of(responsible)));
        return extendTo == null ? d : deadlines.extend(d.id(), extendTo, "Agreed with the chair", "Chair of O&S");
    }

    private void assertSentOnce(List<TrackedDeadline> tracked) {
        long missed = first.getBean(MissedDeadlines.class).total() + second.getBean(MissedDeadlines.class).total();
        int overdue = 0;
        for (TrackedDeadline d : tracked) {
            List<Mail> mails = mailsAbout(greenMail, d.title());
            Map<String, Long> perRecipient = mails.stream()
                    .collect(Collectors.groupingBy(Mail::to, Collectors.counting()));
            List<Notifications.Sent> rows = first.getBean(Notifications.class).of(d.id());
            if (d.due().isBefore(TODAY)) {
                overdue++;
                assertThat(perRecipient).as(d.title()).containsEntry(alice, 1L).containsEntry(sam, 1L)
                        .allSatisfy((to, count) -> assertThat(count).as(to).isOne());
                assertThat(rows).filteredOn(n -> n.person().equals(responsible)).hasSize(1);
                assertThat(rows).filteredOn(n -> n.person().equals(scrutinyOfficer)).hasSize(1);
                assertThat(missedCount(d.id())).as("DeadlineMissed for %s", d.title()).isOne();
            } else {
                assertThat(perRecipient).as(d.title()).containsOnlyKeys(alice).containsEntry(alice, 1L);
                assertThat(rows).singleElement().satisfies(n -> {
                    assertThat(n.person()).isEqualTo(responsible);
                    assertThat(n.stage()).startsWith(d.due().equals(LocalDate.of(2027, 1, 8)) ? "reminder-1wd:"
                            : "reminder-5wd:");
                });
                assertThat(missedCount(d.id())).isZero();
            }
        }
        assertThat(overdue).isEqualTo(DEADLINES_OF_EACH_KIND);
        assertThat(missed).isGreaterThanOrEqualTo(DEADLINES_OF_EACH_KIND);
    }

    private long missedCount(DeadlineId id) {
        return first.getBean(MissedDeadlines.class).count(id) + second.getBean(MissedDeadlines.class).count(id);
    }

    /** Runs the same work on both nodes, started together. */
    private void runTogether(Function<ConfigurableApplicationContext, Object> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(first, second)) {
                results.add(threads.submit(() -> {
                    start.await();
                    return work.apply(node);
                }));
            }
            start.countDown();
            for (Future<Object> result : results) {
                result.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** A second application on the first one's database: nothing embedded starts when a URL is given. */
    private ConfigurableApplicationContext startNode() {
        String url = first.getBean(EmbeddedDatabase.class).jdbcUrl();
        return new SpringApplicationBuilder(ScrutineerApplication.class, Node.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + greenMail.getSmtp().getPort(),
                        "--scrutineer.scheduling.enabled=true", "--scrutineer.deadlines.scan-initial-delay=1h",
                        "--scrutineer.demo-data=never");
    }
}
