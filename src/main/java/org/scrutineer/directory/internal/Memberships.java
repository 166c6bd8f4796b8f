package org.scrutineer.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.Membership;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The membership table. */
@Repository
public class Memberships {

    private static final String SELECT = """
            select m.*, c.name as committee_name, c.kind as committee_kind, p.full_name as person_name
            from membership m
            join committee c on c.id = m.committee_id
            join person p on p.id = m.person_id
            """;
    private static final String ROLE_ORDER = """
            case m.role when 'CHAIR' then 0 when 'VICE_CHAIR' then 1 when 'MEMBER' then 2 else 3 end""";

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Membership> find(long id) {
        return jdbc.sql(SELECT + " where m.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    /** A committee's memberships on a day (or all, past and present, when {@code on} is null). */
    public List<Membership> ofCommittee(CommitteeId committee, LocalDate on) {
        return jdbc.sql(SELECT + """
                 where m.committee_id = :c
                   and (cast(:on as date) is null or (m.starts_on <= :on and (m.ends_on is null or m.ends_on >= :on)))
                 order by (m.ends_on is not null), """ + ROLE_ORDER + ", p.family_name, p.given_name, m.starts_on desc")
                .param("c", committee.value()).param("on", on).query((rs, n) -> map(rs)).list();
    }

    /** A person's memberships on a day (or all when {@code on} is null), newest first. */
    public List<Membership> ofPerson(PersonId person, LocalDate on) {
        return jdbc.sql(SELECT + """
                 where m.person_id = :p
                   and (cast(:on as date) is null or (m.starts_on <= :on and (m.ends_on is null or m.ends_on >= :on)))
                 order by (m.ends_on is not null), m.starts_on desc, c.name""")
                .param("p", person.value()).param("on", on).query((rs, n) -> map(rs)).list();
    }

    /** Whether the person already has a seat on the committee that overlaps the period. */
    public boolean overlaps(CommitteeId committee, PersonId person, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) from membership
                where committee_id = :c and person_id = :p
                  and starts_on <= coalesce(cast(:to as date), 'infinity'::date)
                  and coalesce(ends_on, 'infinity'::date) >= :from""")
                .param("c", committee.value()).param("p", person.value()).param("from", from).param("to", to)
                .query(Long.class).single() > 0;
    }

    /** Another person holding a single-seat role (chair, vice-chair) in the period, if any. */
    public Optional<Membership> holderOf(CommitteeId committee, MembershipRole role, LocalDate from, long except) {
        return jdbc.sql(SELECT + """
                 where m.committee_id = :c and m.role = :role and m.id <> :except
                   and coalesce(m.ends_on, 'infinity'::date) >= :from
                 limit 1""")
                .param("c", committee.value()).param("role", role.name()).param("from", from).param("except", except)
                .query((rs, n) -> map(rs)).optional();
    }

    public long insert(CommitteeId committee, PersonId person, MembershipRole role, LocalDate startsOn,
            LocalDate endsOn) {
        return jdbc.sql("""
                insert into membership (committee_id, person_id, role, starts_on, ends_on) values (?, ?, ?, ?, ?)
                returning id""")
                .params(committee.value(), person.value(), role.name(), startsOn, endsOn).query(Long.class).single();
    }

    public void end(long id, LocalDate endsOn) {
        jdbc.sql("update membership set ends_on = ?, version = version + 1 where id = ?").params(endsOn, id).update();
    }

    private static Membership map(ResultSet rs) throws SQLException {
        return new Membership(rs.getLong("id"), new CommitteeId(rs.getLong("committee_id")),
                rs.getString("committee_name"), CommitteeKind.valueOf(rs.getString("committee_kind")),
                new PersonId(rs.getLong("person_id")), rs.getString("person_name"),
                MembershipRole.valueOf(rs.getString("role")), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class));
    }
}
