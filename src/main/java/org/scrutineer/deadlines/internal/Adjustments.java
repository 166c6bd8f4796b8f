package org.scrutineer.deadlines.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.scrutineer.deadlines.CalendarAdjustment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar_adjustment table. */
@Repository
public class Adjustments {

    private final JdbcClient jdbc;

    Adjustments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CalendarAdjustment> all() {
        return jdbc.sql("select * from calendar_adjustment order by day").query((rs, n) -> new CalendarAdjustment(
                rs.getLong("id"), rs.getObject("day", LocalDate.class),
                CalendarAdjustment.Kind.valueOf(rs.getString("kind")), rs.getString("reason"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant())).list();
    }

    public Optional<CalendarAdjustment> find(long id) {
        return all().stream().filter(a -> a.id() == id).findFirst();
    }

    public boolean exists(LocalDate day) {
        return jdbc.sql("select count(*) from calendar_adjustment where day = ?").param(day).query(Long.class)
                .single() > 0;
    }

    public long insert(LocalDate day, CalendarAdjustment.Kind kind, String reason, String by) {
        return jdbc.sql("insert into calendar_adjustment (day, kind, reason, created_by) values (?, ?, ?, ?) returning id")
                .params(day, kind.name(), reason.strip(), by).query(Long.class).single();
    }

    public void delete(long id) {
        jdbc.sql("delete from calendar_adjustment where id = ?").param(id).update();
    }
}
