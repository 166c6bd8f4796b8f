package org.scrutineer.meetings;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.scrutineer.accounts.Actor;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.DeadlineState;
import org.scrutineer.deadlines.TrackDeadline;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.Committee;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Membership;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.documents.Document;
import org.scrutineer.documents.DocumentId;
import org.scrutineer.documents.DocumentManagement;
import org.scrutineer.documents.DocumentUpload;
import org.scrutineer.meetings.internal.AgendaItems;
import org.scrutineer.meetings.internal.MeetingPermissions;
import org.scrutineer.meetings.internal.MeetingRules;
import org.scrutineer.meetings.internal.Meetings;
import org.scrutineer.meetings.internal.Registers;
import org.scrutineer.platform.ConflictException;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.ResultPage;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.recommendations.RecommendationDetails;
import org.scrutineer.recommendations.RecommendationManagement;
import org.scrutineer.recommendations.ReportDetails;
import org.scrutineer.recommendations.ReportId;
import org.scrutineer.recommendations.ResponseField;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings module's face. A scrutiny officer schedules a meeting, which starts tracking its
 * {@code agenda-publication} deadline (five clear working days, LGA 1972 s100B); builds the agenda, each item with
 * the session's aims and lines of questioning agreed beforehand with the executive, open or in private under a
 * Schedule 12A paragraph, with its reports and documents (kept and classified by the documents module, which decides
 * who may read them); publishes the agenda (flagged and counted when late); takes the register of members and
 * substitutes; records declarations of interest and the minutes; and records the recommendations the committee
 * made on the day, which become an agreed scrutiny report in the tracker. Every rule and permission is checked
 * here and every change is written to the audit history in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class MeetingManagement {

    /** Audit record types. */
    public static final String MEETING = "meeting";
    public static final String AGENDA_ITEM = "agenda-item";

    /** The deadline rule for publishing an agenda. */
    public static final String AGENDA_RULE = "agenda-publication";

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

    private final Meetings meetings;
    private final AgendaItems items;
    private final Registers registers;
    private final MeetingPermissions permissions;
    private final DirectoryManagement directory;
    private final DeadlineManagement deadlines;
    private final RecommendationManagement recommendations;
    private final DocumentManagement documents;
    private final AuditHistory audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingManagement(Meetings meetings, AgendaItems items, Registers registers, MeetingPermissions permissions,
            DirectoryManagement directory, DeadlineManagement deadlines, RecommendationManagement recommendations,
            DocumentManagement documents, AuditHistory audit, ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.meetings = meetings;
        this.items = items;
        this.registers = registers;
        this.permissions = permissions;
        this.directory = directory;
        this.deadlines = deadlines;
        this.recommendations = recommendations;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** Today, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- permissions -------------------------------------------------------------------------------------------

    /** Whether the actor runs meetings (schedules, writes agendas, takes registers and minutes). */
    public boolean mayAdminister(Actor actor) {
        return permissions.administers(actor);
    }

    /** Whether the actor may read the exempt content of the committee's private items. */
    public boolean seesExempt(Actor actor, CommitteeId committee) {
        return permissions.seesExempt(actor, committee);
    }

    /** Whether the actor is the committee's chair or vice-chair today. */
    public boolean chairs(Actor actor, CommitteeId committee) {
        return permissions.chairs(actor, committee);
    }

    // --- reading -----------------------------------------------------------------------------------------------

    /** A meeting, or not found. Meetings are seen by anyone signed in; private content is withheld per item. */
    public Meeting meeting(MeetingId id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("Meeting " + id));
    }

    /** Meetings, newest first, or soonest first when {@code upcoming} (from today). */
    public ResultPage<Meeting> meetings(Long committeeId, MeetingStatus status, LocalDate from, LocalDate to,
            boolean upcoming, int page, int size) {
        int rows = Math.max(1, Math.min(size, 200));
        int p = Math.max(1, page);
        LocalDate start = upcoming && from == null ? today() : from;
        return new ResultPage<>(meetings.list(committeeId, status, start, to, false, upcoming, rows, (p - 1) * rows),
                p, rows, meetings.count(committeeId, status, start, to, false));
    }

    /** A meeting's items as the actor may see them: a private item's content withheld unless entitled. */
    public List<AgendaItem> items(Actor actor, MeetingId id) {
        Meeting m = meeting(id);
        boolean exempt = permissions.seesExempt(actor, m.committeeId());
        return items.of(id).stream().map(i -> exempt ? i : i.publicView()).toList();
    }

    /** One item as the actor may see it. */
    public AgendaItem item(Actor actor, AgendaItemId id) {
        AgendaItem item = requireItem(id);
        Meeting m = meeting(item.meetingId());
        return permissions.seesExempt(actor, m.committeeId()) ? item : item.publicView();
    }

    /** The items of several meetings, as the actor may see them (for packs and feeds). */
    public Map<MeetingId, List<AgendaItem>> itemsOf(Actor actor, List<Meeting> list) {
        Map<MeetingId, Meeting> byId = list.stream().collect(Collectors.toMap(Meeting::id, m -> m, (a, b) -> a,
                LinkedHashMap::new));
        Map<MeetingId, List<AgendaItem>> result = new LinkedHashMap<>();
        list.forEach(m -> result.put(m.id(), new ArrayList<>()));
        for (AgendaItem i : items.of(byId.keySet())) {
            boolean exempt = permissions.seesExempt(actor, byId.get(i.meetingId()).committeeId());
            result.get(i.meetingId()).add(exempt ? i : i.publicView());
        }
        return result;
    }

    /** The agenda-publication deadline tracked for the meeting, with its rule and citation. */
    public Optional<TrackedDeadline> agendaDeadline(Meeting m) {
        return Optional.ofNullable(m.agendaDeadline()).map(deadlines::require);
    }

    /** The register of members. */
    public List<RegisterEntry> register(MeetingId id) {
        return registers.of(id);
    }

    /** The committee's members on the day of the meeting, for taking the register. */
    public List<Membership> membersOn(Meeting m) {
        return directory.allMemberships(m.committeeId()).stream().filter(ms -> ms.currentOn(m.date())).toList();
    }

    /** Interests declared at the meeting, in agenda order. */
    public List<Declaration> declarations(MeetingId id) {
        return registers.declarationsOf(id);
    }

    /** Interests declared on one item. */
    public List<Declaration> declarationsOn(AgendaItemId id) {
        return registers.declarationsOn(id);
    }

    /** Meetings whose agenda deadline falls on or before a day and is not yet met. */
    public List<Meeting> agendasDue(LocalDate by) {
        return meetings.agendasDue(by, 50);
    }

    /** Figures for a committee (or all when null) over a period; cancelled meetings are counted apart. */
    public MeetingFigures figures(Long committeeId, LocalDate from, LocalDate to) {
        return meetings.figures(committeeId, from, to);
    }

    /** The meetings of a committee (or all) in a period that were not cancelled, for other modules' figures. */
    public List<MeetingId> notCancelled(Long committeeId, LocalDate from, LocalDate to) {
        return meetings.notCancelled(committeeId, from, to);
    }

    // --- public ------------------------------------------------------------------------------------------------

    /** Meetings as the public see them: scheduled, published, held and cancelled, newest first or upcoming. */
    public ResultPage<Meeting> publicMeetings(Long committeeId, LocalDate from, LocalDate to, boolean upcoming,
            int page, int size) {
        int rows = Math.max(1, Math.min(size, 200));
        int p = Math.max(1, page);
        LocalDate start = upcoming && from == null ? today() : from;
        return new ResultPage<>(meetings.list(committeeId, null, start, to, true, upcoming, rows, (p - 1) * rows), p,
                rows, meetings.count(committeeId, null, start, to, true));
    }

    /** A meeting's agenda as the public see it: empty until published; private items reduced to their summary. */
    public List<AgendaItem> publicItems(MeetingId id) {
        Meeting m = meeting(id);
        if (!m.agendaPublic()) {
            return List.of();
        }
        return items.of(id).stream().map(AgendaItem::publicView)
                .map(i -> m.minutesPublishedOn() != null ? i : i.withoutMinutes()).toList();
    }

    // --- meetings ----------------------------------------------------------------------------------------------

    /** Schedules a meeting and starts tracking its agenda-publication deadline. */
    @Transactional
    public MeetingId schedule(Actor actor, MeetingDetails details) {
        administers(actor);
        List<FieldProblem> problems = MeetingRules.meeting(details);
        checkCommittee(details, problems);
        fail(problems);
        MeetingId id = meetings.insert(details);
        trackAgenda(meeting(id));
        Meeting m = meeting(id);
        audit.created(MEETING, id, snapshot(m));
        return id;
    }

    /** Changes a meeting's details; moving its date moves the agenda deadline and the notices to attend. */
    @Transactional
    public void update(Actor actor, MeetingId id, int version, MeetingDetails details) {
        administers(actor);
        Meeting before = meeting(id);
        if (!MeetingRules.agendaOpen(before.status())) {
            throw new RuleViolationException(null, "A meeting that has been " + before.status().label().toLowerCase()
                    + " cannot be changed");
        }
        List<FieldProblem> problems = MeetingRules.meeting(details);
        checkCommittee(details, problems);
        if (details.committeeId() != null && details.committeeId() != before.committeeId().value()
                && before.itemCount() > 0) {
            problems.add(new FieldProblem("committeeId", "A meeting with items cannot move to another committee"));
        }
        fail(problems);
        if (!meetings.update(id, version, details)) {
            throw new ConflictException("The meeting");
        }
        if (!details.date().equals(before.date())) {
            if (before.agendaDeadline() != null) {
                TrackedDeadline d = deadlines.require(before.agendaDeadline());
                if (d.state() == DeadlineState.OPEN || d.state() == DeadlineState.STOPPED) {
                    deadlines.cancel(d.id(), "The meeting moved from " + before.date() + " to " + details.date());
                }
            }
            trackAgenda(meeting(id));
            events.publishEvent(new MeetingRescheduled(id, details.date()));
        }
        audit.changed(MEETING, id, snapshot(before), snapshot(meeting(id)));
    }

    private void trackAgenda(Meeting m) {
        List<PersonId> responsible = directory.scrutinySupport().stream().map(Person::id).toList();
        TrackedDeadline d = deadlines.track(new TrackDeadline(MEETING, m.id().toString(),
                "Publish the agenda for " + m.title(), meetingPath(m.id()), AGENDA_RULE, m.date(), responsible));
        meetings.agendaDeadline(m.id(), d.id(), d.due());
        if (m.agendaPublishedOn() != null) {
            TrackedDeadline met = deadlines.met(d.id(), m.agendaPublishedOn());
            meetings.agendaLate(m.id(), met.metLate());
        }
    }

    /** The page where a meeting is run. */
    public static String meetingPath(MeetingId id) {
        return "/meetings/" + id;
    }

    /** Publishes the agenda on a day; if that is after the deadline the meeting is flagged late. */
    @Transactional
    public Meeting publishAgenda(Actor actor, MeetingId id, LocalDate on) {
        administers(actor);
        Meeting before = meeting(id);
        fail(MeetingRules.publication(before.status(), before.itemCount(), before.date(), on, today()));
        boolean late;
        if (before.agendaDeadline() != null) {
            TrackedDeadline d = deadlines.require(before.agendaDeadline());
            late = d.state() == DeadlineState.MET ? d.metLate() : deadlines.met(d.id(), on).metLate();
        } else {
            late = before.agendaDue() != null && on.isAfter(before.agendaDue());
        }
        meetings.agendaPublished(id, on, late);
        Meeting after = meeting(id);
        audit.changed(MEETING, id, snapshot(before), snapshot(after));
        return after;
    }

    /** Cancels a meeting that has not been held, with the reason; its agenda deadline no longer applies. */
    @Transactional
    public void cancel(Actor actor, MeetingId id, String reason) {
        administers(actor);
        Meeting before = meeting(id);
        if (before.status() == MeetingStatus.HELD || before.status() == MeetingStatus.CANCELLED) {
            throw new RuleViolationException(null, "The meeting has already been " + before.status().label().toLowerCase());
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "Enter why the meeting is cancelled");
        }
        if (reason.length() > 2_000) {
            throw new RuleViolationException("reason", "The reason must be 2000 characters or fewer");
        }
        if (before.agendaDeadline() != null) {
            TrackedDeadline d = deadlines.require(before.agendaDeadline());
            if (d.state() == DeadlineState.OPEN || d.state() == DeadlineState.STOPPED) {
                deadlines.cancel(d.id(), "The meeting was cancelled: " + reason.strip());
            }
        }
        meetings.cancelled(id, reason.strip());
        audit.changed(MEETING, id, snapshot(before), snapshot(meeting(id)));
        events.publishEvent(new MeetingCancelled(id, reason.strip()));
    }

    /**
     * Takes the register of members: present, apologies, absent, or a substitute for a member who sent apologies.
     * Taking it records the meeting as held.
     */
    @Transactional
    public void takeRegister(Actor actor, MeetingId id, List<RegisterLine> lines) {
        administers(actor);
        Meeting before = meeting(id);
        if (before.status() == MeetingStatus.CANCELLED) {
            throw new RuleViolationException(null, "The meeting was cancelled");
        }
        if (before.status() == MeetingStatus.SCHEDULED) {
            throw new RuleViolationException(null, "Publish the agenda before the meeting is held");
        }
        if (before.date().isAfter(today())) {
            throw new RuleViolationException(null, "The register is taken at the meeting, on " + before.date());
        }
        List<RegisterLine> given = lines == null ? List.of() : lines.stream().filter(l -> l.personId() != null).toList();
        Set<Long> members = membersOn(before).stream().map(m -> m.personId().value()).collect(Collectors.toSet());
        Set<Long> substitutes = given.stream().filter(l -> l.attendance() == Attendance.SUBSTITUTE)
                .map(RegisterLine::personId).collect(Collectors.toSet());
        Set<Long> councillors = directory.people(substitutes.stream().map(PersonId::new).toList()).values().stream()
                .filter(p -> p.kind() == PersonKind.COUNCILLOR && p.active()).map(p -> p.id().value())
                .collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>(MeetingRules.register(given, members, councillors));
        Set<Long> registered = given.stream().map(RegisterLine::personId).collect(Collectors.toSet());
        if (problems.isEmpty() && !registered.containsAll(members)) {
            problems.add(new FieldProblem(null, "Record every member of the committee as present, apologies or absent"));
        }
        fail(problems);
        List<RegisterEntry> old = registers.of(id);
        registers.replace(id, given);
        if (before.status() != MeetingStatus.HELD) {
            meetings.held(id, before.date());
        }
        Map<String, Object> b = snapshot(before);
        b.put("register", old.stream().map(MeetingManagement::line).toList());
        Map<String, Object> a = snapshot(meeting(id));
        a.put("register", registers.of(id).stream().map(MeetingManagement::line).toList());
        audit.changed(MEETING, id, b, a);
    }

    private static String line(RegisterEntry e) {
        return e.name() + ": " + e.attendance().label()
                + (e.substituteForName() == null ? "" : " for " + e.substituteForName());
    }

    /** Publishes the minutes of a held meeting. */
    @Transactional
    public void publishMinutes(Actor actor, MeetingId id, LocalDate on) {
        administers(actor);
        Meeting before = meeting(id);
        if (before.status() != MeetingStatus.HELD) {
            throw new RuleViolationException(null, "Minutes are published once the meeting has been held");
        }
        if (on == null || on.isAfter(today()) || on.isBefore(before.date())) {
            throw new RuleViolationException("publishedOn", "Enter a date between the meeting and today");
        }
        meetings.minutesPublished(id, on);
        audit.changed(MEETING, id, snapshot(before), snapshot(meeting(id)));
    }

    /** Removes a meeting scheduled by mistake (never one whose agenda was published: cancel it instead). */
    @Transactional
    public void delete(Actor actor, MeetingId id) {
        administers(actor);
        Meeting before = meeting(id);
        if (before.status() != MeetingStatus.SCHEDULED) {
            throw new RuleViolationException(null, "Only a meeting whose agenda is not yet published can be deleted; cancel it instead");
        }
        if (before.agendaDeadline() != null) {
            TrackedDeadline d = deadlines.require(before.agendaDeadline());
            if (d.state() == DeadlineState.OPEN || d.state() == DeadlineState.STOPPED) {
                deadlines.cancel(d.id(), "The meeting was deleted");
            }
        }
        removeDocumentsOf(items.of(id).stream().map(AgendaItem::id).toList());
        meetings.delete(id);
        audit.deleted(MEETING, id, snapshot(before));
        events.publishEvent(new MeetingCancelled(id, "Deleted"));
    }

    // --- agenda items ------------------------------------------------------------------------------------------

    /** Adds an item at the end of the agenda. The cabinet member for its portfolio is invited by default. */
    @Transactional
    public AgendaItemId addItem(Actor actor, MeetingId meetingId, AgendaItemDetails details) {
        administers(actor);
        Meeting m = meeting(meetingId);
        agendaOpen(m);
        List<FieldProblem> problems = MeetingRules.item(details);
        checkReferences(details, problems);
        fail(problems);
        AgendaItemId id = items.insert(meetingId, details);
        AgendaItem item = requireItem(id);
        audit.created(AGENDA_ITEM, id, snapshot(item));
        events.publishEvent(new AgendaItemAdded(id, meetingId, item.portfolioHolderId()));
        return id;
    }

    /** Changes an item while the agenda is open. */
    @Transactional
    public void updateItem(Actor actor, AgendaItemId id, int version, AgendaItemDetails details) {
        administers(actor);
        AgendaItem before = requireItem(id);
        agendaOpen(meeting(before.meetingId()));
        List<FieldProblem> problems = MeetingRules.item(details);
        checkReferences(details, problems);
        fail(problems);
        if (!items.update(id, version, details)) {
            throw new ConflictException("The agenda item");
        }
        AgendaItem after = requireItem(id);
        audit.changed(AGENDA_ITEM, id, snapshot(before), snapshot(after));
        if (!java.util.Objects.equals(before.portfolioHolderId(), after.portfolioHolderId())) {
            events.publishEvent(new AgendaItemAdded(id, after.meetingId(), after.portfolioHolderId()));
        }
    }

    /** Removes an item from an agenda still open; the items after it move up. */
    @Transactional
    public void removeItem(Actor actor, AgendaItemId id) {
        administers(actor);
        AgendaItem before = requireItem(id);
        agendaOpen(meeting(before.meetingId()));
        removeDocumentsOf(List.of(id));
        items.delete(before);
        audit.deleted(AGENDA_ITEM, id, snapshot(before));
    }

    /** Moves an item one place up or down the agenda. */
    @Transactional
    public void moveItem(Actor actor, AgendaItemId id, boolean up) {
        administers(actor);
        AgendaItem before = requireItem(id);
        agendaOpen(meeting(before.meetingId()));
        if (!items.move(before, up)) {
            throw new RuleViolationException(null, "The item is already " + (up ? "first" : "last"));
        }
        audit.changed(AGENDA_ITEM, id, snapshot(before), snapshot(requireItem(id)));
    }

    /** Records the minutes and resolutions of an item once the meeting has been held. */
    @Transactional
    public void recordMinutes(Actor actor, AgendaItemId id, int version, String minutes, String resolutions) {
        administers(actor);
        AgendaItem before = requireItem(id);
        held(meeting(before.meetingId()));
        List<FieldProblem> problems = new ArrayList<>();
        if ((minutes == null || minutes.isBlank()) && (resolutions == null || resolutions.isBlank())) {
            problems.add(new FieldProblem("minutes", "Enter the minutes or the resolutions of the item"));
        }
        if (minutes != null && minutes.length() > 20_000) {
            problems.add(new FieldProblem("minutes", "The minutes must be 20000 characters or fewer"));
        }
        if (resolutions != null && resolutions.length() > 20_000) {
            problems.add(new FieldProblem("resolutions", "The resolutions must be 20000 characters or fewer"));
        }
        fail(problems);
        if (!items.minutes(id, version, minutes, resolutions)) {
            throw new ConflictException("The agenda item");
        }
        audit.changed(AGENDA_ITEM, id, snapshot(before), snapshot(requireItem(id)));
    }

    /**
     * Records the recommendations the committee made on the item at the meeting. They become a scrutiny report,
     * agreed on the day of the meeting, in the recommendations tracker; the scrutiny officer then serves notice on
     * the executive from the report's page. A private item's report is exempt under the item's paragraph.
     */
    @Transactional
    public ReportId recordRecommendations(Actor actor, AgendaItemId id, List<RecommendationDetails> made) {
        administers(actor);
        AgendaItem item = requireItem(id);
        Meeting m = meeting(item.meetingId());
        held(m);
        if (item.reportId() != null) {
            throw new RuleViolationException(null, "The recommendations made on this item are already recorded as report "
                    + item.reportId() + ": add to that report instead");
        }
        List<RecommendationDetails> given = made == null ? List.of()
                : made.stream().filter(r -> r != null && r.text() != null && !r.text().isBlank()).toList();
        if (given.isEmpty()) {
            throw new RuleViolationException("recommendations[0].text", "Enter at least one recommendation");
        }
        String at = m.committeeName() + ", " + m.date().format(LONG_DATE) + ", item " + item.number();
        ReportId report = recommendations.createReport(actor, new ReportDetails(m.committeeId().value(), item.title(),
                "Recommendations made by the " + m.committeeName() + " at its meeting on " + m.date().format(LONG_DATE)
                        + " (item " + item.number() + ").",
                item.inPrivate() ? item.reportText() : item.purpose(), item.inPrivate() ? item.exemptParagraph() : null,
                item.inPrivate() ? item.privateReason() : null, item.inPrivate() ? item.publicSummary() : null));
        for (int i = 0; i < given.size(); i++) {
            try {
                recommendations.addRecommendation(actor, report, given.get(i));
            } catch (RuleViolationException e) {
                int n = i;
                throw new RuleViolationException(e.problems().stream()
                        .map(p -> new FieldProblem("recommendations[" + n + "]." + (p.field() == null ? "text" : p.field()),
                                p.message()))
                        .toList());
            }
        }
        Set<ResponseField> required = EnumSet.noneOf(ResponseField.class);
        required.addAll(recommendations.settings().defaultRequiredFields());
        recommendations.agree(actor, report, m.date(), at, required);
        AgendaItem before = item;
        items.report(id, report.value());
        audit.changed(AGENDA_ITEM, id, snapshot(before), snapshot(requireItem(id)));
        return report;
    }

    // --- declarations ------------------------------------------------------------------------------------------

    /** Records an interest a member declared on an item (before or at the meeting). */
    @Transactional
    public long declare(Actor actor, AgendaItemId id, Long personId, InterestKind kind, String nature,
            boolean leftRoom) {
        AgendaItem item = requireItem(id);
        Meeting m = meeting(item.meetingId());
        if (personId != null && !permissions.declaresFor(actor, new PersonId(personId))) {
            throw new AccessDeniedException("Only a scrutiny officer records another councillor's declaration");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Person> person = personId == null ? Optional.empty() : directory.person(new PersonId(personId));
        if (person.isEmpty() || person.get().kind() != PersonKind.COUNCILLOR) {
            problems.add(new FieldProblem("personId", "Select the councillor declaring the interest"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "Select the kind of interest"));
        }
        if (nature == null || nature.isBlank()) {
            problems.add(new FieldProblem("nature", "Enter the nature of the interest"));
        } else if (nature.length() > 2_000) {
            problems.add(new FieldProblem("nature", "The nature of the interest must be 2000 characters or fewer"));
        }
        if (m.status() == MeetingStatus.CANCELLED) {
            problems.add(new FieldProblem(null, "The meeting was cancelled"));
        }
        fail(problems);
        if (!permissions.declaresFor(actor, person.get().id())) {
            throw new AccessDeniedException("Only a scrutiny officer records another councillor's declaration");
        }
        long declaration = registers.declare(id, person.get().id(), kind, nature, leftRoom);
        audit.created(AGENDA_ITEM + "-declaration", declaration, Map.of("item", id.value(), "person",
                person.get().fullName(), "kind", kind.label(), "nature", nature.strip(), "leftRoom", leftRoom));
        return declaration;
    }

    /** Withdraws a declaration recorded in error. */
    @Transactional
    public void withdrawDeclaration(Actor actor, long declarationId) {
        Declaration d = registers.declaration(declarationId)
                .orElseThrow(() -> new NotFoundException("Declaration " + declarationId));
        if (!permissions.declaresFor(actor, d.person())) {
            throw new AccessDeniedException("Only a scrutiny officer or the councillor withdraws a declaration");
        }
        registers.withdrawDeclaration(declarationId);
        audit.deleted(AGENDA_ITEM + "-declaration", declarationId, Map.of("item", d.itemId().value(), "person",
                d.name(), "kind", d.kind().label(), "nature", d.nature(), "leftRoom", d.leftRoom()));
    }

    // --- reports and documents ---------------------------------------------------------------------------------

    /**
     * Whether the actor may add reports and documents to the item: a scrutiny officer, while the agenda is open
     * (the meeting scheduled or its agenda published, so supplementary papers can follow the agenda).
     */
    public boolean mayAddDocuments(Actor actor, AgendaItemId itemId) {
        return permissions.administers(actor)
                && MeetingRules.agendaOpen(meeting(requireItem(itemId).meetingId()).status());
    }

    /**
     * Whether the actor may remove the item's documents: a scrutiny officer, at any time (a paper put on the agenda
     * by mistake may need taking down after the meeting too; the audit history keeps what was removed).
     */
    public boolean mayRemoveDocuments(Actor actor) {
        return permissions.administers(actor);
    }

    /**
     * Adds a report or other document to an item, stored and classified by the documents module (owner type
     * {@value #AGENDA_ITEM}, the item's id, the meeting's committee: its current members may read it when exempt or
     * confidential), which also writes it to the audit history. Only a scrutiny officer may; only while the agenda
     * is open. The upload's problems are those of {@link DocumentManagement#upload}, named by the fields
     * {@code file}, {@code title}, {@code classification}, {@code paragraph}, {@code publicInterestReason} and
     * {@code publicSummary}.
     *
     * @param fileName the name the file was uploaded with
     * @param content the file's content (not closed here); null when no file was chosen
     */
    @Transactional
    public Document addDocument(Actor actor, AgendaItemId itemId, DocumentUpload upload, String fileName,
            InputStream content) {
        administers(actor);
        AgendaItem item = requireItem(itemId);
        Meeting m = meeting(item.meetingId());
        if (!MeetingRules.agendaOpen(m.status())) {
            throw new RuleViolationException(null, "Documents are added while the agenda is open; the meeting has been "
                    + m.status().label().toLowerCase());
        }
        return documents.upload(upload.toNewDocument(AGENDA_ITEM, itemId.toString(), m.committeeId().value(),
                fileName), content);
    }

    /**
     * An item's documents, restricted ones included, in the order they were added: check
     * {@link DocumentManagement#mayRead} (or use {@link DocumentManagement#readable}) before showing any.
     */
    public List<Document> documentsOf(AgendaItemId itemId) {
        return documents.documentsOf(AGENDA_ITEM, itemId.toString());
    }

    /**
     * Removes one of the item's documents (the documents module writes the deletion to the audit history). Only a
     * scrutiny officer may; a document of another owner is not found.
     */
    @Transactional
    public void removeDocument(Actor actor, AgendaItemId itemId, DocumentId documentId) {
        administers(actor);
        requireItem(itemId);
        Document d = documents.documentsOf(AGENDA_ITEM, itemId.toString()).stream()
                .filter(x -> x.id().equals(documentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Document " + documentId));
        documents.delete(d.id());
    }

    private void removeDocumentsOf(List<AgendaItemId> removed) {
        if (removed.isEmpty()) {
            return;
        }
        documents.documentsOf(AGENDA_ITEM, removed.stream().map(AgendaItemId::toString).toList()).values().stream()
                .flatMap(List::stream).forEach(d -> documents.delete(d.id()));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** An item, or not found (unmasked: callers outside this class go through {@link #item}). */
    private AgendaItem requireItem(AgendaItemId id) {
        return items.find(id).orElseThrow(() -> new NotFoundException("Agenda item " + id));
    }

    private void administers(Actor actor) {
        if (!permissions.administers(actor)) {
            throw new AccessDeniedException("Only a scrutiny officer runs meetings");
        }
    }

    private static void agendaOpen(Meeting m) {
        if (!MeetingRules.agendaOpen(m.status())) {
            throw new RuleViolationException(null, "The agenda of a meeting that has been "
                    + m.status().label().toLowerCase() + " cannot change");
        }
    }

    private static void held(Meeting m) {
        if (m.status() != MeetingStatus.HELD) {
            throw new RuleViolationException(null, "Take the register first: minutes are recorded for a meeting that has been held");
        }
    }

    private void checkCommittee(MeetingDetails d, List<FieldProblem> problems) {
        if (d.committeeId() != null) {
            Optional<Committee> c = directory.committee(new CommitteeId(d.committeeId()));
            if (c.isEmpty()) {
                problems.add(new FieldProblem("committeeId", "Select a committee from the directory"));
            } else if (d.date() != null && !c.get().activeOn(d.date())) {
                problems.add(new FieldProblem("date", c.get().name() + " does not exist on " + d.date()));
            }
        }
    }

    private void checkReferences(AgendaItemDetails d, List<FieldProblem> problems) {
        if (d.portfolioId() != null && directory.portfolio(d.portfolioId()).isEmpty()) {
            problems.add(new FieldProblem("portfolioId", "Select a portfolio from the list"));
        }
        if (d.directorateId() != null
                && directory.directorates().stream().noneMatch(r -> r.id() == d.directorateId())) {
            problems.add(new FieldProblem("directorateId", "Select a directorate from the list"));
        }
    }

    private static Map<String, Object> snapshot(Meeting m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("committee", m.committeeName());
        s.put("date", m.date());
        s.put("startsAt", m.startsAt());
        s.put("place", m.place());
        s.put("notes", m.notes());
        s.put("status", m.status().label());
        s.put("agendaDue", m.agendaDue());
        s.put("agendaPublishedOn", m.agendaPublishedOn());
        s.put("agendaLate", m.agendaLate());
        s.put("cancelledReason", m.cancelledReason());
        s.put("minutesPublishedOn", m.minutesPublishedOn());
        return s;
    }

    private static Map<String, Object> snapshot(AgendaItem i) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("meeting", i.meetingId().value());
        s.put("number", i.number());
        s.put("title", i.title());
        s.put("purpose", i.purpose());
        s.put("aims", i.aims());
        s.put("linesOfQuestioning", i.linesOfQuestioning());
        s.put("aimsAgreedOn", i.aimsAgreedOn());
        s.put("aimsAgreedWith", i.aimsAgreedWith());
        s.put("reportText", i.reportText());
        s.put("portfolio", i.portfolioTitle());
        s.put("directorate", i.directorateName());
        s.put("inPrivate", i.inPrivate());
        s.put("exemptParagraph", i.exemptParagraph());
        s.put("privateReason", i.privateReason());
        s.put("publicSummary", i.publicSummary());
        s.put("minutes", i.minutes());
        s.put("resolutions", i.resolutions());
        s.put("report", i.reportId());
        return s;
    }

    private static void fail(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }
}
