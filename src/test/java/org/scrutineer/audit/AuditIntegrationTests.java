package org.scrutineer.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit chain on its own database (no demo data), tampered with directly in PostgreSQL. */
@SpringBootTest(properties = "scrutineer.demo-data=never")
class AuditIntegrationTests {

    @Autowired
    AuditHistory audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    record Thing(String name, int size) {
    }

    @BeforeEach
    void someHistory() {
        transactions.executeWithoutResult(s -> {
            audit.created("thing", 1, new Thing("first", 1));
            audit.changed("thing", 1, new Thing("first", 1), new Thing("first", 2));
            audit.created("thing", 2, new Thing("second", 5));
        });
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void chainsEachEntryToTheOneBefore() {
        List<Map<String, Object>> rows = jdbc.sql("select id, previous_hash, hash from audit_entry order by id")
                .query().listOfRows();
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("previous_hash")).isEqualTo(rows.get(i - 1).get("hash"));
        }
        ChainVerification result = audit.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(rows.size());
    }

    @Test
    void recordsOnlyTheFieldsThatChanged() {
        var latest = audit.historyOf("thing", 1).get(0);
        assertThat(latest.action()).isEqualTo(AuditAction.CHANGED);
        assertThat(latest.changes()).containsExactly(new FieldChange("size", "1", "2"));
        assertThat(latest.actor()).isEqualTo(AuditHistory.SYSTEM);
    }

    @Test
    void detectsAnAlteredEntry() {
        long id = lastIdOf("thing", "1");
        String original = jdbc.sql("select changes from audit_entry where id = ?").param(id).query(String.class)
                .single();
        tamper("update audit_entry set changes = '[{\"field\":\"size\",\"from\":\"1\",\"to\":\"99\"}]' where id = "
                + id);

        ChainVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.breaks()).anySatisfy(b -> {
            assertThat(b.entryId()).isEqualTo(id);
            assertThat(b.problem()).contains("altered");
        });

        tamper("update audit_entry set changes = '" + original.replace("'", "''") + "' where id = " + id);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void detectsARemovedEntry() {
        long removed = lastIdOf("thing", "1");
        Map<String, Object> row = jdbc.sql("select * from audit_entry where id = ?").param(removed).query()
                .singleRow();
        tamper("delete from audit_entry where id = " + removed);

        ChainVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.breaks().get(0).problem()).contains("does not link");

        restore(row);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void detectsEntriesRemovedFromTheEnd() {
        long last = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
        Map<String, Object> row = jdbc.sql("select * from audit_entry where id = ?").param(last).query().singleRow();
        tamper("delete from audit_entry where id = " + last);

        ChainVerification result = audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.breaks()).anySatisfy(b -> assertThat(b.problem()).contains("removed from the end"));

        restore(row);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void refusesToChangeOrDeleteAnEntry() {
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'mallory'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void writesNothingWhenTheChangeRollsBack() {
        long before = count();
        transactions.executeWithoutResult(s -> {
            audit.created("thing", 3, new Thing("doomed", 0));
            s.setRollbackOnly();
        });
        assertThat(count()).isEqualTo(before);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void mustBeWrittenInTheTransactionOfTheChange() {
        assertThatThrownBy(() -> audit.created("thing", 4, new Thing("loose", 0)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private long lastIdOf(String type, String id) {
        return jdbc.sql("select max(id) from audit_entry where record_type = ? and record_id = ?").params(type, id)
                .query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    /** What someone with direct database access could do: switch off the guard and change history. */
    private void tamper(String sql) {
        transactions.executeWithoutResult(s -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_no_change").update();
            jdbc.sql(sql).update();
            jdbc.sql("alter table audit_entry enable trigger audit_entry_no_change").update();
        });
    }

    private void restore(Map<String, Object> row) {
        jdbc.sql("""
                insert into audit_entry (id, occurred_at, actor, record_type, record_id, action, changes, previous_hash,
                                         hash)
                values (:id, :occurred_at, :actor, :record_type, :record_id, :action, :changes, :previous_hash, :hash)""")
                .params(row).update();
    }
}
