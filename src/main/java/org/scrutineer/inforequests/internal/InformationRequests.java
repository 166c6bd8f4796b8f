package org.scrutineer.inforequests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.inforequests.InformationFigures;
import org.scrutineer.inforequests.InformationRequest;
import org.scrutineer.inforequests.InformationRequestId;
import org.scrutineer.inforequests.RefusalGround;
import org.scrutineer.inforequests.RequestDetails;
import org.scrutineer.inforequests.RequestEvent;
import org.scrutineer.inforequests.RequestState;
import org.scrutineer.inforequests.RequestedAs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Information requests and what happened to them. */
@Repository
public class InformationRequests {

    private static final String SELECT = """
            select r.*, c.name as committee_name, q.full_name as requested_by_name, d.name as directorate_name,
                   o.full_name as officer_name, e.full_name as escalated_name
            from information_request r
            join committee c on c.id = r.committee_id
            join person q on q.id = r.requested_by
            join person o on o.id = r.responsible_officer_id
            left join directorate d on d.id = r.directorate_id
            left join person e on e.id = r.escalated_to
            """;

    /** Who may see a request in a list: see {@link InformationPermissions#sees}. */
    public record Visibility(boolean all, Long person, Long[] committees, Long directorate, boolean chiefOfficer) {
    }

    private final JdbcClient jdbc;

    InformationRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<InformationRequest> find(InformationRequestId id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id.value()).query(InformationRequests::map).optional();
    }

    public Optional<InformationRequest> byDeadline(DeadlineId id) {
        return jdbc.sql(SELECT + " where r.deadline_id = ?").param(id.value()).query(InformationRequests::map)
                .optional();
    }

    public List<InformationRequest> list(Long committeeId, Long directorateId, RequestState state, boolean openOnly,
            boolean overdueOnly, LocalDate today, Visibility v, int limit, int offset) {
        return jdbc.sql(SELECT + where() + " order by (r.responded_on is null and r.state <> 'WITHDRAWN') desc, "
                + "r.due asc nulls last, r.id desc limit :limit offset :offset")
                .params(params(committeeId, directorateId, state, openOnly, overdueOnly, today, v))
                .param("limit", limit).param("offset", offset).query(InformationRequests::map).list();
    }

    public long count(Long committeeId, Long directorateId, RequestState state, boolean openOnly,
            boolean overdueOnly, LocalDate today, Visibility v) {
        return jdbc.sql("select count(*) from information_request r" + where())
                .params(params(committeeId, directorateId, state, openOnly, overdueOnly, today, v))
                .query(Long.class).single();
    }

    private static java.util.Map<String, Object> params(Long committeeId, Long directorateId, RequestState state,
            boolean openOnly, boolean overdueOnly, LocalDate today, Visibility v) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("committee", committeeId);
        p.put("directorate", directorateId);
        p.put("state", state == null ? null : state.name());
        p.put("open", openOnly);
        p.put("overdue", overdueOnly);
        p.put("today", today);
        p.put("all", v.all());
        p.put("person", v.person());
        p.put("committees", v.committees());
        p.put("myDirectorate", v.directorate());
        p.put("chief", v.chiefOfficer());
        return p;
    }

    private static String where() {
        return """
                 where (cast(:committee as bigint) is null or r.committee_id = :committee)
                   and (cast(:directorate as bigint) is null or r.directorate_id = :directorate)
                   and (cast(:state as text) is null or r.state = :state)
                   and (not :open or r.state in ('RECEIVED', 'ACKNOWLEDGED', 'CLARIFICATION_SOUGHT'))
                   and (not :overdue or (r.state in ('RECEIVED', 'ACKNOWLEDGED') and r.due < :today))
                   and (:all or r.requested_by = :person or r.responsible_officer_id = :person
                        or r.escalated_to = :person or r.committee_id = any(:committees)
                        or (:chief and r.directorate_id = :myDirectorate))
                """;
    }

    /** The next number in a municipal year's sequence of references. */
    public int nextSequence(String prefix) {
        return jdbc.sql("select count(*) + 1 from information_request where reference like ?")
                .param(prefix + "%").query(Integer.class).single();
    }

    public boolean referenceTaken(String reference) {
        return jdbc.sql("select exists (select 1 from information_request where lower(reference) = lower(?))")
                .param(reference).query(Boolean.class).single();
    }

    public InformationRequestId insert(String reference, RequestDetails d) {
        long id = jdbc.sql("""
                insert into information_request (reference, committee_id, requested_by, requested_as, agenda_item_id,
                       relates_to, what, why, directorate_id, responsible_officer_id, received_on, state)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED') returning id""")
                .params(reference, d.committeeId(), d.requestedById(), d.requestedAs().name(), d.agendaItemId(),
                        d.relatesTo().strip(), d.what().strip(), d.why().strip(), d.directorateId(),
                        d.responsibleOfficerId(), d.receivedOn())
                .query(Long.class).single();
        return new InformationRequestId(id);
    }

    public void deadline(InformationRequestId id, DeadlineId deadline, LocalDate due) {
        jdbc.sql("update information_request set deadline_id = ?, due = ?, updated_at = now() where id = ?")
                .params(deadline.value(), due, id.value()).update();
    }

    /** Follows the tracked deadline's due date (clock restarted, extension). */
    public void due(InformationRequestId id, LocalDate due) {
        jdbc.sql("update information_request set due = ?, updated_at = now() where id = ?").params(due, id.value())
                .update();
    }

    public boolean acknowledged(InformationRequestId id, int version, LocalDate on, long by) {
        return jdbc.sql("""
                update information_request set state = 'ACKNOWLEDGED', acknowledged_on = ?, acknowledged_by = ?,
                       updated_at = now(), version = version + 1
                where id = ? and version = ?""").params(on, by, id.value(), version).update() == 1;
    }

    public boolean clarificationSought(InformationRequestId id, int version, String question, LocalDate on) {
        return jdbc.sql("""
                update information_request set state = 'CLARIFICATION_SOUGHT', clarification = ?,
                       clarification_sought_on = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""").params(question, on, id.value(), version).update() == 1;
    }

    public boolean clarified(InformationRequestId id, int version, RequestState resumeAs) {
        return jdbc.sql("""
                update information_request set state = ?, clarification = null, clarification_sought_on = null,
                       updated_at = now(), version = version + 1
                where id = ? and version = ?""").params(resumeAs.name(), id.value(), version).update() == 1;
    }

    public boolean answered(InformationRequestId id, int version, RequestState state, LocalDate on, Long by,
            String response, RefusalGround ground, String reasons) {
        return jdbc.sql("""
                update information_request set state = ?, responded_on = ?, responded_by = ?, response = ?,
                       refusal_ground = ?, refusal_reasons = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(state.name(), on, by, response, ground == null ? null : ground.name(), reasons, id.value(),
                        version)
                .update() == 1;
    }

    public boolean withdrawn(InformationRequestId id, int version) {
        return jdbc.sql("""
                update information_request set state = 'WITHDRAWN', updated_at = now(), version = version + 1
                where id = ? and version = ?""").params(id.value(), version).update() == 1;
    }

    public void escalated(InformationRequestId id, LocalDate on, Long to) {
        jdbc.sql("update information_request set escalated_on = ?, escalated_to = ?, updated_at = now() where id = ?")
                .params(on, to, id.value()).update();
    }

    public void event(InformationRequestId id, LocalDate on, String kind, String text, String by) {
        jdbc.sql("insert into information_request_event (request_id, happened_on, kind, text, by_name) values (?, ?, ?, ?, ?)")
                .params(id.value(), on, kind, text, by).update();
    }

    public List<RequestEvent> events(InformationRequestId id) {
        return jdbc.sql("""
                select happened_on, kind, text, by_name from information_request_event
                where request_id = ? order by id""").param(id.value())
                .query((rs, n) -> new RequestEvent(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    /** Figures per committee ({@code byDirectorate} false) or per directorate, for requests received in a period. */
    public List<InformationFigures> figures(boolean byDirectorate, LocalDate from, LocalDate to, LocalDate today) {
        String group = byDirectorate ? "coalesce(d.name, 'No directorate')" : "c.name";
        return jdbc.sql("""
                select %s as name,
                       count(*) as requests,
                       count(*) filter (where r.state in ('PROVIDED', 'PARTLY_PROVIDED', 'REFUSED')) as answered,
                       count(*) filter (where r.state in ('PROVIDED', 'PARTLY_PROVIDED', 'REFUSED')
                                        and r.responded_on <= r.due) as on_time,
                       count(*) filter (where r.state = 'REFUSED') as refused,
                       count(*) filter (where r.state in ('RECEIVED', 'ACKNOWLEDGED', 'CLARIFICATION_SOUGHT')) as open,
                       count(*) filter (where r.state in ('RECEIVED', 'ACKNOWLEDGED') and r.due < :today) as overdue,
                       percentile_cont(0.5) within group (order by (r.responded_on - r.received_on))
                           filter (where r.state in ('PROVIDED', 'PARTLY_PROVIDED', 'REFUSED')) as median_days
                from information_request r
                join committee c on c.id = r.committee_id
                left join directorate d on d.id = r.directorate_id
                where r.state <> 'WITHDRAWN' and r.received_on between :from and :to
                group by 1 order by 1""".formatted(group))
                .param("from", from).param("to", to).param("today", today)
                .query((rs, n) -> new InformationFigures(rs.getString("name"), rs.getLong("requests"),
                        rs.getLong("answered"), rs.getLong("on_time"), rs.getLong("refused"), rs.getLong("open"),
                        rs.getLong("overdue"), (Double) rs.getObject("median_days")))
                .list();
    }

    static InformationRequest map(ResultSet rs, int n) throws SQLException {
        long deadline = rs.getLong("deadline_id");
        String ground = rs.getString("refusal_ground");
        return new InformationRequest(new InformationRequestId(rs.getLong("id")), rs.getString("reference"),
                rs.getLong("committee_id"), rs.getString("committee_name"), rs.getLong("requested_by"),
                rs.getString("requested_by_name"), RequestedAs.valueOf(rs.getString("requested_as")),
                (Long) rs.getObject("agenda_item_id"), rs.getString("relates_to"), rs.getString("what"),
                rs.getString("why"), (Long) rs.getObject("directorate_id"), rs.getString("directorate_name"),
                rs.getLong("responsible_officer_id"), rs.getString("officer_name"),
                rs.getObject("received_on", LocalDate.class), deadline == 0 ? null : new DeadlineId(deadline),
                rs.getObject("due", LocalDate.class), RequestState.valueOf(rs.getString("state")),
                rs.getObject("acknowledged_on", LocalDate.class), rs.getObject("responded_on", LocalDate.class),
                rs.getString("response"), ground == null ? null : RefusalGround.valueOf(ground),
                rs.getString("refusal_reasons"), rs.getString("clarification"),
                rs.getObject("clarification_sought_on", LocalDate.class), rs.getObject("escalated_on", LocalDate.class),
                rs.getString("escalated_name"), rs.getInt("version"));
    }
}
