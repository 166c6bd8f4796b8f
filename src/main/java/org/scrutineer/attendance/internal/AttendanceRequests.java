package org.scrutineer.attendance.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.scrutineer.attendance.AttendanceRequest;
import org.scrutineer.attendance.AttendanceRequestId;
import org.scrutineer.attendance.Capacity;
import org.scrutineer.attendance.RequestKind;
import org.scrutineer.attendance.RequestState;
import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.Reference;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.MeetingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The attendance_request table: requests to attend, nominated officers' attendance and attendance by right, each
 * read with its meeting, item and the names of the people concerned.
 */
@Repository
public class AttendanceRequests {

    static final String SELECT = """
            select r.*, m.committee_id, c.name as committee_name, m.meeting_date, m.starts_at, m.place,
                   i.position as item_number, i.title as item_title, coalesce(i.in_private, false) as item_in_private,
                   p.full_name as person_name, o.full_name as original_name, s.full_name as substitute_name,
                   n.full_name as nominated_by_name
            from attendance_request r
            join meeting m on m.id = r.meeting_id
            join committee c on c.id = m.committee_id
            left join agenda_item i on i.id = r.item_id
            join person p on p.id = r.person_id
            left join person o on o.id = r.original_person_id
            left join person s on s.id = r.substitute_id
            left join person n on n.id = r.nominated_by
            """;

    /** Requests first, each followed by the officers nominated in answer to it. */
    private static final String ORDER = " order by coalesce(r.parent_id, r.id), r.parent_id nulls first, r.id";

    private static final String OPEN = "('REQUESTED', 'NOTICE_SENT', 'CONFIRMED', 'SUBSTITUTE_PROPOSED', 'NOMINATED')";

    private final JdbcClient jdbc;

    AttendanceRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A request by id. */
    public Optional<AttendanceRequest> find(AttendanceRequestId id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id.value()).query(AttendanceRequests::map).optional();
    }

    /** Locks a request's row until the transaction ends, so two changes to it cannot interleave. */
    public void lock(AttendanceRequestId id) {
        jdbc.sql("select id from attendance_request where id = ? for update").param(id.value()).query(Long.class)
                .optional();
    }

    /** An item's requests, each followed by its nominated officers. */
    public List<AttendanceRequest> ofItem(AgendaItemId item) {
        return jdbc.sql(SELECT + " where r.item_id = ?" + ORDER).param(item.value()).query(AttendanceRequests::map)
                .list();
    }

    /** Every request, nomination and attendance by right at a meeting, in agenda order. */
    public List<AttendanceRequest> ofMeeting(MeetingId meeting) {
        return jdbc.sql(SELECT + " where r.meeting_id = ? order by i.position nulls last, coalesce(r.parent_id, r.id),"
                        + " r.parent_id nulls first, r.id")
                .param(meeting.value()).query(AttendanceRequests::map).list();
    }

    /** The officers nominated in answer to a request. */
    public List<AttendanceRequest> nominees(AttendanceRequestId parent) {
        return jdbc.sql(SELECT + " where r.parent_id = ? order by r.id").param(parent.value())
                .query(AttendanceRequests::map).list();
    }

    /** Requests to, from or about a person (asked, attending, nominated or proposed as a substitute), newest first. */
    public List<AttendanceRequest> concerning(long person, int limit) {
        return jdbc.sql(SELECT + """
                 where (r.person_id = :me or r.original_person_id = :me
                        or (r.substitute_id = :me and r.state = 'SUBSTITUTE_PROPOSED'))
                 order by m.meeting_date desc, i.position nulls first, r.id limit :limit""")
                .param("me", person).param("limit", limit).query(AttendanceRequests::map).list();
    }

    /** Requests whose notice was sent to the person and which await their reply. */
    public List<AttendanceRequest> awaitingReplyFrom(long person) {
        return jdbc.sql(SELECT + " where r.person_id = ? and r.state = 'NOTICE_SENT' and r.parent_id is null"
                        + " order by m.meeting_date, r.id")
                .param(person).query(AttendanceRequests::map).list();
    }

    /**
     * Requests to officers awaiting a reply for which the person is the responsible chief officer: addressed to
     * them, to an officer of their directorate (when they are a chief officer), or about an item in a portfolio
     * they are lead officer for.
     */
    public List<AttendanceRequest> awaitingNominationBy(long person, boolean chiefOfficer, Long directorate) {
        return jdbc.sql(SELECT + """
                 left join portfolio pf on pf.id = i.portfolio_id
                 where r.state = 'NOTICE_SENT' and r.parent_id is null and p.kind = 'OFFICER'
                   and m.status <> 'CANCELLED' and m.meeting_date >= current_date
                   and ((r.person_id = :me and p.seniority in ('CHIEF_OFFICER', 'CHIEF_EXECUTIVE'))
                        or (:chief and r.person_id <> :me and p.directorate_id = :directorate)
                        or pf.lead_officer_id = :me)
                 order by m.meeting_date, r.id limit 100""")
                .param("me", person).param("chief", chiefOfficer && directorate != null)
                .param("directorate", directorate == null ? -1L : directorate)
                .query(AttendanceRequests::map).list();
    }

    /** Substitutes proposed for the meetings of the committees given, awaiting the chair's decision. */
    public List<AttendanceRequest> substitutionsAwaiting(Long[] committees) {
        return jdbc.sql(SELECT + " where r.state = 'SUBSTITUTE_PROPOSED' and m.committee_id = any(?)"
                        + " order by m.meeting_date, r.id limit 100")
                .param(committees).query(AttendanceRequests::map).list();
    }

    /** Confirmed attendees of the items of upcoming meetings of the committees given (for the junior-only flag). */
    public List<AttendanceRequest> attendingUpcoming(Long[] committees, LocalDate from) {
        return jdbc.sql(SELECT + """
                 where r.state = 'CONFIRMED' and r.item_id is not null and m.committee_id = any(:committees)
                   and m.meeting_date >= :from and m.status <> 'CANCELLED'
                 order by m.meeting_date, i.position, r.id limit 1000""")
                .param("committees", committees).param("from", from).query(AttendanceRequests::map).list();
    }

    /** Whether the person already has an open request (or attends as a nominated officer) on the item. */
    public boolean attendsOrAsked(AgendaItemId item, long person) {
        return jdbc.sql("select exists (select 1 from attendance_request where item_id = ? and person_id = ? and state in "
                        + OPEN + ")")
                .params(item.value(), person).query(Boolean.class).single();
    }

    /** Whether the person has had any request on the item, in any state. */
    public boolean everAsked(AgendaItemId item, long person) {
        return jdbc.sql("select exists (select 1 from attendance_request where item_id = ? and parent_id is null"
                        + " and (person_id = ? or original_person_id = ?))")
                .params(item.value(), person, person).query(Boolean.class).single();
    }

    /** The open request of a kind for a person on an item, if any. */
    public Optional<AttendanceRequest> openRequest(AgendaItemId item, long person) {
        return jdbc.sql(SELECT + " where r.item_id = ? and r.person_id = ? and r.parent_id is null and r.state in "
                        + OPEN).params(item.value(), person).query(AttendanceRequests::map).optional();
    }

    /** The attendance by right of a person at a meeting, if recorded. */
    public Optional<AttendanceRequest> byRight(MeetingId meeting, long person) {
        return jdbc.sql(SELECT + " where r.meeting_id = ? and r.person_id = ? and r.item_id is null"
                        + " and r.state = 'CONFIRMED'")
                .params(meeting.value(), person).query(AttendanceRequests::map).optional();
    }

    /** A meeting's open requests (to lapse them when it is cancelled). */
    public List<AttendanceRequest> openAt(MeetingId meeting) {
        return jdbc.sql(SELECT + " where r.meeting_id = ? and r.state in " + OPEN + " order by r.id")
                .param(meeting.value()).query(AttendanceRequests::map).list();
    }

    /**
     * Inserts a request to attend an item, unless the person already has an open one on it (the unique index
     * decides, so a default invitation and a scrutiny officer's request made at the same moment cannot both land).
     */
    public Optional<AttendanceRequestId> insertRequest(MeetingId meeting, AgendaItemId item, RequestKind kind,
            long person, Capacity capacity, String address, String questions, String requestedBy, LocalDate on) {
        return jdbc.sql("""
                insert into attendance_request (meeting_id, item_id, kind, state, person_id, capacity, address,
                       questions, requested_by, requested_on)
                values (?, ?, ?, 'REQUESTED', ?, ?, ?, ?, ?, ?)
                on conflict (item_id, person_id) where parent_id is null and item_id is not null
                   and state in """ + OPEN + " do nothing returning id")
                .params(meeting.value(), item.value(), kind.name(), person, capacity.name(), text(address),
                        text(questions), requestedBy, on)
                .query(Long.class).optional().map(AttendanceRequestId::new);
    }

    /** Inserts an officer nominated in answer to a request: confirmed, linked to it. */
    public AttendanceRequestId insertNominee(AttendanceRequest parent, long person, Capacity capacity, long nominatedBy,
            String requestedBy, LocalDate on) {
        long id = jdbc.sql("""
                insert into attendance_request (meeting_id, item_id, parent_id, kind, state, person_id, capacity,
                       address, questions, requested_by, requested_on, nominated_by, responded_on, responded_by)
                values (?, ?, ?, ?, 'CONFIRMED', ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(parent.meetingId().value(), parent.itemId().value(), parent.id().value(), parent.kind().name(),
                        person, capacity.name(), parent.address(), parent.questions(), requestedBy, on, nominatedBy,
                        on, requestedBy)
                .query(Long.class).single();
        return new AttendanceRequestId(id);
    }

    /** Inserts the leader's or chief executive's attendance by right at a meeting. */
    public AttendanceRequestId insertByRight(MeetingId meeting, long person, Capacity capacity, boolean invitedToSpeak,
            Boolean attended, String requestedBy, LocalDate on) {
        long id = jdbc.sql("""
                insert into attendance_request (meeting_id, kind, state, person_id, capacity, requested_by,
                       requested_on, invited_to_speak, attended, attendance_recorded_on)
                values (?, 'BY_RIGHT', 'CONFIRMED', ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(meeting.value(), person, capacity.name(), requestedBy, on, invitedToSpeak, attended,
                        attended == null ? null : on)
                .query(Long.class).single();
        return new AttendanceRequestId(id);
    }

    /** Records the request's tracked notice deadline and its due date. */
    public void deadline(AttendanceRequestId id, DeadlineId deadline, LocalDate due) {
        jdbc.sql("update attendance_request set deadline_id = ?, notice_due = ?, updated_at = now() where id = ?")
                .params(deadline.value(), due, id.value()).update();
    }

    /** Records the notice as sent; false when the version read is no longer current. */
    public boolean noticeSent(AttendanceRequestId id, int version, LocalDate on, boolean shortNotice, boolean emailed) {
        return jdbc.sql("""
                update attendance_request set state = 'NOTICE_SENT', notice_sent_on = ?, short_notice = ?,
                       notice_emailed = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(on, shortNotice, emailed, id.value(), version).update() == 1;
    }

    /** Records that the notice was e-mailed. */
    public boolean noticeEmailed(AttendanceRequestId id) {
        return jdbc.sql("update attendance_request set notice_emailed = true, updated_at = now() where id = ?")
                .param(id.value()).update() == 1;
    }

    /** Records a reply (or a nomination) and the state it leads to; false when the version is stale. */
    public boolean responded(AttendanceRequestId id, int version, RequestState state, LocalDate on, String by,
            String declineReason, Long substitute, String substituteReason) {
        return jdbc.sql("""
                update attendance_request set state = ?, responded_on = ?, responded_by = ?, decline_reason = ?,
                       substitute_id = coalesce(?, substitute_id), substitute_reason = coalesce(?, substitute_reason),
                       substitution_decision = case when ? then null else substitution_decision end,
                       substitution_reason = case when ? then null else substitution_reason end,
                       substitution_decided_by = case when ? then null else substitution_decided_by end,
                       substitution_decided_on = case when ? then null else substitution_decided_on end,
                       updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(state.name(), on, by, declineReason, substitute, substituteReason, substitute != null,
                        substitute != null, substitute != null, substitute != null, id.value(), version)
                .update() == 1;
    }

    /** Makes the accepted substitute the attendee, keeping who was asked; false when the version is stale. */
    public boolean substitutionAccepted(AttendanceRequestId id, int version, long substitute, Capacity capacity,
            String reason, String by, LocalDate on) {
        return jdbc.sql("""
                update attendance_request set state = 'CONFIRMED', substituted = true,
                       original_person_id = person_id, original_capacity = capacity, person_id = ?, capacity = ?,
                       substitution_decision = 'ACCEPTED', substitution_reason = ?, substitution_decided_by = ?,
                       substitution_decided_on = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(substitute, capacity.name(), reason, by, on, id.value(), version).update() == 1;
    }

    /** Records the chair's refusal: the person asked is asked again; false when the version is stale. */
    public boolean substitutionRefused(AttendanceRequestId id, int version, String reason, String by, LocalDate on) {
        return jdbc.sql("""
                update attendance_request set state = 'NOTICE_SENT', substitution_decision = 'REFUSED',
                       substitution_reason = ?, substitution_decided_by = ?, substitution_decided_on = ?,
                       updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(reason, by, on, id.value(), version).update() == 1;
    }

    /** Moves the request to a state (withdrawn, lapsed), with the reason; false when the version is stale. */
    public boolean state(AttendanceRequestId id, int version, RequestState state, String closedReason) {
        return jdbc.sql("""
                update attendance_request set state = ?, closed_reason = coalesce(?, closed_reason),
                       updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(state.name(), closedReason, id.value(), version).update() == 1;
    }

    /** Records that the chair invited someone attending by right to speak. */
    public void invitedToSpeak(AttendanceRequestId id) {
        jdbc.sql("update attendance_request set invited_to_speak = true, updated_at = now(), version = version + 1"
                + " where id = ?").param(id.value()).update();
    }

    /** Records an attendee present or absent on the witness register. */
    public void attended(AttendanceRequestId id, Boolean present, LocalDate on) {
        jdbc.sql("""
                update attendance_request set attended = ?, attendance_recorded_on = ?, updated_at = now(),
                       version = version + 1 where id = ?""")
                .params(present, present == null ? null : on, id.value()).update();
    }

    /** The rows the figures count, for the meetings given. */
    public List<FigureRow> figureRows(Long[] meetings) {
        return jdbc.sql("""
                select r.meeting_id, r.item_id, m.meeting_date, c.name as committee_name, i.title as item_title,
                       r.kind, r.state, r.parent_id is not null as nominee, r.person_id, p.full_name as person_name,
                       r.capacity, r.original_person_id, o.full_name as original_name, r.original_capacity,
                       r.substituted, r.short_notice, r.attended
                from attendance_request r
                join meeting m on m.id = r.meeting_id
                join committee c on c.id = m.committee_id
                left join agenda_item i on i.id = r.item_id
                join person p on p.id = r.person_id
                left join person o on o.id = r.original_person_id
                where r.meeting_id = any(?)
                order by m.meeting_date, i.position nulls first, r.id""")
                .param(meetings)
                .query((rs, n) -> new FigureRow(rs.getLong("meeting_id"), id(rs, "item_id"),
                        rs.getDate("meeting_date").toLocalDate(), rs.getString("committee_name"),
                        rs.getString("item_title"), RequestKind.valueOf(rs.getString("kind")),
                        RequestState.valueOf(rs.getString("state")), rs.getBoolean("nominee"), rs.getLong("person_id"),
                        rs.getString("person_name"), Capacity.valueOf(rs.getString("capacity")),
                        id(rs, "original_person_id"), rs.getString("original_name"),
                        rs.getString("original_capacity") == null ? null
                                : Capacity.valueOf(rs.getString("original_capacity")),
                        rs.getBoolean("substituted"), rs.getBoolean("short_notice"), bool(rs, "attended")))
                .list();
    }

    /**
     * The scrutiny meetings among those given at which the register shows someone present in the capacity given.
     */
    public int scrutinyMeetingsAttended(Long[] meetings, Capacity capacity) {
        return jdbc.sql("""
                select count(distinct r.meeting_id) from attendance_request r
                join meeting m on m.id = r.meeting_id
                join committee c on c.id = m.committee_id
                where r.meeting_id = any(?) and r.capacity = ? and r.attended and r.state = 'CONFIRMED'
                  and c.kind in ('OVERVIEW_AND_SCRUTINY', 'TASK_AND_FINISH')""")
                .params(meetings, capacity.name()).query(Integer.class).single();
    }

    /** How many of the meetings given are of scrutiny committees. */
    public int scrutinyMeetings(Long[] meetings) {
        return jdbc.sql("""
                select count(*) from meeting m join committee c on c.id = m.committee_id
                where m.id = any(?) and c.kind in ('OVERVIEW_AND_SCRUTINY', 'TASK_AND_FINISH')""")
                .param(meetings).query(Integer.class).single();
    }

    // --- the ledger of open notice deadlines ---------------------------------------------------------------------

    /** Adds a notice deadline to the ledger of open ones. */
    public void noticeDeadlineOpened(DeadlineId deadline, AttendanceRequestId request) {
        jdbc.sql("insert into attendance_notice_deadline (deadline_id, request_id) values (?, ?) on conflict do nothing")
                .params(deadline.value(), request.value()).update();
    }

    /** Takes a notice deadline off the ledger (met, cancelled, or its request gone). */
    public void noticeDeadlineClosed(DeadlineId deadline) {
        jdbc.sql("delete from attendance_notice_deadline where deadline_id = ?").param(deadline.value()).update();
    }

    /** Open notice deadlines whose request no longer exists (its meeting or item was deleted). */
    public List<DeadlineId> orphanedNoticeDeadlines(int limit) {
        return jdbc.sql("""
                select n.deadline_id from attendance_notice_deadline n
                where not exists (select 1 from attendance_request r where r.id = n.request_id)
                order by n.deadline_id limit ?""")
                .param(limit).query((rs, i) -> new DeadlineId(rs.getLong(1))).list();
    }

    // --- mapping -----------------------------------------------------------------------------------------------

    static AttendanceRequest map(ResultSet rs, int n) throws SQLException {
        Long itemId = id(rs, "item_id");
        Long parent = id(rs, "parent_id");
        Long deadline = id(rs, "deadline_id");
        Time startsAt = rs.getTime("starts_at");
        return new AttendanceRequest(new AttendanceRequestId(rs.getLong("id")), new MeetingId(rs.getLong("meeting_id")),
                new CommitteeId(rs.getLong("committee_id")), rs.getString("committee_name"),
                date(rs, "meeting_date"), startsAt == null ? null : startsAt.toLocalTime(), rs.getString("place"),
                itemId == null ? null : new AgendaItemId(itemId), integer(rs, "item_number"), rs.getString("item_title"),
                rs.getBoolean("item_in_private"), parent == null ? null : new AttendanceRequestId(parent),
                RequestKind.valueOf(rs.getString("kind")), RequestState.valueOf(rs.getString("state")),
                ref(rs, "person_id", "person_name"), Capacity.valueOf(rs.getString("capacity")),
                ref(rs, "original_person_id", "original_name"),
                rs.getString("original_capacity") == null ? null : Capacity.valueOf(rs.getString("original_capacity")),
                rs.getBoolean("substituted"), rs.getString("address"), rs.getString("questions"),
                rs.getString("requested_by"), date(rs, "requested_on"),
                deadline == null ? null : new DeadlineId(deadline), date(rs, "notice_due"), date(rs, "notice_sent_on"),
                rs.getBoolean("short_notice"), rs.getBoolean("notice_emailed"), date(rs, "responded_on"),
                rs.getString("responded_by"), rs.getString("decline_reason"),
                ref(rs, "substitute_id", "substitute_name"), rs.getString("substitute_reason"),
                rs.getString("substitution_decision"), rs.getString("substitution_reason"),
                rs.getString("substitution_decided_by"), date(rs, "substitution_decided_on"),
                ref(rs, "nominated_by", "nominated_by_name"), rs.getBoolean("invited_to_speak"), bool(rs, "attended"),
                date(rs, "attendance_recorded_on"), rs.getString("closed_reason"), false, rs.getInt("version"));
    }

    static Reference ref(ResultSet rs, String idColumn, String nameColumn) throws SQLException {
        long id = rs.getLong(idColumn);
        return rs.wasNull() ? null : new Reference(id, rs.getString(nameColumn));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Long id(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? null : v;
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
