package org.scrutineer.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.scrutineer.directory.Committee;
import org.scrutineer.directory.CommitteeDetails;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.CommitteeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The committee table. */
@Repository
public class Committees {

    private static final String SELECT = """
            select c.*, parent.name as parent_name from committee c
            left join committee parent on parent.id = c.parent_id
            """;
    private static final String ORDER = """
             order by case c.kind when 'FULL_COUNCIL' then 0 when 'CABINET' then 1
                                  when 'OVERVIEW_AND_SCRUTINY' then 2 else 3 end, c.name""";

    private final JdbcClient jdbc;

    Committees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Committee> find(CommitteeId id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id.value()).query((rs, n) -> map(rs)).optional();
    }

    public List<Committee> findAll(CommitteeKind kind, boolean includeDissolved) {
        return jdbc.sql(SELECT + """
                 where (cast(:kind as text) is null or c.kind = :kind)
                   and (:all or c.dissolved_on is null or c.dissolved_on >= current_date)""" + ORDER)
                .param("kind", kind == null ? null : kind.name()).param("all", includeDissolved)
                .query((rs, n) -> map(rs)).list();
    }

    public boolean nameTaken(String name, CommitteeId except) {
        return jdbc.sql("select count(*) from committee where lower(name) = lower(?) and id <> ?")
                .param(name.strip()).param(except == null ? -1 : except.value()).query(Long.class).single() > 0;
    }

    public CommitteeId insert(CommitteeDetails d) {
        return new CommitteeId(jdbc.sql("""
                insert into committee (name, kind, parent_id, terms_of_reference, established_on, dissolved_on)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(d.name().strip(), d.kind().name(), d.parentId(), People.blank(d.termsOfReference()),
                        d.establishedOn(), d.dissolvedOn())
                .query(Long.class).single());
    }

    public boolean update(CommitteeId id, int version, CommitteeDetails d) {
        return jdbc.sql("""
                update committee set name = ?, kind = ?, parent_id = ?, terms_of_reference = ?, established_on = ?,
                    dissolved_on = ?, version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(d.name().strip(), d.kind().name(), d.parentId(), People.blank(d.termsOfReference()),
                        d.establishedOn(), d.dissolvedOn(), id.value(), version)
                .update() == 1;
    }

    private static Committee map(ResultSet rs) throws SQLException {
        return new Committee(new CommitteeId(rs.getLong("id")), rs.getString("name"),
                CommitteeKind.valueOf(rs.getString("kind")), People.ref(rs, "parent_id", "parent_name"),
                rs.getString("terms_of_reference"), rs.getObject("established_on", java.time.LocalDate.class),
                rs.getObject("dissolved_on", java.time.LocalDate.class), rs.getInt("version"));
    }
}
