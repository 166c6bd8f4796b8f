package org.scrutineer.recommendations.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tracker's figures, counted in the database per committee and municipal year and for the whole council in each
 * year (one query, grouping sets). Only reports the committee has agreed count; drafts never do.
 */
@Repository
public class Figures {

    /**
     * What is counted per report first (its recommendations), then summed per committee and year and per year.
     * An action counts as slipped exactly when the tracker's "slipped or not achieved" filter shows it.
     */
    private static final String COUNTS = """
            select r.municipal_year, r.committee_id, min(c.name) as committee_name,
                   grouping(r.committee_id) = 1 as council_wide,
                   count(*) as reports_agreed,
                   coalesce(sum(x.made), 0) as made,
                   count(*) filter (where r.response_due is not null
                       and (r.response_given_on is not null or r.response_due < :today)) as responses_due,
                   count(*) filter (where r.response_due is not null
                       and r.response_given_on <= r.response_due) as on_time,
                   count(*) filter (where r.response_given_on is not null) as given,
                   array_agg(r.response_given_on - r.notice_served_on order by r.response_given_on - r.notice_served_on)
                       filter (where r.response_given_on is not null and r.notice_served_on is not null) as days,
                   coalesce(sum(x.decided) filter (where r.state = 'RESPONDED'), 0) as decided,
                   coalesce(sum(x.accepted) filter (where r.state = 'RESPONDED'), 0) as accepted,
                   coalesce(sum(x.implemented) filter (where r.state = 'RESPONDED'), 0) as implemented,
                   count(*) filter (where r.state = 'NOTICE_SERVED' and r.response_due < :today) as overdue,
                   coalesce(sum(x.slipped), 0) as slipped
            from scrutiny_report r
            join committee c on c.id = r.committee_id
            left join (
                select report_id, count(*) as made,
                       count(*) filter (where decision is not null) as decided,
                       count(*) filter (where decision in ('ACCEPTED', 'PARTIALLY_ACCEPTED')) as accepted,
                       count(*) filter (where stage = 'IMPLEMENTED'
                           and decision in ('ACCEPTED', 'PARTIALLY_ACCEPTED')) as implemented,
                       count(*) filter (where stage in ('IN_PROGRESS', 'DEFERRED')
                           and (progress in ('SLIPPED', 'NOT_ACHIEVED')
                                or (current_target < :today and progress is distinct from 'ACHIEVED'))) as slipped
                from recommendation group by report_id) x on x.report_id = r.id
            where r.state not in ('DRAFT', 'SHARED')
              and (cast(:year as int) is null or r.municipal_year = :year)
            group by grouping sets ((r.municipal_year, r.committee_id), (r.municipal_year))
            order by r.municipal_year desc, council_wide desc, committee_name""";

    private final JdbcClient jdbc;

    Figures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The counts for one municipal year, or every year when {@code year} is null: each year's council-wide row
     * first, then its committees by name.
     */
    public List<Counts> counts(Integer year, LocalDate today) {
        return jdbc.sql(COUNTS).param("year", year).param("today", today).query((rs, n) -> map(rs)).list();
    }

    /** The municipal years with at least one agreed report, newest first. */
    public List<Integer> years() {
        return jdbc.sql("""
                select distinct municipal_year from scrutiny_report where state not in ('DRAFT', 'SHARED')
                order by 1 desc""").query(Integer.class).list();
    }

    /**
     * The counts for a committee (null for the whole council) in a year, as the database gave them.
     *
     * @param daysToRespond the days from notice to response of each response given, in ascending order
     */
    public record Counts(int municipalYear, Long committeeId, String committeeName, int reportsAgreed,
            int recommendationsMade, int responsesDue, int responsesOnTime, int responsesGiven, int[] daysToRespond,
            int decided, int accepted, int implemented, int overdueResponses, int slippedActions) {
    }

    private static Counts map(ResultSet rs) throws SQLException {
        boolean councilWide = rs.getBoolean("council_wide");
        return new Counts(rs.getInt("municipal_year"), councilWide ? null : rs.getLong("committee_id"),
                councilWide ? null : rs.getString("committee_name"), rs.getInt("reports_agreed"), rs.getInt("made"),
                rs.getInt("responses_due"), rs.getInt("on_time"), rs.getInt("given"), ints(rs.getArray("days")),
                rs.getInt("decided"), rs.getInt("accepted"), rs.getInt("implemented"), rs.getInt("overdue"),
                rs.getInt("slipped"));
    }

    private static int[] ints(Array array) throws SQLException {
        if (array == null) {
            return new int[0];
        }
        Object[] values = (Object[]) array.getArray();
        int[] days = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            days[i] = ((Number) values[i]).intValue();
        }
        return days;
    }
}
