package org.scrutineer.inforequests.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.scrutineer.inforequests.StandingArrangement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Standing information arrangements and the quarterly reports received under them. */
@Repository
public class Arrangements {

    private static final String SELECT = """
            select a.*, c.name as committee_name, d.name as directorate_name, o.full_name as officer_name
            from standing_arrangement a
            join committee c on c.id = a.committee_id
            left join directorate d on d.id = a.directorate_id
            left join person o on o.id = a.responsible_officer_id
            """;

    private final JdbcClient jdbc;

    Arrangements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StandingArrangement> find(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(Arrangements::map).optional();
    }

    /** Arrangements of a committee (or all), current on a day. */
    public List<StandingArrangement> current(Long committeeId, LocalDate on) {
        return jdbc.sql(SELECT + """
                 where (cast(:committee as bigint) is null or a.committee_id = :committee)
                   and a.starts_on <= :on and (a.ends_on is null or a.ends_on >= :on)
                 order by c.name, a.title""")
                .param("committee", committeeId).param("on", on).query(Arrangements::map).list();
    }

    public long insert(long committeeId, String title, Long directorateId, Long officerId, int days, LocalDate startsOn) {
        return jdbc.sql("""
                insert into standing_arrangement (committee_id, title, directorate_id, responsible_officer_id,
                       days_after_quarter, starts_on) values (?, ?, ?, ?, ?, ?) returning id""")
                .params(committeeId, title.strip(), directorateId, officerId, days, startsOn).query(Long.class).single();
    }

    public void end(long id, LocalDate on) {
        jdbc.sql("update standing_arrangement set ends_on = ?, version = version + 1 where id = ?").params(on, id).update();
    }

    /** Receipts by arrangement id and quarter start. */
    public Map<Long, Map<LocalDate, LocalDate>> receipts(List<Long> arrangementIds) {
        if (arrangementIds.isEmpty()) {
            return Map.of();
        }
        record Receipt(long arrangement, LocalDate quarter, LocalDate received) {
        }
        return jdbc.sql("select arrangement_id, quarter_start, received_on from standing_receipt where arrangement_id = any(?)")
                .param(arrangementIds.toArray(Long[]::new))
                .query((rs, n) -> new Receipt(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)))
                .list().stream().collect(Collectors.groupingBy(Receipt::arrangement,
                        Collectors.toMap(Receipt::quarter, Receipt::received)));
    }

    public boolean received(long arrangementId, LocalDate quarterStart) {
        return jdbc.sql("select exists (select 1 from standing_receipt where arrangement_id = ? and quarter_start = ?)")
                .params(arrangementId, quarterStart).query(Boolean.class).single();
    }

    public long receive(long arrangementId, LocalDate quarterStart, LocalDate receivedOn, String note, String by) {
        return jdbc.sql("""
                insert into standing_receipt (arrangement_id, quarter_start, received_on, note, recorded_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(arrangementId, quarterStart, receivedOn, note, by).query(Long.class).single();
    }

    private static StandingArrangement map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StandingArrangement(rs.getLong("id"), rs.getLong("committee_id"), rs.getString("committee_name"),
                rs.getString("title"), (Long) rs.getObject("directorate_id"), rs.getString("directorate_name"),
                (Long) rs.getObject("responsible_officer_id"), rs.getString("officer_name"),
                rs.getInt("days_after_quarter"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class));
    }
}
