package org.scrutineer.meetings.internal;

import static org.scrutineer.meetings.internal.Meetings.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.AgendaItemDetails;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.MeetingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agenda items, numbered by their position on the agenda. */
@Repository
public class AgendaItems {

    private static final String SELECT = """
            select i.*, p.title as portfolio_title, p.holder_id as portfolio_holder_id, d.name as directorate_name
            from agenda_item i
            left join portfolio p on p.id = i.portfolio_id
            left join directorate d on d.id = i.directorate_id
            """;

    private final JdbcClient jdbc;

    AgendaItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AgendaItem> find(AgendaItemId id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id.value()).query(AgendaItems::map).optional();
    }

    public List<AgendaItem> of(MeetingId meeting) {
        return jdbc.sql(SELECT + " where i.meeting_id = ? order by i.position").param(meeting.value())
                .query(AgendaItems::map).list();
    }

    public List<AgendaItem> of(Collection<MeetingId> meetings) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where i.meeting_id = any(?) order by i.meeting_id, i.position")
                .param(meetings.stream().map(MeetingId::value).toArray(Long[]::new)).query(AgendaItems::map).list();
    }

    public AgendaItemId insert(MeetingId meeting, AgendaItemDetails d) {
        long id = jdbc.sql("""
                insert into agenda_item (meeting_id, position, title, purpose, aims, lines_of_questioning,
                       aims_agreed_on, aims_agreed_with, report_text, portfolio_id, directorate_id, in_private,
                       exempt_paragraph, private_reason, public_summary)
                values (?, (select coalesce(max(position), 0) + 1 from agenda_item where meeting_id = ?),
                        ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id""")
                .params(meeting.value(), meeting.value(), d.title().strip(), blankToNull(d.purpose()),
                        blankToNull(d.aims()), blankToNull(d.linesOfQuestioning()), d.aimsAgreedOn(),
                        blankToNull(d.aimsAgreedWith()), blankToNull(d.reportText()), d.portfolioId(),
                        d.directorateId(), d.inPrivate(), d.inPrivate() ? d.exemptParagraph() : null,
                        d.inPrivate() ? blankToNull(d.privateReason()) : null,
                        d.inPrivate() ? blankToNull(d.publicSummary()) : null)
                .query(Long.class).single();
        return new AgendaItemId(id);
    }

    public boolean update(AgendaItemId id, int version, AgendaItemDetails d) {
        return jdbc.sql("""
                update agenda_item set title = ?, purpose = ?, aims = ?, lines_of_questioning = ?, aims_agreed_on = ?,
                       aims_agreed_with = ?, report_text = ?, portfolio_id = ?, directorate_id = ?, in_private = ?,
                       exempt_paragraph = ?, private_reason = ?, public_summary = ?, updated_at = now(),
                       version = version + 1
                where id = ? and version = ?""")
                .params(d.title().strip(), blankToNull(d.purpose()), blankToNull(d.aims()),
                        blankToNull(d.linesOfQuestioning()), d.aimsAgreedOn(), blankToNull(d.aimsAgreedWith()),
                        blankToNull(d.reportText()), d.portfolioId(), d.directorateId(), d.inPrivate(),
                        d.inPrivate() ? d.exemptParagraph() : null, d.inPrivate() ? blankToNull(d.privateReason()) : null,
                        d.inPrivate() ? blankToNull(d.publicSummary()) : null, id.value(), version)
                .update() == 1;
    }

    public boolean minutes(AgendaItemId id, int version, String minutes, String resolutions) {
        return jdbc.sql("""
                update agenda_item set minutes = ?, resolutions = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(blankToNull(minutes), blankToNull(resolutions), id.value(), version).update() == 1;
    }

    public void report(AgendaItemId id, long reportId) {
        jdbc.sql("update agenda_item set report_id = ?, updated_at = now(), version = version + 1 where id = ?")
                .params(reportId, id.value()).update();
    }

    /** Removes an item and closes the gap in the numbering. */
    public void delete(AgendaItem item) {
        jdbc.sql("delete from agenda_item where id = ?").param(item.id().value()).update();
        renumber(item.meetingId());
    }

    /** Swaps an item with its neighbour (up = towards 1). Returns false at either end. */
    public boolean move(AgendaItem item, boolean up) {
        Optional<Long> neighbour = jdbc.sql("""
                select id from agenda_item where meeting_id = ? and position %s ? order by position %s limit 1"""
                .formatted(up ? "<" : ">", up ? "desc" : "asc"))
                .params(item.meetingId().value(), item.number()).query(Long.class).optional();
        if (neighbour.isEmpty()) {
            return false;
        }
        // Positions are unique per meeting: park the item at 0 while the neighbour takes its place.
        jdbc.sql("update agenda_item set position = 0 where id = ?").param(item.id().value()).update();
        jdbc.sql("""
                update agenda_item set position = ?, updated_at = now(), version = version + 1 where id = ?""")
                .params(item.number(), neighbour.get()).update();
        jdbc.sql("""
                update agenda_item set position = ?, updated_at = now(), version = version + 1 where id = ?""")
                .params(item.number() + (up ? -1 : 1), item.id().value()).update();
        return true;
    }

    private void renumber(MeetingId meeting) {
        List<Long> ids = jdbc.sql("select id from agenda_item where meeting_id = ? order by position")
                .param(meeting.value()).query(Long.class).list();
        jdbc.sql("update agenda_item set position = -position where meeting_id = ?").param(meeting.value()).update();
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("update agenda_item set position = ? where id = ?").params(i + 1, ids.get(i)).update();
        }
    }

    static AgendaItem map(ResultSet rs, int n) throws SQLException {
        return new AgendaItem(new AgendaItemId(rs.getLong("id")), new MeetingId(rs.getLong("meeting_id")),
                rs.getInt("position"), rs.getString("title"), rs.getString("purpose"), rs.getString("aims"),
                rs.getString("lines_of_questioning"), rs.getObject("aims_agreed_on", LocalDate.class),
                rs.getString("aims_agreed_with"), rs.getString("report_text"), (Long) rs.getObject("portfolio_id"),
                rs.getString("portfolio_title"), (Long) rs.getObject("portfolio_holder_id"),
                (Long) rs.getObject("directorate_id"), rs.getString("directorate_name"), rs.getBoolean("in_private"),
                (Integer) rs.getObject("exempt_paragraph"), rs.getString("private_reason"),
                rs.getString("public_summary"), rs.getString("minutes"), rs.getString("resolutions"),
                (Long) rs.getObject("report_id"), false, rs.getInt("version"));
    }
}
