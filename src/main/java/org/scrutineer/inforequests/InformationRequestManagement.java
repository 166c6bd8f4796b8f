package org.scrutineer.inforequests;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scrutineer.accounts.Actor;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.DeadlineState;
import org.scrutineer.deadlines.TrackDeadline;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.documents.Document;
import org.scrutineer.documents.DocumentManagement;
import org.scrutineer.documents.DocumentUpload;
import org.scrutineer.inforequests.internal.Arrangements;
import org.scrutineer.inforequests.internal.InformationPermissions;
import org.scrutineer.inforequests.internal.InformationRequests;
import org.scrutineer.inforequests.internal.InformationRules;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.platform.ConflictException;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.ResultPage;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information requests module's face. A request logged with the date the executive received it starts the
 * {@code information-request-response} deadline (ten working days, SI 2012/2089 reg 17) with reminders to the officer
 * asked and the directorate's chief officers, and escalation when it passes. The executive acknowledges it, may seek
 * clarification (the clock stops until the answer restarts it), and provides it, provides part of it or refuses it —
 * refusing or withholding part only with the reg 17 ground and a written statement of reasons. Every rule and
 * permission is checked here and every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class InformationRequestManagement {

    /** Audit record types. */
    public static final String REQUEST = "information-request";
    public static final String ARRANGEMENT = "standing-arrangement";

    /** The documents module's owner type for the documents provided in answer to a request. */
    public static final String DOCUMENTS = "information-request";

    /** The deadline rule for answering a request. */
    public static final String RESPONSE_RULE = "information-request-response";

    private static final int QUARTERS_SHOWN = 4;

    private final InformationRequests requests;
    private final Arrangements arrangements;
    private final InformationPermissions permissions;
    private final DirectoryManagement directory;
    private final MeetingManagement meetings;
    private final DocumentManagement documents;
    private final DeadlineManagement deadlines;
    private final AuditHistory audit;
    private final Clock clock;

    InformationRequestManagement(InformationRequests requests, Arrangements arrangements,
            InformationPermissions permissions, DirectoryManagement directory, MeetingManagement meetings,
            DocumentManagement documents, DeadlineManagement deadlines, AuditHistory audit, Optional<Clock> clock) {
        this.requests = requests;
        this.arrangements = arrangements;
        this.permissions = permissions;
        this.directory = directory;
        this.meetings = meetings;
        this.documents = documents;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** Today, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- permissions -------------------------------------------------------------------------------------------

    /** Whether the actor logs requests on councillors' behalf and keeps standing arrangements. */
    public boolean mayAdminister(Actor actor) {
        return permissions.administers(actor);
    }

    /** Whether the actor may make a request for the committee on the authority given. */
    public boolean mayAsk(Actor actor, CommitteeId committee, long requestedBy, RequestedAs as) {
        return permissions.asks(actor, committee, requestedBy, as);
    }

    /** Whether the actor answers the request for the executive. */
    public boolean mayAnswer(Actor actor, InformationRequest r) {
        return permissions.answers(actor, r);
    }

    /** Whether the actor answers a clarification or withdraws the request, for those who asked. */
    public boolean maySpeakForRequester(Actor actor, InformationRequest r) {
        return permissions.speaksForRequester(actor, r);
    }

    /**
     * Whether the actor may attach documents to the request: those who answer for the executive, while it is open or
     * once it has been provided in full or in part.
     */
    public boolean mayAttach(Actor actor, InformationRequest r) {
        return permissions.answers(actor, r) && attachable(r.state());
    }

    private static boolean attachable(RequestState state) {
        return state.open() || state == RequestState.PROVIDED || state == RequestState.PARTLY_PROVIDED;
    }

    // --- reading -----------------------------------------------------------------------------------------------

    /** A request the actor may see, or not found. */
    public InformationRequest request(Actor actor, InformationRequestId id) {
        InformationRequest r = requests.find(id).orElseThrow(() -> new NotFoundException("Information request " + id));
        if (!permissions.sees(actor, r)) {
            throw new NotFoundException("Information request " + id);
        }
        return r;
    }

    /** Requests the actor may see: open ones first, soonest due first. */
    public ResultPage<InformationRequest> requests(Actor actor, Long committeeId, Long directorateId,
            RequestState state, boolean openOnly, boolean overdueOnly, int page, int size) {
        int rows = Math.max(1, Math.min(size, 200));
        int p = Math.max(1, page);
        InformationRequests.Visibility v = visibility(actor);
        return new ResultPage<>(requests.list(committeeId, directorateId, state, openOnly, overdueOnly, today(), v,
                rows, (p - 1) * rows), p, rows,
                requests.count(committeeId, directorateId, state, openOnly, overdueOnly, today(), v));
    }

    private InformationRequests.Visibility visibility(Actor actor) {
        return new InformationRequests.Visibility(permissions.seesAll(actor),
                actor.person() == null ? -1L : actor.person().value(), permissions.committeesOf(actor),
                permissions.chiefOfficerDirectorate(actor), permissions.chiefOfficerDirectorate(actor) != null);
    }

    /**
     * A request as the public see it once the executive has answered it (provided, partly provided or refused): what
     * was asked and the outcome, with its documents shown through the documents module's access decision. Empty for a
     * request still open or withdrawn, or one that does not exist.
     */
    public Optional<InformationRequest> published(InformationRequestId id) {
        return requests.find(id).filter(r -> r.state().answered());
    }

    /** What happened to a request, oldest first. */
    public List<RequestEvent> events(Actor actor, InformationRequestId id) {
        request(actor, id);
        return requests.events(id);
    }

    /**
     * Every document provided for a request, in the order attached, restricted ones included: show each only as the
     * documents module decides ({@link DocumentManagement#readable}), a restricted one otherwise as its public summary.
     */
    public List<Document> documents(InformationRequestId id) {
        return documents.documentsOf(DOCUMENTS, id.toString());
    }

    /** The tracked deadline of a request, with its rule and citation. */
    public Optional<TrackedDeadline> deadline(InformationRequest r) {
        return Optional.ofNullable(r.deadline()).map(deadlines::require);
    }

    /** Figures for requests received in a period, per committee or per directorate. */
    public List<InformationFigures> figures(boolean byDirectorate, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolationException("to", "Enter a period whose end is on or after its start");
        }
        return requests.figures(byDirectorate, from, to, today());
    }

    // --- the request's life ------------------------------------------------------------------------------------

    /** Logs a request with the date the executive received it, which starts the response deadline. */
    @Transactional
    public InformationRequestId create(Actor actor, RequestDetails details) {
        List<FieldProblem> problems = new ArrayList<>(InformationRules.request(details, today()));
        Optional<Person> requester = person(details.requestedById());
        Optional<Person> officer = person(details.responsibleOfficerId());
        if (details.requestedById() != null
                && (requester.isEmpty() || requester.get().kind() != PersonKind.COUNCILLOR)) {
            problems.add(new FieldProblem("requestedById", "Select a councillor from the directory"));
        }
        if (details.responsibleOfficerId() != null && (officer.isEmpty() || officer.get().kind() != PersonKind.OFFICER)) {
            problems.add(new FieldProblem("responsibleOfficerId", "Select an officer of the council"));
        }
        if (details.committeeId() != null && directory.committee(new CommitteeId(details.committeeId())).isEmpty()) {
            problems.add(new FieldProblem("committeeId", "Select a committee from the directory"));
        }
        if (details.directorateId() != null
                && directory.directorates().stream().noneMatch(d -> d.id() == details.directorateId())) {
            problems.add(new FieldProblem("directorateId", "Select a directorate from the list"));
        }
        if (details.agendaItemId() != null && details.committeeId() != null
                && !onCommitteesAgenda(details.agendaItemId(), details.committeeId())) {
            problems.add(new FieldProblem("agendaItemId",
                    "Select an item on the agenda of a meeting of the committee"));
        }
        fail(problems);
        CommitteeId committee = new CommitteeId(details.committeeId());
        if (!permissions.asks(actor, committee, details.requestedById(), details.requestedAs())) {
            throw new AccessDeniedException(details.requestedAs() == RequestedAs.MEMBER
                    ? "A member asks for information for themselves, on a committee they sit on"
                    : "Only the committee's chair or vice-chair asks on behalf of the chair or the committee");
        }
        Long directorate = details.directorateId() != null ? details.directorateId()
                : officer.get().directorate() == null ? null : officer.get().directorate().id();
        RequestDetails stored = new RequestDetails(details.committeeId(), details.requestedById(),
                details.requestedAs(), details.agendaItemId(), details.relatesTo(), details.what(), details.why(),
                directorate, details.responsibleOfficerId(), details.receivedOn());
        String prefix = InformationRules.referencePrefix(details.receivedOn());
        int sequence = requests.nextSequence(prefix);
        String reference = prefix + "%03d".formatted(sequence);
        while (requests.referenceTaken(reference)) {
            reference = prefix + "%03d".formatted(++sequence);
        }
        InformationRequestId id = requests.insert(reference, stored);
        List<PersonId> responsible = new ArrayList<>();
        responsible.add(officer.get().id());
        if (directorate != null) {
            directory.chiefOfficersOf(directorate).stream().map(Person::id).filter(p -> !responsible.contains(p))
                    .forEach(responsible::add);
        }
        TrackedDeadline d = deadlines.track(new TrackDeadline(REQUEST, id.toString(),
                "Provide the information asked for in " + reference, "/information-requests/" + id, RESPONSE_RULE,
                details.receivedOn(), responsible));
        requests.deadline(id, d.id(), d.due());
        requests.event(id, details.receivedOn(), "Received", details.what().strip(), actor.name());
        audit.created(REQUEST, id, snapshot(requests.find(id).orElseThrow()));
        return id;
    }

    /** The executive acknowledges the request. */
    @Transactional
    public void acknowledge(Actor actor, InformationRequestId id, int version, LocalDate on) {
        InformationRequest before = answerable(actor, id);
        if (before.state() != RequestState.RECEIVED) {
            throw new RuleViolationException(null, "The request has already been " + before.state().label().toLowerCase());
        }
        checkDate("acknowledgedOn", on, before.receivedOn());
        if (!requests.acknowledged(id, version, on, actor.person() == null ? null : actor.person().value())) {
            throw new ConflictException("The information request");
        }
        changed(actor, before, on, "Acknowledged", null);
    }

    /** The executive asks what exactly is wanted: the clock stops from that day until the answer. */
    @Transactional
    public void seekClarification(Actor actor, InformationRequestId id, int version, String question, LocalDate on) {
        InformationRequest before = answerable(actor, id);
        if (before.state() != RequestState.RECEIVED && before.state() != RequestState.ACKNOWLEDGED) {
            throw new RuleViolationException(null, "Clarification can only be sought while the request is open");
        }
        if (question == null || question.isBlank()) {
            throw new RuleViolationException("question", "Enter what needs clarifying and why");
        }
        if (question.length() > 5_000) {
            throw new RuleViolationException("question", "The question must be 5000 characters or fewer");
        }
        checkDate("on", on, before.receivedOn());
        if (!requests.clarificationSought(id, version, question.strip(), on)) {
            throw new ConflictException("The information request");
        }
        if (before.deadline() != null) {
            deadlines.stopClock(before.deadline(), on);
        }
        changed(actor, before, on, "Clarification sought (clock stopped)", question.strip());
    }

    /** Those who asked answer the clarification: the clock restarts that day and the due date moves on. */
    @Transactional
    public void clarify(Actor actor, InformationRequestId id, int version, String answer, LocalDate on) {
        InformationRequest before = request(actor, id);
        if (!permissions.speaksForRequester(actor, before)) {
            throw new AccessDeniedException("Only those who asked answer a clarification");
        }
        if (before.state() != RequestState.CLARIFICATION_SOUGHT) {
            throw new RuleViolationException(null, "No clarification has been sought");
        }
        if (answer == null || answer.isBlank()) {
            throw new RuleViolationException("answer", "Enter the clarification");
        }
        if (answer.length() > 5_000) {
            throw new RuleViolationException("answer", "The clarification must be 5000 characters or fewer");
        }
        checkDate("on", on, before.clarificationSoughtOn());
        RequestState resume = before.acknowledgedOn() != null ? RequestState.ACKNOWLEDGED : RequestState.RECEIVED;
        if (!requests.clarified(id, version, resume)) {
            throw new ConflictException("The information request");
        }
        if (before.deadline() != null) {
            TrackedDeadline d = deadlines.restartClock(before.deadline(), on);
            requests.due(id, d.due());
        }
        changed(actor, before, on, "Clarification given (clock restarted)", answer.strip());
    }

    /**
     * The executive's answer: provided (documents attached separately), partly provided or refused. Refusing or
     * withholding part needs the reg 17 ground and a written statement of reasons; nothing is saved otherwise.
     */
    @Transactional
    public void respond(Actor actor, InformationRequestId id, int version, ResponseDetails response) {
        InformationRequest before = answerable(actor, id);
        if (!before.state().open()) {
            throw new RuleViolationException(null, "The request has already been " + before.state().label().toLowerCase());
        }
        fail(InformationRules.response(response, before.receivedOn(), today()));
        boolean withholds = response.outcome() != Outcome.PROVIDED;
        if (!requests.answered(id, version, response.outcome().state(), response.respondedOn(),
                actor.person() == null ? null : actor.person().value(), blankToNull(response.response()),
                withholds ? response.refusalGround() : null, withholds ? response.refusalReasons().strip() : null)) {
            throw new ConflictException("The information request");
        }
        if (before.deadline() != null) {
            TrackedDeadline d = deadlines.require(before.deadline());
            if (d.state() == DeadlineState.STOPPED) {
                d = deadlines.restartClock(d.id(), response.respondedOn());
                requests.due(id, d.due());
            }
            if (d.state() == DeadlineState.OPEN) {
                deadlines.met(d.id(), response.respondedOn());
            }
        }
        changed(actor, before, response.respondedOn(), response.outcome().label(),
                withholds ? response.refusalReasons().strip() : blankToNull(response.response()));
    }

    /**
     * The executive attaches a document it provides, classified public, exempt (with its Schedule 12A paragraph and
     * the public interest reasoning) or confidential, with a summary for the public when restricted. The documents
     * module checks the file and the classification (problems named {@code file}, {@code title},
     * {@code classification}, {@code paragraph}, {@code publicInterestReason}, {@code publicSummary}) and decides who
     * may read it: an exempt document is the committee's, so its members see it. Recorded in the request's history
     * without the title of a restricted document.
     *
     * @param content the file's content, null when no file was chosen
     */
    @Transactional
    public Document attach(Actor actor, InformationRequestId id, DocumentUpload upload, String fileName,
            InputStream content) {
        return attach(actor, id, upload, fileName, content, today());
    }

    /** Attaches a document as {@link #attach(Actor, InformationRequestId, DocumentUpload, String, InputStream)}
     * does, recorded as provided on an earlier day (between the request's receipt and today). */
    @Transactional
    public Document attach(Actor actor, InformationRequestId id, DocumentUpload upload, String fileName,
            InputStream content, LocalDate providedOn) {
        InformationRequest r = answerable(actor, id);
        if (!attachable(r.state())) {
            throw new RuleViolationException(null, "Documents are attached while the request is open or once it is "
                    + "provided; this one has been " + r.state().label().toLowerCase());
        }
        checkDate("providedOn", providedOn, r.receivedOn());
        DocumentUpload given = upload != null ? upload : new DocumentUpload(null, null, null, null, null);
        Document d = documents.upload(given.toNewDocument(DOCUMENTS, id.toString(), r.committeeId(), fileName),
                content);
        requests.event(id, providedOn, "Document provided", d.restricted() ? d.marking() : d.title(),
                actor.name());
        return d;
    }

    /** Those who asked withdraw the request; its deadline no longer applies. */
    @Transactional
    public void withdraw(Actor actor, InformationRequestId id, int version, String reason) {
        InformationRequest before = request(actor, id);
        if (!permissions.speaksForRequester(actor, before)) {
            throw new AccessDeniedException("Only those who asked withdraw a request");
        }
        if (!before.state().open()) {
            throw new RuleViolationException(null, "The request has already been " + before.state().label().toLowerCase());
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "Enter why the request is withdrawn");
        }
        if (!requests.withdrawn(id, version)) {
            throw new ConflictException("The information request");
        }
        if (before.deadline() != null) {
            TrackedDeadline d = deadlines.require(before.deadline());
            if (d.state() == DeadlineState.OPEN || d.state() == DeadlineState.STOPPED) {
                deadlines.cancel(d.id(), "Withdrawn: " + reason.strip());
            }
        }
        changed(actor, before, today(), "Withdrawn", reason.strip());
    }

    /**
     * Escalates an overdue request to the directorate's chief officer (called once, when the deadlines engine
     * announces the deadline missed). The escalation shows on the committee's dashboard.
     */
    @Transactional
    public void escalate(InformationRequestId id, LocalDate on) {
        InformationRequest before = requests.find(id).orElse(null);
        if (before == null || !before.state().open() || before.escalatedOn() != null) {
            return;
        }
        Long to = before.directorateId() == null ? null : directory.chiefOfficersOf(before.directorateId()).stream()
                .map(p -> p.id().value()).findFirst().orElse(null);
        requests.escalated(id, on, to);
        InformationRequest after = requests.find(id).orElseThrow();
        requests.event(id, on, "Escalated", "Overdue since " + before.due() + (after.escalatedToName() == null ? ""
                : "; escalated to " + after.escalatedToName()), "Scrutineer");
        audit.changed(REQUEST, id, snapshot(before), snapshot(after));
    }

    /** Follows the tracked deadline when its due date moves (an extension agreed on the deadline's page). */
    @Transactional
    public void rescheduled(org.scrutineer.deadlines.DeadlineId deadline, LocalDate due) {
        requests.byDeadline(deadline).ifPresent(r -> requests.due(r.id(), due));
    }

    /** Finds the request a tracked deadline belongs to. */
    public Optional<InformationRequestId> requestOf(org.scrutineer.deadlines.DeadlineId deadline) {
        return requests.byDeadline(deadline).map(InformationRequest::id);
    }

    // --- standing arrangements ---------------------------------------------------------------------------------

    /** The committee's (or every committee's) current standing arrangements. */
    public List<StandingArrangement> arrangements(Long committeeId) {
        return arrangements.current(committeeId, today());
    }

    /** Records that a committee receives a report every quarter, expected some days after the quarter ends. */
    @Transactional
    public long addArrangement(Actor actor, Long committeeId, String title, Long directorateId, Long officerId,
            Integer daysAfterQuarter, LocalDate startsOn) {
        administers(actor);
        List<FieldProblem> problems = new ArrayList<>();
        if (committeeId == null || directory.committee(new CommitteeId(committeeId)).isEmpty()) {
            problems.add(new FieldProblem("committeeId", "Select the committee that receives the report"));
        }
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "Enter the report's title, for example Quarterly performance report"));
        } else if (title.length() > 300) {
            problems.add(new FieldProblem("title", "The title must be 300 characters or fewer"));
        }
        if (daysAfterQuarter == null || daysAfterQuarter < 0 || daysAfterQuarter > 92) {
            problems.add(new FieldProblem("daysAfterQuarter", "Enter how many days after the quarter ends the report is expected (0 to 92)"));
        }
        if (startsOn == null) {
            problems.add(new FieldProblem("startsOn", "Enter the date the arrangement starts"));
        }
        if (officerId != null && person(officerId).filter(p -> p.kind() == PersonKind.OFFICER).isEmpty()) {
            problems.add(new FieldProblem("officerId", "Select an officer of the council"));
        }
        fail(problems);
        long id = arrangements.insert(committeeId, title, directorateId, officerId, daysAfterQuarter, startsOn);
        audit.created(ARRANGEMENT, id, arrangements.find(id).orElseThrow());
        return id;
    }

    /** Ends a standing arrangement on a day. */
    @Transactional
    public void endArrangement(Actor actor, long id, LocalDate on) {
        administers(actor);
        StandingArrangement before = arrangements.find(id)
                .orElseThrow(() -> new NotFoundException("Standing arrangement " + id));
        if (on == null || on.isBefore(before.startsOn())) {
            throw new RuleViolationException("endsOn", "Enter an end date on or after " + before.startsOn());
        }
        arrangements.end(id, on);
        audit.changed(ARRANGEMENT, id, before, arrangements.find(id).orElseThrow());
    }

    /** Records that a quarter's report came. */
    @Transactional
    public void recordReceipt(Actor actor, long arrangementId, LocalDate quarterStart, LocalDate receivedOn,
            String note) {
        administers(actor);
        StandingArrangement a = arrangements.find(arrangementId)
                .orElseThrow(() -> new NotFoundException("Standing arrangement " + arrangementId));
        List<FieldProblem> problems = new ArrayList<>();
        if (quarterStart == null || !quarterStart.equals(InformationRules.quarterStart(quarterStart))) {
            problems.add(new FieldProblem("quarterStart", "Select the quarter the report covers"));
        } else if (arrangements.received(arrangementId, quarterStart)) {
            problems.add(new FieldProblem("quarterStart", "That quarter's report is already recorded"));
        }
        if (receivedOn == null || receivedOn.isAfter(today())) {
            problems.add(new FieldProblem("receivedOn", "Enter the date the report came, not in the future"));
        }
        fail(problems);
        long id = arrangements.receive(arrangementId, quarterStart, receivedOn, blankToNull(note), actor.name());
        audit.created(ARRANGEMENT + "-receipt", id, Map.of("arrangement", a.title(), "committee", a.committeeName(),
                "quarter", quarterStart, "receivedOn", receivedOn));
    }

    /** The last quarters of each current arrangement of a committee (or all), newest first. */
    public List<QuarterlyReport> quarterlyReports(Long committeeId) {
        List<StandingArrangement> list = arrangements(committeeId);
        Map<Long, Map<LocalDate, LocalDate>> receipts = arrangements.receipts(
                list.stream().map(StandingArrangement::id).toList());
        List<QuarterlyReport> result = new ArrayList<>();
        for (StandingArrangement a : list) {
            result.addAll(InformationRules.quarters(a, receipts.getOrDefault(a.id(), Map.of()), today(),
                    QUARTERS_SHOWN));
        }
        return result;
    }

    /** Quarterly reports past their expected date that have not come, for dashboards and home pages. */
    public List<QuarterlyReport> missingReports(Long committeeId) {
        return quarterlyReports(committeeId).stream().filter(QuarterlyReport::missing).toList();
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private InformationRequest answerable(Actor actor, InformationRequestId id) {
        InformationRequest r = request(actor, id);
        if (!permissions.answers(actor, r)) {
            throw new AccessDeniedException("Only the officer asked, a chief officer of the directorate or the head of "
                    + "paid service answers for the executive");
        }
        return r;
    }

    private void administers(Actor actor) {
        if (!permissions.administers(actor)) {
            throw new AccessDeniedException("Only a scrutiny officer keeps standing arrangements");
        }
    }

    private void changed(Actor actor, InformationRequest before, LocalDate on, String kind, String text) {
        requests.event(before.id(), on, kind, text, actor.name());
        audit.changed(REQUEST, before.id(), snapshot(before), snapshot(requests.find(before.id()).orElseThrow()));
    }

    private void checkDate(String field, LocalDate on, LocalDate notBefore) {
        if (on == null) {
            throw new RuleViolationException(field, "Enter the date");
        }
        if (on.isAfter(today())) {
            throw new RuleViolationException(field, "The date cannot be in the future");
        }
        if (notBefore != null && on.isBefore(notBefore)) {
            throw new RuleViolationException(field, "The date cannot be before " + notBefore);
        }
    }

    /** Whether the agenda item exists and is on the agenda of the committee (or, for a task group, its parent). */
    private boolean onCommitteesAgenda(long itemId, long committeeId) {
        AgendaItem item;
        try {
            item = meetings.item(Actor.SYSTEM, new AgendaItemId(itemId));
        } catch (NotFoundException e) {
            return false;
        }
        long held = meetings.meeting(item.meetingId()).committeeId().value();
        return held == committeeId || directory.committee(new CommitteeId(committeeId))
                .map(c -> c.parent() != null && c.parent().id() == held).orElse(false);
    }

    private Optional<Person> person(Long id) {
        return id == null ? Optional.empty() : directory.person(new PersonId(id));
    }

    private static Map<String, Object> snapshot(InformationRequest r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("reference", r.reference());
        s.put("committee", r.committeeName());
        s.put("requestedBy", r.requestedByName());
        s.put("requestedAs", r.requestedAs().label());
        s.put("relatesTo", r.relatesTo());
        s.put("what", r.what());
        s.put("why", r.why());
        s.put("directorate", r.directorateName());
        s.put("responsibleOfficer", r.responsibleOfficerName());
        s.put("receivedOn", r.receivedOn());
        s.put("due", r.due());
        s.put("state", r.state().label());
        s.put("acknowledgedOn", r.acknowledgedOn());
        s.put("respondedOn", r.respondedOn());
        s.put("response", r.response());
        s.put("refusalGround", r.refusalGround() == null ? null : r.refusalGround().name());
        s.put("refusalReasons", r.refusalReasons());
        s.put("clarification", r.clarification());
        s.put("escalatedOn", r.escalatedOn());
        s.put("escalatedTo", r.escalatedToName());
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void fail(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }
}
