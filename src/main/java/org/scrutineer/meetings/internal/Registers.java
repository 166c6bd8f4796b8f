package org.scrutineer.meetings.internal;

import java.util.List;

import org.scrutineer.directory.PersonId;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.Attendance;
import org.scrutineer.meetings.Declaration;
import org.scrutineer.meetings.InterestKind;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.RegisterEntry;
import org.scrutineer.meetings.RegisterLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of members at each meeting and the interests declared on its items. */
@Repository
public class Registers {

    private final JdbcClient jdbc;

    Registers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RegisterEntry> of(MeetingId meeting) {
        return jdbc.sql("""
                select r.person_id, p.full_name, r.attendance, r.substitute_for, s.full_name as substitute_name
                from register_entry r
                join person p on p.id = r.person_id
                left join person s on s.id = r.substitute_for
                where r.meeting_id = ?
                order by r.attendance = 'SUBSTITUTE', p.family_name, p.given_name""")
                .param(meeting.value())
                .query((rs, n) -> new RegisterEntry(new PersonId(rs.getLong(1)), rs.getString(2),
                        Attendance.valueOf(rs.getString(3)),
                        rs.getObject(4) == null ? null : new PersonId(rs.getLong(4)), rs.getString(5)))
                .list();
    }

    /** Replaces the register of a meeting. */
    public void replace(MeetingId meeting, List<RegisterLine> lines) {
        jdbc.sql("delete from register_entry where meeting_id = ?").param(meeting.value()).update();
        for (RegisterLine l : lines) {
            jdbc.sql("insert into register_entry (meeting_id, person_id, attendance, substitute_for) values (?, ?, ?, ?)")
                    .params(meeting.value(), l.personId(), l.attendance().name(),
                            l.attendance() == Attendance.SUBSTITUTE ? l.substituteForId() : null)
                    .update();
        }
    }

    public List<Declaration> declarationsOf(MeetingId meeting) {
        return jdbc.sql(DECLARATIONS + " join agenda_item i on i.id = d.item_id where i.meeting_id = ? order by i.position, d.id")
                .param(meeting.value()).query(Registers::declaration).list();
    }

    public List<Declaration> declarationsOn(AgendaItemId item) {
        return jdbc.sql(DECLARATIONS + " where d.item_id = ? order by d.id").param(item.value())
                .query(Registers::declaration).list();
    }

    public java.util.Optional<Declaration> declaration(long id) {
        return jdbc.sql(DECLARATIONS + " where d.id = ?").param(id).query(Registers::declaration).optional();
    }

    public long declare(AgendaItemId item, PersonId person, InterestKind kind, String nature, boolean leftRoom) {
        return jdbc.sql("""
                insert into declaration (item_id, person_id, kind, nature, left_room) values (?, ?, ?, ?, ?)
                returning id""").params(item.value(), person.value(), kind.name(), nature.strip(), leftRoom)
                .query(Long.class).single();
    }

    public void withdrawDeclaration(long id) {
        jdbc.sql("delete from declaration where id = ?").param(id).update();
    }

    private static final String DECLARATIONS = """
            select d.id, d.item_id, d.person_id, p.full_name, d.kind, d.nature, d.left_room
            from declaration d join person p on p.id = d.person_id
            """;

    private static Declaration declaration(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Declaration(rs.getLong("id"), new AgendaItemId(rs.getLong("item_id")),
                new PersonId(rs.getLong("person_id")), rs.getString("full_name"),
                InterestKind.valueOf(rs.getString("kind")), rs.getString("nature"), rs.getBoolean("left_room"));
    }
}
