package org.scrutineer.directory.internal;

import java.util.List;
import java.util.Optional;

import org.scrutineer.directory.Council;
import org.scrutineer.directory.Reference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The council row and the short reference lists: wards, parties, directorates. */
@Repository
public class Councils {

    /** The reference lists, by table name. */
    public enum ReferenceList {
        WARD("ward"), PARTY("party"), DIRECTORATE("directorate");

        private final String table;

        ReferenceList(String table) {
            this.table = table;
        }

        public String table() {
            return table;
        }
    }

    private final JdbcClient jdbc;

    Councils(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Council> find() {
        return jdbc.sql("""
                select name, nation, website, contact_email, municipal_year_start_month, version from council where id = 1""")
                .query((rs, n) -> new Council(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6)))
                .optional();
    }

    public void insert(Council c) {
        jdbc.sql("""
                insert into council (id, name, nation, website, contact_email, municipal_year_start_month)
                values (1, ?, ?, ?, ?, ?)""")
                .params(c.name().strip(), c.nation(), People.blank(c.website()), People.blank(c.contactEmail()),
                        c.municipalYearStartMonth())
                .update();
    }

    public boolean update(Council c) {
        return jdbc.sql("""
                update council set name = ?, nation = ?, website = ?, contact_email = ?, municipal_year_start_month = ?,
                    version = version + 1, updated_at = now()
                where id = 1 and version = ?""")
                .params(c.name().strip(), c.nation(), People.blank(c.website()), People.blank(c.contactEmail()),
                        c.municipalYearStartMonth(), c.version())
                .update() == 1;
    }

    public List<Reference> list(ReferenceList list) {
        return jdbc.sql("select id, name from " + list.table() + " order by name")
                .query((rs, n) -> new Reference(rs.getLong(1), rs.getString(2))).list();
    }

    public Optional<Reference> find(ReferenceList list, long id) {
        return jdbc.sql("select id, name from " + list.table() + " where id = ?").param(id)
                .query((rs, n) -> new Reference(rs.getLong(1), rs.getString(2))).optional();
    }

    public Optional<Reference> findByName(ReferenceList list, String name) {
        return jdbc.sql("select id, name from " + list.table() + " where lower(name) = lower(?)").param(name.strip())
                .query((rs, n) -> new Reference(rs.getLong(1), rs.getString(2))).optional();
    }

    public long insert(ReferenceList list, String name, String abbreviation) {
        if (list == ReferenceList.PARTY) {
            return jdbc.sql("insert into party (name, abbreviation) values (?, ?) returning id")
                    .params(name.strip(), abbreviation == null || abbreviation.isBlank() ? name.strip() : abbreviation.strip())
                    .query(Long.class).single();
        }
        return jdbc.sql("insert into " + list.table() + " (name) values (?) returning id").param(name.strip())
                .query(Long.class).single();
    }

    public void rename(ReferenceList list, long id, String name) {
        jdbc.sql("update " + list.table() + " set name = ? where id = ?").params(name.strip(), id).update();
    }
}
