package org.scrutineer.deadlines.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.DeadlineRule;
import org.scrutineer.deadlines.DeadlineSettings;
import org.scrutineer.deadlines.DeadlineState;
import org.scrutineer.deadlines.Protocol;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.deadlines.WorkingCalendar;
import org.scrutineer.deadlines.internal.ReminderLetters.Reason;
import org.scrutineer.deadlines.internal.ReminderMail.Letter;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.StatutoryRole;
import org.scrutineer.platform.ResultPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the reminders before a tracked deadline's due date, the escalation once it has passed, and the statutory
 * scrutiny officer's reminder that the protocol is due for review. {@link #scan()} runs on every node (see
 * {@link ReminderSchedule}); each notice still goes exactly once.
 * <p>
 * <b>Exactly once.</b> Each notice to one person is one transaction: insert the
 * {@code deadline_notification} row (or, for the protocol, the {@code reminder_sent} key) with
 * {@code ON CONFLICT DO NOTHING}; only if the insert took, send the e-mail; commit. A second node inserting the
 * same row waits on the first's uncommitted unique-index entry and then inserts nothing, so it sends nothing. If
 * the mail server refuses the e-mail, the transaction rolls back, the row is gone, and the next scan tries again.
 * The one gap is a crash after the mail server accepted the e-mail and before the commit: then the notice goes
 * twice (at least once rather than at most once). DeadlineMissed is published in the transaction that inserts
 * the deadline's {@code missed} key, so it is published once.
 * <p>
 * <b>Bounded.</b> A scan looks at no more than {@link DeadlineSettings#scanBatchSize()} deadlines for each
 * kind of notice, found with the index on open deadlines' due dates. When every person has had a stage, a
 * {@code reminder_sent} key marks the stage done, so the queries skip it and the next scan moves on to the next
 * deadlines; a deadline whose e-mail keeps failing is retried on each scan without holding up the others.
 */
@Service
class DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    /** The most pages of officers read to find those who support scrutiny (at 500 a page). */
    private static final int MAX_OFFICER_PAGES = 100;

    private final DeadlineManagement deadlines;
    private final DirectoryManagement directory;
    private final Notifications notifications;
    private final ReminderMail mail;
    private final DeadlineSettings settings;
    private final ReminderStages stages;
    private final ReminderLetters letters;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String node;

    DeadlineReminders(DeadlineManagement deadlines, DirectoryManagement directory, Notifications notifications,
            ReminderMail mail, DeadlineSettings settings, PlatformTransactionManager transactions,
            Optional<Clock> clock) {
        this.deadlines = deadlines;
        this.directory = directory;
        this.notifications = notifications;
        this.mail = mail;
        this.settings = settings;
        this.stages = new ReminderStages(settings.reminderWorkingDays());
        this.letters = new ReminderLetters(settings.baseUrl(), stages.daysBefore());
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.orElse(Clock.systemDefaultZone());
        this.node = ManagementFactory.getRuntimeMXBean().getName() + "#" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * What one scan did.
     *
     * @param reminders reminders recorded (e-mailed when e-mail is on and the person has an address)
     * @param escalations escalations recorded
     * @param missed deadlines for which DeadlineMissed was published
     * @param protocolReviews protocol review reminders recorded
     * @param failures notices that could not be sent and will be tried again
     */
    record ScanReport(int reminders, int escalations, int missed, int protocolReviews, int failures) {

        boolean quiet() {
            return reminders + escalations + missed + protocolReviews + failures == 0;
        }
    }

    /** Scans for notices that are due today, on this node's clock. */
    ScanReport scan() {
        return scanOn(LocalDate.now(clock));
    }

    /** Scans for notices that are due on a day. Idempotent: a second scan on the same day sends nothing new. */
    ScanReport scanOn(LocalDate today) {
        Tally tally = new Tally();
        WorkingCalendar calendar = deadlines.calendar();
        int batch = settings.scanBatchSize();
        Supplier<Map<PersonId, Person>> scrutinyOfficers = memoize(this::scrutinyOfficers);
        for (DeadlineId id : notifications.awaitingEscalation(today, batch)) {
            guarded(id, tally, () -> escalate(id, today, scrutinyOfficers, tally));
        }
        for (ReminderStages.Window w : stages.windowsOn(today, calendar)) {
            for (DeadlineId id : notifications.awaitingReminder(w.daysBefore(), w.dueAfter(), w.dueBy(), batch)) {
                guarded(id, tally, () -> remind(id, w.daysBefore(), today, calendar, tally));
            }
        }
        remindOfProtocolReview(today, tally);
        ScanReport report = tally.report();
        if (!report.quiet()) {
            log.info("Deadline reminders for {}: {}", today, report);
        }
        return report;
    }

    private void remind(DeadlineId id, int daysBefore, LocalDate today, WorkingCalendar calendar, Tally tally) {
        TrackedDeadline d = deadlines.require(id);
        // Read again: it may have been met, or its due date moved, since the query; the next scan finds it again.
        if (d.state() != DeadlineState.OPEN || !stages.stageOn(today, d.due(), calendar).equals(Optional.of(daysBefore))) {
            return;
        }
        String stage = Notifications.reminderStage(daysBefore, d.due());
        int left = ReminderStages.workingDaysUntil(today, d.due(), calendar);
        String rule = ruleDescription(d);
        Map<PersonId, Person> people = directory.people(d.responsible());
        boolean complete = true;
        for (PersonId personId : d.responsible()) {
            Person person = people.get(personId);
            Outcome outcome = deliver(d.id(), stage, personId, person,
                    () -> letters.reminder(nameOf(person), d, rule, left));
            complete &= tally.count(outcome, false);
        }
        if (complete) {
            tx.executeWithoutResult(s -> notifications.markDone(Notifications.stageDoneKey(id, stage), null, null, node));
        }
    }

    private void escalate(DeadlineId id, LocalDate today, Supplier<Map<PersonId, Person>> scrutinyOfficers,
            Tally tally) {
        TrackedDeadline d = deadlines.require(id);
        if (!d.overdueOn(today)) {
            return;
        }
        Boolean announced = tx.execute(s -> {
            if (!notifications.markDone(Notifications.missedKey(id), null, null, node)) {
                return false;
            }
            deadlines.announceMissed(d);
            return true;
        });
        if (Boolean.TRUE.equals(announced)) {
            tally.missed++;
        }
        String stage = Notifications.overdueStage(d.due());
        String rule = ruleDescription(d);
        Map<PersonId, Reason> recipients = new LinkedHashMap<>();
        d.responsible().forEach(p -> recipients.put(p, Reason.RESPONSIBLE));
        scrutinyOfficers.get().keySet().forEach(p -> recipients.putIfAbsent(p, Reason.SCRUTINY_OFFICER));
        Map<PersonId, Person> people = new LinkedHashMap<>(scrutinyOfficers.get());
        people.putAll(directory.people(d.responsible()));
        boolean complete = true;
        for (Map.Entry<PersonId, Reason> r : recipients.entrySet()) {
            Person person = people.get(r.getKey());
            Outcome outcome = deliver(d.id(), stage, r.getKey(), person,
                    () -> letters.escalation(nameOf(person), d, rule, today, r.getValue()));
            complete &= tally.count(outcome, true);
        }
        if (complete) {
            tx.executeWithoutResult(s -> notifications.markDone(Notifications.stageDoneKey(id, stage), null, null, node));
        }
    }

    private void remindOfProtocolReview(LocalDate today, Tally tally) {
        Optional<Protocol> protocol = deadlines.protocol();
        if (protocol.isEmpty() || protocol.get().nextReviewOn() == null || today.isBefore(protocol.get().nextReviewOn())) {
            return;
        }
        Protocol p = protocol.get();
        for (Person officer : directory.holdersOf(StatutoryRole.STATUTORY_SCRUTINY_OFFICER)) {
            String key = Notifications.protocolReviewKey(p.nextReviewOn(), officer.id());
            if (notifications.done(key)) {
                continue;
            }
            String email = emailOf(officer);
            try {
                Boolean sent = tx.execute(s -> {
                    if (!notifications.markDone(key, officer.id(), email, node)) {
                        return false;
                    }
                    if (email != null) {
                        mail.send(email, letters.protocolReview(nameOf(officer), p, today));
                    }
                    return true;
                });
                if (Boolean.TRUE.equals(sent)) {
                    tally.protocolReviews++;
                }
            } catch (MailException e) {
                tally.failures++;
                log.warn("Could not e-mail the protocol review reminder to person {}; will try again: {}",
                        officer.id(), e.getMessage());
            }
        }
    }

    private enum Outcome { SENT, ALREADY_SENT, FAILED }

    /** One notice to one person, exactly once (see the class description). */
    private Outcome deliver(DeadlineId deadline, String stage, PersonId personId, Person person,
            Supplier<Letter> letter) {
        if (notifications.notified(deadline, stage, personId)) {
            return Outcome.ALREADY_SENT;
        }
        String email = emailOf(person);
        try {
            Boolean sent = tx.execute(s -> {
                if (!notifications.record(deadline, stage, personId, email, node)) {
                    return false;
                }
                if (email != null) {
                    mail.send(email, letter.get());
                }
                return true;
            });
            return Boolean.TRUE.equals(sent) ? Outcome.SENT : Outcome.ALREADY_SENT;
        } catch (MailException e) {
            log.warn("Could not e-mail {} of deadline {} to person {}; will try again: {}", stage, deadline, personId,
                    e.getMessage());
            return Outcome.FAILED;
        }
    }

    /** Runs one deadline's work; a failure is logged and does not stop the scan. */
    private void guarded(DeadlineId id, Tally tally, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            tally.failures++;
            log.error("Reminders for deadline {} failed; will try again on the next scan", id, e);
        }
    }

    /** Officers who support scrutiny, and the statutory scrutiny officer: told of every missed deadline. */
    private Map<PersonId, Person> scrutinyOfficers() {
        Map<PersonId, Person> officers = new LinkedHashMap<>();
        directory.holdersOf(StatutoryRole.STATUTORY_SCRUTINY_OFFICER).forEach(p -> officers.put(p.id(), p));
        for (int page = 1; page <= MAX_OFFICER_PAGES; page++) {
            ResultPage<Person> current = directory.findPeople(null, PersonKind.OFFICER, true, page, 500);
            current.items().stream().filter(Person::supportsScrutiny).forEach(p -> officers.putIfAbsent(p.id(), p));
            if (!current.hasNext()) {
                break;
            }
        }
        return officers;
    }

    /** Where to e-mail a person: null when e-mail is off, or they have no address or have left. */
    private String emailOf(Person person) {
        if (!mail.enabled() || person == null || !person.active() || person.email() == null
                || person.email().isBlank()) {
            return null;
        }
        return person.email().strip();
    }

    private static String nameOf(Person person) {
        return person == null ? "colleague" : person.fullName();
    }

    private String ruleDescription(TrackedDeadline d) {
        return deadlines.catalogue().find(d.ruleId()).map(DeadlineRule::description).orElse(null);
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** Counts for the scan report. */
    private static final class Tally {
        int reminders;
        int escalations;
        int missed;
        int protocolReviews;
        int failures;

        /** Counts a notice; true unless it failed. */
        boolean count(Outcome outcome, boolean escalation) {
            switch (outcome) {
                case SENT -> {
                    if (escalation) {
                        escalations++;
                    } else {
                        reminders++;
                    }
                }
                case FAILED -> failures++;
                case ALREADY_SENT -> {
                }
            }
            return outcome != Outcome.FAILED;
        }

        ScanReport report() {
            return new ScanReport(reminders, escalations, missed, protocolReviews, failures);
        }
    }

    /** This node's name in the sent_by columns: process, host and a per-start id. */
    String node() {
        return node;
    }
}
