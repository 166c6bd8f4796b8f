package org.scrutineer.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.TrackDeadline;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.deadlines.WorkingCalendar;
import org.scrutineer.directory.Committee;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Membership;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.meetings.Attendance;
import org.scrutineer.meetings.InterestKind;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.meetings.MeetingStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A decade of meetings for the scale generator: each of a unit's committees meets once a month except in August,
 * on its own weekday and week of the month (never on a bank holiday), from June {@value ScaleGenerator#FIRST_YEAR}
 * (or when it was set up) to {@value #UPCOMING_MONTHS} months from today, while it exists and has members: about
 * 600 meetings and 6,000 agenda items per unit. Each agenda has apologies, declarations, the previous minutes, three
 * to ten substantive items on English council topics (with aims and lines of questioning agreed with the portfolio's
 * cabinet member and lead officer, one meeting in twenty with an item in private under Schedule 12A) and the work
 * programme.
 * <p>
 * Past meetings are held (one in forty cancelled with a reason): the agenda published on or just before its
 * deadline (one in twelve late, and flagged), the register of the members on the day taken (about one in ten sends
 * apologies, half of them with a substitute councillor; a few absent), an interest declared at most meetings,
 * minutes and resolutions for every item, and minutes published two to four weeks later. Upcoming meetings whose
 * agenda deadline has passed have their agenda published; the rest are scheduled.
 * <p>
 * Written with batch inserts rather than through {@link MeetingManagement}, as {@link GeneratedReports} does: the
 * rows are what the facade would leave, except that they carry no audit history and only scheduled meetings have a
 * tracked {@code agenda-publication} deadline (the others carry its due date). Attendance at meetings beyond the
 * register of members (requirements and invitations to attend) belongs to the attendance module.
 */
@Component
class GeneratedMeetings {

    static final int UPCOMING_MONTHS = 3;
    static final int MIN_ITEMS = 7;
    static final int MAX_ITEMS = 13;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final List<String> PLACES = List.of("Council Chamber, Civic Centre", "Committee Room 1, Civic Centre",
            "Committee Room 2, Civic Centre", "Committee Room 3, Civic Centre");
    private static final String NOTES = "The public part of the meeting is webcast on the council's website.";

    private final JdbcTemplate jdbc;
    private final MeetingManagement meetings;
    private final DeadlineManagement deadlines;
    private final DirectoryManagement directory;

    GeneratedMeetings(JdbcTemplate jdbc, MeetingManagement meetings, DeadlineManagement deadlines,
            DirectoryManagement directory) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.deadlines = deadlines;
        this.directory = directory;
    }

    /** What one unit added. */
    record Counts(int meetings, int items, int registerEntries, int declarations) {
    }

    /** Adds a unit's meetings of its committees, substitutes drawn from its councillors, in the caller's transaction. */
    Counts generate(int unit, List<CommitteeId> committees, List<PersonId> councillors) {
        LocalDate today = meetings.today();
        LocalDate last = today.plusMonths(UPCOMING_MONTHS);
        WorkingCalendar calendar = deadlines.calendar();
        List<Portfolio> portfolios = directory.portfolios(false);
        if (portfolios.isEmpty()) {
            throw new IllegalStateException("The scale generator needs the cabinet portfolios of the demo council");
        }
        List<PersonId> responsible = directory.scrutinySupport().stream().map(Person::id).toList();
        SplittableRandom random = new SplittableRandom(104_729L * (unit + 1));
        Rows rows = new Rows();
        for (int c = 0; c < committees.size(); c++) {
            Committee committee = directory.requireCommittee(committees.get(c));
            List<Membership> seats = directory.allMemberships(committee.id());
            Map<PersonId, Person> people = directory.people(seats.stream().map(Membership::personId).distinct()
                    .toList());
            DayOfWeek day = DayOfWeek.of(1 + (c + unit) % 4);
            int week = 1 + (c + unit) % 3;
            LocalTime startsAt = c % 2 == 0 ? LocalTime.of(18, 0) : LocalTime.of(10, 0);
            String place = PLACES.get(c % PLACES.size());
            LocalDate previous = null;
            for (YearMonth month = YearMonth.of(ScaleGenerator.FIRST_YEAR, 6); !month.isAfter(YearMonth.from(last));
                    month = month.plusMonths(1)) {
                if (month.getMonth() == Month.AUGUST) {
                    continue;
                }
                LocalDate date = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(week, day));
                while (!calendar.isWorkingDay(date)) {
                    date = date.plusDays(1);
                }
                LocalDate on = date;
                List<PersonId> members = seats.stream().filter(m -> m.currentOn(on)).map(Membership::personId)
                        .distinct().toList();
                if (date.isAfter(last) || !committee.activeOn(date) || members.isEmpty()) {
                    continue;
                }
                MeetingRow m = meeting(random, calendar, committee, date, startsAt, place, today);
                rows.meetings.add(m);
                items(rows, random, m, previous, portfolios, today);
                if (m.status == MeetingStatus.HELD) {
                    register(rows, random, m, members, people, councillors);
                }
                if (m.status != MeetingStatus.CANCELLED) {
                    previous = date;
                }
            }
        }
        rows.insert(jdbc, this, responsible);
        return new Counts(rows.meetings.size(), rows.items.size(), rows.register.size(), rows.declarations.size());
    }

    private MeetingRow meeting(SplittableRandom random, WorkingCalendar calendar, Committee committee, LocalDate date,
            LocalTime startsAt, String place, LocalDate today) {
        MeetingRow m = new MeetingRow(committee, date, startsAt, place);
        m.agendaDue = deadlines.compute(MeetingManagement.AGENDA_RULE, date).due();
        if (date.isBefore(today)) {
            if (random.nextInt(40) == 0) {
                m.status = MeetingStatus.CANCELLED;
                m.cancelledReason = Texts.CANCELLATIONS.get(random.nextInt(Texts.CANCELLATIONS.size()));
                m.agendaPublishedOn = random.nextBoolean() ? m.agendaDue : null;
                return m;
            }
            m.status = MeetingStatus.HELD;
            m.agendaPublishedOn = random.nextInt(12) == 0
                    ? min(m.agendaDue.plusDays(1 + random.nextInt(3)), date)
                    : workingDayBy(m.agendaDue.minusDays(random.nextInt(3)), calendar);
            m.agendaLate = m.agendaPublishedOn.isAfter(m.agendaDue);
            m.heldOn = date;
            LocalDate minutes = workingDayBy(date.plusDays(14 + random.nextInt(15)), calendar);
            m.minutesPublishedOn = minutes.isAfter(today) ? null : minutes;
        } else if (!m.agendaDue.isAfter(today)) {
            m.status = MeetingStatus.AGENDA_PUBLISHED;
            m.agendaPublishedOn = workingDayBy(m.agendaDue, calendar);
        } else {
            m.status = MeetingStatus.SCHEDULED;
        }
        return m;
    }

    private void items(Rows rows, SplittableRandom random, MeetingRow m, LocalDate previous,
            List<Portfolio> portfolios, LocalDate today) {
        boolean held = m.status == MeetingStatus.HELD;
        int count = MIN_ITEMS + random.nextInt(MAX_ITEMS - MIN_ITEMS + 1);
        List<ItemRow> agenda = new ArrayList<>();
        agenda.add(standing(m, "Apologies for absence and substitutions", "To receive apologies for absence and "
                + "notice of substitute members.", held ? "Apologies were received as recorded in the register."
                        : null, held ? "That the apologies be noted." : null));
        agenda.add(standing(m, "Declarations of interest", "To receive declarations of interest in items on the "
                + "agenda.", held ? "Interests were declared as recorded against the items." : null,
                held ? "That the declarations be noted." : null));
        if (previous != null) {
            String when = previous.format(LONG_DATE);
            agenda.add(standing(m, "Minutes of the previous meeting", "To approve as a correct record the minutes "
                    + "of the meeting held on " + when + ".", held ? "The minutes were agreed." : null,
                    held ? "That the minutes of the meeting held on " + when + " be approved as a correct record."
                            : null));
        }
        int substantive = count - agenda.size() - 1;
        boolean withPrivate = random.nextInt(20) == 0;
        for (int n = 0; n < substantive; n++) {
            String topic = Texts.TOPICS.get(random.nextInt(Texts.TOPICS.size()));
            Portfolio p = portfolios.get(random.nextInt(portfolios.size()));
            String[] kind = Texts.ITEM_KINDS.get(random.nextInt(Texts.ITEM_KINDS.size()));
            ItemRow i = new ItemRow(m);
            i.title = String.format(kind[0], topic);
            i.purpose = String.format(kind[1], topic.toLowerCase());
            i.aims = Texts.aims(topic);
            i.questions = Texts.questions(topic);
            LocalDate agreed = m.date.minusDays(21 + random.nextInt(14));
            if (!agreed.isAfter(today) && p.holder() != null && p.leadOfficer() != null) {
                i.aimsAgreedOn = agreed;
                i.aimsAgreedWith = p.holder().name() + " (cabinet member, " + p.title() + ") and "
                        + p.leadOfficer().name() + " (lead officer)";
            }
            i.portfolio = p.id();
            i.directorate = p.directorate() == null ? null : p.directorate().id();
            if (withPrivate && n == substantive - 1) {
                i.title = topic + ": commercial terms";
                i.inPrivate = true;
                i.exemptParagraph = 3;
                i.privateReason = Texts.EXEMPT_REASON;
                i.publicSummary = String.format(Texts.EXEMPT_SUMMARY, topic.toLowerCase());
                i.reportText = "The terms offered for " + topic.toLowerCase() + ", with the valuation and the "
                        + "business case.";
            }
            if (held) {
                i.minutes = "The cabinet member and the lead officer presented the report and answered members' "
                        + "questions. " + Texts.FINDINGS.get(random.nextInt(Texts.FINDINGS.size()));
                i.resolutions = Texts.RESOLUTIONS.get(random.nextInt(Texts.RESOLUTIONS.size()));
                i.topic = topic;
            }
            agenda.add(i);
        }
        agenda.add(standing(m, "Work programme", "To review the committee's work programme and its recommendations "
                + "tracker.", held ? "Members discussed the topics for the coming meetings." : null,
                held ? "That the work programme be agreed, with the changes made at the meeting." : null));
        for (int n = 0; n < agenda.size(); n++) {
            agenda.get(n).position = n + 1;
        }
        m.items = agenda;
        rows.items.addAll(agenda);
    }

    private static ItemRow standing(MeetingRow m, String title, String purpose, String minutes, String resolutions) {
        ItemRow i = new ItemRow(m);
        i.title = title;
        i.purpose = purpose;
        i.minutes = minutes;
        i.resolutions = resolutions;
        return i;
    }

    /**
     * The register of the members on the day: most present, about one in ten sends apologies (half of them with a
     * substitute councillor who is not a member that day), a few absent; and usually an interest declared.
     */
    private void register(Rows rows, SplittableRandom random, MeetingRow m, List<PersonId> members,
            Map<PersonId, Person> people, List<PersonId> councillors) {
        Set<PersonId> registered = new HashSet<>(members);
        List<PersonId> present = new ArrayList<>();
        for (PersonId p : members) {
            int roll = random.nextInt(100);
            Attendance attendance = roll < 87 ? Attendance.PRESENT : roll < 97 ? Attendance.APOLOGIES
                    : Attendance.ABSENT;
            rows.register.add(new Object[] {m, p.value(), attendance.name(), null});
            boolean councillor = people.get(p).kind() == PersonKind.COUNCILLOR;
            if (attendance == Attendance.PRESENT && councillor) {
                present.add(p);
            }
            if (attendance == Attendance.APOLOGIES && councillor && random.nextBoolean()) {
                PersonId substitute = councillors.get(random.nextInt(councillors.size()));
                if (registered.add(substitute)) {
                    rows.register.add(new Object[] {m, substitute.value(), Attendance.SUBSTITUTE.name(), p.value()});
                    present.add(substitute);
                }
            }
        }
        List<ItemRow> substantive = m.items.stream().filter(i -> i.topic != null).toList();
        if (!present.isEmpty() && !substantive.isEmpty() && random.nextInt(10) < 7) {
            ItemRow item = substantive.get(random.nextInt(substantive.size()));
            int pick = random.nextInt(Texts.INTERESTS.size());
            boolean pecuniary = pick == Texts.INTERESTS.size() - 1;
            InterestKind kind = pecuniary ? InterestKind.DISCLOSABLE_PECUNIARY
                    : pick % 2 == 0 ? InterestKind.OTHER_REGISTRABLE : InterestKind.NON_REGISTRABLE;
            rows.declarations.add(new Object[] {item, present.get(random.nextInt(present.size())).value(), kind.name(),
                    String.format(Texts.INTERESTS.get(pick), item.topic.toLowerCase()), pecuniary});
        }
    }

    private long[] ids(String sequence, int count) {
        return jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?)", Long.class, count)
                .stream().mapToLong(Long::longValue).toArray();
    }

    /** Tracks the agenda deadline of a scheduled meeting, as scheduling it through the facade would. */
    private void track(MeetingRow m, List<PersonId> responsible) {
        TrackedDeadline d = deadlines.track(new TrackDeadline(MeetingManagement.MEETING, Long.toString(m.id),
                "Publish the agenda for " + m.committee.name() + ", " + m.date.format(LONG_DATE),
                MeetingManagement.meetingPath(new MeetingId(m.id)), MeetingManagement.AGENDA_RULE, m.date,
                responsible));
        m.deadlineId = d.id().value();
        m.agendaDue = d.due();
    }

    /** The last working day on or before a day. */
    private static LocalDate workingDayBy(LocalDate day, WorkingCalendar calendar) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    // --- rows -----------------------------------------------------------------------------------------------------

    /** A meeting row, filled in as its story is told. */
    static final class MeetingRow {
        long id;
        final Committee committee;
        final LocalDate date;
        final LocalTime startsAt;
        final String place;
        MeetingStatus status;
        Long deadlineId;
        LocalDate agendaDue;
        LocalDate agendaPublishedOn;
        boolean agendaLate;
        String cancelledReason;
        LocalDate heldOn;
        LocalDate minutesPublishedOn;
        List<ItemRow> items = List.of();

        MeetingRow(Committee committee, LocalDate date, LocalTime startsAt, String place) {
            this.committee = committee;
            this.date = date;
            this.startsAt = startsAt;
            this.place = place;
        }
    }

    /** An agenda item row. */
    static final class ItemRow {
        long id;
        final MeetingRow meeting;
        int position;
        String title;
        String purpose;
        String aims;
        String questions;
        LocalDate aimsAgreedOn;
        String aimsAgreedWith;
        String reportText;
        Long portfolio;
        Long directorate;
        boolean inPrivate;
        Integer exemptParagraph;
        String privateReason;
        String publicSummary;
        String minutes;
        String resolutions;
        /** The topic of a substantive item of a held meeting, for declarations. */
        String topic;

        ItemRow(MeetingRow meeting) {
            this.meeting = meeting;
        }
    }

    /** Everything a unit writes, inserted in batches once its meetings are planned. */
    static final class Rows {
        final List<MeetingRow> meetings = new ArrayList<>();
        final List<ItemRow> items = new ArrayList<>();
        /** meeting, person, attendance, substitute for. */
        final List<Object[]> register = new ArrayList<>();
        /** item, person, kind, nature, left the room. */
        final List<Object[]> declarations = new ArrayList<>();

        void insert(JdbcTemplate jdbc, GeneratedMeetings generator, List<PersonId> responsible) {
            long[] meetingIds = generator.ids("meeting_id_seq", meetings.size());
            for (int i = 0; i < meetingIds.length; i++) {
                meetings.get(i).id = meetingIds[i];
            }
            for (MeetingRow m : meetings) {
                if (m.status == MeetingStatus.SCHEDULED) {
                    generator.track(m, responsible);
                }
            }
            long[] itemIds = generator.ids("agenda_item_id_seq", items.size());
            for (int i = 0; i < itemIds.length; i++) {
                items.get(i).id = itemIds[i];
            }
            jdbc.batchUpdate("""
                    insert into meeting (id, committee_id, meeting_date, starts_at, place, notes, status,
                        agenda_deadline_id, agenda_due, agenda_published_on, agenda_late, cancelled_reason, held_on,
                        minutes_published_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    meetings.stream().map(m -> new Object[] {m.id, m.committee.id().value(), m.date, m.startsAt,
                            m.place, NOTES, m.status.name(), m.deadlineId, m.agendaDue, m.agendaPublishedOn,
                            m.agendaLate, m.cancelledReason, m.heldOn, m.minutesPublishedOn}).toList());
            jdbc.batchUpdate("""
                    insert into agenda_item (id, meeting_id, position, title, purpose, aims, lines_of_questioning,
                        aims_agreed_on, aims_agreed_with, report_text, portfolio_id, directorate_id, in_private,
                        exempt_paragraph, private_reason, public_summary, minutes, resolutions)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    items.stream().map(i -> new Object[] {i.id, i.meeting.id, i.position, i.title, i.purpose, i.aims,
                            i.questions, i.aimsAgreedOn, i.aimsAgreedWith, i.reportText, i.portfolio, i.directorate,
                            i.inPrivate, i.exemptParagraph, i.privateReason, i.publicSummary, i.minutes,
                            i.resolutions}).toList());
            jdbc.batchUpdate("""
                    insert into register_entry (meeting_id, person_id, attendance, substitute_for)
                    values (?, ?, ?, ?)""", register.stream().map(r -> new Object[] {((MeetingRow) r[0]).id, r[1],
                            r[2], r[3]}).toList());
            jdbc.batchUpdate("""
                    insert into declaration (item_id, person_id, kind, nature, left_room) values (?, ?, ?, ?, ?)""",
                    declarations.stream().map(d -> new Object[] {((ItemRow) d[0]).id, d[1], d[2], d[3], d[4]})
                            .toList());
        }
    }
}
