package org.scrutineer.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.scrutineer.audit.AuditHistory;
import org.scrutineer.deadlines.internal.Adjustments;
import org.scrutineer.deadlines.internal.ProtocolStore;
import org.scrutineer.deadlines.internal.TrackedDeadlines;
import org.scrutineer.directory.Council;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonId;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadlines engine's face. Computes due dates with the council's calendar and the rules in force on the
 * trigger date (statutory defaults, replaced by protocol values from their effective date), and tracks deadlines
 * other modules register: met, missed, extended, or clock stopped and restarted. A tracked deadline keeps the rule
 * as it stood when it was registered, so a later protocol change never moves it; its due date is recomputed only
 * on an event. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineManagement {

    /** Audit record types. */
    public static final String DEADLINE = "deadline";
    public static final String PROTOCOL = "protocol";
    public static final String PROTOCOL_RULE = "protocol-rule";
    public static final String CALENDAR_ADJUSTMENT = "calendar-adjustment";

    /** How many years of triggers a protocol value is compared over to check it is stricter than the law. */
    private static final int STRICTER_CHECK_DAYS = 4 * 366;

    private final DirectoryManagement directory;
    private final Adjustments adjustments;
    private final ProtocolStore protocol;
    private final TrackedDeadlines deadlines;
    private final AuditHistory audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DeadlineCalculator calculator = new DeadlineCalculator();
    private final Map<CalendarKey, WorkingCalendar> calendars = new ConcurrentHashMap<>();

    private record CalendarKey(Nation nation, CalendarAdjustments adjustments) {
    }

    DeadlineManagement(DirectoryManagement directory, Adjustments adjustments, ProtocolStore protocol,
            TrackedDeadlines deadlines, AuditHistory audit, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.directory = directory;
        this.adjustments = adjustments;
        this.protocol = protocol;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    // --- calendar --------------------------------------------------------------------------------------------

    /** The council's nation (England and Wales until the council is set up). */
    public Nation nation() {
        return directory.council().map(Council::nation).map(Nation::fromCode).orElse(Nation.ENGLAND_AND_WALES);
    }

    /** The council's working calendar: its nation's bank holidays with its own adjustments. */
    public WorkingCalendar calendar() {
        return calendar(nation());
    }

    /** A nation's calendar; the council's adjustments apply when it is the council's own nation. */
    public WorkingCalendar calendar(Nation nation) {
        CalendarAdjustments adjusted = nation == nation() ? currentAdjustments() : CalendarAdjustments.NONE;
        if (calendars.size() > 16) {
            calendars.clear();
        }
        return calendars.computeIfAbsent(new CalendarKey(nation, adjusted), k -> WorkingCalendar.of(nation, adjusted));
    }

    /** The council's closure days and changes to bank holidays. */
    public List<CalendarAdjustment> adjustments() {
        return adjustments.all();
    }

    /** Adds a closure day, or adds or removes a bank holiday, with the reason. */
    @Transactional
    public long addAdjustment(LocalDate day, CalendarAdjustment.Kind kind, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (day == null) {
            problems.add(new FieldProblem("day", "Enter the date"));
        } else if (adjustments.exists(day)) {
            problems.add(new FieldProblem("day", "There is already a change for " + day + ": remove it first"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("kind", "Select what kind of change this is"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "Enter the reason, for example the proclamation or closure"));
        }
        if (day != null && kind == CalendarAdjustment.Kind.REMOVED_BANK_HOLIDAY
                && !WorkingCalendar.of(nation()).isBankHoliday(day)) {
            problems.add(new FieldProblem("day", day + " is not a bank holiday in " + nation().displayName()));
        }
        fail(problems);
        long id = adjustments.insert(day, kind, reason, AuditHistory.currentActor());
        audit.created(CALENDAR_ADJUSTMENT, id, adjustments.find(id).orElseThrow());
        return id;
    }

    /** Removes a closure day or bank holiday change. Deadlines already computed keep their dates. */
    @Transactional
    public void removeAdjustment(long id) {
        CalendarAdjustment existing = adjustments.find(id)
                .orElseThrow(() -> new NotFoundException("Calendar change " + id));
        adjustments.delete(id);
        audit.deleted(CALENDAR_ADJUSTMENT, id, existing);
    }

    private CalendarAdjustments currentAdjustments() {
        CalendarAdjustments result = CalendarAdjustments.NONE;
        for (CalendarAdjustment a : adjustments.all()) {
            result = switch (a.kind()) {
                case CLOSURE -> result.withClosure(a.day(), a.reason());
                case ADDED_BANK_HOLIDAY -> result.withAddedBankHoliday(a.day(), a.reason());
                case REMOVED_BANK_HOLIDAY -> result.withRemovedBankHoliday(a.day());
            };
        }
        return result;
    }

    // --- rules -----------------------------------------------------------------------------------------------

    /** The rules in force for triggers on a day, in catalogue order. */
    public List<RuleInForce> rulesInForce(LocalDate on) {
        Map<String, ProtocolStore.StoredRule> latest = new LinkedHashMap<>();
        for (ProtocolStore.StoredRule r : protocol.rules()) {
            if (!r.change().effectiveFrom().isAfter(on)) {
                latest.put(r.change().ruleId(), r);
            }
        }
        List<RuleInForce> rules = new ArrayList<>();
        for (DeadlineRule statutory : catalogue().all()) {
            ProtocolStore.StoredRule override = latest.get(statutory.id());
            rules.add(override == null ? new RuleInForce(statutory, null, null)
                    : new RuleInForce(apply(statutory, override.change()), override.change().effectiveFrom(),
                            override.change().note()));
        }
        return rules;
    }

    /** One rule as in force for triggers on a day. */
    public RuleInForce ruleInForce(String ruleId, LocalDate on) {
        return rulesInForce(on).stream().filter(r -> r.rule().id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Deadline rule '" + ruleId + "'"));
    }

    /** The statutory catalogue with the local rules the law leaves to councils. */
    public RuleCatalogue catalogue() {
        return LocalRules.CATALOGUE;
    }

    /** The due date for a trigger, with the council's calendar and the rules in force on the trigger date. */
    public ComputedDeadline compute(String ruleId, LocalDate trigger) {
        return calculator.compute(ruleInForce(ruleId, trigger).rule(), trigger, calendar());
    }

    /** The due date in a nation's calendar (the council's own adjustments apply only in its own nation). */
    public ComputedDeadline compute(String ruleId, LocalDate trigger, Nation nation) {
        return calculator.compute(ruleInForce(ruleId, trigger).rule(), trigger, calendar(nation));
    }

    // --- protocol --------------------------------------------------------------------------------------------

    /** The protocol document, once recorded. */
    public Optional<Protocol> protocol() {
        return protocol.protocol();
    }

    /** Records the protocol document and its review dates. */
    @Transactional
    public void saveProtocol(Protocol p) {
        List<FieldProblem> problems = new ArrayList<>();
        if (p.title() == null || p.title().isBlank()) {
            problems.add(new FieldProblem("title", "Enter the protocol's title"));
        }
        if (p.nextReviewOn() == null) {
            problems.add(new FieldProblem("nextReviewOn", "Enter when the protocol is next to be reviewed"));
        } else if (p.lastReviewedOn() != null && !p.nextReviewOn().isAfter(p.lastReviewedOn())) {
            problems.add(new FieldProblem("nextReviewOn", "The next review must be after the last one"));
        }
        fail(problems);
        Optional<Protocol> before = protocol.protocol();
        if (!protocol.saveProtocol(p)) {
            throw new org.scrutineer.platform.ConflictException("The protocol");
        }
        if (before.isEmpty()) {
            audit.created(PROTOCOL, 1, protocol.protocol().orElseThrow());
        } else {
            audit.changed(PROTOCOL, 1, before.get(), protocol.protocol().orElseThrow());
        }
    }

    /** Every protocol value ever set, by rule and date. */
    public List<ProtocolRuleChange> protocolHistory() {
        return protocol.rules().stream().map(ProtocolStore.StoredRule::change)
                .sorted(Comparator.comparing(ProtocolRuleChange::effectiveFrom).reversed()).toList();
    }

    /**
     * Sets a protocol value for a rule from a date. Where the rule is statutory, the protocol may only be stricter
     * for the executive: its due date may never fall later (or, for an earliest date, earlier) than the law's, for
     * any trigger. Deadlines already tracked keep their dates.
     */
    @Transactional
    public void changeRule(ProtocolRuleChange change) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<DeadlineRule> statutory = change.ruleId() == null ? Optional.empty() : catalogue().find(change.ruleId());
        if (statutory.isEmpty()) {
            problems.add(new FieldProblem("ruleId", "Select a rule from the catalogue"));
        }
        if (change.effectiveFrom() == null) {
            problems.add(new FieldProblem("effectiveFrom", "Enter the date the protocol value takes effect"));
        }
        if (change.kind() == null) {
            problems.add(new FieldProblem("kind", "Select the kind of rule"));
        }
        if (change.count() == null || change.count() < 1) {
            problems.add(new FieldProblem("count", "Enter a whole number of days or months, 1 or more"));
        }
        if (change.kind() != null && change.kind() != RuleKind.MONTHS && change.counting() == null) {
            problems.add(new FieldProblem("counting", "Select whether working days or every day are counted"));
        }
        fail(problems);
        if (protocol.exists(change.ruleId(), change.effectiveFrom())) {
            throw new RuleViolationException("effectiveFrom", "The protocol already sets " + change.ruleId()
                    + " from " + change.effectiveFrom() + ": choose another date");
        }
        DeadlineRule candidate;
        try {
            candidate = apply(statutory.get(), change);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("count", e.getMessage());
        }
        if (statutory.get().source() == RuleSource.STATUTE) {
            checkStricter(statutory.get(), candidate, change.effectiveFrom());
        }
        long id = protocol.insert(change, AuditHistory.currentActor());
        audit.created(PROTOCOL_RULE, id, change);
    }

    private void checkStricter(DeadlineRule law, DeadlineRule local, LocalDate from) {
        WorkingCalendar calendar = calendar();
        boolean earliest = law.kind() == RuleKind.EARLIEST_AFTER;
        for (int i = 0; i < STRICTER_CHECK_DAYS; i++) {
            LocalDate trigger = from.plusDays(i);
            LocalDate lawDue = calculator.compute(law, trigger, calendar).due();
            LocalDate localDue = calculator.compute(local, trigger, calendar).due();
            boolean looser = earliest ? localDue.isBefore(lawDue) : localDue.isAfter(lawDue);
            if (looser) {
                throw new RuleViolationException("count", "A protocol may only be stricter for the executive than "
                        + law.citation() + ": for a trigger on " + trigger + " this gives " + localDue
                        + " where the law gives " + lawDue);
            }
        }
    }

    private static DeadlineRule apply(DeadlineRule law, ProtocolRuleChange c) {
        return new DeadlineRule(law.id(), c.kind(), c.count(), c.kind() == RuleKind.MONTHS ? null : c.counting(),
                law.description(), law.citation() + "; council protocol" + (c.note() == null || c.note().isBlank()
                        ? "" : " (" + c.note().strip() + ")"),
                RuleSource.PROTOCOL, Optional.ofNullable(c.closesAt()).or(law::closesAt));
    }

    // --- tracked deadlines -----------------------------------------------------------------------------------

    /** Starts tracking a deadline; its due date uses the rules in force on the trigger date. */
    @Transactional
    public TrackedDeadline track(TrackDeadline request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.recordType() == null || request.recordId() == null) {
            problems.add(new FieldProblem(null, "A tracked deadline belongs to a record"));
        }
        if (request.title() == null || request.title().isBlank()) {
            problems.add(new FieldProblem("title", "Say what must be done by the deadline"));
        }
        if (request.trigger() == null) {
            problems.add(new FieldProblem("trigger", "Enter the date the deadline counts from"));
        } else if (request.trigger().getYear() < 1970 || request.trigger().getYear() > 2199) {
            problems.add(new FieldProblem("trigger", "The date must be between 1970 and 2199"));
        }
        if (!request.responsible().isEmpty()
                && directory.people(request.responsible()).size() != Set.copyOf(request.responsible()).size()) {
            problems.add(new FieldProblem("responsible", "Every person responsible must be in the directory"));
        }
        fail(problems);
        ComputedDeadline computed = compute(request.ruleId(), request.trigger());
        DeadlineId id = deadlines.insert(request, computed);
        TrackedDeadline tracked = require(id);
        audit.created(DEADLINE, id, snapshot(tracked));
        return tracked;
    }

    /** A tracked deadline. */
    public TrackedDeadline require(DeadlineId id) {
        return deadlines.find(id).orElseThrow(() -> new NotFoundException("Deadline " + id));
    }

    /** The deadlines tracked for a record, soonest first. */
    public List<TrackedDeadline> deadlinesOf(String recordType, String recordId) {
        return deadlines.ofRecord(recordType, recordId);
    }

    /** Open and stopped deadlines a person is responsible for, soonest first. */
    public List<TrackedDeadline> openFor(PersonId person) {
        return deadlines.openFor(person, 100);
    }

    /** Deadlines a person was responsible for that were met in the last 30 days. */
    public List<TrackedDeadline> recentlyMetBy(PersonId person) {
        return deadlines.recentlyMetBy(person, today().minusDays(30), 20);
    }

    /** Every open or stopped deadline, soonest first (at most 500). */
    public List<TrackedDeadline> open() {
        return deadlines.open(500);
    }

    /** Records that what was due was done on a day (late if after the due date). */
    @Transactional
    public TrackedDeadline met(DeadlineId id, LocalDate on) {
        TrackedDeadline d = requireOpen(id);
        if (on == null) {
            throw new RuleViolationException("metOn", "Enter the date it was done");
        }
        if (on.isBefore(d.trigger()) && catalogueKind(id) != RuleKind.BEFORE) {
            throw new RuleViolationException("metOn", "It cannot have been done before " + d.trigger()
                    + ", the date the deadline counts from");
        }
        return change(d, DeadlineState.MET, d.due(), d.explanation(), d.skipped(), d.pauses(), null, on,
                d.extensionReason(), d.extensionAgreedBy(), null);
    }

    /** Records that it can no longer be done in time. */
    @Transactional
    public TrackedDeadline missed(DeadlineId id, String reason) {
        TrackedDeadline d = requireOpen(id);
        return change(d, DeadlineState.MISSED, d.due(), d.explanation(), d.skipped(), d.pauses(), null, null,
                d.extensionReason(), d.extensionAgreedBy(), reason);
    }

    /** Stops tracking (the record was withdrawn). */
    @Transactional
    public TrackedDeadline cancel(DeadlineId id, String reason) {
        TrackedDeadline d = requireOpen(id);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "Enter why the deadline no longer applies");
        }
        return change(d, DeadlineState.CANCELLED, d.due(), d.explanation(), d.skipped(), d.pauses(), null, null,
                d.extensionReason(), d.extensionAgreedBy(), reason);
    }

    /** Moves the due date, with the reason and who agreed it. */
    @Transactional
    public TrackedDeadline extend(DeadlineId id, LocalDate newDue, String reason, String agreedBy) {
        TrackedDeadline d = requireOpen(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (newDue == null || !newDue.isAfter(d.due())) {
            problems.add(new FieldProblem("newDue", "The new due date must be after " + d.due()));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "Enter why the deadline is extended"));
        }
        if (agreedBy == null || agreedBy.isBlank()) {
            problems.add(new FieldProblem("agreedBy", "Enter who agreed the extension"));
        }
        fail(problems);
        String explanation = d.explanation() + " Extended to " + newDue + ": " + reason.strip() + " (agreed by "
                + agreedBy.strip() + ").";
        return change(d, d.state(), newDue, explanation, d.skipped(), d.pauses(), d.stoppedSince(), null,
                reason.strip(), agreedBy.strip(), null);
    }

    /** Stops the clock from a day (clarification sought): the days until it restarts are not counted. */
    @Transactional
    public TrackedDeadline stopClock(DeadlineId id, LocalDate from) {
        TrackedDeadline d = require(id);
        if (d.state() != DeadlineState.OPEN) {
            throw new RuleViolationException(null, "Only a running clock can be stopped");
        }
        RuleKind kind = RuleKind.fromCode(deadlines.storedRule(id).kind());
        if (kind != RuleKind.AFTER && kind != RuleKind.EARLIEST_AFTER) {
            throw new RuleViolationException(null, "The clock of a '" + kind.code() + "' rule cannot be stopped");
        }
        if (from == null || from.isBefore(d.trigger())) {
            throw new RuleViolationException("from", "The clock can only stop on or after " + d.trigger());
        }
        return change(d, DeadlineState.STOPPED, d.due(), d.explanation(), d.skipped(), d.pauses(), from, null,
                d.extensionReason(), d.extensionAgreedBy(), null);
    }

    /** Restarts a stopped clock on a day: the due date is recomputed with the stopped days left out. */
    @Transactional
    public TrackedDeadline restartClock(DeadlineId id, LocalDate on) {
        TrackedDeadline d = require(id);
        if (d.state() != DeadlineState.STOPPED) {
            throw new RuleViolationException(null, "The clock is not stopped");
        }
        if (on == null || on.isBefore(d.stoppedSince())) {
            throw new RuleViolationException("on", "The clock can only restart on or after " + d.stoppedSince());
        }
        List<Pause> pauses = new ArrayList<>(d.pauses());
        if (on.isAfter(d.stoppedSince())) {
            pauses.add(new Pause(d.stoppedSince(), on.minusDays(1)));
        }
        ComputedDeadline recomputed = calculator.computeWithPauses(storedRule(id), d.trigger(),
                calendar(Nation.fromCode(deadlines.storedRule(id).nation())), pauses);
        LocalDate due = d.extended() && d.due().isAfter(recomputed.due()) ? d.due() : recomputed.due();
        return change(d, DeadlineState.OPEN, due, recomputed.explanation(), recomputed.skipped(), pauses, null, null,
                d.extensionReason(), d.extensionAgreedBy(), null);
    }

    private RuleKind catalogueKind(DeadlineId id) {
        return RuleKind.fromCode(deadlines.storedRule(id).kind());
    }

    /** The rule exactly as it stood when the deadline was registered. */
    private DeadlineRule storedRule(DeadlineId id) {
        TrackedDeadlines.StoredRule s = deadlines.storedRule(id);
        DeadlineRule base = catalogue().require(s.ruleId());
        RuleKind kind = RuleKind.fromCode(s.kind());
        return new DeadlineRule(s.ruleId(), kind, s.count(), s.counting() == null ? null : Counting.fromCode(s.counting()),
                base.description(), s.citation(), RuleSource.valueOf(s.source()), Optional.ofNullable(s.closesAt()));
    }

    /** Publishes {@link DeadlineMissed} for a deadline whose due date passed (called once, by the escalation). */
    @Transactional
    public void announceMissed(TrackedDeadline d) {
        events.publishEvent(new DeadlineMissed(d.id(), d.recordType(), d.recordId(), d.ruleId(), d.due()));
    }

    private TrackedDeadline requireOpen(DeadlineId id) {
        TrackedDeadline d = require(id);
        if (d.state() != DeadlineState.OPEN && d.state() != DeadlineState.STOPPED) {
            throw new RuleViolationException(null, "The deadline is already " + d.state().label().toLowerCase());
        }
        return d;
    }

    private TrackedDeadline change(TrackedDeadline before, DeadlineState state, LocalDate due, String explanation,
            List<SkippedDay> skipped, List<Pause> pauses, LocalDate stoppedSince, LocalDate metOn,
            String extensionReason, String extensionAgreedBy, String closedReason) {
        deadlines.update(before.id(), state, due, explanation, skipped, pauses, stoppedSince, metOn, extensionReason,
                extensionAgreedBy, closedReason);
        TrackedDeadline after = require(before.id());
        audit.changed(DEADLINE, before.id(), snapshot(before), snapshot(after));
        if (!after.due().equals(before.due())) {
            events.publishEvent(new DeadlineRescheduled(after.id(), after.recordType(), after.recordId(), after.due()));
        }
        return after;
    }

    private static Map<String, Object> snapshot(TrackedDeadline d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("record", d.recordType() + " " + d.recordId());
        m.put("title", d.title());
        m.put("rule", d.ruleId());
        m.put("trigger", d.trigger());
        m.put("due", d.due());
        m.put("state", d.state());
        m.put("stoppedSince", d.stoppedSince());
        m.put("pauses", d.pauses());
        m.put("metOn", d.metOn());
        m.put("extensionReason", d.extensionReason());
        m.put("extensionAgreedBy", d.extensionAgreedBy());
        m.put("closedReason", d.closedReason());
        m.put("responsible", d.responsible());
        return m;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void fail(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }
}
