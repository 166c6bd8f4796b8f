package org.scrutineer.attendance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.scrutineer.attendance.SpeakingRequest;
import org.scrutineer.attendance.SpeakingRequestId;
import org.scrutineer.attendance.SpeakingState;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.MeetingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The speaking_request table: councillors' requests to speak on an item. */
@Repository
public class SpeakingRequests {

    private static final String SELECT = """
            select s.*, p.full_name as person_name from speaking_request s join person p on p.id = s.person_id
            """;

    private final JdbcClient jdbc;

    SpeakingRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A request to speak by id. */
    public Optional<SpeakingRequest> find(SpeakingRequestId id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id.value()).query(SpeakingRequests::map).optional();
    }

    /** An item's requests to speak, oldest first. */
    public List<SpeakingRequest> ofItem(AgendaItemId item) {
        return jdbc.sql(SELECT + " where s.item_id = ? order by s.id").param(item.value())
                .query(SpeakingRequests::map).list();
    }

    /** Requests to speak awaiting the chair at meetings of the committees given. */
    public List<SpeakingRequest> awaiting(Long[] committees) {
        return jdbc.sql(SELECT + """
                 join meeting m on m.id = s.meeting_id
                 where s.state = 'REQUESTED' and m.committee_id = any(?) and m.meeting_date >= current_date
                 order by m.meeting_date, s.id limit 100""")
                .param(committees).query(SpeakingRequests::map).list();
    }

    /** Inserts a request unless the councillor already has one awaiting a decision or granted on the item. */
    public Optional<SpeakingRequestId> insert(MeetingId meeting, AgendaItemId item, long person, String reason,
            String by, LocalDate on) {
        return jdbc.sql("""
                insert into speaking_request (meeting_id, item_id, person_id, reason, state, requested_by, requested_on)
                values (?, ?, ?, ?, 'REQUESTED', ?, ?)
                on conflict (item_id, person_id) where state in ('REQUESTED', 'GRANTED') do nothing returning id""")
                .params(meeting.value(), item.value(), person, reason.strip(), by, on)
                .query(Long.class).optional().map(SpeakingRequestId::new);
    }

    /** Records the chair's decision; false when the version read is no longer current. */
    public boolean decided(SpeakingRequestId id, int version, SpeakingState state, String reason, String by,
            LocalDate on) {
        return jdbc.sql("""
                update speaking_request set state = ?, decision_reason = ?, decided_by = ?, decided_on = ?,
                       updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(state.name(), reason, by, on, id.value(), version).update() == 1;
    }

    /** Lapses the open requests to speak at a cancelled meeting; returns them as they were. */
    public List<SpeakingRequest> lapse(MeetingId meeting, String reason) {
        List<SpeakingRequest> open = jdbc.sql(SELECT + " where s.meeting_id = ? and s.state in ('REQUESTED', 'GRANTED')")
                .param(meeting.value()).query(SpeakingRequests::map).list();
        jdbc.sql("""
                update speaking_request set state = 'LAPSED', decision_reason = coalesce(decision_reason, ?),
                       updated_at = now(), version = version + 1
                where meeting_id = ? and state in ('REQUESTED', 'GRANTED')""")
                .params(reason, meeting.value()).update();
        return open;
    }

    static SpeakingRequest map(ResultSet rs, int n) throws SQLException {
        return new SpeakingRequest(new SpeakingRequestId(rs.getLong("id")), new MeetingId(rs.getLong("meeting_id")),
                new AgendaItemId(rs.getLong("item_id")),
                AttendanceRequests.ref(rs, "person_id", "person_name"), rs.getString("reason"),
                SpeakingState.valueOf(rs.getString("state")), rs.getString("requested_by"),
                AttendanceRequests.date(rs, "requested_on"), rs.getString("decision_reason"),
                rs.getString("decided_by"), AttendanceRequests.date(rs, "decided_on"), rs.getInt("version"));
    }
}
