package org.scrutineer.forwardplan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.scrutineer.directory.Reference;
import org.scrutineer.forwardplan.CallIn;
import org.scrutineer.forwardplan.CallInGround;
import org.scrutineer.forwardplan.CallInOutcome;
import org.scrutineer.forwardplan.CallInRequest;
import org.scrutineer.forwardplan.CallInState;
import org.scrutineer.forwardplan.DecisionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Call-ins of decisions and what the committee decided. */
@Repository
public class CallIns {

    private static final String SELECT = """
            select c.*, m.name as committee_name,
                   (select coalesce(array_agg(p.id order by array_position(c.signatory_ids, p.id)), '{}')
                      from person p where p.id = any(c.signatory_ids)) as signer_ids,
                   (select coalesce(array_agg(p.full_name order by array_position(c.signatory_ids, p.id)), '{}')
                      from person p where p.id = any(c.signatory_ids)) as signer_names
            from call_in c left join committee m on m.id = c.committee_id
            """;

    private final JdbcClient jdbc;

    CallIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CallIn> ofDecision(DecisionId id) {
        return jdbc.sql(SELECT + " where c.decision_id = ?").param(id.value()).query(CallIns::map).optional();
    }

    public Map<Long, CallIn> ofDecisions(List<DecisionId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " where c.decision_id = any(?)")
                .param(ids.stream().map(DecisionId::value).toArray(Long[]::new)).query(CallIns::map).list().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.decisionId().value(), c -> c));
    }

    public long insert(DecisionId decision, CallInRequest r, Instant at, LocalDate meetingBy) {
        return jdbc.sql("""
                insert into call_in (decision_id, grounds, explanation, signatory_ids, submitted_at, committee_id,
                       meeting_by, state) values (?, ?, ?, ?, ?, ?, ?, 'AWAITING_COMMITTEE') returning id""")
                .params(decision.value(), r.grounds().stream().map(Enum::name).sorted().toArray(String[]::new),
                        r.explanation().strip(), r.signatoryIds().toArray(Long[]::new), Timestamp.from(at),
                        r.committeeId(), meetingBy)
                .query(Long.class).single();
    }

    public boolean decided(long id, int version, CallInState state, LocalDate heardOn, CallInOutcome outcome,
            String concerns, LocalDate reconsiderBy, LocalDate councilDate) {
        return jdbc.sql("""
                update call_in set state = ?, heard_on = ?, outcome = ?, concerns = ?, reconsider_by = ?,
                       council_date = ?, version = version + 1 where id = ? and version = ?""")
                .params(state.name(), heardOn, outcome.name(), concerns, reconsiderBy, councilDate, id, version)
                .update() == 1;
    }

    public void reconsidered(long id, LocalDate on, String text) {
        jdbc.sql("""
                update call_in set state = 'CONCLUDED', reconsidered_on = ?, reconsideration = ?,
                       version = version + 1 where id = ?""").params(on, text, id).update();
    }

    static CallIn map(ResultSet rs, int n) throws SQLException {
        Set<CallInGround> grounds = EnumSet.noneOf(CallInGround.class);
        for (String s : Decisions.strings(rs.getArray("grounds"))) {
            grounds.add(CallInGround.valueOf(s));
        }
        List<Long> ids = new ArrayList<>(Decisions.longs(rs.getArray("signer_ids")));
        List<String> names = Decisions.strings(rs.getArray("signer_names"));
        List<Reference> signatories = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            signatories.add(new Reference(ids.get(i), names.get(i)));
        }
        String outcome = rs.getString("outcome");
        return new CallIn(rs.getLong("id"), new DecisionId(rs.getLong("decision_id")), grounds,
                rs.getString("explanation"), signatories, rs.getTimestamp("submitted_at").toInstant(),
                (Long) rs.getObject("committee_id"), rs.getString("committee_name"),
                rs.getObject("meeting_by", LocalDate.class), CallInState.valueOf(rs.getString("state")),
                rs.getObject("heard_on", LocalDate.class), outcome == null ? null : CallInOutcome.valueOf(outcome),
                rs.getString("concerns"), rs.getObject("reconsider_by", LocalDate.class),
                rs.getObject("reconsidered_on", LocalDate.class), rs.getString("reconsideration"),
                rs.getObject("council_date", LocalDate.class), rs.getInt("version"));
    }
}
