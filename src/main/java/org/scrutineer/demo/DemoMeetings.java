package org.scrutineer.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.scrutineer.accounts.Actor;
import org.scrutineer.deadlines.WorkingCalendar;
import org.scrutineer.directory.Committee;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Membership;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.AgendaItemDetails;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.Attendance;
import org.scrutineer.meetings.InterestKind;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingDetails;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.meetings.RegisterLine;
import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.RecommendationDetails;

/**
 * The demo council's year of meetings: the three overview and scrutiny committees and the task-and-finish group
 * meet about monthly, in twelve monthly slots from seven months before today to four months after, each shifted by
 * the committee's place in the cycle (on the day this was written, about the municipal year from April to March),
 * each on its own weekday, never on a bank holiday, with no ordinary meeting in
 * the August recess and none before the committee existed or had its members appointed. Everything goes through
 * {@link MeetingManagement} as the system, so the demo exercises the rules and writes the audit history:
 * <ul>
 *   <li>Past meetings are held: agenda published on its deadline, the register taken (one member sends apologies and
 *       a councillor from their group substitutes), interests declared, minutes and resolutions recorded for every
 *       item, minutes published a fortnight later (the most recent ones are still to be published).</li>
 *   <li>Health and Adult Social Care, two meetings ago: the agenda was published late, two days before the meeting,
 *       so the meeting is flagged and counted.</li>
 *   <li>Place and Economy, two meetings ago: cancelled with the reason; its items moved to the next meeting.</li>
 *   <li>Place and Economy, three meetings ago: the Market Hall site, taken in private under Schedule 12A paragraph 3,
 *       with the public interest reasoning and the summary the public see; Health's next meeting has another.</li>
 *   <li>Children and Young People, last meeting: the committee's recommendations on children missing education,
 *       made on the day and recorded as an agreed report in the recommendations tracker.</li>
 *   <li>Upcoming: Children's next meeting has its agenda published; Place's next agenda is due within the fortnight
 *       (the scrutiny officer's home page shows it); the rest are scheduled, the later ones with agendas still
 *       forming and their aims not yet agreed.</li>
 * </ul>
 * Items carry their purpose, the session's aims and key lines of questioning agreed three weeks before with the
 * portfolio's cabinet member and lead director, the portfolio and its directorate. The topics follow each
 * committee's terms of reference, and pick up the demo's scrutiny reports ({@link DemoReports}) where they meet.
 */
final class DemoMeetings {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final int FIRST_SLOT = -7;
    private static final int LAST_SLOT = 4;
    private static final double MONTH_DAYS = 365.25 / 12;
    /** Fewer members than this on the day (before annual council appointed them) and the committee does not meet. */
    private static final int QUORUM = 3;

    static final String CHAMBER = "Council Chamber, Anytown Town Hall, Market Square, Anytown AN1 1AA";
    static final String ROOM_1 = "Committee Room 1, Anytown Town Hall, Market Square, Anytown AN1 1AA";
    static final String ROOM_2 = "Committee Room 2, Anytown Town Hall, Market Square, Anytown AN1 1AA";
    /** Every place the demo meets, so that tests can tell demo meetings from their own. */
    static final Set<String> PLACES = Set.of(CHAMBER, ROOM_1, ROOM_2);
    private static final String WEBCAST = "The public part of the meeting is webcast live on the council's website and "
            + "can be watched afterwards. To ask a question or speak on an item, contact Democratic Services by noon two "
            + "working days before the meeting.";

    private static final String CYP = "Children and Young People";
    private static final String ADULTS = "Adult Social Care and Health";
    private static final String HOUSING = "Housing";
    private static final String ENVIRONMENT = "Environment and Climate";
    private static final String REGENERATION = "Regeneration and Economy";
    private static final String TRANSPORT = "Transport and Highways";
    private static final String FINANCE = "Deputy Leader; Finance and Resources";

    /** The committees, the councillors free to substitute on them, and the cabinet portfolios by title. */
    record Cast(CommitteeId children, CommitteeId health, CommitteeId place, CommitteeId discharge,
            List<PersonId> substitutes, Map<String, Long> portfolios) {
    }

    /** An interest a member declares on an item. */
    private record Interest(InterestKind kind, String nature, boolean leftRoom) {
    }

    /** What makes an item private: the Schedule 12A paragraph, the public interest reasoning, the public summary. */
    private record Exempt(int paragraph, String reason, String summary, String report) {
    }

    /**
     * One item: its title, the portfolio concerned (none for the committee's own business), purpose, aims and lines
     * of questioning; for a held meeting what the committee heard and resolved, and any interest declared.
     */
    private record Topic(String title, String portfolio, String purpose, String aims, String questions,
            String heard, String resolved, Interest interest, Exempt exempt) {

        Topic held(String heard, String resolved) {
            return new Topic(title, portfolio, purpose, aims, questions, heard, resolved, interest, exempt);
        }

        Topic declared(InterestKind kind, String nature, boolean leftRoom) {
            return new Topic(title, portfolio, purpose, aims, questions, heard, resolved,
                    new Interest(kind, nature, leftRoom), exempt);
        }

        Topic inPrivate(Exempt e) {
            return new Topic(title, portfolio, purpose, aims, questions, heard, resolved, interest, e);
        }
    }

    /**
     * A meeting's plan: its items, and what is special about it (an agenda published late, a cancellation, the
     * agenda published early, recommendations made on the day on the first item).
     */
    private record Plan(List<Topic> topics, boolean lateAgenda, String cancelledReason, boolean publishEarly,
            List<String> recommendations) {

        boolean ordinary() {
            return !lateAgenda && cancelledReason == null && !publishEarly && recommendations.isEmpty()
                    && topics.stream().allMatch(t -> t.exempt() == null);
        }
    }

    /** How a committee meets. */
    private record Sittings(CommitteeId committee, DayOfWeek day, int phaseDays, LocalTime startsAt, String place,
            String notes, boolean standingItems) {
    }

    private final MeetingManagement meetings;
    private final DirectoryManagement directory;
    private final WorkingCalendar calendar;
    private final Cast cast;
    private final LocalDate today;
    private final Map<String, Portfolio> portfolios = new HashMap<>();
    private final Map<PersonId, Person> people = new HashMap<>();
    private int held;

    DemoMeetings(MeetingManagement meetings, DirectoryManagement directory, WorkingCalendar calendar, Cast cast) {
        this.meetings = meetings;
        this.directory = directory;
        this.calendar = calendar;
        this.cast = cast;
        this.today = meetings.today();
    }

    void load() {
        // Phases put each committee's next meeting where the demo needs it: Children's within the week (agenda
        // published), Place's agenda due within the fortnight, Health's last meeting a few days ago.
        year(new Sittings(cast.children(), DayOfWeek.TUESDAY, 5, LocalTime.of(18, 0), CHAMBER, WEBCAST, true),
                children());
        year(new Sittings(cast.health(), DayOfWeek.WEDNESDAY, 26, LocalTime.of(10, 0), ROOM_1, WEBCAST, true),
                health());
        year(new Sittings(cast.place(), DayOfWeek.THURSDAY, 16, LocalTime.of(18, 30), CHAMBER, WEBCAST, true),
                place());
        year(new Sittings(cast.discharge(), DayOfWeek.MONDAY, 12, LocalTime.of(14, 0), ROOM_2, "Evidence sessions "
                + "are held in public. Witnesses are invited by the chair; a briefing note is sent with the "
                + "invitation.", false), discharge());
    }

    // --- a committee's year --------------------------------------------------------------------------------------

    private void year(Sittings s, Map<Integer, Plan> plans) {
        Committee committee = directory.requireCommittee(s.committee());
        List<Membership> memberships = directory.allMemberships(s.committee());
        LocalDate previous = null;
        for (int slot = FIRST_SLOT; slot <= LAST_SLOT; slot++) {
            Plan plan = plans.get(slot);
            if (plan == null) {
                continue;
            }
            LocalDate date = dateOf(s, slot);
            long seated = memberships.stream().filter(m -> m.currentOn(date)).map(Membership::personId).distinct()
                    .count();
            if (!committee.activeOn(date) || seated < QUORUM
                    || (date.getMonth() == Month.AUGUST && plan.ordinary())) {
                continue;
            }
            meeting(s, date, plan, previous);
            if (plan.cancelledReason() == null) {
                previous = date;
            }
        }
    }

    /** About {@code slot} months from today plus the committee's phase, on its weekday, on a working day. */
    private LocalDate dateOf(Sittings s, int slot) {
        LocalDate base = today.plusDays(s.phaseDays() + Math.round(slot * MONTH_DAYS));
        LocalDate date = base.minusDays(3);
        while (date.getDayOfWeek() != s.day()) {
            date = date.plusDays(1);
        }
        while (!calendar.isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    private void meeting(Sittings s, LocalDate date, Plan plan, LocalDate previous) {
        MeetingId id = meetings.schedule(Actor.SYSTEM, new MeetingDetails(s.committee().value(), date, s.startsAt(),
                s.place(), s.notes()));
        List<Topic> agenda = new ArrayList<>();
        if (s.standingItems() && previous != null) {
            agenda.add(new Topic("Minutes of the previous meeting", null, "To approve as a correct record the "
                    + "minutes of the meeting held on " + previous.format(LONG_DATE) + ".", null, null,
                    "The minutes were agreed without amendment.", "That the minutes of the meeting held on "
                            + previous.format(LONG_DATE) + " be approved as a correct record and signed by the Chair.",
                    null, null));
        }
        agenda.addAll(plan.topics());
        if (s.standingItems() && plan.topics().stream().noneMatch(t -> t.title().contains("work programme"))) {
            agenda.add(new Topic("Work programme and recommendations tracker", null, "To review the committee's "
                    + "work programme for the rest of the year and the progress of the executive's responses to its "
                    + "recommendations.", null, null, "Members discussed the topics for the coming meetings and the "
                            + "responses still awaited from the executive.", "That the work programme be agreed, with "
                                    + "the changes made at the meeting.", null, null));
        }
        List<AgendaItemId> items = new ArrayList<>();
        for (Topic t : agenda) {
            items.add(meetings.addItem(Actor.SYSTEM, id, details(t, date)));
        }
        Meeting m = meetings.meeting(id);
        if (plan.cancelledReason() != null) {
            meetings.cancel(Actor.SYSTEM, id, plan.cancelledReason());
            return;
        }
        if (date.isAfter(today)) {
            if (plan.publishEarly() || !m.agendaDue().isAfter(today)) {
                meetings.publishAgenda(Actor.SYSTEM, id, workingDayBy(m.agendaDue().isAfter(today) ? today
                        : m.agendaDue()));
            }
            return;
        }
        meetings.publishAgenda(Actor.SYSTEM, id, plan.lateAgenda() ? date.minusDays(2) : workingDayBy(m.agendaDue()));
        Register register = register(m);
        meetings.takeRegister(Actor.SYSTEM, id, register.lines());
        for (int i = 0; i < agenda.size(); i++) {
            Interest interest = agenda.get(i).interest();
            if (interest != null && !register.present().isEmpty()) {
                PersonId who = register.present().get(held % register.present().size());
                meetings.declare(Actor.SYSTEM, items.get(i), who.value(), interest.kind(), interest.nature(),
                        interest.leftRoom());
            }
        }
        List<AgendaItem> recorded = meetings.items(Actor.SYSTEM, id);
        for (int i = 0; i < recorded.size(); i++) {
            AgendaItem item = recorded.get(i);
            Topic t = agenda.get(i);
            meetings.recordMinutes(Actor.SYSTEM, item.id(), item.version(), minutes(t), t.resolved());
        }
        if (!plan.recommendations().isEmpty()) {
            AgendaItem item = recorded.get(agenda.indexOf(plan.topics().get(0)));
            meetings.recordRecommendations(Actor.SYSTEM, item.id(), plan.recommendations().stream()
                    .map(text -> new RecommendationDetails(text, Addressee.EXECUTIVE, null, null, item.portfolioId(),
                            false, null))
                    .toList());
        }
        LocalDate minutesOn = workingDayBy(date.plusDays(14));
        if (!minutesOn.isAfter(today)) {
            meetings.publishMinutes(Actor.SYSTEM, id, minutesOn);
        }
        held++;
    }

    /** The last working day on or before a day (an agenda due on a Sunday goes out on the Friday). */
    private LocalDate workingDayBy(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private AgendaItemDetails details(Topic t, LocalDate date) {
        Portfolio p = t.portfolio() == null ? null : portfolio(t.portfolio());
        LocalDate agreed = workingDayBy(date.minusDays(21));
        boolean agreedYet = p != null && t.aims() != null && !agreed.isAfter(today);
        Exempt e = t.exempt();
        return new AgendaItemDetails(t.title(), t.purpose(), t.aims(), t.questions(), agreedYet ? agreed : null,
                agreedYet ? agreedWith(p) : null, e == null ? null : e.report(), p == null ? null : p.id(),
                p == null || p.directorate() == null ? null : p.directorate().id(), e != null,
                e == null ? null : e.paragraph(), e == null ? null : e.reason(), e == null ? null : e.summary());
    }

    /** "Cllr … (cabinet member, Children and Young People) and Richard Okoye (Strategic Director of …)". */
    private String agreedWith(Portfolio p) {
        Person officer = person(new PersonId(p.leadOfficer().id()));
        return p.holder().name() + " (cabinet member, " + p.title() + ") and " + officer.fullName() + " ("
                + officer.postTitle() + ")";
    }

    private String minutes(Topic t) {
        if (t.portfolio() == null) {
            return t.heard();
        }
        Portfolio p = portfolio(t.portfolio());
        Person officer = person(new PersonId(p.leadOfficer().id()));
        return p.holder().name() + " (cabinet member, " + p.title() + ") and " + officer.fullName() + " ("
                + officer.postTitle() + ") presented the report and answered members' questions on the lines of "
                + "questioning agreed beforehand. " + t.heard();
    }

    /** The register: everyone present but one councillor, who sent apologies; a councillor of their group substitutes. */
    private record Register(List<RegisterLine> lines, List<PersonId> present) {
    }

    private Register register(Meeting m) {
        List<Membership> seats = meetings.membersOn(m);
        Set<PersonId> memberIds = new LinkedHashSet<>();
        seats.forEach(s -> memberIds.add(s.personId()));
        List<PersonId> eligible = seats.stream().filter(s -> s.role() != MembershipRole.CHAIR)
                .map(Membership::personId).filter(p -> person(p).kind() == PersonKind.COUNCILLOR).distinct()
                .toList();
        PersonId apologies = eligible.isEmpty() ? null : eligible.get(held % eligible.size());
        PersonId substitute = apologies == null ? null : substituteFor(person(apologies), memberIds);
        List<RegisterLine> lines = new ArrayList<>();
        List<PersonId> present = new ArrayList<>();
        for (PersonId p : memberIds) {
            boolean away = p.equals(apologies);
            lines.add(new RegisterLine(p.value(), away ? Attendance.APOLOGIES : Attendance.PRESENT, null));
            if (!away && person(p).kind() == PersonKind.COUNCILLOR
                    && seats.stream().noneMatch(s -> s.personId().equals(p) && s.role() == MembershipRole.CHAIR)) {
                present.add(p);
            }
        }
        if (substitute != null) {
            lines.add(new RegisterLine(substitute.value(), Attendance.SUBSTITUTE, apologies.value()));
        }
        return new Register(lines, present);
    }

    /** A councillor of the same group who does not sit on the committee, taken in turn. */
    private PersonId substituteFor(Person member, Set<PersonId> members) {
        List<PersonId> candidates = cast.substitutes().stream().filter(p -> !members.contains(p))
                .filter(p -> person(p).active() && Objects.equals(person(p).party(), member.party())).toList();
        if (candidates.isEmpty()) {
            candidates = cast.substitutes().stream().filter(p -> !members.contains(p)).toList();
        }
        return candidates.isEmpty() ? null : candidates.get(held % candidates.size());
    }

    private Portfolio portfolio(String title) {
        return portfolios.computeIfAbsent(title, t -> {
            Long id = cast.portfolios().get(t);
            if (id == null) {
                throw new IllegalStateException("No demo portfolio " + t);
            }
            return directory.requirePortfolio(id);
        });
    }

    private Person person(PersonId id) {
        return people.computeIfAbsent(id, directory::requirePerson);
    }

    // --- the programmes ------------------------------------------------------------------------------------------

    private static Topic topic(String title, String portfolio, String purpose, String aims, String questions) {
        return new Topic(title, portfolio, purpose, aims, questions, null, null, null, null);
    }

    private static Plan plan(Topic... topics) {
        return new Plan(List.of(topics), false, null, false, List.of());
    }

    private static Plan late(Topic... topics) {
        return new Plan(List.of(topics), true, null, false, List.of());
    }

    private static Plan cancelled(String reason, Topic... topics) {
        return new Plan(List.of(topics), false, reason, false, List.of());
    }

    private static Plan publishedEarly(Topic... topics) {
        return new Plan(List.of(topics), false, null, true, List.of());
    }

    private static Plan recommending(List<String> recommendations, Topic... topics) {
        return new Plan(List.of(topics), false, null, false, recommendations);
    }

    private static Map<Integer, Plan> slots(Object... slotsAndPlans) {
        Map<Integer, Plan> plans = new TreeMap<>();
        for (int i = 0; i < slotsAndPlans.length; i += 2) {
            plans.put((Integer) slotsAndPlans[i], (Plan) slotsAndPlans[i + 1]);
        }
        return plans;
    }

    private static final String ANNUAL = "The committee's annual report and next year's work programme";

    private static Topic annual() {
        return topic(ANNUAL, null, "To agree the committee's contribution to the annual overview and scrutiny "
                + "report to Council, and the topics it proposes for next year's work programme.", null, null);
    }

    /** Children and Young People: children's social care, education, SEND, early help and youth services. */
    private static Map<Integer, Plan> children() {
        return slots(
                -7, plan(topic("Persistent absence from school", CYP, "To scrutinise persistent absence from "
                        + "Anytown's schools and the council's attendance strategy.", "To understand why one "
                        + "secondary pupil in five is persistently absent, test whether the attendance support team is "
                        + "making a difference, and agree what the committee should monitor.", """
                        1. Which pupils are most often persistently absent, and why?
                        2. How does the attendance support team work with schools and families, and with what results?
                        3. How are fixed penalty notices for term-time holidays used, and do they work?
                        4. What will the committee see by the summer term if the strategy is working?""")
                        .held("Persistent absence in secondary schools was 21% last year against 18% in England, "
                                + "highest among pupils eligible for free school meals and pupils with SEND.",
                                "(1) That the report be noted. (2) That attendance figures for each secondary school "
                                        + "be reported to the committee each term.")
                        .declared(InterestKind.OTHER_REGISTRABLE, "A governor of Northfield Primary School.", false),
                        topic("Annual report of the Independent Reviewing Officer service", CYP, "To receive the "
                                + "annual report on the review of care plans for children in care.", "To check that "
                                + "every child in care has their plan reviewed on time and is heard, and to learn "
                                + "what the reviewing officers escalated.", """
                                1. How many reviews were held on time, and why were the others late?
                                2. How do children take part in their own reviews?
                                3. What did the reviewing officers escalate, and what changed as a result?""")
                                .held("96% of reviews were held on time; the reviewing officers raised 41 formal "
                                        + "concerns, most about delays in planning permanence.",
                                        "That the annual report be noted and the committee's thanks passed to the "
                                                + "reviewing officers.")),
                -6, plan(topic("Youth justice plan", CYP, "To consider the youth justice plan before Council "
                        + "approves it as part of the policy framework.", "To test whether the plan will reduce "
                        + "first-time entrants and reoffending, and whether the police, health and schools are "
                        + "committed to it.", """
                        1. Why have first-time entrants to the youth justice system risen in Anytown?
                        2. What do the police, health services and schools contribute to the plan?
                        3. How are children's own views reflected in it?""")
                        .held("First-time entrants rose from 142 to 171 per 100,000 young people; reoffending fell "
                                + "to 29%.", "That the committee supports the youth justice plan and recommends that "
                                        + "Council approves it, with a stronger commitment to speech and language "
                                        + "screening."),
                        topic("School place planning", CYP, "To review the demand for school places over the next "
                                + "five years and the plans for surplus places in primary schools.", "To understand "
                                + "where falling birth rates leave surplus primary places, where new housing needs "
                                + "more, and what that means for small schools.", """
                                1. Which planning areas will have more than 10% surplus primary places by 2030?
                                2. How are academy trusts involved in decisions about capacity?
                                3. What will happen to the small village schools?""")
                                .held("Primary rolls are forecast to fall by 6% in five years, while the Eastgate "
                                        + "urban extension will need a new two-form entry school.", "That the report "
                                                + "be noted and the committee consider the options for surplus "
                                                + "places before any proposal goes to cabinet.")),
                -5, plan(topic("Early help and family hubs", CYP, "To review the first year of Anytown's four "
                        + "family hubs.", "To see whether family hubs reach the families who most need help earlier, "
                        + "and whether that reduces referrals to children's social care.", """
                        1. Which families use the hubs, and which do not?
                        2. What difference has early help made to re-referrals to children's social care?
                        3. How secure is the funding after March?""")
                        .held("2,300 families were supported in the year; re-referrals to children's social care "
                                + "within a year fell from 24% to 19%.", "That the report be noted and an evaluation "
                                        + "of the family hubs be brought to the committee in a year."),
                        topic("Recruitment and retention of children's social workers", CYP, "To scrutinise the "
                                + "council's plan to reduce its reliance on agency social workers.", "To understand "
                                + "why social workers leave, what agency staff cost, and whether the new offer to "
                                + "staff is working.", """
                                1. What are the vacancy and turnover rates, team by team?
                                2. What did agency social workers cost last year?
                                3. What do social workers say in exit interviews?""")
                                .held("The vacancy rate is 22% and agency social workers cost the council £3.1m "
                                        + "last year.", "(1) That the report be noted. (2) That the committee "
                                                + "receives quarterly figures on vacancies, agency use and "
                                                + "caseloads.")
                                .declared(InterestKind.NON_REGISTRABLE, "A close family member is a social worker "
                                        + "employed by the council.", false)),
                -4, plan(topic("Care leavers: accommodation and Staying Close", CYP, "To review where care leavers "
                        + "live and the support they get to move on.", "To find out how many care leavers are in "
                        + "unsuitable accommodation, and what the council as corporate parent is doing about it.", """
                        1. How many care leavers are in unsuitable accommodation, and for how long?
                        2. What priority do care leavers have in the housing allocations policy?
                        3. How is the Staying Close programme working?""")
                        .held("Eleven care leavers were in unsuitable accommodation, two of them in bed and "
                                + "breakfast for more than six weeks.", "That the Cabinet Member for Housing be asked "
                                        + "to attend a future meeting on the priority given to care leavers."),
                        topic("Key stage 2 and GCSE results", CYP, "To receive the provisional results of the "
                                + "summer's tests and examinations.", "To compare Anytown's results with England and "
                                + "similar councils, and understand the gap for disadvantaged pupils.", """
                                1. How do results compare with England and statistical neighbours?
                                2. Why has the GCSE gap for disadvantaged pupils widened?
                                3. How does the council challenge and support academies?""")
                                .held("Key stage 2 results matched England for the first time; the GCSE gap for "
                                        + "disadvantaged pupils widened.", "That the report be noted and the gap for "
                                                + "disadvantaged pupils be added to the work programme.")
                                .declared(InterestKind.OTHER_REGISTRABLE, "A trustee of the Riverside Academy "
                                        + "Trust.", false)),
                -3, plan(topic("Sufficiency strategy for children in care", CYP, "To consider the draft "
                        + "sufficiency strategy for placements for children in care.", "To understand why so many "
                        + "children live far from Anytown and what the strategy will change.", """
                        1. How many children in care live more than 20 miles from Anytown, and why?
                        2. How many foster carers does the council need, and how will it find them?
                        3. What would a second council-run children's home cost and save?""")
                        .held("One child in care in three lives more than 20 miles from Anytown; the strategy plans "
                                + "40 more of the council's own foster carers.", "That the committee carries out a "
                                        + "short review of children's social care placements, reporting within four "
                                        + "months."),
                        topic("Child and adolescent mental health services", CYP, "To hear from the Integrated Care "
                                + "Board and the council about children's mental health support.", "To find out how "
                                + "long children wait for help and what schools can offer meanwhile.", """
                                1. How long do children wait for a first appointment and for treatment?
                                2. How many schools have a mental health support team?
                                3. What is there for children while they wait?""")
                                .held("The median wait for a first appointment is 19 weeks; mental health support "
                                        + "teams cover 60% of schools.", "That the Integrated Care Board be asked to "
                                                + "report on waiting times in six months.")),
                -2, plan(topic("Holiday activities and food programme", CYP, "To review the summer's holiday "
                        + "activities and food programme.", "To see who took part, whether the children who most "
                        + "need it were reached, and what happens after the grant ends.", """
                        1. How many children eligible for free school meals took part?
                        2. Which areas and groups were under-represented?
                        3. What are the plans if the grant is not renewed?""")
                        .held("7,400 children took part, 61% of those eligible for free school meals; funding after "
                                + "March is not confirmed.", "That the Chair write to the Department for Education "
                                        + "supporting continued funding."),
                        topic("Anytown Safeguarding Children Partnership annual report", CYP, "To receive the "
                                + "partnership's annual report.", "To understand what the partnership learned from "
                                + "its reviews and how agencies have changed their practice.", """
                                1. What did the child safeguarding practice reviews find?
                                2. How is information now shared between agencies?
                                3. How does the partnership know its training makes a difference?""")
                                .held("Both child safeguarding practice reviews found poor information sharing "
                                        + "between agencies.", "That the annual report be noted and the independent "
                                                + "scrutineer be invited to next year's meeting.")),
                -1, recommending(List.of(
                        "Offer every family who chooses elective home education a visit from the elective home "
                                + "education adviser within 20 working days.",
                        "Share with schools, health visitors and school nurses each month the children missing "
                                + "education in their area, so that they can help find them.",
                        "Prepare now for the national register of children not in school, with the staff and systems "
                                + "it will need, and report the cost to cabinet."),
                        topic("Children missing education and elective home education", CYP, "To scrutinise how the "
                                + "council finds children who are not in school and supports families who educate "
                                + "at home.", "To understand why the number of children educated at home has "
                                + "doubled in three years, whether any are unsafe or missing out, and what the "
                                + "council should do before a national register comes in.", """
                                1. How many children are electively home educated, and why did their families choose it?
                                2. How quickly is a child missing education found, and who is told?
                                3. How many home-educated children have SEND or are known to social care?
                                4. What will the council need to run a register of children not in school?""")
                                .held("612 children are electively home educated, up from 298 three years ago; 18% "
                                        + "have SEND and one in ten is known to children's social care.", "That the "
                                                + "committee makes the three recommendations below to the "
                                                + "executive and receives a progress report in six months."),
                        topic("Exclusions and alternative provision", CYP, "To review exclusions from Anytown's "
                                + "schools and the alternative provision the council commissions.", "To understand "
                                + "why permanent exclusions are rising and what happens to excluded pupils.", """
                                1. Which pupils are excluded, and from which schools?
                                2. How good is the alternative provision, and how long do pupils stay?
                                3. What are schools doing to avoid exclusion?""")
                                .held("Permanent exclusions rose to 58 last year, two-thirds of them of pupils "
                                        + "receiving SEND support.", "That the report be noted.")
                                .declared(InterestKind.DISCLOSABLE_PECUNIARY, "Employed by the Anytown Pupil "
                                        + "Referral Unit; left the room for the item.", true)),
                0, publishedEarly(topic("Home to school transport: the executive's overdue response", TRANSPORT,
                        "The executive's response to the committee's report on home to school transport is overdue. "
                                + "The cabinet member is asked to attend to explain the delay.", "To find out why "
                                + "the response is late, when cabinet will consider it, and what has changed "
                                + "meanwhile for the families who reported missed pick-ups.", """
                                1. Why was the response not given within the two months the law allows?
                                2. When will cabinet consider it?
                                3. What has changed for families since the committee reported?"""),
                        topic("Draft budget proposals: children's services", FINANCE, "To comment on the draft "
                                + "budget proposals for children's services before cabinet recommends the budget to "
                                + "Council.", "To understand the pressures on the budget, especially placements and "
                                + "home to school transport, and test whether the proposed savings can be made.", """
                                1. What are the biggest pressures, and how reliable are the forecasts?
                                2. Which proposed savings affect children and families directly?
                                3. What happens if the placements savings are not made?""")),
                1, plan(topic("Children's social care placements: the committee's report", CYP, "To agree the "
                        + "committee's report and recommendations on children's social care placements, after the "
                        + "cabinet member and the director commented on the draft.", "To agree recommendations the "
                        + "executive can act on, taking account of the comments on the draft.", """
                        1. Are the facts in the draft report now right?
                        2. Which recommendations need changing in the light of the comments?"""),
                        topic("Early years: the expansion of funded childcare", CYP, "To review the supply of "
                                + "childcare places as funded hours expand.", "To find out whether there will be "
                                + "enough places, in the right places, for working parents.", """
                                1. Where will there be too few places?
                                2. Can providers recruit the staff they need?""")),
                2, plan(topic("SEND: the high needs budget", CYP, "To scrutinise the deficit on the high needs "
                        + "block of the dedicated schools grant and the plan to reduce it.", "To understand the size "
                        + "of the deficit, what drives it, and what the plan means for children with SEND.", """
                        1. How large will the deficit be at the end of the year?
                        2. What does the plan change for children and their families?"""),
                        topic("Corporate parenting annual report", CYP, "To receive the corporate parenting "
                                + "board's annual report.", "To check how the council meets its duties as corporate "
                                + "parent.", null)),
                3, plan(topic("Youth services", CYP, "To review the youth offer across Anytown.", null, null),
                        topic("School readiness and speech and language", CYP, "To review how many children are "
                                + "ready for school at five.", null, null)),
                4, plan(topic("Inspection of local authority children's services: readiness", CYP, "To review the "
                        + "council's preparation for its next inspection of children's services.", null, null),
                        annual()));
    }

    /** Health and Adult Social Care: adult social care, public health and the health scrutiny of the NHS. */
    private static Map<Integer, Plan> health() {
        return slots(
                -7, plan(topic("Adult social care: the Care Quality Commission's assessment", ADULTS, "To consider "
                        + "the Care Quality Commission's assessment of the council's adult social care and the "
                        + "improvement plan.", "To understand what the Commission found and whether the improvement "
                        + "plan addresses it.", """
                        1. What were the Commission's main concerns?
                        2. Which actions in the improvement plan will make the biggest difference, and when?
                        3. How will people who use services see the change?""")
                        .held("The Commission rated adult social care 'requires improvement', with waiting times for "
                                + "assessment its main concern.", "That progress on the improvement plan be reported "
                                        + "to every second meeting."),
                        topic("NHS dental services in Anytown", ADULTS, "To hear from the Integrated Care Board, "
                                + "which commissions dentistry, about access to NHS dentists.", "To find out why "
                                + "residents cannot find an NHS dentist and what the Integrated Care Board will do.",
                                """
                                1. How many residents have seen an NHS dentist in the last two years?
                                2. Why are practices not taking NHS patients?
                                3. What urgent care is available to people without a dentist?""")
                                .held("Only 38% of adults in Anytown saw an NHS dentist in the last two years; no "
                                        + "practice is taking new adult NHS patients.", "That the Chair write to the "
                                                + "Integrated Care Board and the local MPs about access to NHS "
                                                + "dentistry.")
                                .declared(InterestKind.NON_REGISTRABLE, "A close family member is a dentist at a "
                                        + "practice in Harbour ward.", false)),
                -6, plan(topic("Waiting times for adult social care assessments", ADULTS, "To scrutinise the "
                        + "waiting list for Care Act assessments.", "To understand who waits, for how long, and what "
                        + "happens to them while they wait.", """
                        1. How many people are waiting, and how long have the longest waited?
                        2. How are risks to people on the waiting list checked?
                        3. When will the list be back to its target?""")
                        .held("412 people are waiting for an assessment, 96 of them for more than three months.",
                                "That monthly waiting list figures be sent to members of the committee."),
                        topic("Healthwatch Anytown annual report", ADULTS, "To receive Healthwatch Anytown's annual "
                                + "report.", "To hear what residents told Healthwatch about health and care "
                                + "services.", """
                                1. What did residents raise most often?
                                2. What changed as a result of Healthwatch's reports?""")
                                .held("Healthwatch heard from 2,100 residents; GP access and dentistry were the "
                                        + "most common concerns.", "That Healthwatch be invited to suggest topics for "
                                                + "the work programme.")),
                -5, plan(topic("Drug and alcohol treatment services", ADULTS, "To review the treatment services "
                        + "commissioned from the public health grant.", "To understand whether more people are in "
                        + "treatment and recovering, and how deaths are being prevented.", """
                        1. How many people are in treatment, and how many complete it successfully?
                        2. What is being done about drug-related deaths?
                        3. How well do treatment services work with hospitals and prisons?""")
                        .held("Successful completions rose to 21%; there were 31 drug-related deaths last year.",
                                "That the Director of Public Health report back on the naloxone programme."),
                        topic("Anytown Safeguarding Adults Board annual report", ADULTS, "To receive the board's "
                                + "annual report.", "To learn what the board's reviews found and what partners "
                                + "changed.", """
                                1. What did the safeguarding adults reviews find?
                                2. How does the board hear from people who were safeguarded?""")
                                .held("Self-neglect featured in three of the four safeguarding adults reviews.",
                                        "That the annual report be noted.")),
                -4, plan(topic("Home care: the market and the cost of care", ADULTS, "To review the home care "
                        + "market and the rates the council pays.", "To understand whether there are enough care "
                        + "workers and whether the council pays a fair price for care.", """
                        1. What does the council pay per hour, and how does it compare with the region?
                        2. How many care worker posts are vacant?
                        3. How long do people wait for a home care package?""")
                        .held("The council pays £22.40 an hour against a regional average of £24.10; 14% of care "
                                + "worker posts are vacant.", "That the Hospital Discharge Task and Finish Group "
                                        + "consider home care capacity as part of its review.")
                        .declared(InterestKind.DISCLOSABLE_PECUNIARY, "Owns shares in a home care agency that holds a "
                                + "contract with the council; left the room for the item.", true),
                        topic("Suicide prevention strategy", ADULTS, "To consider the refreshed suicide prevention "
                                + "strategy.", "To test whether the strategy reaches the groups most at risk.", """
                                1. Which groups are most at risk in Anytown?
                                2. What support is there for people bereaved by suicide?""")
                                .held("Men aged 40 to 54 account for a third of suicides in Anytown.", "That the "
                                        + "committee supports the strategy.")),
                -3, plan(topic("Winter plan: urgent and emergency care", ADULTS, "To hear from the NHS trust, the "
                        + "Integrated Care Board and the council about their joint plan for winter.", "To understand "
                        + "whether the health and care system is ready for winter.", """
                        1. How many extra beds and care packages will there be?
                        2. What is being done about ambulance handover delays?
                        3. How will people be kept well at home?""")
                        .held("The trust expects to open 40 escalation beds; ambulance handovers averaged 52 "
                                + "minutes last winter.", "That the trust and the Integrated Care Board report on "
                                        + "the winter plan's results in the spring."),
                        topic("Better Care Fund plan", ADULTS, "To review the Better Care Fund plan agreed with the "
                                + "NHS.", "To understand what the pooled budget pays for and what it achieves.", """
                                1. What does the fund pay for?
                                2. Which of its targets are being missed?""")
                                .held("The fund pays for reablement, disabled facilities grants and step-down beds; "
                                        + "the target for avoidable admissions is being missed.",
                                        "That the report be noted.")),
                -2, late(topic("Care homes: quality and fees", ADULTS, "To review the quality of Anytown's care "
                        + "homes and the fees the council proposes to pay.", "To understand why some homes are rated "
                        + "poorly and whether the proposed fees are sustainable.", """
                        1. Which homes are rated 'requires improvement' or 'inadequate', and what support do they get?
                        2. How was the proposed fee uplift worked out?
                        3. Are any homes at risk of closing?""")
                        .held("Five of the 31 care homes are rated 'requires improvement' or 'inadequate'; the "
                                + "proposed fee uplift is 6.5%.", "That the report be noted."),
                        topic("Mental health crisis care", ADULTS, "To hear from the mental health trust and the "
                                + "police about crisis care since the police changed when they attend.", "To "
                                + "understand what Right Care, Right Person has meant for people in crisis.", """
                                1. What calls do the police no longer attend?
                                2. Has the crisis team had the resources to respond?""")
                                .held("The crisis team's calls rose by 30% after the police stopped attending most "
                                        + "mental health calls.", "That the police and the mental health trust "
                                                + "report jointly in six months.")),
                -1, plan(topic("Hospital discharge: report of the task and finish group", ADULTS, "To consider the "
                        + "report and recommendations of the Hospital Discharge Task and Finish Group.", "To agree "
                        + "the group's recommendations to the executive and the NHS on bringing people home from "
                        + "hospital sooner.", """
                        1. Are the group's findings supported by the evidence?
                        2. Are the recommendations affordable and achievable?""")
                        .held("The group's chair presented its report: on an average day 46 people at Anytown "
                                + "General Hospital were medically fit for discharge but still in hospital.",
                                "That the report and its five recommendations be agreed and sent to the executive "
                                        + "and to Anytown and District NHS Foundation Trust."),
                        topic("Carers strategy", ADULTS, "To consider the draft carers strategy.", "To test "
                                + "whether the strategy will reach the many unpaid carers the council does not know "
                                + "about.", """
                                1. How many carers does the council know of, and how many does the census count?
                                2. How many carers' assessments were done last year?""")
                                .held("The census counted 14,200 unpaid carers; the council knows 3,100.",
                                        "That the committee supports the strategy.")),
                0, plan(topic("Home care framework: re-procurement", ADULTS, "To comment on the evaluation of bids "
                        + "for the new home care framework before cabinet awards it.", "To be assured that the "
                        + "framework will provide enough good-quality home care at a sustainable price.", """
                        1. How were quality and price weighed in the evaluation?
                        2. Will the recommended providers cover every part of the borough?
                        3. What happens to people whose provider changes?""")
                        .inPrivate(new Exempt(3, "The report includes the prices and scores of named bidders. "
                                + "Disclosing them before the contracts are awarded would prejudice the council's "
                                + "position and the bidders' commercial interests, and the public interest in keeping "
                                + "them confidential outweighs the public interest in disclosing them.",
                                "The committee will comment on the re-procurement of the home care framework before "
                                        + "cabinet decides. The evaluation of bids is exempt under paragraph 3 of "
                                        + "Schedule 12A while the procurement continues.",
                                "Evaluation of the 14 bids for the four zones of the home care framework, with the "
                                        + "hourly prices offered (£23.10 to £26.85) and the recommended providers.")),
                        topic("Draft budget proposals: adult social care and public health", FINANCE, "To comment "
                                + "on the draft budget proposals for adult social care and public health.", "To test "
                                + "whether the proposals are deliverable and what they mean for people who use "
                                + "services.", """
                                1. What are the biggest pressures on the adult social care budget?
                                2. Which savings affect people who use services directly?""")),
                1, plan(topic("Community pharmacy closures", ADULTS, "To review access to pharmacies after "
                        + "closures in three wards.", "To understand the effect of closures and what the Integrated "
                        + "Care Board will do.", null),
                        topic("GP access and primary care estates", ADULTS, "To hear from the Integrated Care Board "
                                + "about access to GP appointments.", null, null)),
                2, plan(topic("Learning disability day services", ADULTS, "To consider the proposals to modernise "
                        + "day services for adults with learning disabilities.", null, null),
                        topic("Ambulance response times", ADULTS, "To hear from the ambulance service about "
                                + "response times in Anytown.", null, null)),
                3, plan(topic("Healthy weight strategy", ADULTS, "To consider the draft healthy weight "
                        + "strategy.", null, null),
                        topic("Quality account of Anytown and District NHS Foundation Trust", ADULTS, "To comment "
                                + "on the trust's draft quality account.", null, null)),
                4, plan(topic("Smoking, vaping and young people", ADULTS, "To review the stop smoking service and "
                        + "action on vaping by children.", null, null), annual()));
    }

    /** Place and Economy: regeneration, planning policy, housing, transport, the environment and the economy. */
    private static Map<Integer, Plan> place() {
        Topic localPlan = topic("Local Plan: regulation 18 consultation", REGENERATION, "To comment on the draft "
                + "Local Plan before public consultation.", "To test whether the draft plan meets the new housing "
                + "target with the schools, roads and health services the new homes will need.", """
                1. How many homes does the draft plan allocate, and where?
                2. How will infrastructure be paid for and delivered in time?
                3. How were residents involved in choosing the sites?""");
        Topic parking = topic("Parking strategy", TRANSPORT, "To comment on the draft parking strategy.", "To "
                + "understand how the strategy balances town centre trade, residents' parking and air quality.", """
                1. What will change for residents and for town centre visitors?
                2. How will the council enforce parking outside schools?""");
        return slots(
                -7, plan(topic("Homelessness and temporary accommodation", HOUSING, "To scrutinise the rising "
                        + "number of households in temporary accommodation and its cost.", "To understand why more "
                        + "households are homeless, how long they stay in temporary accommodation and what it costs.",
                        """
                        1. How many households are in temporary accommodation, and how many in bed and breakfast?
                        2. What are the main causes of homelessness in Anytown?
                        3. What is the council doing to prevent it?""")
                        .held("213 households are in temporary accommodation, 48 of them in bed and breakfast; the "
                                + "cost has risen to £4.6m a year.", "That the committee reviews the homelessness "
                                        + "strategy action plan at every third meeting.")
                        .declared(InterestKind.OTHER_REGISTRABLE, "A board member of Anytown Homes (housing "
                                + "association).", false),
                        topic("Economic development strategy", REGENERATION, "To review progress on the economic "
                                + "development strategy.", "To understand whether the strategy is bringing jobs "
                                + "and skills to Anytown.", """
                                1. How many jobs have been created or safeguarded?
                                2. How is the UK Shared Prosperity Fund being spent?""")
                                .held("The strategy has helped create 640 jobs; £1.2m of the UK Shared Prosperity "
                                        + "Fund is committed.", "That the report be noted.")),
                -6, plan(topic("Highways maintenance and potholes", TRANSPORT, "To review the condition of "
                        + "Anytown's roads and the highways maintenance programme.", "To understand how the council "
                        + "decides which roads to repair and how quickly it fixes potholes.", """
                        1. How many potholes were reported and repaired within the target time?
                        2. How is the resurfacing programme prioritised?
                        3. How much is spent on compensation claims?""")
                        .held("The council repaired 9,800 potholes last year, 61% within the target time.",
                                "That the Cabinet Member for Transport and Highways report on the repair times "
                                        + "in six months."),
                        topic("Climate emergency action plan: annual progress", ENVIRONMENT, "To review the "
                                + "council's progress towards net zero.", "To test whether the action plan is on "
                                + "track for the council's 2030 target.", """
                                1. How much have the council's own emissions fallen?
                                2. Which actions are behind schedule?""")
                                .held("The council's own emissions fell by 38% from the 2019 baseline; fleet "
                                        + "electrification is behind schedule.", "That the report be noted.")),
                -5, plan(topic("Town centre regeneration: programme update", REGENERATION, "To review the £23m "
                        + "town centre regeneration programme.", "To understand whether the programme is on time and "
                        + "on budget and what it has achieved for the High Street.", """
                        1. Is spending on profile?
                        2. How many of the council's High Street units are empty?
                        3. How are independent businesses being helped?""")
                        .held("Spending is £2.3m behind profile; eight council-owned units on the High Street are "
                                + "empty.", "That the committee agrees its report on town centre regeneration and "
                                        + "sends its recommendations to the executive."),
                        topic("Food waste collections", ENVIRONMENT, "To review the plans for weekly food waste "
                                + "collections required by the Government's Simpler Recycling reforms.", "To "
                                + "understand the cost of the new service and how residents will be told.", """
                                1. When will collections start, and what will they cost?
                                2. How will flats be served?""")
                                .held("Weekly food waste collections will start in April at a cost of £1.4m a year, "
                                        + "mostly met by new burdens funding.", "That the report be noted.")),
                -4, plan(topic("Private rented housing: licensing and standards", HOUSING, "To review the "
                        + "council's enforcement of standards in private rented homes.", "To understand whether "
                        + "selective licensing has improved conditions for tenants.", """
                        1. How many inspections and enforcement notices were there last year?
                        2. What has selective licensing changed in Castle and Harbour wards?""")
                        .held("The council served 74 improvement notices; licensed homes had half the serious hazards "
                                + "of unlicensed ones.", "That the report be noted."),
                        topic("Planning enforcement", REGENERATION, "To review how the council deals with breaches "
                                + "of planning control.", "To find out how long investigations take and how residents "
                                + "are kept informed.", """
                                1. How many cases are open, and how old are they?
                                2. How are complainants told what happened?""")
                                .held("312 enforcement cases are open, 90 of them for more than a year.",
                                        "That the Head of Planning report the backlog to the committee quarterly.")),
                -3, plan(topic("Market Hall site: proposed acquisition", REGENERATION, "To comment on the proposed "
                        + "purchase of the Market Hall site before cabinet decides.", "To be assured that the price "
                        + "is justified and the business case for the purchase is sound.", """
                        1. How was the valuation arrived at?
                        2. What would repairs to the listed frontage cost?
                        3. What happens if the purchase does not go ahead?""")
                        .held("Members questioned the valuation and the cost of repairs to the listed frontage.",
                                "That the committee supports the purchase at no more than the price in the report, "
                                        + "and asks cabinet to withdraw if the price rises above it.")
                        .declared(InterestKind.DISCLOSABLE_PECUNIARY, "Owns a shop on Market Square, next to the "
                                + "site; left the room for the item.", true)
                        .inPrivate(new Exempt(3, "The report includes the price the council is prepared to pay "
                                + "for the Market Hall site while negotiations continue. Disclosing it would "
                                + "prejudice the council's position, and the public interest in keeping it "
                                + "confidential until contracts are exchanged outweighs the public interest in "
                                + "disclosing it.", "The committee commented on a proposed purchase of a town centre "
                                        + "site. The report is exempt under paragraph 3 of Schedule 12A while "
                                        + "negotiations continue.", "Heads of terms for the purchase of the Market "
                                                + "Hall site from Castlegate Properties Ltd for £4.2m, with the "
                                                + "valuer's report and the business case.")),
                        topic("Bus services and the enhanced partnership", TRANSPORT, "To review bus services "
                                + "since the enhanced partnership with operators began.", "To understand whether "
                                + "services are more reliable and where routes have been lost.", """
                                1. How has patronage changed?
                                2. Which routes were withdrawn, and what replaced them?""")
                                .held("Patronage is back to 88% of its 2019 level; two evening routes were "
                                        + "withdrawn in the spring.", "That the Chair write to the operators about "
                                                + "the withdrawn evening routes.")),
                -2, cancelled("Cancelled by the Chair after consulting the Vice-Chair: the Government published "
                        + "changes to the National Planning Policy Framework the week before the agenda was due, and "
                        + "officers need time to assess their effect on the draft Local Plan. Both items move to the "
                        + "next meeting.", localPlan, parking),
                -1, plan(localPlan.held("The draft plan allocates sites for 7,400 homes to 2042, 1,100 more than the "
                        + "previous draft because of the new housing target.", "That the committee's comments, "
                                + "including its concern about infrastructure for the Eastgate urban extension, be "
                                + "reported to cabinet."),
                        topic("Damp and mould in council homes: progress on the committee's recommendations", HOUSING,
                                "To review progress on the recommendations the executive accepted.", "To check that "
                                + "the accepted actions are being carried out and to decide whether to keep the "
                                + "recommendations open.", """
                                1. How many inspections are now within ten working days?
                                2. Why has the survey of homes built before 1950 slipped?""")
                                .held("82% of inspections are now within ten working days; the survey of homes "
                                        + "built before 1950 has slipped to the spring.", "That the recommendations "
                                                + "stay open and are reviewed again in six months.")),
                0, plan(parking, topic("Fly-tipping enforcement: the committee's draft report", ENVIRONMENT, "To "
                        + "consider the draft report of the committee's review of fly-tipping enforcement before it "
                        + "is shared with the cabinet member for comment.", "To agree the draft findings and "
                        + "recommendations for comment by the executive.", """
                        1. Do the findings reflect the evidence heard?
                        2. Are the recommendations specific, measurable and affordable?""")),
                1, plan(topic("Draft budget proposals: place, housing and environment", FINANCE, "To comment on the "
                        + "draft budget proposals for place, housing and environment services.", "To test whether "
                        + "the proposed savings can be made and what they mean for residents.", null),
                        topic("Affordable housing delivery", HOUSING, "To review the delivery of affordable homes "
                                + "against the council's target.", null, null)),
                2, plan(topic("Local cycling and walking infrastructure plan", TRANSPORT, "To comment on the draft "
                        + "plan.", null, null),
                        topic("Flood risk management", ENVIRONMENT, "To review the local flood risk management "
                                + "strategy after last winter's flooding in Millbrook.", null, null)),
                3, plan(topic("Air quality action plan", ENVIRONMENT, "To review progress in the two air quality "
                        + "management areas.", null, null),
                        topic("Street lighting: the LED replacement programme", TRANSPORT, "To review the "
                                + "programme's savings and residents' complaints.", null, null)),
                4, plan(topic("Leisure centres: the operating contract", REGENERATION, "To review the leisure "
                        + "operator's performance before the contract break clause.", null, null), annual()));
    }

    /** The Hospital Discharge Task and Finish Group's review, reporting to the Health committee. */
    private static Map<Integer, Plan> discharge() {
        return slots(
                -3, plan(topic("Scoping the review", ADULTS, "To agree the group's terms of reference, the evidence "
                        + "it needs and the witnesses it will invite.", "To understand the scale and causes of "
                        + "delayed discharge from Anytown General Hospital and decide where the group can add most "
                        + "value.", """
                        1. How many people are medically fit for discharge but still in hospital, and for how long?
                        2. What are the main reasons they wait?
                        3. Which organisations must the group hear from?""")
                        .held("On an average day 46 people were medically fit for discharge but still in hospital; "
                                + "60% were waiting for home care or a care home place.", "That the terms of "
                                        + "reference be agreed and the witnesses in the scoping document be "
                                        + "invited.")),
                -2, plan(topic("Evidence session: Anytown and District NHS Foundation Trust", ADULTS, "To hear from "
                        + "the trust's chief operating officer and discharge team.", "To understand the hospital's "
                        + "discharge process and where it waits on the council.", """
                        1. When does planning for discharge start?
                        2. What happens at weekends?
                        3. What would most help the trust?""")
                        .held("The trust's discharge team works weekdays only; a third of delays begin on a Friday.",
                                "That the evidence be noted for the group's report."),
                        topic("Evidence session: home care providers", ADULTS, "To hear from three home care "
                                + "providers.", "To understand why home care packages are hard to start quickly.",
                                """
                                1. How long does it take to start a package after a referral?
                                2. What stops providers recruiting care workers?""")
                                .held("Providers said the hourly rate and travel time unpaid between visits were the "
                                        + "main reasons care workers leave.", "That the evidence be noted for the "
                                                + "group's report.")
                                .declared(InterestKind.NON_REGISTRABLE, "A close family member works for one of "
                                        + "the providers giving evidence.", false)),
                -1, plan(topic("Evidence session: unpaid carers and Healthwatch Anytown", ADULTS, "To hear from "
                        + "carers and Healthwatch about their experience of discharge.", "To understand discharge "
                        + "from the point of view of the people leaving hospital and their carers.", """
                        1. Were carers involved in planning the discharge?
                        2. What support did they get at home?""")
                        .held("Carers said they were often told of a discharge on the day, with no assessment of "
                                + "their own needs.", "That the evidence be noted for the group's report."),
                        topic("The group's findings and recommendations", null, "To agree the group's report to the "
                                + "Health and Adult Social Care Overview and Scrutiny Committee.", null, null)
                                .held("The group agreed five recommendations, on step-down beds, a joint discharge "
                                        + "team, published figures, the home care rate and carers' assessments.",
                                        "That the group's report be agreed and presented to the Health and Adult "
                                                + "Social Care Overview and Scrutiny Committee.")),
                3, plan(topic("The executive's response to the group's recommendations", ADULTS, "To hear the "
                        + "executive's response to the group's five recommendations and agree how the group will "
                        + "monitor them.", null, null)));
    }
}
