package org.scrutineer.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingDetails;
import org.scrutineer.meetings.MeetingFigures;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings, with their item counts. */
@Repository
public class Meetings {

    private static final String COLUMNS = """
            select m.*, c.name as committee_name,
                   (select count(*) from agenda_item i where i.meeting_id = m.id) as item_count,
                   (select count(*) from agenda_item i where i.meeting_id = m.id and i.in_private) as private_count
            """;

    static final String SELECT = COLUMNS + """
            from meeting m
            join committee c on c.id = m.committee_id
            """;

    private final JdbcClient jdbc;

    Meetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Meeting> find(MeetingId id) {
        return jdbc.sql(SELECT + " where m.id = ?").param(id.value()).query(Meetings::map).optional();
    }

    /**
     * A page of meetings, newest first or (upcoming) soonest first. The page's rows are chosen first and only then
     * joined to their committee and counted: otherwise the plan PostgreSQL reuses for the statement, which cannot
     * know which filters are set, joins every meeting before sorting and counts the items of every skipped row
     * (about 100 ms for the first page of 6,000 meetings instead of 1 to 5 ms; {@code MeetingsBenchmarkTests}).
     */
    public List<Meeting> list(Long committeeId, MeetingStatus status, LocalDate from, LocalDate to,
            boolean publicOnly, boolean soonestFirst, int limit, int offset) {
        String order = " order by m.meeting_date " + (soonestFirst ? "asc" : "desc") + ", m.starts_at, m.id";
        return jdbc.sql(COLUMNS + " from (select m.* from meeting m" + where() + order
                + " limit :limit offset :offset) m join committee c on c.id = m.committee_id" + order)
                .param("committee", committeeId).param("status", status == null ? null : status.name())
                .param("from", from).param("to", to).param("public", publicOnly)
                .param("limit", limit).param("offset", offset).query(Meetings::map).list();
    }

    public long count(Long committeeId, MeetingStatus status, LocalDate from, LocalDate to, boolean publicOnly) {
        return jdbc.sql("select count(*) from meeting m" + where())
                .param("committee", committeeId).param("status", status == null ? null : status.name())
                .param("from", from).param("to", to).param("public", publicOnly).query(Long.class).single();
    }

    private static String where() {
        return """
                 where (cast(:committee as bigint) is null or m.committee_id = :committee)
                   and (cast(:status as text) is null or m.status = :status)
                   and (cast(:from as date) is null or m.meeting_date >= :from)
                   and (cast(:to as date) is null or m.meeting_date <= :to)
                   and (not :public or m.status <> 'SCHEDULED' or m.meeting_date >= current_date)
                """;
    }

    /** Meetings whose agenda is still to be published, soonest deadline first. */
    public List<Meeting> agendasDue(LocalDate dueBy, int limit) {
        return jdbc.sql(SELECT + " where m.status = 'SCHEDULED' and m.agenda_due <= ? order by m.agenda_due, m.id limit ?")
                .param(dueBy).param(limit).query(Meetings::map).list();
    }

    public MeetingId insert(MeetingDetails d) {
        long id = jdbc.sql("""
                insert into meeting (committee_id, meeting_date, starts_at, place, notes, status)
                values (?, ?, ?, ?, ?, 'SCHEDULED') returning id""")
                .params(d.committeeId(), d.date(), d.startsAt(), d.place().strip(), blankToNull(d.notes()))
                .query(Long.class).single();
        return new MeetingId(id);
    }

    public boolean update(MeetingId id, int version, MeetingDetails d) {
        return jdbc.sql("""
                update meeting set committee_id = ?, meeting_date = ?, starts_at = ?, place = ?, notes = ?,
                       updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(d.committeeId(), d.date(), d.startsAt(), d.place().strip(), blankToNull(d.notes()), id.value(),
                        version).update() == 1;
    }

    public void agendaDeadline(MeetingId id, DeadlineId deadline, LocalDate due) {
        jdbc.sql("update meeting set agenda_deadline_id = ?, agenda_due = ?, updated_at = now() where id = ?")
                .params(deadline == null ? null : deadline.value(), due, id.value()).update();
    }

    public void agendaPublished(MeetingId id, LocalDate on, boolean late) {
        jdbc.sql("""
                update meeting set status = 'AGENDA_PUBLISHED', agenda_published_on = ?, agenda_late = ?,
                       updated_at = now(), version = version + 1 where id = ?""")
                .params(on, late, id.value()).update();
    }

    public void agendaLate(MeetingId id, boolean late) {
        jdbc.sql("update meeting set agenda_late = ?, updated_at = now() where id = ?").params(late, id.value()).update();
    }

    public void held(MeetingId id, LocalDate on) {
        jdbc.sql("update meeting set status = 'HELD', held_on = ?, updated_at = now(), version = version + 1 where id = ?")
                .params(on, id.value()).update();
    }

    public void cancelled(MeetingId id, String reason) {
        jdbc.sql("""
                update meeting set status = 'CANCELLED', cancelled_reason = ?, updated_at = now(),
                       version = version + 1 where id = ?""").params(reason, id.value()).update();
    }

    public void minutesPublished(MeetingId id, LocalDate on) {
        jdbc.sql("update meeting set minutes_published_on = ?, updated_at = now(), version = version + 1 where id = ?")
                .params(on, id.value()).update();
    }

    public void delete(MeetingId id) {
        jdbc.sql("delete from meeting where id = ?").param(id.value()).update();
    }

    /** Figures for a committee (or all) over a period. */
    public MeetingFigures figures(Long committeeId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) filter (where status <> 'CANCELLED') as scheduled,
                       count(*) filter (where status = 'HELD') as held,
                       count(*) filter (where status = 'CANCELLED') as cancelled,
                       count(*) filter (where status <> 'CANCELLED' and agenda_published_on is not null) as published,
                       count(*) filter (where status <> 'CANCELLED' and agenda_late) as late
                from meeting
                where (cast(:committee as bigint) is null or committee_id = :committee)
                  and meeting_date between :from and :to""")
                .param("committee", committeeId).param("from", from).param("to", to)
                .query((rs, n) -> new MeetingFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5))).single();
    }

    /** Ids and dates of the meetings held or to be held (not cancelled) in a period, for other modules' figures. */
    public List<MeetingId> notCancelled(Long committeeId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id from meeting where status <> 'CANCELLED'
                  and (cast(:committee as bigint) is null or committee_id = :committee)
                  and meeting_date between :from and :to order by meeting_date""")
                .param("committee", committeeId).param("from", from).param("to", to)
                .query((rs, n) -> new MeetingId(rs.getLong(1))).list();
    }

    static Meeting map(ResultSet rs, int n) throws SQLException {
        long deadline = rs.getLong("agenda_deadline_id");
        return new Meeting(new MeetingId(rs.getLong("id")), new CommitteeId(rs.getLong("committee_id")),
                rs.getString("committee_name"), rs.getObject("meeting_date", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class), rs.getString("place"), rs.getString("notes"),
                MeetingStatus.valueOf(rs.getString("status")), rs.getInt("item_count"), rs.getInt("private_count"),
                deadline == 0 ? null : new DeadlineId(deadline),
                rs.getObject("agenda_due", LocalDate.class), rs.getObject("agenda_published_on", LocalDate.class),
                rs.getBoolean("agenda_late"), rs.getString("cancelled_reason"),
                rs.getObject("held_on", LocalDate.class), rs.getObject("minutes_published_on", LocalDate.class),
                rs.getInt("version"));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
