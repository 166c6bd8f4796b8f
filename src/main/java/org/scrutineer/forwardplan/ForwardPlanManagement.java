package org.scrutineer.forwardplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.scrutineer.accounts.Actor;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.deadlines.ComputedDeadline;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.DeadlineState;
import org.scrutineer.deadlines.RuleCatalogue;
import org.scrutineer.deadlines.TrackDeadline;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.Committee;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.forwardplan.internal.CallIns;
import org.scrutineer.forwardplan.internal.DecisionScrutiny;
import org.scrutineer.forwardplan.internal.Decisions;
import org.scrutineer.forwardplan.internal.ForwardPlanPermissions;
import org.scrutineer.forwardplan.internal.ForwardPlanRules;
import org.scrutineer.platform.ConflictException;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.ResultPage;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forward plan's face. A planned key decision is published on the forward plan at least 28 clear days before it
 * is taken ({@code key-decision-notice}, SI 2012/2089 reg 9); a date that breaks that is refused unless the general
 * exception (the scrutiny chair told, then 5 clear working days: reg 10) or special urgency (the chair's agreement:
 * reg 11) is used. Once taken, its record is published, which opens the call-in window ({@code call-in-expiry}, 5
 * working days closing at 17:00). A call-in that meets the constitution's signatory rule suspends the decision until
 * the committee decides: no further action, refer back to the decision maker, or refer to full council. Every rule
 * and permission is checked here and every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class ForwardPlanManagement {

    /** Audit record types. */
    public static final String DECISION = "executive-decision";
    public static final String CALL_IN = "call-in";

    /** The council's local time, in which the call-in window closes. */
    public static final ZoneId LOCAL = ZoneId.of("Europe/London");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm");

    private final Decisions decisions;
    private final CallIns callIns;
    private final DecisionScrutiny scrutiny;
    private final ForwardPlanPermissions permissions;
    private final DirectoryManagement directory;
    private final DeadlineManagement deadlines;
    private final AuditHistory audit;
    private final ForwardPlanSettings settings;
    private final Clock clock;

    ForwardPlanManagement(Decisions decisions, CallIns callIns, DecisionScrutiny scrutiny,
            ForwardPlanPermissions permissions, DirectoryManagement directory, DeadlineManagement deadlines,
            AuditHistory audit, ForwardPlanSettings settings, Optional<Clock> clock) {
        this.decisions = decisions;
        this.callIns = callIns;
        this.scrutiny = scrutiny;
        this.permissions = permissions;
        this.directory = directory;
        this.deadlines = deadlines;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** Today in the council's time zone. */
    public LocalDate today() {
        return now().toLocalDate();
    }

    /** Now in the council's time zone. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(LOCAL));
    }

    public ForwardPlanSettings settings() {
        return settings;
    }

    // --- permissions -------------------------------------------------------------------------------------------

    public boolean mayAdminister(Actor actor) {
        return permissions.administers(actor);
    }

    public boolean mayPlan(Actor actor) {
        return permissions.plans(actor);
    }

    public boolean mayManage(Actor actor, ExecutiveDecision d) {
        return permissions.manages(actor, d);
    }

    /** Whether the actor acts for the overview and scrutiny committee (its chair or vice-chair, or an officer). */
    public boolean mayActForCommittee(Actor actor, long committeeId) {
        return permissions.actsForCommittee(actor, new CommitteeId(committeeId));
    }

    // --- reading -----------------------------------------------------------------------------------------------

    /**
     * A decision the actor may see: published ones to anyone signed in, planned ones (and ones withdrawn before they
     * were published) to those who keep them.
     */
    public ExecutiveDecision decision(Actor actor, DecisionId id) {
        ExecutiveDecision d = decisions.find(id).orElseThrow(() -> new NotFoundException("Decision " + id));
        if (!seenByAll(d) && !permissions.manages(actor, d)) {
            throw new NotFoundException("Decision " + id);
        }
        return d;
    }

    /** A decision as the public see it (never a planned one), or not found. */
    public ExecutiveDecision publicDecision(DecisionId id) {
        return decisions.find(id).filter(ForwardPlanManagement::seenByAll)
                .orElseThrow(() -> new NotFoundException("Decision " + id));
    }

    /** Published or taken: never a draft, nor an entry withdrawn before its notice was published. */
    private static boolean seenByAll(ExecutiveDecision d) {
        return d.state().published() && !(d.state() == DecisionState.WITHDRAWN && d.noticePublishedOn() == null);
    }

    /**
     * The forward plan: decisions by expected (or decided) date. {@code month} limits it to a month; the public see
     * no planned (unpublished) entries, nor ones withdrawn before they were published.
     */
    public ResultPage<ExecutiveDecision> forwardPlan(Actor actor, java.time.YearMonth month, LocalDate from,
            Long portfolioId, Long wardId, Boolean key, DecisionState state, String text, int page, int size) {
        int rows = Math.max(1, Math.min(size, 200));
        int p = Math.max(1, page);
        LocalDate start = month != null ? month.atDay(1) : from;
        LocalDate end = month != null ? month.atEndOfMonth() : null;
        boolean publishedOnly = actor == null || !permissions.plans(actor);
        Decisions.Filter f = new Decisions.Filter(start, end, portfolioId, wardId, key, state, publishedOnly, text);
        return new ResultPage<>(decisions.list(f, rows, (p - 1) * rows), p, rows, decisions.count(f));
    }

    /** The call-in of a decision, if it was called in. */
    public Optional<CallIn> callIn(DecisionId id) {
        return callIns.ofDecision(id);
    }

    /** Call-ins of several decisions, by decision id. */
    public Map<Long, CallIn> callIns(List<DecisionId> ids) {
        return callIns.ofDecisions(ids);
    }

    /** The private meeting notices of a decision taken in private. */
    public Optional<PrivateMeetingNotice> privateNotice(DecisionId id) {
        return scrutiny.privateNotice(id);
    }

    /** Committees that flagged the decision for pre-decision scrutiny. */
    public List<PreDecisionScrutiny> preDecisionScrutiny(DecisionId id) {
        return scrutiny.flags(id);
    }

    /** The pre-decision scrutiny flags of several decisions (a page of the forward plan), by decision id. */
    public Map<Long, List<PreDecisionScrutiny>> preDecisionScrutiny(List<DecisionId> ids) {
        return scrutiny.flags(ids);
    }

    /** Decisions a committee flagged for pre-decision scrutiny, newest flag first (for its work programme). */
    public List<PreDecisionScrutiny> flaggedBy(long committeeId) {
        return scrutiny.flagsOfCommittee(committeeId);
    }

    /** Reg 18 reports required on the decision. */
    public List<KeyDecisionReport> keyDecisionReports(DecisionId id) {
        return scrutiny.reports(id);
    }

    /** The tracked call-in deadline of a published decision. */
    public Optional<TrackedDeadline> callInDeadline(ExecutiveDecision d) {
        return Optional.ofNullable(d.callInDeadline()).map(deadlines::require);
    }

    /** The latest date to publish notice of a key decision taken on a day, with its rule and citation. */
    public ComputedDeadline noticeDeadline(LocalDate decisionOn) {
        return deadlines.compute(RuleCatalogue.KEY_DECISION_NOTICE, decisionOn);
    }

    /** The special urgency decisions agreed in a period: the leader's reg 19 report to council. */
    public List<ExecutiveDecision> specialUrgencyReport(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolationException("to", "Enter a period whose end is on or after its start");
        }
        return decisions.specialUrgency(from, to);
    }

    /** Where the decision stands on call-in, in words: "Subject to call-in until …", "Effective from …". */
    public String callInStatus(ExecutiveDecision d) {
        LocalDateTime now = now();
        return switch (d.state()) {
            case PLANNED, ON_FORWARD_PLAN -> "Not yet taken";
            case DECIDED -> "Taken; the record is not yet published";
            case CALLED_IN -> "Called in: implementation suspended until the committee decides";
            case REFERRED_BACK -> "Referred back to the decision maker: implementation suspended";
            case REFERRED_TO_COUNCIL -> "Referred to full council: implementation suspended";
            case WITHDRAWN -> "Withdrawn";
            case EFFECTIVE -> d.callInExemptReason() != null ? "Effective: exempt from call-in (" + d.callInExemptReason()
                    + ")" : "Effective";
            case RECORD_PUBLISHED -> d.callInExemptReason() != null
                    ? "Effective: exempt from call-in (" + d.callInExemptReason() + ")"
                    : d.callInOpenAt(now) ? "Subject to call-in until " + d.callInClosesAtTime().format(WHEN)
                    : "Effective from " + d.callInClosesAtTime().format(WHEN);
        };
    }

    // --- planning ----------------------------------------------------------------------------------------------

    /** Plans a decision (not yet public). */
    @Transactional
    public DecisionId plan(Actor actor, DecisionDetails details) {
        if (!permissions.plans(actor)) {
            throw new AccessDeniedException("Only the executive and Democratic Services plan executive decisions");
        }
        List<FieldProblem> problems = new ArrayList<>(ForwardPlanRules.details(details, settings));
        checkReferences(details, problems);
        fail(problems);
        String prefix = settings.referencePrefix() + "/" + today().getYear() + "/";
        int sequence = decisions.nextSequence(prefix);
        String reference = prefix + "%03d".formatted(sequence);
        while (decisions.referenceTaken(reference)) {
            reference = prefix + "%03d".formatted(++sequence);
        }
        DecisionId id = decisions.insert(reference, details);
        // the latest day for its notice, known from the start, so that lists need not work it out row by row
        decisions.noticeDue(id, noticeDeadline(details.expectedOn()).due());
        audit.created(DECISION, id, snapshot(require(id)));
        return id;
    }

    /**
     * Changes the entry until the decision is taken. A key decision published by notice cannot move to a date
     * its notice does not cover (28 clear days), unless the general exception or special urgency route is used.
     */
    @Transactional
    public void update(Actor actor, DecisionId id, int version, DecisionDetails details) {
        ExecutiveDecision before = managed(actor, id);
        if (before.state().decided() || before.state() == DecisionState.WITHDRAWN) {
            throw new RuleViolationException(null, "A decision that has been " + before.state().label().toLowerCase()
                    + " cannot be changed");
        }
        List<FieldProblem> problems = new ArrayList<>(ForwardPlanRules.details(details, settings));
        checkReferences(details, problems);
        if (problems.isEmpty() && details.keyDecision() && before.noticePublishedOn() != null) {
            Optional.ofNullable(timing(before, details.expectedOn(), "expectedOn")).ifPresent(problems::add);
        }
        fail(problems);
        if (!decisions.update(id, version, details)) {
            throw new ConflictException("The decision");
        }
        decisions.noticeDue(id, noticeDeadline(details.expectedOn()).due());
        audit.changed(DECISION, id, snapshot(before), snapshot(require(id)));
    }

    /**
     * Publishes the decision on the forward plan. A key decision's notice must be published by the
     * {@code key-decision-notice} date for its expected date, or the general exception or special urgency used.
     */
    @Transactional
    public void publishNotice(Actor actor, DecisionId id, LocalDate on) {
        ExecutiveDecision before = managed(actor, id);
        if (before.state() != DecisionState.PLANNED) {
            throw new RuleViolationException(null, "The decision is already on the forward plan");
        }
        if (on == null || on.isAfter(today())) {
            throw new RuleViolationException("publishedOn", "Enter the date the notice was published, not in the future");
        }
        ComputedDeadline notice = noticeDeadline(before.expectedOn());
        if (before.keyDecision() && on.isAfter(notice.due())) {
            throw new RuleViolationException("publishedOn", "A key decision expected on " + before.expectedOn()
                    + " needs its notice published by " + notice.due() + " (key-decision-notice: 28 clear days, "
                    + notice.citation() + "). Move the decision to a later date, or use the general exception or "
                    + "special urgency route");
        }
        decisions.noticePublished(id, on, notice.due());
        audit.changed(DECISION, id, snapshot(before), snapshot(require(id)));
    }

    /**
     * Takes the general exception route (reg 10): the chair of the relevant overview and scrutiny committee was told
     * in writing and notice published on a day; the decision may be taken from 5 clear working days after.
     */
    @Transactional
    public void useGeneralException(Actor actor, DecisionId id, Long chairId, LocalDate informedOn, String reasons) {
        ExecutiveDecision before = managed(actor, id);
        undecidedKey(before);
        List<FieldProblem> problems = new ArrayList<>();
        if (chairId == null || directory.person(new PersonId(chairId)).isEmpty()
                || !permissions.chairsScrutiny(new PersonId(chairId))) {
            problems.add(new FieldProblem("chairId", "Select the chair of the overview and scrutiny committee who was told"));
        }
        if (informedOn == null || informedOn.isAfter(today())) {
            problems.add(new FieldProblem("informedOn", "Enter the date the chair was told and the notice published, not in the future"));
        }
        if (reasons == null || reasons.isBlank()) {
            problems.add(new FieldProblem("reasons", "Enter why the decision cannot wait for 28 days' notice"));
        }
        fail(problems);
        LocalDate earliest = deadlines.compute(RuleCatalogue.GENERAL_EXCEPTION_EARLIEST_DECISION, informedOn).due();
        decisions.generalException(id, chairId, informedOn, reasons.strip(), earliest);
        audit.changed(DECISION, id, snapshot(before), snapshot(require(id)));
    }

    /**
     * Takes the special urgency route (reg 11): agreed by the chair of the relevant overview and scrutiny committee
     * or, if there is none or they are unable to act, the chair, then the vice-chair, of the council.
     */
    @Transactional
    public void useSpecialUrgency(Actor actor, DecisionId id, Long agreedById, UrgencyAgreedAs as, LocalDate on,
            String reasons) {
        ExecutiveDecision before = managed(actor, id);
        undecidedKey(before);
        List<FieldProblem> problems = new ArrayList<>();
        if (as == null) {
            problems.add(new FieldProblem("agreedAs", "Select in which capacity the urgency was agreed"));
        }
        PersonId agreed = agreedById == null ? null : new PersonId(agreedById);
        if (agreed == null || directory.person(agreed).isEmpty()) {
            problems.add(new FieldProblem("agreedById", "Select who agreed the urgency"));
        } else if (as != null && !holds(agreed, as)) {
            problems.add(new FieldProblem("agreedById", directory.requirePerson(agreed).fullName() + " is not the "
                    + as.label().toLowerCase()));
        }
        if (on == null || on.isAfter(today())) {
            problems.add(new FieldProblem("agreedOn", "Enter the date the urgency was agreed, not in the future"));
        }
        if (reasons == null || reasons.isBlank()) {
            problems.add(new FieldProblem("reasons", "Enter why the decision is urgent and cannot reasonably be deferred"));
        }
        fail(problems);
        decisions.specialUrgency(id, agreedById, as, on, reasons.strip());
        audit.changed(DECISION, id, snapshot(before), snapshot(require(id)));
    }

    private boolean holds(PersonId person, UrgencyAgreedAs as) {
        return switch (as) {
            case SCRUTINY_CHAIR -> permissions.chairsScrutiny(person);
            case COUNCIL_CHAIR -> permissions.holdsCouncilRole(person, MembershipRole.CHAIR);
            case COUNCIL_VICE_CHAIR -> permissions.holdsCouncilRole(person, MembershipRole.VICE_CHAIR);
        };
    }

    /**
     * Records the private meeting notices (reg 5): the intention 28 clear days before, then the further notice 5
     * clear working days before with any representations and the response. Late notices are refused unless the
     * special urgency route was agreed.
     */
    @Transactional
    public void recordPrivateNotices(Actor actor, DecisionId id, LocalDate intentionOn, LocalDate finalOn,
            String representations, String response) {
        ExecutiveDecision before = managed(actor, id);
        if (!before.inPrivate()) {
            throw new RuleViolationException(null, "The decision is not to be taken in private");
        }
        LocalDate intentionDue = deadlines.compute(RuleCatalogue.PRIVATE_MEETING_INTENTION_NOTICE, before.expectedOn()).due();
        LocalDate finalDue = deadlines.compute(RuleCatalogue.PRIVATE_MEETING_FINAL_NOTICE, before.expectedOn()).due();
        boolean urgent = before.route() == DecisionRoute.SPECIAL_URGENCY;
        List<FieldProblem> problems = new ArrayList<>();
        if (intentionOn != null && (intentionOn.isAfter(today()) || (!urgent && intentionOn.isAfter(intentionDue)))) {
            problems.add(new FieldProblem("intentionOn", "The notice of intention must be published by " + intentionDue
                    + " (28 clear days, SI 2012/2089 reg 5(2)) and not in the future, unless special urgency is agreed"));
        }
        if (finalOn != null && (finalOn.isAfter(today()) || (!urgent && finalOn.isAfter(finalDue)))) {
            problems.add(new FieldProblem("finalOn", "The further notice must be published by " + finalDue
                    + " (5 clear working days, SI 2012/2089 reg 5(4)) and not in the future, unless special urgency is agreed"));
        }
        if (finalOn != null && intentionOn == null && !urgent) {
            problems.add(new FieldProblem("intentionOn", "Record the notice of intention first"));
        }
        if (representations != null && !representations.isBlank() && finalOn != null
                && (response == null || response.isBlank())) {
            problems.add(new FieldProblem("response", "The further notice must include the response to the representations"));
        }
        fail(problems);
        Optional<PrivateMeetingNotice> old = scrutiny.privateNotice(id);
        PrivateMeetingNotice notice = new PrivateMeetingNotice(intentionOn, intentionDue, blankToNull(representations),
                blankToNull(response), finalOn, finalDue);
        scrutiny.savePrivateNotice(id, notice);
        audit.changed(DECISION + "-private-notice", id, old.orElse(null), notice);
    }

    /** A committee flags a decision for pre-decision scrutiny; it appears on the decision and in the committee's list. */
    @Transactional
    public void flagForPreDecisionScrutiny(Actor actor, DecisionId id, Long committeeId, String note) {
        ExecutiveDecision d = decision(actor, id);
        Committee c = scrutinyCommittee(committeeId);
        if (!permissions.actsForCommittee(actor, c.id())) {
            throw new AccessDeniedException("The committee's chair or vice-chair, or a scrutiny officer, flags decisions");
        }
        if (d.state().decided() || d.state() == DecisionState.WITHDRAWN) {
            throw new RuleViolationException(null, "Pre-decision scrutiny is for decisions not yet taken");
        }
        if (scrutiny.flagged(id, committeeId)) {
            throw new RuleViolationException("committeeId", c.name() + " has already flagged this decision");
        }
        long flag = scrutiny.flag(id, committeeId, blankToNull(note), actor.name(), today());
        audit.created(DECISION + "-pre-decision-scrutiny", flag, Map.of("decision", d.reference(), "committee", c.name(),
                "note", note == null ? "" : note.strip()));
    }

    /** Withdraws a decision not yet taken. */
    @Transactional
    public void withdraw(Actor actor, DecisionId id, int version, String reason) {
        ExecutiveDecision before = managed(actor, id);
        if (before.state().decided() || before.state() == DecisionState.WITHDRAWN) {
            throw new RuleViolationException(null, "Only a decision not yet taken can be withdrawn");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "Enter why the decision is withdrawn");
        }
        if (!decisions.withdrawn(id, version, reason.strip())) {
            throw new ConflictException("The decision");
        }
        audit.changed(DECISION, id, snapshot(before), snapshot(require(id)));
    }

    // --- the decision ------------------------------------------------------------------------------------------

    /**
     * Records the decision. A key decision must be taken on a day its route allows; it may be exempt from call-in
     * only under special urgency (with the chair's consent), with the reason.
     */
    @Transactional
    public void recordDecision(Actor actor, DecisionId id, int version, DecisionRecordDetails record) {
        ExecutiveDecision before = managed(actor, id);
        if (before.state().decided() || before.state() == DecisionState.WITHDRAWN) {
            throw new RuleViolationException(null, "The decision has already been " + before.state().label().toLowerCase());
        }
        List<FieldProblem> problems = new ArrayList<>(ForwardPlanRules.record(record, today()));
        if (before.keyDecision() && before.state() == DecisionState.PLANNED && before.route() == DecisionRoute.NOTICE) {
            problems.add(new FieldProblem(null, "A key decision must be on the forward plan (or taken by general "
                    + "exception or special urgency) before it is taken"));
        } else if (problems.isEmpty() && before.keyDecision()) {
            Optional.ofNullable(timing(before, record.decidedOn(), "decidedOn")).ifPresent(problems::add);
        }
        if (record.callInExemptReason() != null && !record.callInExemptReason().isBlank()
                && before.route() != DecisionRoute.SPECIAL_URGENCY) {
            problems.add(new FieldProblem("callInExemptReason", "Only a decision taken under special urgency, with the "
                    + "scrutiny chair's consent, can be exempt from call-in"));
        }
        fail(problems);
        if (!decisions.decided(id, version, record)) {
            throw new ConflictException("The decision");
        }
        audit.changed(DECISION, id, snapshot(before), snapshot(require(id)));
    }

    /**
     * Publishes the decision record, which opens the call-in window ({@code call-in-expiry}: 5 working days after,
     * closing at 17:00 on the last day) unless the decision is exempt from call-in, when it takes effect at once.
     */
    @Transactional
    public ExecutiveDecision publishRecord(Actor actor, DecisionId id, LocalDate on) {
        ExecutiveDecision before = managed(actor, id);
        if (before.state() != DecisionState.DECIDED) {
            throw new RuleViolationException(null, "Record the decision before publishing it");
        }
        if (on == null || on.isAfter(today()) || on.isBefore(before.decidedOn())) {
            throw new RuleViolationException("publishedOn", "Enter a date between the decision (" + before.decidedOn()
                    + ") and today");
        }
        if (before.callInExemptReason() != null) {
            decisions.recordPublished(id, on, null, null, null, DecisionState.EFFECTIVE);
        } else {
            List<PersonId> responsible = directory.scrutinySupport().stream().map(Person::id).toList();
            TrackedDeadline d = deadlines.track(new TrackDeadline(DECISION, id.toString(),
                    "Call-in window for " + before.reference() + ": " + before.matter(), before.path(),
                    RuleCatalogue.CALL_IN_EXPIRY, on, responsible));
            decisions.recordPublished(id, on, d.id(), d.due(),
                    d.closesAt() == null ? RuleCatalogue.DEFAULT_CALL_IN_CLOSING_TIME : d.closesAt(),
                    DecisionState.RECORD_PUBLISHED);
        }
        ExecutiveDecision after = require(id);
        audit.changed(DECISION, id, snapshot(before), snapshot(after));
        return after;
    }

    /**
     * Calls in a published decision before its window closes. The signatories must meet the constitution's rule
     * (refused, naming the rule, otherwise); a valid call-in suspends implementation until the committee, which must
     * meet within the configured period, decides.
     */
    @Transactional
    public CallIn callIn(Actor actor, DecisionId id, CallInRequest request) {
        ExecutiveDecision before = decision(actor, id);
        boolean recorder = permissions.administers(actor);
        if (!recorder && (actor.person() == null || !request.signatoryIds().contains(actor.person().value()))) {
            throw new AccessDeniedException("A call-in is made by its signatories (or recorded by a scrutiny officer)");
        }
        if (before.callInExemptReason() != null) {
            throw new RuleViolationException(null, "The decision is exempt from call-in: " + before.callInExemptReason());
        }
        if (!before.callInOpenAt(now())) {
            throw new RuleViolationException(null, before.state() == DecisionState.RECORD_PUBLISHED
                    ? "The call-in window closed on " + before.callInClosesAtTime().format(WHEN)
                    : "Only a published decision within its call-in window can be called in");
        }
        Set<Long> eligible = new HashSet<>();
        Set<Long> chairs = new HashSet<>();
        for (Long s : request.signatoryIds()) {
            PersonId p = new PersonId(s);
            if (permissions.maySign(p)) {
                eligible.add(s);
                if (permissions.chairsScrutiny(p)) {
                    chairs.add(s);
                }
            }
        }
        List<FieldProblem> problems = new ArrayList<>(ForwardPlanRules.callIn(request, eligible, chairs, settings));
        if (request.committeeId() != null) {
            Optional<Committee> c = directory.committee(new CommitteeId(request.committeeId()));
            if (c.isEmpty() || c.get().kind() != CommitteeKind.OVERVIEW_AND_SCRUTINY) {
                problems.add(new FieldProblem("committeeId", "Select an overview and scrutiny committee"));
            }
        }
        fail(problems);
        LocalDate meetingBy = today().plusDays(settings.callInMeetingDays());
        long callIn = callIns.insert(id, request, clock.instant(), meetingBy);
        if (before.callInDeadline() != null) {
            TrackedDeadline d = deadlines.require(before.callInDeadline());
            if (d.state() == DeadlineState.OPEN) {
                deadlines.met(d.id(), today());
            }
        }
        decisions.state(id, DecisionState.CALLED_IN);
        CallIn made = callIns.ofDecision(id).orElseThrow();
        audit.created(CALL_IN, callIn, snapshot(made));
        audit.changed(DECISION, id, snapshot(before), snapshot(require(id)));
        return made;
    }

    /**
     * The committee's decision on a call-in: no further action (the decision takes effect), refer back to the decision
     * maker with its concerns (reconsideration due within the configured period), or refer to full council.
     */
    @Transactional
    public void decideCallIn(Actor actor, DecisionId id, int version, CallInOutcome outcome, LocalDate heardOn,
            String concerns, LocalDate councilDate) {
        ExecutiveDecision before = decision(actor, id);
        CallIn c = callIns.ofDecision(id).orElseThrow(() -> new NotFoundException("Call-in of decision " + id));
        if (!permissions.actsForCommittee(actor, new CommitteeId(c.committeeId()))) {
            throw new AccessDeniedException("The committee's chair or vice-chair, or a scrutiny officer, records its decision");
        }
        if (c.state() != CallInState.AWAITING_COMMITTEE) {
            throw new RuleViolationException(null, "The committee has already decided on this call-in");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "Select what the committee decided"));
        }
        if (heardOn == null || heardOn.isAfter(today()) || heardOn.isBefore(before.recordPublishedOn())) {
            problems.add(new FieldProblem("heardOn", "Enter the date the committee met, between the call-in and today"));
        }
        if ((outcome == CallInOutcome.REFERRED_BACK || outcome == CallInOutcome.REFERRED_TO_COUNCIL)
                && (concerns == null || concerns.isBlank())) {
            problems.add(new FieldProblem("concerns", "Enter the committee's concerns"));
        }
        if (outcome == CallInOutcome.REFERRED_TO_COUNCIL && councilDate == null) {
            problems.add(new FieldProblem("councilDate", "Enter the date of the council meeting it goes to"));
        }
        fail(problems);
        CallInState state = switch (outcome) {
            case NO_FURTHER_ACTION -> CallInState.CONCLUDED;
            case REFERRED_BACK -> CallInState.REFERRED_BACK;
            case REFERRED_TO_COUNCIL -> CallInState.REFERRED_TO_COUNCIL;
        };
        LocalDate reconsiderBy = outcome == CallInOutcome.REFERRED_BACK ? heardOn.plusDays(settings.reconsiderationDays())
                : null;
        if (!callIns.decided(c.id(), version, state, heardOn, outcome, blankToNull(concerns), reconsiderBy,
                outcome == CallInOutcome.REFERRED_TO_COUNCIL ? councilDate : null)) {
            throw new ConflictException("The call-in");
        }
        decisions.state(id, switch (outcome) {
            case NO_FURTHER_ACTION -> DecisionState.EFFECTIVE;
            case REFERRED_BACK -> DecisionState.REFERRED_BACK;
            case REFERRED_TO_COUNCIL -> DecisionState.REFERRED_TO_COUNCIL;
        });
        audit.changed(CALL_IN, c.id(), snapshot(c), snapshot(callIns.ofDecision(id).orElseThrow()));
        audit.changed(DECISION, id, snapshot(before), snapshot(require(id)));
    }

    /**
     * The decision maker reconsiders a decision referred back (or the council has decided on one referred to it):
     * the decision, confirmed or amended, takes effect.
     */
    @Transactional
    public void reconsider(Actor actor, DecisionId id, LocalDate on, String decision) {
        ExecutiveDecision before = managed(actor, id);
        CallIn c = callIns.ofDecision(id).orElseThrow(() -> new NotFoundException("Call-in of decision " + id));
        if (before.state() != DecisionState.REFERRED_BACK && before.state() != DecisionState.REFERRED_TO_COUNCIL) {
            throw new RuleViolationException(null, "Only a decision referred back or to council is reconsidered");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (on == null || on.isAfter(today()) || (c.heardOn() != null && on.isBefore(c.heardOn()))) {
            problems.add(new FieldProblem("on", "Enter the date of the reconsideration, between the committee's meeting and today"));
        }
        if (decision == null || decision.isBlank()) {
            problems.add(new FieldProblem("decision", "Enter the decision as confirmed or amended"));
        }
        fail(problems);
        callIns.reconsidered(c.id(), on, decision.strip());
        decisions.reconsidered(id, decision.strip());
        audit.changed(CALL_IN, c.id(), snapshot(c), snapshot(callIns.ofDecision(id).orElseThrow()));
        audit.changed(DECISION, id, snapshot(before), snapshot(require(id)));
    }

    /**
     * Reg 18: the committee requires a report to council on a decision taken as not key that it believes should have
     * been treated as key, within a period it sets.
     */
    @Transactional
    public long requireKeyDecisionReport(Actor actor, DecisionId id, Long committeeId, String reasons,
            LocalDate reportBy) {
        ExecutiveDecision d = decision(actor, id);
        Committee c = scrutinyCommittee(committeeId);
        if (!permissions.actsForCommittee(actor, c.id())) {
            throw new AccessDeniedException("The committee's chair or vice-chair, or a scrutiny officer, records this");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (d.keyDecision() || !d.state().decided()) {
            problems.add(new FieldProblem(null, "A reg 18 report is required on a decision taken as not key"));
        }
        if (reasons == null || reasons.isBlank()) {
            problems.add(new FieldProblem("reasons", "Enter why the committee believes the decision should have been key"));
        }
        if (reportBy == null || !reportBy.isAfter(today())) {
            problems.add(new FieldProblem("reportBy", "Enter the date by which the report must go to council"));
        }
        if (scrutiny.reportRequired(id, committeeId)) {
            problems.add(new FieldProblem("committeeId", c.name() + " has already required a report on this decision"));
        }
        fail(problems);
        long report = scrutiny.requireReport(id, committeeId, today(), reportBy, reasons.strip());
        audit.created(DECISION + "-reg18-report", report, Map.of("decision", d.reference(), "committee", c.name(),
                "reportBy", reportBy, "reasons", reasons.strip()));
        return report;
    }

    /** Follows the call-in deadline when its date moves (an extension on the deadline's page). */
    @Transactional
    public void callInRescheduled(org.scrutineer.deadlines.DeadlineId deadline, LocalDate due) {
        decisions.byCallInDeadline(deadline).ifPresent(d -> decisions.callInCloses(d.id(), due));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private FieldProblem timing(ExecutiveDecision d, LocalDate day, String field) {
        ComputedDeadline notice = noticeDeadline(day);
        return ForwardPlanRules.timing(d.route(), d.noticePublishedOn(), notice.due(), d.earliestDecisionOn(),
                d.urgencyAgreedOn(), day, field, d.route() == DecisionRoute.GENERAL_EXCEPTION
                        ? deadlines.ruleInForce(RuleCatalogue.GENERAL_EXCEPTION_EARLIEST_DECISION, day).rule().citation()
                        : notice.citation());
    }

    private ExecutiveDecision require(DecisionId id) {
        return decisions.find(id).orElseThrow(() -> new NotFoundException("Decision " + id));
    }

    private ExecutiveDecision managed(Actor actor, DecisionId id) {
        ExecutiveDecision d = decision(actor, id);
        if (!permissions.manages(actor, d)) {
            throw new AccessDeniedException("Only Democratic Services, the leader, or the decision's maker, lead member "
                    + "or lead officer change it");
        }
        return d;
    }

    private static void undecidedKey(ExecutiveDecision d) {
        if (!d.keyDecision()) {
            throw new RuleViolationException(null, "Only a key decision needs the general exception or special urgency");
        }
        if (d.state().decided() || d.state() == DecisionState.WITHDRAWN) {
            throw new RuleViolationException(null, "The decision has already been " + d.state().label().toLowerCase());
        }
    }

    private Committee scrutinyCommittee(Long committeeId) {
        Optional<Committee> c = committeeId == null ? Optional.empty() : directory.committee(new CommitteeId(committeeId));
        if (c.isEmpty() || !c.get().kind().isScrutiny()) {
            throw new RuleViolationException("committeeId", "Select an overview and scrutiny committee");
        }
        return c.get();
    }

    private void checkReferences(DecisionDetails d, List<FieldProblem> problems) {
        if (d.makerId() != null && d.maker() != DecisionMaker.CABINET) {
            Optional<Person> p = directory.person(new PersonId(d.makerId()));
            PersonKind want = d.maker() == DecisionMaker.OFFICER ? PersonKind.OFFICER : PersonKind.COUNCILLOR;
            if (p.isEmpty() || p.get().kind() != want) {
                problems.add(new FieldProblem("makerId", "Select the " + d.maker().label().toLowerCase() + " from the directory"));
            }
        }
        if (d.portfolioId() != null && directory.portfolio(d.portfolioId()).isEmpty()) {
            problems.add(new FieldProblem("portfolioId", "Select a portfolio from the list"));
        }
        if (d.leadMemberId() != null && directory.person(new PersonId(d.leadMemberId()))
                .filter(p -> p.kind() == PersonKind.COUNCILLOR).isEmpty()) {
            problems.add(new FieldProblem("leadMemberId", "Select a councillor as lead cabinet member"));
        }
        if (d.leadOfficerId() != null && directory.person(new PersonId(d.leadOfficerId()))
                .filter(p -> p.kind() == PersonKind.OFFICER).isEmpty()) {
            problems.add(new FieldProblem("leadOfficerId", "Select an officer as lead officer"));
        }
        Set<Long> wards = new HashSet<>();
        directory.wards().forEach(w -> wards.add(w.id()));
        if (!wards.containsAll(d.wardIds())) {
            problems.add(new FieldProblem("wardIds", "Select wards from the list"));
        }
    }

    private static Map<String, Object> snapshot(ExecutiveDecision d) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("reference", d.reference());
        s.put("matter", d.matter());
        s.put("summary", d.summary());
        s.put("maker", d.maker().label() + (d.makerPerson() == null ? "" : ": " + d.makerPerson().name()));
        s.put("portfolio", d.portfolio() == null ? null : d.portfolio().name());
        s.put("expectedOn", d.expectedOn());
        s.put("key", d.keyDecision());
        s.put("keyReasons", d.keyReasons());
        s.put("financialEffect", d.financialEffect());
        s.put("wards", d.wards().stream().map(org.scrutineer.directory.Reference::name).toList());
        s.put("inPrivate", d.inPrivate());
        s.put("exemptParagraph", d.exemptParagraph());
        s.put("plannedScrutiny", d.plannedScrutiny());
        s.put("route", d.route());
        s.put("noticePublishedOn", d.noticePublishedOn());
        s.put("chairInformedOn", d.chairInformedOn());
        s.put("earliestDecisionOn", d.earliestDecisionOn());
        s.put("urgencyAgreedBy", d.urgencyAgreedBy() == null ? null : d.urgencyAgreedBy().name());
        s.put("urgencyAgreedOn", d.urgencyAgreedOn());
        s.put("exceptionReasons", d.exceptionReasons());
        s.put("state", d.state().label());
        s.put("decidedOn", d.decidedOn());
        s.put("decision", d.decision());
        s.put("reasons", d.reasons());
        s.put("alternatives", d.alternatives());
        s.put("conflicts", d.conflicts());
        s.put("dispensations", d.dispensations());
        s.put("recordPublishedOn", d.recordPublishedOn());
        s.put("callInClosesOn", d.callInClosesOn());
        s.put("callInExemptReason", d.callInExemptReason());
        s.put("withdrawnReason", d.withdrawnReason());
        return s;
    }

    private static Map<String, Object> snapshot(CallIn c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("decision", c.decisionId().value());
        s.put("grounds", c.grounds());
        s.put("explanation", c.explanation());
        s.put("signatories", c.signatories().stream().map(org.scrutineer.directory.Reference::name).toList());
        s.put("committee", c.committeeName());
        s.put("meetingBy", c.meetingBy());
        s.put("state", c.state().label());
        s.put("heardOn", c.heardOn());
        s.put("outcome", c.outcome());
        s.put("concerns", c.concerns());
        s.put("reconsiderBy", c.reconsiderBy());
        s.put("reconsideredOn", c.reconsideredOn());
        s.put("reconsideration", c.reconsideration());
        s.put("councilDate", c.councilDate());
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
