package org.scrutineer.deadlines.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scrutineer.deadlines.ComputedDeadline;
import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.deadlines.DeadlineState;
import org.scrutineer.deadlines.Pause;
import org.scrutineer.deadlines.RuleSource;
import org.scrutineer.deadlines.SkippedDay;
import org.scrutineer.deadlines.TrackDeadline;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The tracked_deadline table and its responsible people. */
@Repository
public class TrackedDeadlines {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<SkippedDay>> SKIPPED = new TypeReference<>() {
    };
    private static final TypeReference<List<Pause>> PAUSES = new TypeReference<>() {
    };
    private static final String SELECT = """
            select d.*, coalesce((select array_agg(r.person_id order by r.person_id)
                                  from tracked_deadline_responsible r where r.deadline_id = d.id), '{}') as responsible
            from tracked_deadline d
            """;

    private final JdbcClient jdbc;

    TrackedDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DeadlineId insert(TrackDeadline t, ComputedDeadline c) {
        long id = jdbc.sql("""
                insert into tracked_deadline (record_type, record_id, title, path, rule_id, rule_kind, rule_count,
                    rule_counting, rule_source, citation, closes_at, nation, trigger_date, computed_due, due_date,
                    explanation, skipped, pauses, state)
                values (:recordType, :recordId, :title, :path, :ruleId, :kind, :count, :counting, :source, :citation,
                    :closesAt, :nation, :trigger, :due, :due, :explanation, :skipped, '[]', 'OPEN')
                returning id""")
                .param("recordType", t.recordType()).param("recordId", t.recordId()).param("title", t.title())
                .param("path", t.path()).param("ruleId", c.ruleId()).param("kind", c.kind().code())
                .param("count", c.count()).param("counting", c.counting() == null ? null : c.counting().code())
                .param("source", c.source().name()).param("citation", c.citation())
                .param("closesAt", c.closesAt().orElse(null)).param("nation", c.nation().code())
                .param("trigger", c.trigger()).param("due", c.due()).param("explanation", c.explanation())
                .param("skipped", JSON.writeValueAsString(c.skipped()))
                .query(Long.class).single();
        for (PersonId p : t.responsible()) {
            jdbc.sql("insert into tracked_deadline_responsible (deadline_id, person_id) values (?, ?) on conflict do nothing")
                    .params(id, p.value()).update();
        }
        return new DeadlineId(id);
    }

    public Optional<TrackedDeadline> find(DeadlineId id) {
        return jdbc.sql(SELECT + " where d.id = ?").param(id.value()).query((rs, n) -> map(rs)).optional();
    }

    /** The stored rule parameters, to recompute a deadline exactly as it was first computed. */
    public record StoredRule(String ruleId, String kind, int count, String counting, String source, String citation,
            LocalTime closesAt, String nation) {
    }

    public StoredRule storedRule(DeadlineId id) {
        return jdbc.sql("""
                select rule_id, rule_kind, rule_count, rule_counting, rule_source, citation, closes_at, nation
                from tracked_deadline where id = ?""").param(id.value())
                .query((rs, n) -> new StoredRule(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalTime.class), rs.getString(8)))
                .single();
    }

    public List<TrackedDeadline> ofRecord(String recordType, String recordId) {
        return jdbc.sql(SELECT + " where d.record_type = ? and d.record_id = ? order by d.due_date, d.id")
                .params(recordType, recordId).query((rs, n) -> map(rs)).list();
    }

    /** Open or stopped deadlines a person is responsible for, soonest first. */
    public List<TrackedDeadline> openFor(PersonId person, int limit) {
        return jdbc.sql(SELECT + """
                 where d.state in ('OPEN', 'STOPPED')
                   and d.id in (select deadline_id from tracked_deadline_responsible where person_id = ?)
                 order by d.due_date, d.id limit ?""")
                .params(person.value(), limit).query((rs, n) -> map(rs)).list();
    }

    /** Deadlines met recently that a person was responsible for. */
    public List<TrackedDeadline> recentlyMetBy(PersonId person, LocalDate since, int limit) {
        return jdbc.sql(SELECT + """
                 where d.state = 'MET' and d.met_on >= ?
                   and d.id in (select deadline_id from tracked_deadline_responsible where person_id = ?)
                 order by d.met_on desc limit ?""")
                .params(since, person.value(), limit).query((rs, n) -> map(rs)).list();
    }

    /** Every open or stopped deadline, soonest first, for the overview page. */
    public List<TrackedDeadline> open(int limit) {
        return jdbc.sql(SELECT + " where d.state in ('OPEN', 'STOPPED') order by d.due_date, d.id limit ?")
                .param(limit).query((rs, n) -> map(rs)).list();
    }

    public void update(DeadlineId id, DeadlineState state, LocalDate due, String explanation, List<SkippedDay> skipped,
            List<Pause> pauses, LocalDate stoppedSince, LocalDate metOn, String extensionReason,
            String extensionAgreedBy, String closedReason) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id.value());
        p.put("state", state.name());
        p.put("due", due);
        p.put("explanation", explanation);
        p.put("skipped", JSON.writeValueAsString(skipped));
        p.put("pauses", JSON.writeValueAsString(pauses));
        p.put("stoppedSince", stoppedSince);
        p.put("metOn", metOn);
        p.put("extensionReason", extensionReason);
        p.put("extensionAgreedBy", extensionAgreedBy);
        p.put("closedReason", closedReason);
        jdbc.sql("""
                update tracked_deadline set state = :state, due_date = :due, explanation = :explanation,
                    skipped = :skipped, pauses = :pauses, stopped_since = :stoppedSince, met_on = :metOn,
                    extension_reason = :extensionReason, extension_agreed_by = :extensionAgreedBy,
                    closed_reason = :closedReason, version = version + 1, updated_at = now()
                where id = :id""").params(p).update();
    }

    private static TrackedDeadline map(ResultSet rs) throws SQLException {
        Long[] people = (Long[]) rs.getArray("responsible").getArray();
        List<PersonId> responsible = new ArrayList<>();
        for (Long p : people) {
            responsible.add(new PersonId(p));
        }
        return new TrackedDeadline(new DeadlineId(rs.getLong("id")), rs.getString("record_type"),
                rs.getString("record_id"), rs.getString("title"), rs.getString("path"), rs.getString("rule_id"),
                RuleSource.valueOf(rs.getString("rule_source")), rs.getString("citation"),
                rs.getObject("trigger_date", LocalDate.class), rs.getObject("computed_due", LocalDate.class),
                rs.getObject("due_date", LocalDate.class), rs.getObject("closes_at", LocalTime.class),
                rs.getString("explanation"), JSON.readValue(rs.getString("skipped"), SKIPPED),
                JSON.readValue(rs.getString("pauses"), PAUSES), DeadlineState.valueOf(rs.getString("state")),
                rs.getObject("stopped_since", LocalDate.class), rs.getObject("met_on", LocalDate.class),
                rs.getString("extension_reason"), rs.getString("extension_agreed_by"), rs.getString("closed_reason"),
                List.copyOf(responsible), rs.getInt("version"));
    }
}
