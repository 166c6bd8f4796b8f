package org.scrutineer.directory.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonDetails;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Reference;
import org.scrutineer.directory.Seniority;
import org.scrutineer.directory.StatutoryRole;
import org.scrutineer.platform.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The person table. */
@Repository
public class People {

    static final String SELECT = """
            select p.*, pa.name as party_name, w.name as ward_name, d.name as directorate_name
            from person p
            left join party pa on pa.id = p.party_id
            left join ward w on w.id = p.ward_id
            left join directorate d on d.id = p.directorate_id
            """;

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Person> find(PersonId id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id.value()).query((rs, n) -> map(rs)).optional();
    }

    public List<Person> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where p.id = any(?) order by p.family_name, p.given_name")
                .param(ids.toArray(Long[]::new)).query((rs, n) -> map(rs)).list();
    }

    /**
     * People whose name contains the text (any order of words, case-insensitive), optionally of one kind,
     * alphabetically by family name.
     */
    public ResultPage<Person> search(String text, PersonKind kind, Boolean active, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        var params = new java.util.HashMap<String, Object>();
        if (kind != null) {
            where.append(" and p.kind = :kind");
            params.put("kind", kind.name());
        }
        if (active != null) {
            where.append(" and p.active = :active");
            params.put("active", active);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and p.full_name ilike :pattern");
            params.put("pattern", "%" + escapeLike(text).replaceAll("\\s+", "%") + "%");
        }
        long total = jdbc.sql("select count(*) from person p" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) (page - 1) * size);
        List<Person> items = jdbc.sql(SELECT + where
                + " order by p.family_name, p.given_name, p.id limit :limit offset :offset")
                .params(params).query((rs, n) -> map(rs)).list();
        return new ResultPage<>(items, page, size, total);
    }

    /** People of a kind (active only), alphabetically: for choosing a person on a form. */
    public List<Reference> choices(PersonKind kind, Seniority atLeast) {
        return jdbc.sql("""
                select id, full_name from person
                where active and kind = :kind and (cast(:seniorities as text[]) is null or seniority = any(:seniorities))
                order by family_name, given_name""")
                .param("kind", kind.name())
                .param("seniorities", atLeast == null ? null : seniorThan(atLeast))
                .query((rs, n) -> new Reference(rs.getLong(1), rs.getString(2))).list();
    }

    public List<Person> holdingStatutoryRole(StatutoryRole role) {
        return jdbc.sql(SELECT + " where p.active and ? = any(p.statutory_roles) order by p.family_name")
                .param(role.name()).query((rs, n) -> map(rs)).list();
    }

    public List<Person> chiefOfficersOf(long directorateId) {
        return jdbc.sql(SELECT + " where p.active and p.directorate_id = ? and p.seniority in ('CHIEF_OFFICER', 'CHIEF_EXECUTIVE')"
                + " order by p.seniority = 'CHIEF_OFFICER' desc, p.family_name").param(directorateId)
                .query((rs, n) -> map(rs)).list();
    }

    public List<Person> supportingScrutiny() {
        return jdbc.sql(SELECT + " where p.active and p.supports_scrutiny order by p.family_name, p.given_name")
                .query((rs, n) -> map(rs)).list();
    }

    public PersonId insert(PersonDetails d) {
        long id = jdbc.sql("""
                insert into person (kind, honorific, given_name, family_name, full_name, email, phone, party_id, ward_id,
                                    post_title, directorate_id, seniority, statutory_roles, supports_scrutiny,
                                    organisation, active)
                values (:kind, :honorific, :given, :family, :full, :email, :phone, :party, :ward, :post, :directorate,
                        :seniority, :roles, :scrutiny, :organisation, :active)
                returning id""")
                .paramSource(params(d)).query(Long.class).single();
        return new PersonId(id);
    }

    /** Updates a person if the version matches; false when someone else changed them first. */
    public boolean update(PersonId id, int version, PersonDetails d) {
        var params = params(d);
        params.put("id", id.value());
        params.put("version", version);
        return jdbc.sql("""
                update person set kind = :kind, honorific = :honorific, given_name = :given, family_name = :family,
                    full_name = :full, email = :email, phone = :phone, party_id = :party, ward_id = :ward,
                    post_title = :post, directorate_id = :directorate, seniority = :seniority,
                    statutory_roles = :roles, supports_scrutiny = :scrutiny, organisation = :organisation,
                    active = :active, version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .paramSource(params).update() == 1;
    }

    public long count() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    static String fullName(PersonDetails d) {
        return (d.honorific() == null || d.honorific().isBlank() ? "" : d.honorific().strip() + " ")
                + d.givenName().strip() + " " + d.familyName().strip();
    }

    private static java.util.Map<String, Object> params(PersonDetails d) {
        var m = new java.util.HashMap<String, Object>();
        m.put("kind", d.kind().name());
        m.put("honorific", blank(d.honorific()));
        m.put("given", d.givenName().strip());
        m.put("family", d.familyName().strip());
        m.put("full", fullName(d));
        m.put("email", blank(d.email()));
        m.put("phone", blank(d.phone()));
        boolean councillor = d.kind() == PersonKind.COUNCILLOR;
        boolean officer = d.kind() == PersonKind.OFFICER;
        m.put("party", councillor ? d.partyId() : null);
        m.put("ward", councillor ? d.wardId() : null);
        m.put("post", officer ? blank(d.postTitle()) : null);
        m.put("directorate", officer ? d.directorateId() : null);
        m.put("seniority", officer && d.seniority() != null ? d.seniority().name() : null);
        m.put("roles", officer ? d.statutoryRoles().stream().map(Enum::name).sorted().toArray(String[]::new)
                : new String[0]);
        m.put("scrutiny", officer && d.supportsScrutiny());
        m.put("organisation", d.kind() == PersonKind.WITNESS ? blank(d.organisation()) : null);
        m.put("active", d.active());
        return m;
    }

    private static String[] seniorThan(Seniority atLeast) {
        return Arrays.stream(Seniority.values()).filter(s -> s.ordinal() <= atLeast.ordinal()).map(Enum::name)
                .toArray(String[]::new);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String escapeLike(String s) {
        return s.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Person map(ResultSet rs) throws SQLException {
        return new Person(new PersonId(rs.getLong("id")), PersonKind.valueOf(rs.getString("kind")),
                rs.getString("honorific"), rs.getString("given_name"), rs.getString("family_name"),
                rs.getString("full_name"), rs.getString("email"), rs.getString("phone"),
                ref(rs, "party_id", "party_name"), ref(rs, "ward_id", "ward_name"), rs.getString("post_title"),
                ref(rs, "directorate_id", "directorate_name"),
                rs.getString("seniority") == null ? null : Seniority.valueOf(rs.getString("seniority")),
                roles(rs.getArray("statutory_roles")), rs.getBoolean("supports_scrutiny"),
                rs.getString("organisation"), rs.getBoolean("active"), rs.getInt("version"));
    }

    static Reference ref(ResultSet rs, String idColumn, String nameColumn) throws SQLException {
        long id = rs.getLong(idColumn);
        return rs.wasNull() ? null : new Reference(id, rs.getString(nameColumn));
    }

    private static Set<StatutoryRole> roles(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        String[] names = (String[]) array.getArray();
        if (names.length == 0) {
            return Set.of();
        }
        return Arrays.stream(names).map(StatutoryRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StatutoryRole.class)));
    }
}
