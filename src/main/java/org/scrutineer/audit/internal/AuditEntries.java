package org.scrutineer.audit.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.scrutineer.audit.AuditAction;
import org.scrutineer.audit.AuditEntry;
import org.scrutineer.audit.FieldChange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The audit_entry table: append, read a record's history, stream the chain. */
@Repository
public class AuditEntries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };
    /** Serialises appends so that each entry links to the one before it. */
    private static final long CHAIN_LOCK = 0x5C2A_7E11L;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    AuditEntries(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(5_000);
    }

    /** A new entry before it is stored. */
    public record NewEntry(String actor, String recordType, String recordId, AuditAction action,
            List<FieldChange> changes) {
    }

    /** The newest link of the chain. */
    public record Head(long lastId, String lastHash, long entries) {
    }

    /** A stored entry as the verifier reads it. */
    public record StoredEntry(long id, Instant occurredAt, String actor, String recordType, String recordId,
            String action, String changes, String previousHash, String hash) {
    }

    /** Appends entries to the chain, in order, within the caller's transaction. */
    public void append(List<NewEntry> entries, Instant now) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).single();
        Head head = head().orElse(new Head(0, ChainHash.GENESIS, 0));
        List<Long> ids = jdbc.sql("select nextval('audit_entry_id_seq') from generate_series(1, ?)")
                .param(entries.size()).query(Long.class).list();
        String previous = head.lastHash();
        long lastId = head.lastId();
        Object[][] rows = new Object[entries.size()][];
        for (int i = 0; i < entries.size(); i++) {
            NewEntry e = entries.get(i);
            long id = ids.get(i);
            String changes = JSON.writeValueAsString(e.changes());
            String hash = ChainHash.of(previous, id, now, e.actor(), e.recordType(), e.recordId(), e.action().name(),
                    changes);
            rows[i] = new Object[] {id, Timestamp.from(now), e.actor(), e.recordType(), e.recordId(),
                    e.action().name(), changes, previous, hash};
            previous = hash;
            lastId = id;
        }
        streaming.batchUpdate("""
                insert into audit_entry (id, occurred_at, actor, record_type, record_id, action, changes,
                                         previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Object[] row = rows[i];
                for (int c = 0; c < row.length; c++) {
                    ps.setObject(c + 1, row[c]);
                }
            }

            @Override
            public int getBatchSize() {
                return rows.length;
            }
        });
        jdbc.sql("""
                insert into audit_chain_head (id, last_id, last_hash, entries) values (1, :id, :hash, :count)
                on conflict (id) do update set last_id = :id, last_hash = :hash,
                                               entries = audit_chain_head.entries + :added""")
                .param("id", lastId).param("hash", previous).param("count", head.entries() + entries.size())
                .param("added", entries.size())
                .update();
    }

    public Optional<Head> head() {
        return jdbc.sql("select last_id, last_hash, entries from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3))).optional();
    }

    public List<AuditEntry> historyOf(String recordType, String recordId) {
        return jdbc.sql("""
                select id, occurred_at, actor, record_type, record_id, action, changes from audit_entry
                where record_type = ? and record_id = ? order by id desc""")
                .param(recordType).param(recordId).query((rs, n) -> entry(rs)).list();
    }

    public List<AuditEntry> recent(String recordType, String actor, long beforeId, int limit) {
        return jdbc.sql("""
                select id, occurred_at, actor, record_type, record_id, action, changes from audit_entry
                where (cast(:type as text) is null or record_type = :type)
                  and (cast(:actor as text) is null or actor = :actor)
                  and id < :before
                order by id desc limit :limit""")
                .param("type", recordType).param("actor", actor).param("before", beforeId).param("limit", limit)
                .query((rs, n) -> entry(rs)).list();
    }

    public List<String> recordTypes() {
        return jdbc.sql("""
                with recursive types(t) as (
                    select min(record_type) from audit_entry
                    union all
                    select (select min(record_type) from audit_entry where record_type > t) from types where t is not null)
                select t from types where t is not null""").query(String.class).list();
    }

    /** Reads every entry in chain order, streaming, for verification. */
    public void forEachInOrder(java.util.function.Consumer<StoredEntry> consumer) {
        streaming.query("""
                select id, occurred_at, actor, record_type, record_id, action, changes, previous_hash, hash
                from audit_entry order by id""", (RowCallbackHandler) rs -> consumer.accept(new StoredEntry(
                rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9))));
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("record_type"), rs.getString("record_id"), AuditAction.valueOf(rs.getString("action")),
                JSON.readValue(rs.getString("changes"), CHANGES));
    }
}
