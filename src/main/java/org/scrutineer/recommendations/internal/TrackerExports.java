package org.scrutineer.recommendations.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What an export of the tracker needs beyond the tracker's rows: each report's date agreed, in one query a page. */
@Repository
public class TrackerExports {

    private final JdbcClient jdbc;

    TrackerExports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The date each report was agreed (reports not yet agreed are left out). */
    public Map<Long, java.time.LocalDate> agreedOn(Collection<Long> reportIds) {
        Map<Long, java.time.LocalDate> dates = new HashMap<>();
        if (reportIds.isEmpty()) {
            return dates;
        }
        jdbc.sql("select id, agreed_on from scrutiny_report where id = any(?) and agreed_on is not null")
                .param(reportIds.stream().distinct().toArray(Long[]::new))
                .query(rs -> {
                    dates.put(rs.getLong(1), rs.getDate(2).toLocalDate());
                });
        return dates;
    }
}
