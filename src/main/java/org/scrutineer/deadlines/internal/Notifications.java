package org.scrutineer.deadlines.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.directory.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deadline_notification table (one row per deadline, stage and person notified) and the reminder_sent table
 * (work done once that is not one person's notice about one deadline). Both are written with
 * {@code ON CONFLICT DO NOTHING}: the insert that takes is the one node that does the work.
 * <p>
 * Stages: {@code reminder-<N>wd:<due>} and {@code overdue:<due>}. The due date is part of the stage, so a
 * deadline whose due date moves (an extension, a restarted clock) is reminded again for its new date.
 */
@Repository
class Notifications {

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stage of the reminder N working days before a due date. */
    static String reminderStage(int daysBefore, LocalDate due) {
        return "reminder-" + daysBefore + "wd:" + due;
    }

    /** The stage of the escalation once a due date has passed. */
    static String overdueStage(LocalDate due) {
        return "overdue:" + due;
    }

    /** The reminder_sent key marking that everyone was notified of a deadline's stage. */
    static String stageDoneKey(DeadlineId deadline, String stage) {
        return "deadline:" + deadline + ":" + stage;
    }

    /** The reminder_sent key marking that DeadlineMissed was published for a deadline. */
    static String missedKey(DeadlineId deadline) {
        return "deadline:" + deadline + ":missed";
    }

    /** The reminder_sent key for the e-mail to one person that the protocol is due for review. */
    static String protocolReviewKey(LocalDate reviewOn, PersonId person) {
        return "protocol-review:" + reviewOn + ":person:" + person;
    }

    // --- deadline_notification -------------------------------------------------------------------------------

    /**
     * Records that a person is notified of a deadline's stage.
     *
     * @param email the address it is e-mailed to, or null when it is shown in the application only
     * @return true if this call recorded it; false if it was recorded before, by this node or another
     */
    boolean record(DeadlineId deadline, String stage, PersonId person, String email, String sentBy) {
        return jdbc.sql("""
                insert into deadline_notification (deadline_id, stage, person_id, email, sent_by)
                values (?, ?, ?, ?, ?)
                on conflict (deadline_id, stage, person_id) do nothing""")
                .params(deadline.value(), stage, person.value(), email, sentBy).update() == 1;
    }

    /** Whether a person was notified of a deadline's stage. */
    boolean notified(DeadlineId deadline, String stage, PersonId person) {
        return jdbc.sql("select exists (select 1 from deadline_notification where deadline_id = ? and stage = ? and person_id = ?)")
                .params(deadline.value(), stage, person.value()).query(Boolean.class).single();
    }

    /** A notification as recorded. */
    record Sent(DeadlineId deadline, String stage, PersonId person, String email, String sentBy,
            OffsetDateTime sentAt) {
    }

    /** Every notification of a deadline, in the order they were recorded. */
    List<Sent> of(DeadlineId deadline) {
        return jdbc.sql("""
                select deadline_id, stage, person_id, email, sent_by, sent_at from deadline_notification
                where deadline_id = ? order by id""").param(deadline.value())
                .query((rs, n) -> new Sent(new DeadlineId(rs.getLong(1)), rs.getString(2), new PersonId(rs.getLong(3)),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
                .list();
    }

    // --- reminder_sent ---------------------------------------------------------------------------------------

    /**
     * Marks a piece of work as done.
     *
     * @return true if this call marked it; false if it was marked before
     */
    boolean markDone(String key, PersonId person, String email, String sentBy) {
        return jdbc.sql("""
                insert into reminder_sent (key, person_id, email, sent_by) values (?, ?, ?, ?)
                on conflict (key) do nothing""")
                .params(key, person == null ? null : person.value(), email, sentBy).update() == 1;
    }

    /** Whether a piece of work was done. */
    boolean done(String key) {
        return jdbc.sql("select exists (select 1 from reminder_sent where key = ?)").param(key)
                .query(Boolean.class).single();
    }

    // --- what the scan has to do -----------------------------------------------------------------------------

    /**
     * Open deadlines due in a window whose reminder N working days before is not done yet, soonest first. Uses
     * the partial index on open deadlines' due dates.
     */
    List<DeadlineId> awaitingReminder(int daysBefore, LocalDate dueAfter, LocalDate dueBy, int limit) {
        return jdbc.sql("""
                select d.id from tracked_deadline d
                where d.state = 'OPEN' and d.due_date > :after and d.due_date <= :by
                  and not exists (select 1 from reminder_sent s
                                  where s.key = 'deadline:' || d.id || ':reminder-' || :n || 'wd:'
                                                || to_char(d.due_date, 'YYYY-MM-DD'))
                order by d.due_date, d.id
                limit :limit""")
                .param("after", dueAfter).param("by", dueBy).param("n", Integer.toString(daysBefore))
                .param("limit", limit)
                .query((rs, n) -> new DeadlineId(rs.getLong(1))).list();
    }

    /**
     * Open deadlines whose due date passed before a day and whose escalation for that due date is not done yet,
     * oldest first.
     */
    List<DeadlineId> awaitingEscalation(LocalDate today, int limit) {
        return jdbc.sql("""
                select d.id from tracked_deadline d
                where d.state = 'OPEN' and d.due_date < :today
                  and not exists (select 1 from reminder_sent s
                                  where s.key = 'deadline:' || d.id || ':overdue:' || to_char(d.due_date, 'YYYY-MM-DD'))
                order by d.due_date, d.id
                limit :limit""")
                .param("today", today).param("limit", limit)
                .query((rs, n) -> new DeadlineId(rs.getLong(1))).list();
    }
}
