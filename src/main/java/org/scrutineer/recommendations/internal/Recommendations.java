package org.scrutineer.recommendations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scrutineer.directory.CommitteeId;
import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.Progress;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.RecommendationDetails;
import org.scrutineer.recommendations.RecommendationId;
import org.scrutineer.recommendations.ReportId;
import org.scrutineer.recommendations.ReportState;
import org.scrutineer.recommendations.ResponseDecision;
import org.scrutineer.recommendations.ResponseDetails;
import org.scrutineer.recommendations.Stage;
import org.scrutineer.recommendations.TrackerQuery;
import org.scrutineer.recommendations.TrackerSort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recommendation table, and the tracker's queries over it. */
@Repository
public class Recommendations {

    static final String SELECT = """
            select x.*, r.reference as report_reference, r.title as report_title, r.committee_id,
                   c.name as committee_name, r.municipal_year, r.state as report_state,
                   r.published_on as report_published_on, r.response_due, r.response_given_on,
                   ad.full_name as addressee_name, p.title as portfolio_title, cm.full_name as cabinet_member_name,
                   lo.full_name as lead_officer_name
            from recommendation x
            join scrutiny_report r on r.id = x.report_id
            join committee c on c.id = r.committee_id
            left join person ad on ad.id = x.addressee_id
            left join portfolio p on p.id = x.portfolio_id
            left join person cm on cm.id = x.cabinet_member_id
            left join person lo on lo.id = x.lead_officer_id
            """;

    /** {@link #SELECT} over a page of ids, in the page's order ({@code position}). */
    private static final String PAGE_SELECT = pageSelect();

    private static String pageSelect() {
        String from = "from recommendation x\n";
        if (!SELECT.contains(from)) {
            throw new IllegalStateException("The tracker's page query expects " + from.strip() + " in SELECT");
        }
        return SELECT.replace(from, "from unnest(array(:page)) with ordinality as page (id, position)\n"
                + "join recommendation x on x.id = page.id\n");
    }

    /** Overdue responses, then slipped or late actions, then stale ones, then the rest. */
    private static final String PRIORITY = """
            case when x.stage = 'AWAITING_RESPONSE' and r.response_due < :today then 0
                 when x.stage in ('IN_PROGRESS', 'DEFERRED') and (x.progress in ('SLIPPED', 'NOT_ACHIEVED')
                      or (x.current_target < :today and x.progress is distinct from 'ACHIEVED')) then 1
                 when x.stage in ('IN_PROGRESS', 'DEFERRED')
                      and coalesce(x.last_update_on, r.response_given_on) < :staleBefore then 2
                 when x.stage = 'AWAITING_RESPONSE' then 3
                 when x.stage in ('IN_PROGRESS', 'DEFERRED') then 4
                 when x.stage in ('DRAFT', 'AGREED') then 5
                 else 6 end""";

    private final JdbcClient jdbc;

    Recommendations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Recommendation> find(RecommendationId id) {
        return jdbc.sql(SELECT + " where x.id = ?").param(id.value()).query((rs, n) -> map(rs)).optional();
    }

    public List<Recommendation> ofReport(ReportId report) {
        return jdbc.sql(SELECT + " where x.report_id = ? order by x.number").param(report.value())
                .query((rs, n) -> map(rs)).list();
    }

    public RecommendationId insert(ReportId report, RecommendationDetails d, Stage stage) {
        long id = jdbc.sql("""
                insert into recommendation (report_id, number, text, addressed_to, addressee_id, partner_body,
                    portfolio_id, exempt, public_summary, stage)
                values (?, (select coalesce(max(number), 0) + 1 from recommendation where report_id = ?),
                    ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(report.value(), report.value(), d.text().strip(), d.addressedTo().name(), addressee(d),
                        d.addressedTo() == Addressee.PARTNER ? Rows.text(d.partnerBody()) : null, d.portfolioId(),
                        d.exempt(), d.exempt() ? Rows.text(d.publicSummary()) : null, stage.name())
                .query(Long.class).single();
        return new RecommendationId(id);
    }

    public boolean update(RecommendationId id, int version, RecommendationDetails d) {
        return jdbc.sql("""
                update recommendation set text = ?, addressed_to = ?, addressee_id = ?, partner_body = ?,
                    portfolio_id = ?, exempt = ?, public_summary = ?, version = version + 1
                where id = ? and version = ?""")
                .params(d.text().strip(), d.addressedTo().name(), addressee(d),
                        d.addressedTo() == Addressee.PARTNER ? Rows.text(d.partnerBody()) : null, d.portfolioId(),
                        d.exempt(), d.exempt() ? Rows.text(d.publicSummary()) : null, id.value(), version)
                .update() == 1;
    }

    private static Long addressee(RecommendationDetails d) {
        return d.addressedTo() == Addressee.CABINET_MEMBER ? d.addresseeId() : null;
    }

    /** Removes a draft recommendation and closes the gap in the numbering. */
    public void delete(RecommendationId id, ReportId report, int number) {
        jdbc.sql("delete from recommendation where id = ?").param(id.value()).update();
        // numbers are unique per report, so shift through negatives to avoid clashing mid-update
        jdbc.sql("update recommendation set number = -number where report_id = ? and number > ?")
                .params(report.value(), number).update();
        jdbc.sql("update recommendation set number = -number - 1 where report_id = ? and number < 0")
                .param(report.value()).update();
    }

    public void setStageForReport(ReportId report, Stage stage) {
        jdbc.sql("update recommendation set stage = ?, version = version + 1 where report_id = ?")
                .params(stage.name(), report.value()).update();
    }

    public void saveResponse(ResponseDetails r) {
        boolean action = r.decision() != null && r.decision().actionFollows();
        jdbc.sql("""
                update recommendation set decision = ?, reasons = ?, proposed_action = ?, cabinet_member_id = ?,
                    lead_officer_id = ?, target_date = ?, success_measure = ?, version = version + 1
                where id = ?""")
                .params(r.decision() == null ? null : r.decision().name(), Rows.text(r.reasons()),
                        Rows.text(r.proposedAction()), r.cabinetMemberId(), r.leadOfficerId(),
                        action ? r.targetDate() : null, Rows.text(r.successMeasure()), r.recommendationId())
                .update();
    }

    /** Moves a recommendation into the stage its decision leads to, with its target as the current target. */
    public void applyResponse(RecommendationId id, Stage stage, LocalDate nextReview) {
        jdbc.sql("""
                update recommendation set stage = ?, current_target = target_date, next_review_on = ?,
                    version = version + 1 where id = ?""")
                .params(stage.name(), stage.monitored() ? nextReview : null, id.value()).update();
    }

    public boolean recordProgress(RecommendationId id, int version, Progress status, LocalDate on,
            LocalDate newTarget) {
        return jdbc.sql("""
                update recommendation set progress = ?, last_update_on = greatest(last_update_on, ?),
                    current_target = coalesce(?, current_target), version = version + 1
                where id = ? and version = ?""")
                .params(status.name(), on, newTarget, id.value(), version).update() == 1;
    }

    public boolean signOff(RecommendationId id, int version, LocalDate on, Long by, String impact) {
        return jdbc.sql("""
                update recommendation set stage = 'IMPLEMENTED', signed_off_on = ?, signed_off_by = ?,
                    impact_note = ?, next_review_on = null, version = version + 1 where id = ? and version = ?""")
                .params(on, by, impact.strip(), id.value(), version).update() == 1;
    }

    public boolean keepOpen(RecommendationId id, int version, LocalDate nextReview) {
        return jdbc.sql("""
                update recommendation set next_review_on = ?, version = version + 1 where id = ? and version = ?""")
                .params(nextReview, id.value(), version).update() == 1;
    }

    /**
     * A page of the tracker as a viewer may see it.
     *
     * @param draftsOf who may see drafts: null for everyone's, else the person and the committees they sit on
     */
    public List<Recommendation> tracker(TrackerQuery q, LocalDate today, int staleAfterDays, DraftVisibility draftsOf) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = where(q, today, staleAfterDays, draftsOf, params);
        params.put("limit", q.size());
        params.put("offset", (long) (q.page() - 1) * q.size());
        // Order the narrow rows first and join the people, portfolio and committee for the page's rows only: at
        // scale 10 (15,000 recommendations) this is three times faster than sorting the joined wide rows.
        String page = "select x.id from recommendation x join scrutiny_report r on r.id = x.report_id" + where
                + " order by " + order(q.sort()) + " limit :limit offset :offset";
        return jdbc.sql(PAGE_SELECT.replace(":page", page) + " order by page.position")
                .params(params).query((rs, n) -> map(rs)).list();
    }

    public long count(TrackerQuery q, LocalDate today, int staleAfterDays, DraftVisibility draftsOf) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = where(q, today, staleAfterDays, draftsOf, params);
        return jdbc.sql("select count(*) from recommendation x join scrutiny_report r on r.id = x.report_id " + where)
                .params(params).query(Long.class).single();
    }

    private static String order(TrackerSort sort) {
        String newest = "r.municipal_year desc, r.sequence desc nulls last, r.id desc, x.number";
        return switch (sort) {
            case PRIORITY -> PRIORITY + ", coalesce(r.response_due, x.current_target) nulls last, " + newest;
            case REFERENCE -> newest;
            case RESPONSE_DUE -> "r.response_due nulls last, " + newest;
            case TARGET -> "x.current_target nulls last, " + newest;
            case LAST_UPDATE -> "coalesce(x.last_update_on, r.response_given_on) nulls last, " + newest;
            case COMMITTEE -> "r.committee_id, " + newest;
        };
    }

    private static String where(TrackerQuery q, LocalDate today, int staleAfterDays, DraftVisibility draftsOf,
            Map<String, Object> params) {
        List<String> and = new ArrayList<>();
        params.put("today", today);
        params.put("staleBefore", today.minusDays(staleAfterDays));
        if (q.committeeId() != null) {
            and.add("r.committee_id = :committee");
            params.put("committee", q.committeeId());
        }
        if (q.portfolioId() != null) {
            and.add("x.portfolio_id = :portfolio");
            params.put("portfolio", q.portfolioId());
        }
        if (q.cabinetMemberId() != null) {
            // a response's owners count once it is given: a draft's names are not for everyone to find
            and.add(draftsOf == null ? "(x.cabinet_member_id = :member or x.addressee_id = :member)"
                    : "((x.cabinet_member_id = :member and x.stage <> 'AWAITING_RESPONSE') or x.addressee_id = :member)");
            params.put("member", q.cabinetMemberId());
        }
        if (q.leadOfficerId() != null) {
            and.add(draftsOf == null ? "x.lead_officer_id = :officer"
                    : "x.lead_officer_id = :officer and x.stage <> 'AWAITING_RESPONSE'");
            params.put("officer", q.leadOfficerId());
        }
        if (q.year() != null) {
            and.add("r.municipal_year = :year");
            params.put("year", q.year());
        }
        if (q.text() != null) {
            // words of an exempt recommendation are searched only by those who may read it; others search its summary
            and.add(draftsOf == null || draftsOf.exemptEverywhere()
                    ? "(x.text ilike :text or r.title ilike :text or r.reference ilike :text)"
                    : "((case when x.exempt and not r.committee_id = any(:myCommittees) then coalesce(x.public_summary, '')"
                            + " else x.text end) ilike :text or r.title ilike :text or r.reference ilike :text)");
            params.put("text", "%" + Rows.escapeLike(q.text()) + "%");
        }
        if (q.status() != null) {
            and.add(switch (q.status()) {
                case OVERDUE_RESPONSE -> "x.stage = 'AWAITING_RESPONSE' and r.response_due < :today";
                case SLIPPED -> "x.stage in ('IN_PROGRESS', 'DEFERRED') and (x.progress in ('SLIPPED', 'NOT_ACHIEVED')"
                        + " or (x.current_target < :today and x.progress is distinct from 'ACHIEVED'))";
                case STALE -> "x.stage in ('IN_PROGRESS', 'DEFERRED')"
                        + " and coalesce(x.last_update_on, r.response_given_on) < :staleBefore";
                case OPEN -> "x.stage not in ('REJECTED', 'IMPLEMENTED')";
                default -> "x.stage = '" + Stage.valueOf(q.status().name()).name() + "'";
            });
        }
        if (draftsOf != null) {
            and.add("""
                    (r.state not in ('DRAFT', 'SHARED') or r.committee_id = any(:myCommittees)
                     or exists (select 1 from draft_share s where s.report_id = r.id and s.person_id = :me))""");
            params.put("myCommittees", draftsOf.committees());
            params.put("me", draftsOf.person() == null ? -1L : draftsOf.person());
        }
        return and.isEmpty() ? "" : " where " + String.join(" and ", and);
    }

    /** Who may see which drafts: the person, and the committees they sit on. */
    public record DraftVisibility(Long person, Long[] committees, boolean exemptEverywhere) {
    }

    static Recommendation map(ResultSet rs) throws SQLException {
        return new Recommendation(new RecommendationId(rs.getLong("id")), new ReportId(rs.getLong("report_id")),
                rs.getString("report_reference"), rs.getString("report_title"),
                new CommitteeId(rs.getLong("committee_id")), rs.getString("committee_name"),
                rs.getInt("municipal_year"), rs.getInt("number"), rs.getString("text"),
                Addressee.valueOf(rs.getString("addressed_to")), Rows.ref(rs, "addressee_id", "addressee_name"),
                rs.getString("partner_body"), Rows.ref(rs, "portfolio_id", "portfolio_title"),
                rs.getBoolean("exempt"), rs.getString("public_summary"),
                Rows.enumOf(ResponseDecision.class, rs.getString("decision")), rs.getString("reasons"),
                rs.getString("proposed_action"), Rows.ref(rs, "cabinet_member_id", "cabinet_member_name"),
                Rows.ref(rs, "lead_officer_id", "lead_officer_name"), Rows.date(rs, "target_date"),
                rs.getString("success_measure"), Stage.valueOf(rs.getString("stage")),
                Rows.enumOf(Progress.class, rs.getString("progress")), Rows.date(rs, "current_target"),
                Rows.date(rs, "last_update_on"), Rows.date(rs, "signed_off_on"), rs.getString("impact_note"),
                Rows.date(rs, "next_review_on"), ReportState.valueOf(rs.getString("report_state")),
                rs.getDate("report_published_on") != null, Rows.date(rs, "response_due"),
                Rows.date(rs, "response_given_on"), rs.getInt("version"));
    }
}
