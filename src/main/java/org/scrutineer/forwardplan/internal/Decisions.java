package org.scrutineer.forwardplan.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.directory.Reference;
import org.scrutineer.forwardplan.DecisionDetails;
import org.scrutineer.forwardplan.DecisionId;
import org.scrutineer.forwardplan.DecisionMaker;
import org.scrutineer.forwardplan.DecisionRecordDetails;
import org.scrutineer.forwardplan.DecisionRoute;
import org.scrutineer.forwardplan.DecisionState;
import org.scrutineer.forwardplan.ExecutiveDecision;
import org.scrutineer.forwardplan.KeyReason;
import org.scrutineer.forwardplan.UrgencyAgreedAs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Executive decisions: the forward plan entry, its route and its record. */
@Repository
public class Decisions {

    private static final String SELECT = """
            select d.*, mk.full_name as maker_name, p.title as portfolio_title, lm.full_name as lead_member_name,
                   lo.full_name as lead_officer_name, ch.full_name as chair_name, ua.full_name as urgency_name,
                   (select coalesce(array_agg(w.name order by w.name), '{}') from ward w where w.id = any(d.ward_ids))
                       as ward_names,
                   (select coalesce(array_agg(w.id order by w.name), '{}') from ward w where w.id = any(d.ward_ids))
                       as ward_sorted_ids
            from executive_decision d
            left join person mk on mk.id = d.maker_id
            left join portfolio p on p.id = d.portfolio_id
            left join person lm on lm.id = d.lead_member_id
            left join person lo on lo.id = d.lead_officer_id
            left join person ch on ch.id = d.chair_informed_id
            left join person ua on ua.id = d.urgency_agreed_by
            """;

    /** What a forward plan list is filtered by. */
    public record Filter(LocalDate from, LocalDate to, Long portfolioId, Long wardId, Boolean key, DecisionState state,
            boolean publishedOnly, String text) {
    }

    private final JdbcClient jdbc;

    Decisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ExecutiveDecision> find(DecisionId id) {
        return jdbc.sql(SELECT + " where d.id = ?").param(id.value()).query(Decisions::map).optional();
    }

    public Optional<ExecutiveDecision> byCallInDeadline(DeadlineId id) {
        return jdbc.sql(SELECT + " where d.call_in_deadline_id = ?").param(id.value()).query(Decisions::map).optional();
    }

    public List<ExecutiveDecision> list(Filter f, int limit, int offset) {
        Map<String, Object> params = new HashMap<>();
        // by the day taken or expected, as the filter reads it, so that the index on that day serves both
        // the limit is written into the statement so that even a cached generic plan knows it reads one page
        return jdbc.sql(SELECT + where(f, params) + " order by coalesce(d.decided_on, d.expected_on), d.id"
                + " limit " + Math.max(0, limit) + " offset " + Math.max(0, offset)).params(params)
                .query(Decisions::map).list();
    }

    public long count(Filter f) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from executive_decision d" + where(f, params)).params(params)
                .query(Long.class).single();
    }

    /**
     * The conditions of the filters given, and only those, so that each query is planned for what it asks (a
     * condition like "(:ward is null or …)" would leave a cached generic plan unable to use the indexes).
     */
    private static String where(Filter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.from() != null) {
            conditions.add("coalesce(d.decided_on, d.expected_on) >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            conditions.add("coalesce(d.decided_on, d.expected_on) <= :to");
            params.put("to", f.to());
        }
        if (f.portfolioId() != null) {
            conditions.add("d.portfolio_id = :portfolio");
            params.put("portfolio", f.portfolioId());
        }
        if (f.wardId() != null) {
            conditions.add("d.ward_ids @> array[cast(:ward as bigint)]");
            params.put("ward", f.wardId());
        }
        if (f.key() != null) {
            conditions.add("d.key_decision = :key");
            params.put("key", f.key());
        }
        if (f.state() != null) {
            conditions.add("d.state = :state");
            params.put("state", f.state().name());
        }
        if (f.publishedOnly()) {
            conditions.add("d.state <> 'PLANNED' and (d.state <> 'WITHDRAWN' or d.notice_published_on is not null)");
        }
        if (f.text() != null && !f.text().isBlank()) {
            conditions.add("(d.matter ilike :text or d.reference ilike :text)");
            params.put("text", "%" + f.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Special urgency decisions agreed in a period, for the reg 19 report to council. */
    public List<ExecutiveDecision> specialUrgency(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " where d.route = 'SPECIAL_URGENCY' and d.urgency_agreed_on between ? and ? "
                + "order by d.urgency_agreed_on, d.id").params(from, to).query(Decisions::map).list();
    }

    public int nextSequence(String prefix) {
        return jdbc.sql("select count(*) + 1 from executive_decision where reference like ?").param(prefix + "%")
                .query(Integer.class).single();
    }

    public boolean referenceTaken(String reference) {
        return jdbc.sql("select exists (select 1 from executive_decision where lower(reference) = lower(?))")
                .param(reference).query(Boolean.class).single();
    }

    public DecisionId insert(String reference, DecisionDetails d) {
        long id = jdbc.sql("""
                insert into executive_decision (reference, matter, summary, maker_kind, maker_id, portfolio_id,
                       lead_member_id, lead_officer_id, expected_on, key_decision, key_reasons, financial_effect,
                       ward_ids, documents, consultation, in_private, exempt_paragraph, private_reason,
                       planned_scrutiny, state)
                values (:reference, :matter, :summary, :maker, :makerId, :portfolio, :leadMember, :leadOfficer,
                        :expected, :key, :reasons, :amount, :wards, :documents, :consultation, :private, :paragraph,
                        :privateReason, :planned, 'PLANNED')
                returning id""").params(detailParams(d)).param("reference", reference).query(Long.class).single();
        return new DecisionId(id);
    }

    public boolean update(DecisionId id, int version, DecisionDetails d) {
        return jdbc.sql("""
                update executive_decision set matter = :matter, summary = :summary, maker_kind = :maker,
                       maker_id = :makerId, portfolio_id = :portfolio, lead_member_id = :leadMember,
                       lead_officer_id = :leadOfficer, expected_on = :expected, key_decision = :key,
                       key_reasons = :reasons, financial_effect = :amount, ward_ids = :wards, documents = :documents,
                       consultation = :consultation, in_private = :private, exempt_paragraph = :paragraph,
                       private_reason = :privateReason, planned_scrutiny = :planned, updated_at = now(),
                       version = version + 1
                where id = :id and version = :version""").params(detailParams(d)).param("id", id.value())
                .param("version", version).update() == 1;
    }

    private static Map<String, Object> detailParams(DecisionDetails d) {
        Map<String, Object> p = new HashMap<>();
        p.put("matter", d.matter().strip());
        p.put("summary", blankToNull(d.summary()));
        p.put("maker", d.maker().name());
        p.put("makerId", d.maker() == DecisionMaker.CABINET ? null : d.makerId());
        p.put("portfolio", d.portfolioId());
        p.put("leadMember", d.leadMemberId());
        p.put("leadOfficer", d.leadOfficerId());
        p.put("expected", d.expectedOn());
        p.put("key", d.keyDecision());
        p.put("reasons", d.keyDecision() ? d.keyReasons().stream().map(Enum::name).sorted().toArray(String[]::new)
                : new String[0]);
        p.put("amount", d.financialEffect());
        p.put("wards", d.wardIds().toArray(Long[]::new));
        p.put("documents", blankToNull(d.documents()));
        p.put("consultation", blankToNull(d.consultation()));
        p.put("private", d.inPrivate());
        p.put("paragraph", d.inPrivate() ? d.exemptParagraph() : null);
        p.put("privateReason", d.inPrivate() ? blankToNull(d.privateReason()) : null);
        p.put("planned", blankToNull(d.plannedScrutiny()));
        return p;
    }

    public void noticePublished(DecisionId id, LocalDate on, LocalDate due) {
        jdbc.sql("""
                update executive_decision set state = 'ON_FORWARD_PLAN', notice_published_on = ?, notice_due = ?,
                       updated_at = now(), version = version + 1 where id = ?""").params(on, due, id.value()).update();
    }

    public void noticeDue(DecisionId id, LocalDate due) {
        jdbc.sql("update executive_decision set notice_due = ?, updated_at = now() where id = ?").params(due, id.value())
                .update();
    }

    public void generalException(DecisionId id, long chair, LocalDate informedOn, String reasons, LocalDate earliest) {
        jdbc.sql("""
                update executive_decision set route = 'GENERAL_EXCEPTION', chair_informed_id = ?, chair_informed_on = ?,
                       exception_reasons = ?, earliest_decision_on = ?,
                       state = case when state = 'PLANNED' then 'ON_FORWARD_PLAN' else state end,
                       notice_published_on = coalesce(notice_published_on, ?),
                       updated_at = now(), version = version + 1 where id = ?""")
                .params(chair, informedOn, reasons, earliest, informedOn, id.value()).update();
    }

    public void specialUrgency(DecisionId id, long agreedBy, UrgencyAgreedAs as, LocalDate on, String reasons) {
        jdbc.sql("""
                update executive_decision set route = 'SPECIAL_URGENCY', urgency_agreed_by = ?, urgency_agreed_as = ?,
                       urgency_agreed_on = ?, exception_reasons = ?,
                       state = case when state = 'PLANNED' then 'ON_FORWARD_PLAN' else state end,
                       notice_published_on = coalesce(notice_published_on, ?),
                       updated_at = now(), version = version + 1 where id = ?""")
                .params(agreedBy, as.name(), on, reasons, on, id.value()).update();
    }

    public boolean decided(DecisionId id, int version, DecisionRecordDetails r) {
        return jdbc.sql("""
                update executive_decision set state = 'DECIDED', decided_on = ?, decision = ?, reasons = ?,
                       alternatives = ?, conflicts = ?, dispensations = ?, call_in_exempt_reason = ?,
                       updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(r.decidedOn(), r.decision().strip(), r.reasons().strip(), r.alternatives().strip(),
                        blankToNull(r.conflicts()), blankToNull(r.dispensations()),
                        blankToNull(r.callInExemptReason()), id.value(), version)
                .update() == 1;
    }

    public void recordPublished(DecisionId id, LocalDate on, DeadlineId deadline, LocalDate closesOn,
            LocalTime closesAt, DecisionState state) {
        jdbc.sql("""
                update executive_decision set state = ?, record_published_on = ?, call_in_deadline_id = ?,
                       call_in_closes_on = ?, call_in_closes_at = ?, updated_at = now(), version = version + 1
                where id = ?""")
                .params(state.name(), on, deadline == null ? null : deadline.value(), closesOn, closesAt, id.value())
                .update();
    }

    public void callInCloses(DecisionId id, LocalDate closesOn) {
        jdbc.sql("update executive_decision set call_in_closes_on = ?, updated_at = now() where id = ?")
                .params(closesOn, id.value()).update();
    }

    public void state(DecisionId id, DecisionState state) {
        jdbc.sql("update executive_decision set state = ?, updated_at = now(), version = version + 1 where id = ?")
                .params(state.name(), id.value()).update();
    }

    public void reconsidered(DecisionId id, String decision) {
        jdbc.sql("""
                update executive_decision set state = 'EFFECTIVE', decision = ?, updated_at = now(),
                       version = version + 1 where id = ?""").params(decision, id.value()).update();
    }

    public boolean withdrawn(DecisionId id, int version, String reason) {
        return jdbc.sql("""
                update executive_decision set state = 'WITHDRAWN', withdrawn_reason = ?, updated_at = now(),
                       version = version + 1 where id = ? and version = ?""")
                .params(reason, id.value(), version).update() == 1;
    }

    static ExecutiveDecision map(ResultSet rs, int n) throws SQLException {
        Set<KeyReason> reasons = EnumSet.noneOf(KeyReason.class);
        for (String s : strings(rs.getArray("key_reasons"))) {
            reasons.add(KeyReason.valueOf(s));
        }
        List<String> wardNames = strings(rs.getArray("ward_names"));
        Array wardIdArray = rs.getArray("ward_sorted_ids");
        Object[] wardIds = wardIdArray == null ? new Object[0] : (Object[]) wardIdArray.getArray();
        List<Reference> wards = new ArrayList<>();
        for (int i = 0; i < wardIds.length; i++) {
            wards.add(new Reference(((Number) wardIds[i]).longValue(), wardNames.get(i)));
        }
        long deadline = rs.getLong("call_in_deadline_id");
        String as = rs.getString("urgency_agreed_as");
        return new ExecutiveDecision(new DecisionId(rs.getLong("id")), rs.getString("reference"),
                rs.getString("matter"), rs.getString("summary"), DecisionMaker.valueOf(rs.getString("maker_kind")),
                ref(rs, "maker_id", "maker_name"), ref(rs, "portfolio_id", "portfolio_title"),
                ref(rs, "lead_member_id", "lead_member_name"), ref(rs, "lead_officer_id", "lead_officer_name"),
                rs.getObject("expected_on", LocalDate.class), rs.getBoolean("key_decision"), reasons,
                rs.getBigDecimal("financial_effect"), wards, rs.getString("documents"), rs.getString("consultation"),
                rs.getBoolean("in_private"), (Integer) rs.getObject("exempt_paragraph"), rs.getString("private_reason"),
                rs.getString("planned_scrutiny"), DecisionRoute.valueOf(rs.getString("route")),
                rs.getObject("notice_published_on", LocalDate.class), rs.getObject("notice_due", LocalDate.class),
                rs.getObject("chair_informed_on", LocalDate.class), ref(rs, "chair_informed_id", "chair_name"),
                rs.getString("exception_reasons"), rs.getObject("earliest_decision_on", LocalDate.class),
                ref(rs, "urgency_agreed_by", "urgency_name"), as == null ? null : UrgencyAgreedAs.valueOf(as),
                rs.getObject("urgency_agreed_on", LocalDate.class), DecisionState.valueOf(rs.getString("state")),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decision"), rs.getString("reasons"),
                rs.getString("alternatives"), rs.getString("conflicts"), rs.getString("dispensations"),
                rs.getObject("record_published_on", LocalDate.class), deadline == 0 ? null : new DeadlineId(deadline),
                rs.getObject("call_in_closes_on", LocalDate.class), rs.getObject("call_in_closes_at", LocalTime.class),
                rs.getString("call_in_exempt_reason"), rs.getString("withdrawn_reason"), rs.getInt("version"));
    }

    private static Reference ref(ResultSet rs, String idColumn, String nameColumn) throws SQLException {
        long id = rs.getLong(idColumn);
        return rs.wasNull() ? null : new Reference(id, rs.getString(nameColumn));
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            list.add(String.valueOf(o));
        }
        return list;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Set<Long> longs(Array array) throws SQLException {
        Set<Long> set = new LinkedHashSet<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                set.add(((Number) o).longValue());
            }
        }
        return set;
    }
}
