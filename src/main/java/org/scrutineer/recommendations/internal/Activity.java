package org.scrutineer.recommendations.internal;

import java.time.LocalDate;
import java.util.List;

import org.scrutineer.recommendations.CommentKind;
import org.scrutineer.recommendations.DraftComment;
import org.scrutineer.recommendations.DraftShare;
import org.scrutineer.recommendations.ImplementationUpdate;
import org.scrutineer.recommendations.Progress;
import org.scrutineer.recommendations.RecommendationId;
import org.scrutineer.recommendations.ReportId;
import org.scrutineer.recommendations.Review;
import org.scrutineer.recommendations.ReviewOutcome;
import org.scrutineer.recommendations.SharePurpose;
import org.scrutineer.recommendations.UpdateDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What happens around reports and recommendations: draft shares and comments, updates and reviews. */
@Repository
public class Activity {

    private final JdbcClient jdbc;

    Activity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Shares the draft with a person; false when it already was. */
    public boolean share(ReportId report, long person, SharePurpose purpose, LocalDate on, String by) {
        return jdbc.sql("""
                insert into draft_share (report_id, person_id, purpose, shared_on, shared_by) values (?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(report.value(), person, purpose.name(), on, by).update() == 1;
    }

    public List<DraftShare> shares(ReportId report) {
        return jdbc.sql("""
                select s.*, p.full_name, coalesce(p.post_title, p.organisation, '') as description
                from draft_share s join person p on p.id = s.person_id
                where s.report_id = ? order by s.shared_on, p.family_name, p.given_name""")
                .param(report.value())
                .query((rs, n) -> new DraftShare(Rows.ref(rs, "person_id", "full_name"), rs.getString("description"),
                        SharePurpose.valueOf(rs.getString("purpose")), Rows.date(rs, "shared_on"),
                        rs.getString("shared_by")))
                .list();
    }

    public boolean sharedWith(ReportId report, long person) {
        return jdbc.sql("select count(*) from draft_share where report_id = ? and person_id = ?")
                .params(report.value(), person).query(Long.class).single() > 0;
    }

    public long comment(ReportId report, RecommendationId recommendation, Long author, String authorName,
            CommentKind kind, String text) {
        return jdbc.sql("""
                insert into draft_comment (report_id, recommendation_id, author_id, author_name, kind, text)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(report.value(), recommendation == null ? null : recommendation.value(), author, authorName,
                        kind.name(), text.strip())
                .query(Long.class).single();
    }

    public List<DraftComment> comments(ReportId report) {
        return jdbc.sql("""
                select c.*, x.number from draft_comment c left join recommendation x on x.id = c.recommendation_id
                where c.report_id = ? order by x.number nulls first, c.created_at, c.id""")
                .param(report.value())
                .query((rs, n) -> {
                    Long rec = Rows.id(rs, "recommendation_id");
                    return new DraftComment(rs.getLong("id"), rec == null ? null : new RecommendationId(rec),
                            Rows.integer(rs, "number"), rs.getString("author_name"),
                            CommentKind.valueOf(rs.getString("kind")), rs.getString("text"),
                            rs.getTimestamp("created_at").toInstant());
                })
                .list();
    }

    public long addUpdate(RecommendationId recommendation, UpdateDetails u, Long by, String byName) {
        return jdbc.sql("""
                insert into implementation_update (recommendation_id, posted_on, status, new_target, reason, note,
                    evidence, posted_by_id, posted_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(recommendation.value(), u.postedOn(), u.status().name(),
                        u.status() == Progress.SLIPPED ? u.newTarget() : null, Rows.text(u.reason()),
                        Rows.text(u.note()), Rows.text(u.evidence()), by, byName)
                .query(Long.class).single();
    }

    /** A recommendation's updates, newest first. */
    public List<ImplementationUpdate> updates(RecommendationId recommendation) {
        return jdbc.sql("""
                select * from implementation_update where recommendation_id = ? order by posted_on desc, id desc""")
                .param(recommendation.value())
                .query((rs, n) -> new ImplementationUpdate(rs.getLong("id"),
                        new RecommendationId(rs.getLong("recommendation_id")), Rows.date(rs, "posted_on"),
                        Progress.valueOf(rs.getString("status")), Rows.date(rs, "new_target"),
                        rs.getString("reason"), rs.getString("note"), rs.getString("evidence"),
                        rs.getString("posted_by_name")))
                .list();
    }

    public long addReview(RecommendationId recommendation, LocalDate on, ReviewOutcome outcome, String note,
            String by) {
        return jdbc.sql("""
                insert into recommendation_review (recommendation_id, reviewed_on, outcome, note, recorded_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(recommendation.value(), on, outcome.name(), Rows.text(note), by).query(Long.class).single();
    }

    /** A recommendation's reviews, newest first. */
    public List<Review> reviews(RecommendationId recommendation) {
        return jdbc.sql("""
                select * from recommendation_review where recommendation_id = ? order by reviewed_on desc, id desc""")
                .param(recommendation.value())
                .query((rs, n) -> new Review(rs.getLong("id"), new RecommendationId(rs.getLong("recommendation_id")),
                        Rows.date(rs, "reviewed_on"), ReviewOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("note"), rs.getString("recorded_by")))
                .list();
    }
}
