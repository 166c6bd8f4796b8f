package org.scrutineer.recommendations.internal;

import java.time.LocalDate;
import java.util.List;

import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.ScrutinyReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The indexed queries behind what the tracker puts on people's home pages. */
@Repository
public class AttentionQueries {

    private final JdbcClient jdbc;

    AttentionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Drafted responses awaiting approval by a cabinet member: for their portfolios or addressed to them. */
    public List<ScrutinyReport> responsesAwaitingApprovalBy(long person) {
        return jdbc.sql(Reports.SELECT + """
                 where r.state = 'NOTICE_SERVED' and r.response_state = 'DRAFT'
                   and exists (select 1 from recommendation x left join portfolio p on p.id = x.portfolio_id
                               where x.report_id = r.id and (p.holder_id = :me or x.addressee_id = :me))
                 order by r.response_due limit 20""")
                .param("me", person).query((rs, n) -> Reports.map(rs)).list();
    }

    /** Open actions a person owns that are stale, slipped or past their target. */
    public List<Recommendation> updatesDueFrom(long person, LocalDate today, LocalDate staleBefore) {
        return jdbc.sql(Recommendations.SELECT + """
                 where x.stage in ('IN_PROGRESS', 'DEFERRED') and (x.cabinet_member_id = :me or x.lead_officer_id = :me)
                   and (coalesce(x.last_update_on, r.response_given_on) < :staleBefore
                        or x.progress in ('SLIPPED', 'NOT_ACHIEVED')
                        or (x.current_target < :today and x.progress is distinct from 'ACHIEVED'))
                 order by coalesce(x.last_update_on, r.response_given_on) limit 20""")
                .param("me", person).param("today", today).param("staleBefore", staleBefore)
                .query((rs, n) -> Recommendations.map(rs)).list();
    }

    /** Recommendations of the given committees that are due for the committee's review by a day. */
    public List<Recommendation> reviewsDue(Long[] committees, LocalDate by) {
        return jdbc.sql(Recommendations.SELECT + """
                 where x.stage in ('IN_PROGRESS', 'DEFERRED') and x.next_review_on <= :by
                   and r.committee_id = any(:committees)
                 order by x.next_review_on limit 20""")
                .param("committees", committees).param("by", by).query((rs, n) -> Recommendations.map(rs)).list();
    }
}
