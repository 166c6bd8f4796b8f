package org.scrutineer.deadlines.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.scrutineer.deadlines.Protocol;
import org.scrutineer.deadlines.ProtocolRuleChange;
import org.scrutineer.deadlines.RuleKind;
import org.scrutineer.deadlines.Counting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The protocol and protocol_rule tables. */
@Repository
public class ProtocolStore {

    /** A stored protocol value. */
    public record StoredRule(long id, ProtocolRuleChange change, String createdBy) {
    }

    private final JdbcClient jdbc;

    ProtocolStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Protocol> protocol() {
        return jdbc.sql("select * from protocol where id = 1").query((rs, n) -> new Protocol(rs.getString("title"),
                rs.getObject("adopted_on", LocalDate.class), rs.getObject("last_reviewed_on", LocalDate.class),
                rs.getObject("next_review_on", LocalDate.class), rs.getString("document_url"), rs.getInt("version")))
                .optional();
    }

    public boolean saveProtocol(Protocol p) {
        if (protocol().isEmpty()) {
            return jdbc.sql("""
                    insert into protocol (id, title, adopted_on, last_reviewed_on, next_review_on, document_url)
                    values (1, ?, ?, ?, ?, ?)""")
                    .params(p.title(), p.adoptedOn(), p.lastReviewedOn(), p.nextReviewOn(), p.documentUrl())
                    .update() == 1;
        }
        return jdbc.sql("""
                update protocol set title = ?, adopted_on = ?, last_reviewed_on = ?, next_review_on = ?,
                    document_url = ?, version = version + 1
                where id = 1 and version = ?""")
                .params(p.title(), p.adoptedOn(), p.lastReviewedOn(), p.nextReviewOn(), p.documentUrl(), p.version())
                .update() == 1;
    }

    /** Every protocol value, oldest first. */
    public List<StoredRule> rules() {
        return jdbc.sql("select * from protocol_rule order by rule_id, effective_from").query((rs, n) -> map(rs))
                .list();
    }

    public boolean exists(String ruleId, LocalDate effectiveFrom) {
        return jdbc.sql("select count(*) from protocol_rule where rule_id = ? and effective_from = ?")
                .params(ruleId, effectiveFrom).query(Long.class).single() > 0;
    }

    public long insert(ProtocolRuleChange c, String by) {
        return jdbc.sql("""
                insert into protocol_rule (rule_id, effective_from, kind, count, counting, closes_at, note, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(c.ruleId(), c.effectiveFrom(), c.kind().code(), c.count(),
                        c.counting() == null ? null : c.counting().code(), c.closesAt(), c.note(), by)
                .query(Long.class).single();
    }

    private static StoredRule map(ResultSet rs) throws SQLException {
        String counting = rs.getString("counting");
        return new StoredRule(rs.getLong("id"), new ProtocolRuleChange(rs.getString("rule_id"),
                rs.getObject("effective_from", LocalDate.class), RuleKind.fromCode(rs.getString("kind")),
                rs.getInt("count"), counting == null ? null : Counting.fromCode(counting),
                rs.getObject("closes_at", LocalTime.class), rs.getString("note")), rs.getString("created_by"));
    }
}
