package org.scrutineer.forwardplan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.scrutineer.forwardplan.DecisionId;
import org.scrutineer.forwardplan.KeyDecisionReport;
import org.scrutineer.forwardplan.PreDecisionScrutiny;
import org.scrutineer.forwardplan.PrivateMeetingNotice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Private meeting notices, pre-decision scrutiny flags and reg 18 reports, all kept beside a decision. */
@Repository
public class DecisionScrutiny {

    private final JdbcClient jdbc;

    DecisionScrutiny(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PrivateMeetingNotice> privateNotice(DecisionId id) {
        return jdbc.sql("""
                select intention_published_on, intention_due, representations, response, final_published_on, final_due
                from private_meeting_notice where decision_id = ?""").param(id.value())
                .query((rs, n) -> new PrivateMeetingNotice(rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .optional();
    }

    public void savePrivateNotice(DecisionId id, PrivateMeetingNotice p) {
        jdbc.sql("""
                insert into private_meeting_notice (decision_id, intention_published_on, intention_due, representations,
                       response, final_published_on, final_due)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (decision_id) do update set intention_published_on = excluded.intention_published_on,
                       intention_due = excluded.intention_due, representations = excluded.representations,
                       response = excluded.response, final_published_on = excluded.final_published_on,
                       final_due = excluded.final_due, version = private_meeting_notice.version + 1""")
                .params(id.value(), p.intentionPublishedOn(), p.intentionDue(), p.representations(), p.response(),
                        p.finalPublishedOn(), p.finalDue())
                .update();
    }

    public List<PreDecisionScrutiny> flags(DecisionId id) {
        return jdbc.sql(FLAGS + " where f.decision_id = ? order by c.name").param(id.value())
                .query(DecisionScrutiny::flag).list();
    }

    /** The flags of several decisions, by decision id (decisions with none are left out). */
    public java.util.Map<Long, List<PreDecisionScrutiny>> flags(List<DecisionId> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql(FLAGS + " where f.decision_id = any(?) order by c.name")
                .param(ids.stream().map(DecisionId::value).toArray(Long[]::new)).query(DecisionScrutiny::flag).list()
                .stream().collect(java.util.stream.Collectors.groupingBy(f -> f.decisionId().value()));
    }

    public List<PreDecisionScrutiny> flagsOfCommittee(long committeeId) {
        return jdbc.sql(FLAGS + " where f.committee_id = ? order by f.flagged_on desc").param(committeeId)
                .query(DecisionScrutiny::flag).list();
    }

    public boolean flagged(DecisionId id, long committeeId) {
        return jdbc.sql("select exists (select 1 from pre_decision_scrutiny where decision_id = ? and committee_id = ?)")
                .params(id.value(), committeeId).query(Boolean.class).single();
    }

    public long flag(DecisionId id, long committeeId, String note, String by, LocalDate on) {
        return jdbc.sql("""
                insert into pre_decision_scrutiny (decision_id, committee_id, note, flagged_by, flagged_on)
                values (?, ?, ?, ?, ?) returning id""").params(id.value(), committeeId, note, by, on)
                .query(Long.class).single();
    }

    public List<KeyDecisionReport> reports(DecisionId id) {
        return jdbc.sql("""
                select r.id, r.decision_id, c.name, r.required_on, r.report_by, r.reasons, r.reported_on
                from key_decision_report r join committee c on c.id = r.committee_id
                where r.decision_id = ? order by r.id""").param(id.value())
                .query((rs, n) -> new KeyDecisionReport(rs.getLong(1), new DecisionId(rs.getLong(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getObject(7, LocalDate.class)))
                .list();
    }

    public boolean reportRequired(DecisionId id, long committeeId) {
        return jdbc.sql("select exists (select 1 from key_decision_report where decision_id = ? and committee_id = ?)")
                .params(id.value(), committeeId).query(Boolean.class).single();
    }

    public long requireReport(DecisionId id, long committeeId, LocalDate on, LocalDate by, String reasons) {
        return jdbc.sql("""
                insert into key_decision_report (decision_id, committee_id, required_on, report_by, reasons)
                values (?, ?, ?, ?, ?) returning id""").params(id.value(), committeeId, on, by, reasons)
                .query(Long.class).single();
    }

    private static final String FLAGS = """
            select f.decision_id, f.committee_id, c.name, f.note, f.flagged_by, f.flagged_on
            from pre_decision_scrutiny f join committee c on c.id = f.committee_id
            """;

    private static PreDecisionScrutiny flag(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PreDecisionScrutiny(new DecisionId(rs.getLong(1)), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, LocalDate.class));
    }
}
