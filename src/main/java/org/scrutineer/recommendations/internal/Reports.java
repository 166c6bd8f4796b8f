package org.scrutineer.recommendations.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.recommendations.Approval;
import org.scrutineer.recommendations.ReportDetails;
import org.scrutineer.recommendations.ReportId;
import org.scrutineer.recommendations.ReportState;
import org.scrutineer.recommendations.ResponseField;
import org.scrutineer.recommendations.ResponseState;
import org.scrutineer.recommendations.ScrutinyReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scrutiny_report table. */
@Repository
public class Reports {

    static final String SELECT = """
            select r.*, c.name as committee_name, d.full_name as drafted_name, a.full_name as approved_name
            from scrutiny_report r
            join committee c on c.id = r.committee_id
            left join person d on d.id = r.response_drafted_by
            left join person a on a.id = r.response_approved_by
            """;

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ScrutinyReport> find(ReportId id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id.value()).query((rs, n) -> map(rs)).optional();
    }

    public Optional<ScrutinyReport> findByReference(String reference) {
        return jdbc.sql(SELECT + " where lower(r.reference) = lower(?)").param(reference.strip())
                .query((rs, n) -> map(rs)).optional();
    }

    /** Reports, newest first, optionally of one committee, state and municipal year. */
    /**
     * Reports, newest first, optionally of one committee, state and municipal year.
     *
     * @param drafts whose drafts may be listed: null for every draft
     */
    public List<ScrutinyReport> list(Long committeeId, ReportState state, Integer year, boolean publishedOnly,
            Recommendations.DraftVisibility drafts, int limit, int offset) {
        return jdbc.sql(SELECT + WHERE + " order by r.municipal_year desc, r.sequence desc nulls last, r.id desc"
                        + " limit :limit offset :offset")
                .params(params(committeeId, state, year, publishedOnly, drafts)).param("limit", limit)
                .param("offset", offset).query((rs, n) -> map(rs)).list();
    }

    public long count(Long committeeId, ReportState state, Integer year, boolean publishedOnly,
            Recommendations.DraftVisibility drafts) {
        return jdbc.sql("select count(*) from scrutiny_report r " + WHERE)
                .params(params(committeeId, state, year, publishedOnly, drafts)).query(Long.class).single();
    }

    private static final String WHERE = """
             where (cast(:committee as bigint) is null or r.committee_id = :committee)
               and (cast(:state as text) is null or r.state = :state)
               and (cast(:year as int) is null or r.municipal_year = :year)
               and (not :published or r.published_on is not null)
               and (:allDrafts or r.state not in ('DRAFT', 'SHARED') or r.committee_id = any(:myCommittees)
                    or exists (select 1 from draft_share s where s.report_id = r.id and s.person_id = :me))
            """;

    private static java.util.Map<String, Object> params(Long committeeId, ReportState state, Integer year,
            boolean publishedOnly, Recommendations.DraftVisibility drafts) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("committee", committeeId);
        p.put("state", state == null ? null : state.name());
        p.put("year", year);
        p.put("published", publishedOnly);
        p.put("allDrafts", drafts == null);
        p.put("myCommittees", drafts == null ? new Long[0] : drafts.committees());
        p.put("me", drafts == null || drafts.person() == null ? -1L : drafts.person());
        return p;
    }

    /** The municipal years that have reports, newest first. */
    public List<Integer> years() {
        return jdbc.sql("select distinct municipal_year from scrutiny_report order by 1 desc").query(Integer.class)
                .list();
    }

    /** The next report number in a municipal year (serialised by a lock on the year). */
    public int nextSequence(int year) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('scrutiny_report_sequence'), ?)").param(year)
                .query((rs, n) -> 1).list();
        return jdbc.sql("select coalesce(max(sequence), 0) + 1 from scrutiny_report where municipal_year = ?")
                .param(year).query(Integer.class).single();
    }

    public ReportId insert(String reference, int year, Integer sequence, ReportDetails d, boolean imported) {
        long id = jdbc.sql("""
                insert into scrutiny_report (reference, municipal_year, sequence, committee_id, title, summary, body,
                    exempt_paragraph, exempt_reason, public_summary, state, imported)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?) returning id""")
                .params(reference, year, sequence, d.committeeId(), d.title().strip(), Rows.text(d.summary()),
                        Rows.text(d.body()), d.exemptParagraph(), exemptOnly(d, d.exemptReason()),
                        exemptOnly(d, d.publicSummary()), imported)
                .query(Long.class).single();
        return new ReportId(id);
    }

    public boolean update(ReportId id, int version, ReportDetails d) {
        return jdbc.sql("""
                update scrutiny_report set committee_id = ?, title = ?, summary = ?, body = ?, exempt_paragraph = ?,
                    exempt_reason = ?, public_summary = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(d.committeeId(), d.title().strip(), Rows.text(d.summary()), Rows.text(d.body()),
                        d.exemptParagraph(), exemptOnly(d, d.exemptReason()), exemptOnly(d, d.publicSummary()),
                        id.value(), version)
                .update() == 1;
    }

    private static String exemptOnly(ReportDetails d, String value) {
        return d.exemptParagraph() == null ? null : Rows.text(value);
    }

    public boolean markShared(ReportId id, int version, LocalDate on) {
        return jdbc.sql("""
                update scrutiny_report set state = 'SHARED', shared_on = coalesce(shared_on, ?), updated_at = now(),
                    version = version + 1 where id = ? and version = ?""")
                .params(on, id.value(), version).update() == 1;
    }

    public boolean markAgreed(ReportId id, int version, LocalDate on, String at, Set<ResponseField> required) {
        return jdbc.sql("""
                update scrutiny_report set state = 'AGREED', agreed_on = ?, agreed_at = ?, required_fields = ?,
                    updated_at = now(), version = version + 1 where id = ? and version = ?""")
                .params(on, Rows.text(at), required.stream().map(Enum::name).toArray(String[]::new), id.value(),
                        version)
                .update() == 1;
    }

    public boolean markNoticeServed(ReportId id, int version, LocalDate on, DeadlineId deadline, LocalDate due) {
        return jdbc.sql("""
                update scrutiny_report set state = 'NOTICE_SERVED', notice_served_on = ?, response_deadline_id = ?,
                    response_due = ?, updated_at = now(), version = version + 1 where id = ? and version = ?""")
                .params(on, deadline == null ? null : deadline.value(), due, id.value(), version).update() == 1;
    }

    public boolean saveResponseDraft(ReportId id, int version, Long draftedBy, String summary) {
        return jdbc.sql("""
                update scrutiny_report set response_state = 'DRAFT', response_drafted_by = ?, response_summary = ?,
                    updated_at = now(), version = version + 1 where id = ? and version = ?""")
                .params(draftedBy, Rows.text(summary), id.value(), version).update() == 1;
    }

    public boolean markResponded(ReportId id, int version, Long approvedBy, Approval via, LocalDate cabinetDate,
            LocalDate givenOn, int daysLate) {
        return jdbc.sql("""
                update scrutiny_report set state = 'RESPONDED', response_state = 'APPROVED', response_approved_by = ?,
                    response_approved_via = ?, response_cabinet_date = ?, response_given_on = ?,
                    response_days_late = ?, updated_at = now(), version = version + 1 where id = ? and version = ?""")
                .params(approvedBy, via.name(), cabinetDate, givenOn, daysLate, id.value(), version).update() == 1;
    }

    public Optional<ScrutinyReport> findByResponseDeadline(DeadlineId deadline) {
        return jdbc.sql(SELECT + " where r.response_deadline_id = ?").param(deadline.value())
                .query((rs, n) -> map(rs)).optional();
    }

    /**
     * Moves the response due date to the deadline's. It follows the deadlines module rather than a person's edit, so
     * it leaves the version alone: someone drafting the response at that moment must not meet a conflict.
     */
    public void reschedule(ReportId id, LocalDate due) {
        jdbc.sql("update scrutiny_report set response_due = ?, updated_at = now() where id = ?")
                .params(due, id.value()).update();
    }

    public boolean markPublished(ReportId id, int version, LocalDate on) {
        return jdbc.sql("""
                update scrutiny_report set published_on = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(on, id.value(), version).update() == 1;
    }

    public void delete(ReportId id) {
        jdbc.sql("delete from scrutiny_report where id = ?").param(id.value()).update();
    }

    static ScrutinyReport map(ResultSet rs) throws SQLException {
        Long deadline = Rows.id(rs, "response_deadline_id");
        return new ScrutinyReport(new ReportId(rs.getLong("id")), rs.getString("reference"),
                rs.getInt("municipal_year"), new CommitteeId(rs.getLong("committee_id")),
                rs.getString("committee_name"), rs.getString("title"), rs.getString("summary"),
                rs.getString("body"), Rows.integer(rs, "exempt_paragraph"), rs.getString("exempt_reason"),
                rs.getString("public_summary"), ReportState.valueOf(rs.getString("state")),
                fields(rs.getArray("required_fields")), Rows.date(rs, "shared_on"), Rows.date(rs, "agreed_on"),
                rs.getString("agreed_at"), Rows.date(rs, "notice_served_on"),
                deadline == null ? null : new DeadlineId(deadline), Rows.date(rs, "response_due"),
                Rows.enumOf(ResponseState.class, rs.getString("response_state")),
                Rows.ref(rs, "response_drafted_by", "drafted_name"),
                Rows.ref(rs, "response_approved_by", "approved_name"),
                Rows.enumOf(Approval.class, rs.getString("response_approved_via")),
                Rows.date(rs, "response_cabinet_date"), Rows.date(rs, "response_given_on"),
                Rows.integer(rs, "response_days_late"), rs.getString("response_summary"),
                Rows.date(rs, "published_on"), rs.getBoolean("imported"), rs.getInt("version"));
    }

    private static Set<ResponseField> fields(Array array) throws SQLException {
        Set<ResponseField> set = EnumSet.noneOf(ResponseField.class);
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                set.add(ResponseField.valueOf((String) o));
            }
        }
        return set;
    }
}
