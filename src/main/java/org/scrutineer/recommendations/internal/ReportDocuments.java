package org.scrutineer.recommendations.internal;

import java.util.List;
import java.util.Optional;

import org.scrutineer.recommendations.ReportDocument;
import org.scrutineer.recommendations.ReportId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The report_document table. */
@Repository
public class ReportDocuments {

    private final JdbcClient jdbc;

    ReportDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(ReportId report, String title, String url, boolean exempt, String by) {
        return jdbc.sql("""
                insert into report_document (report_id, title, url, exempt, added_by) values (?, ?, ?, ?, ?)
                returning id""")
                .params(report.value(), title.strip(), url.strip(), exempt, by).query(Long.class).single();
    }

    public Optional<ReportDocument> find(long id) {
        return jdbc.sql("select * from report_document where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    /** A report's documents in the order they were added. */
    public List<ReportDocument> of(ReportId report) {
        return jdbc.sql("select * from report_document where report_id = ? order by id").param(report.value())
                .query((rs, n) -> map(rs)).list();
    }

    public void delete(long id) {
        jdbc.sql("delete from report_document where id = ?").param(id).update();
    }

    private static ReportDocument map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ReportDocument(rs.getLong("id"), new ReportId(rs.getLong("report_id")), rs.getString("title"),
                rs.getString("url"), rs.getBoolean("exempt"), rs.getString("added_by"),
                rs.getTimestamp("added_at").toInstant());
    }
}
