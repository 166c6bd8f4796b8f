package org.scrutineer.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.directory.PortfolioDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The portfolio table. */
@Repository
public class Portfolios {

    private static final String SELECT = """
            select f.*, h.full_name as holder_name, o.full_name as lead_officer_name, d.name as directorate_name
            from portfolio f
            left join person h on h.id = f.holder_id
            left join person o on o.id = f.lead_officer_id
            left join directorate d on d.id = f.directorate_id
            """;

    private final JdbcClient jdbc;

    Portfolios(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Portfolio> find(long id) {
        return jdbc.sql(SELECT + " where f.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    public List<Portfolio> findAll(boolean includeInactive) {
        return jdbc.sql(SELECT + " where ? or f.active order by (not f.active), f.title").param(includeInactive)
                .query((rs, n) -> map(rs)).list();
    }

    public List<Portfolio> heldBy(PersonId person) {
        return jdbc.sql(SELECT + " where f.active and f.holder_id = ? order by f.title").param(person.value())
                .query((rs, n) -> map(rs)).list();
    }

    public List<Portfolio> ledBy(PersonId officer) {
        return jdbc.sql(SELECT + " where f.active and f.lead_officer_id = ? order by f.title").param(officer.value())
                .query((rs, n) -> map(rs)).list();
    }

    public boolean titleTaken(String title, long except) {
        return jdbc.sql("select count(*) from portfolio where active and lower(title) = lower(?) and id <> ?")
                .params(title.strip(), except).query(Long.class).single() > 0;
    }

    public long insert(PortfolioDetails d) {
        return jdbc.sql("""
                insert into portfolio (title, responsibilities, holder_id, lead_officer_id, directorate_id, active)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(d.title().strip(), People.blank(d.responsibilities()), d.holderId(), d.leadOfficerId(),
                        d.directorateId(), d.active())
                .query(Long.class).single();
    }

    public boolean update(long id, int version, PortfolioDetails d) {
        return jdbc.sql("""
                update portfolio set title = ?, responsibilities = ?, holder_id = ?, lead_officer_id = ?,
                    directorate_id = ?, active = ?, version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(d.title().strip(), People.blank(d.responsibilities()), d.holderId(), d.leadOfficerId(),
                        d.directorateId(), d.active(), id, version)
                .update() == 1;
    }

    private static Portfolio map(ResultSet rs) throws SQLException {
        return new Portfolio(rs.getLong("id"), rs.getString("title"), rs.getString("responsibilities"),
                People.ref(rs, "holder_id", "holder_name"), People.ref(rs, "lead_officer_id", "lead_officer_name"),
                People.ref(rs, "directorate_id", "directorate_name"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
