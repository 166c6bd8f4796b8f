package org.scrutineer.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.RuleCatalogue;
import org.scrutineer.deadlines.TrackDeadline;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.directory.Reference;
import org.scrutineer.forwardplan.CallInGround;
import org.scrutineer.forwardplan.CallInOutcome;
import org.scrutineer.forwardplan.CallInState;
import org.scrutineer.forwardplan.DecisionMaker;
import org.scrutineer.forwardplan.DecisionRoute;
import org.scrutineer.forwardplan.DecisionState;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.scrutineer.forwardplan.KeyReason;
import org.scrutineer.forwardplan.UrgencyAgreedAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A decade of executive decisions for the scale generator: per unit {@value #DECISIONS_PER_UNIT} decisions from June
 * {@value ScaleGenerator#FIRST_YEAR} to half a year ahead, over the demo council's portfolios, each taken as far as its
 * date allows. Future ones are planned or on the forward plan (a few withdrawn); past ones were taken, their records
 * published and their call-in windows closed, a few called in (and most of those concluded), some under the general
 * exception or special urgency, some in private with their notices, some flagged for pre-decision scrutiny by one of
 * the unit's panels, a few with a reg 18 report.
 * <p>
 * Written with batch inserts rather than through {@link ForwardPlanManagement}: the rows are what the facade would
 * leave (references numbered per year, notice dates within the rules, call-in windows from the deadline engine), but
 * carry no audit history, and only decisions whose call-in window is still open have a tracked {@code call-in-expiry}
 * deadline.
 */
@Component
class GeneratedDecisions {

    static final int DECISIONS_PER_UNIT = 400;
    /** How far ahead of today the forward plan reaches. */
    static final int AHEAD_DAYS = 180;

    private static final Logger log = LoggerFactory.getLogger(GeneratedDecisions.class);

    private static final List<String> GENERAL = List.of("Review of fees and charges {Y}",
            "Procurement of a new case management system", "Service restructure in {W}");
    private static final Map<String, List<String>> MATTERS = Map.of(
            "Leader", List.of("Council plan performance framework {Y}", "Community grants programme {Y}",
                    "Voluntary sector infrastructure contract", "Community safety partnership funding {Y}",
                    "Library opening hours in {W}", "Partnership agreement with the integrated care board"),
            "Finance", List.of("Treasury management strategy {Y}", "Disposal of surplus land at {W}",
                    "Council tax support scheme {Y}", "Award of the insurance services contract",
                    "Capital programme re-profiling {Y}", "Procurement of a new finance system"),
            "Children", List.of("School admission arrangements {Y}", "Expansion of {W} Primary School",
                    "Contract for short breaks for disabled children", "Fostering allowances {Y}",
                    "Family hub in {W}", "Home to school transport contracts {Y}"),
            "Adult", List.of("Fees paid to home care providers {Y}",
                    "Recommissioning of the community equipment service", "Extra care housing scheme at {W}",
                    "Public health grant allocations {Y}", "Carers' support contract",
                    "Drug and alcohol treatment services contract"),
            "Housing", List.of("Housing revenue account business plan {Y}",
                    "Council house rents and service charges {Y}", "Purchase of homes for temporary accommodation",
                    "Selective licensing of private rented homes in {W}",
                    "Homelessness and rough sleeping strategy {Y}", "Retrofit of council homes in {W}"),
            "Environment", List.of("Waste and recycling collection contract", "Climate emergency action plan {Y}",
                    "Tree planting programme {Y}", "Air quality action plan for {W}",
                    "Parks and open spaces maintenance contract", "Flood alleviation scheme at {W}"),
            "Regeneration", List.of("{W} town centre regeneration masterplan", "Acquisition of the {W} retail park",
                    "Business rates discretionary relief scheme {Y}", "Levelling up fund bid for {W}",
                    "Adult skills and employment programme {Y}", "Markets management arrangements"),
            "Transport", List.of("Highways resurfacing programme {Y}", "Street lighting LED replacement contract",
                    "20mph limits in {W}", "Parking charges review {Y}", "Bus service improvement plan {Y}",
                    "Cycle route between {W} and the town centre"));
    private static final List<String> REASONS = List.of("The option recommended gives the best value for money.",
            "The consultation showed strong support for the proposal.", "The council must meet a statutory duty.",
            "The proposal delivers savings agreed in the medium-term financial strategy.",
            "The current arrangement ends and the service must continue.");
    private static final List<String> ALTERNATIVES = List.of("Do nothing (rejected: the service would stop).",
            "Extend the current arrangement (rejected: not permitted under the procurement rules).",
            "Deliver the service in house (rejected: higher cost and risk).",
            "Delay for a year (rejected: the savings would be lost).");
    private static final List<String> CONCERNS = List.of("The committee asks the decision maker to look again at the "
            + "equality impact on older residents.", "The committee was not satisfied that the alternatives were "
            + "properly assessed.", "The committee asks for the consultation responses to be considered in full.");

    private final JdbcTemplate jdbc;
    private final ForwardPlanManagement forwardPlan;
    private final DeadlineManagement deadlines;
    private final DirectoryManagement directory;

    GeneratedDecisions(JdbcTemplate jdbc, ForwardPlanManagement forwardPlan, DeadlineManagement deadlines,
            DirectoryManagement directory) {
        this.jdbc = jdbc;
        this.forwardPlan = forwardPlan;
        this.deadlines = deadlines;
        this.directory = directory;
    }

    /** What one unit added. */
    record Counts(int decisions, int callIns) {
    }

    /**
     * Adds a unit's decisions, in the transaction of the caller. {@code panels} are the unit's overview and scrutiny
     * panels and {@code councillors} its councillors, seated on the panels year by year as {@link ScaleGenerator}
     * seats them (so a panel's chair in a year is known).
     */
    Counts generate(int unit, List<CommitteeId> panels, List<PersonId> councillors) {
        long started = System.currentTimeMillis();
        LocalDate today = forwardPlan.today();
        LocalDateTime now = forwardPlan.now();
        List<Portfolio> portfolios = directory.portfolios(false);
        List<Reference> wards = directory.wards();
        if (portfolios.isEmpty() || wards.size() < 2) {
            throw new IllegalStateException("The scale generator needs the demo council's portfolios and wards");
        }
        List<PersonId> support = directory.scrutinySupport().stream().map(Person::id).toList();
        SplittableRandom random = new SplittableRandom(104_729L * (unit + 1));
        LocalDate first = LocalDate.of(ScaleGenerator.FIRST_YEAR, 6, 1);
        long span = ChronoUnit.DAYS.between(first, today.plusDays(AHEAD_DAYS));
        double offset = (unit * 0.618034) % 1;
        Cast cast = new Cast(panels, councillors);

        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < DECISIONS_PER_UNIT; k++) {
            LocalDate on = first.plusDays((long) ((k + offset) * span / DECISIONS_PER_UNIT));
            rows.add(decision(random, k, unit, on, portfolios, wards, cast, today, now));
        }
        number(rows);
        long[] ids = ids("executive_decision_id_seq", rows.size());
        for (int i = 0; i < ids.length; i++) {
            rows.get(i).id = ids[i];
        }
        for (Row r : rows) {
            if (r.state == DecisionState.RECORD_PUBLISHED && r.callInOpen) {
                track(r, support); // as publishing the record through the facade would
            }
        }
        insert(rows);
        int callIns = (int) rows.stream().filter(r -> r.callIn != null).count();
        log.info("Generated {} executive decisions ({} called in) for unit {} in {} ms", rows.size(), callIns, unit,
                System.currentTimeMillis() - started);
        return new Counts(rows.size(), callIns);
    }

    /** The unit's panels and councillors, seated as {@link ScaleGenerator} seats them. */
    private record Cast(List<CommitteeId> panels, List<PersonId> councillors) {

        /** Seat {@code seat} (0 chair, 1 vice-chair, then members) of panel {@code panel} in a municipal year. */
        long seat(int panel, int seat, LocalDate on) {
            int year = Math.max(0, Math.min(ScaleGenerator.YEARS - 1, on.getYear() - ScaleGenerator.FIRST_YEAR
                    - (on.isBefore(LocalDate.of(on.getYear(), 5, 20)) ? 1 : 0)));
            return councillors.get((panel * 7 + seat + year * 3) % councillors.size()).value();
        }

        long panel(int k) {
            return panels.get(k % panels.size()).value();
        }
    }

    private Row decision(SplittableRandom random, int k, int unit, LocalDate on, List<Portfolio> portfolios,
            List<Reference> wards, Cast cast, LocalDate today, LocalDateTime now) {
        Row r = new Row();
        Portfolio portfolio = portfolios.get(Math.floorMod(k * 5 + unit, portfolios.size()));
        r.portfolio = portfolio.id();
        r.leadMember = portfolio.holder() == null ? null : portfolio.holder().id();
        r.leadOfficer = portfolio.leadOfficer() == null ? null : portfolio.leadOfficer().id();
        r.expectedOn = on;
        String ward = wards.get(random.nextInt(wards.size())).name();
        r.matter = matter(portfolio.title(), random, on, ward);
        r.summary = "What the " + portfolio.title().toLowerCase() + " portfolio proposes: " + r.matter.toLowerCase()
                + ".";
        int roll = random.nextInt(100);
        r.key = roll < 60;
        Set<KeyReason> reasons = new TreeSet<>();
        Set<Long> affected = new LinkedHashSet<>();
        if (r.key) {
            if (roll < 30) {
                reasons.add(KeyReason.EXPENDITURE);
                r.amount = BigDecimal.valueOf(500_000L + random.nextInt(200) * 100_000L);
            } else if (roll < 40) {
                reasons.add(KeyReason.SAVINGS);
                r.amount = BigDecimal.valueOf(500_000L + random.nextInt(30) * 100_000L);
            } else {
                reasons.add(KeyReason.WARDS);
                int count = 2 + random.nextInt(5);
                while (affected.size() < count) {
                    affected.add(wards.get(random.nextInt(wards.size())).id());
                }
            }
            r.maker = random.nextInt(10) < 6 ? DecisionMaker.CABINET : DecisionMaker.CABINET_MEMBER;
        } else {
            r.amount = random.nextInt(3) == 0 ? null : BigDecimal.valueOf(10_000L + random.nextInt(44) * 10_000L);
            r.maker = random.nextBoolean() ? DecisionMaker.CABINET_MEMBER : DecisionMaker.OFFICER;
            if (random.nextInt(4) == 0) {
                affected.add(wards.get(random.nextInt(wards.size())).id());
            }
        }
        r.keyReasons = reasons.stream().map(Enum::name).toArray(String[]::new);
        r.wards = affected.toArray(Long[]::new);
        r.makerId = switch (r.maker) {
            case CABINET -> null;
            case CABINET_MEMBER -> r.leadMember;
            case OFFICER -> r.leadOfficer;
        };
        if (r.maker != DecisionMaker.CABINET && r.makerId == null) {
            r.maker = DecisionMaker.CABINET;
        }
        r.inPrivate = random.nextInt(100) < 6;
        int routeRoll = random.nextInt(100);
        r.route = !r.key || routeRoll < 88 ? DecisionRoute.NOTICE
                : routeRoll < 96 ? DecisionRoute.GENERAL_EXCEPTION : DecisionRoute.SPECIAL_URGENCY;
        int panel = k % cast.panels().size();
        r.plannedScrutiny = r.key && random.nextInt(4) == 0 ? "To be considered by the scrutiny panel before the "
                + "decision" : null;

        // the route and the notice (its latest day is kept from planning, as the facade keeps it)
        r.noticeDue = deadlines.compute(RuleCatalogue.KEY_DECISION_NOTICE, on).due();
        switch (r.route) {
            case NOTICE -> {
                if (r.key || random.nextInt(10) < 7) {
                    LocalDate published = r.noticeDue.minusDays(random.nextInt(30));
                    r.noticePublishedOn = published.isAfter(today) ? null : published;
                }
            }
            case GENERAL_EXCEPTION -> {
                LocalDate informed = on.minusDays(10);
                LocalDate earliest = earliestByException(informed);
                while (earliest.isAfter(on)) {
                    informed = informed.minusDays(1);
                    earliest = earliestByException(informed);
                }
                if (informed.isAfter(today)) {
                    r.route = DecisionRoute.NOTICE; // not yet: still being planned
                } else {
                    r.chairInformedOn = informed;
                    r.noticePublishedOn = informed;
                    r.chairInformed = cast.seat(panel, 0, informed);
                    r.earliestDecisionOn = earliest;
                    r.exceptionReasons = "The decision cannot wait for 28 days' notice: the funding offer expires.";
                }
            }
            case SPECIAL_URGENCY -> {
                LocalDate agreed = on.minusDays(1 + random.nextInt(2));
                if (agreed.isAfter(today)) {
                    r.route = DecisionRoute.NOTICE;
                } else {
                    r.urgencyAgreedOn = agreed;
                    r.noticePublishedOn = agreed;
                    r.urgencyAgreedBy = cast.seat(panel, 0, agreed);
                    r.urgencyAgreedAs = UrgencyAgreedAs.SCRUTINY_CHAIR;
                    r.exceptionReasons = "Urgent: delay would put residents at risk and the matter cannot "
                            + "reasonably be deferred.";
                }
            }
        }
        if (r.inPrivate) {
            r.exemptParagraph = 3;
            r.privateReason = "The report includes commercially sensitive information about the council's "
                    + "negotiating position.";
        }
        r.documents = "Report to the decision maker and its appendices";
        r.consultation = "Ward councillors, residents and partners affected";

        // how far it got: a decision that is not key may be taken without a notice on the forward plan
        boolean published = r.noticePublishedOn != null;
        if (!published && (r.key || on.isAfter(today))) {
            r.state = DecisionState.PLANNED;
        } else if (published && random.nextInt(100) < 3) {
            r.state = DecisionState.WITHDRAWN;
            r.withdrawnReason = "Withdrawn: the proposal is to be reconsidered after further consultation.";
        } else if (on.isAfter(today)) {
            r.state = DecisionState.ON_FORWARD_PLAN;
        } else {
            taken(r, random, on, today, now, cast, panel);
        }
        if (published && r.inPrivate && r.route != DecisionRoute.SPECIAL_URGENCY) {
            // the 28-day notice of intention goes out with the forward plan entry, or by its own due date
            r.intentionDue = deadlines.compute(RuleCatalogue.PRIVATE_MEETING_INTENTION_NOTICE, on).due();
            r.finalDue = deadlines.compute(RuleCatalogue.PRIVATE_MEETING_FINAL_NOTICE, on).due();
            LocalDate intention = r.noticePublishedOn.isAfter(r.intentionDue) ? r.intentionDue : r.noticePublishedOn;
            r.intentionOn = intention.isAfter(today) ? null : intention;
            r.finalOn = r.finalDue.isAfter(today) || r.intentionOn == null ? null : r.finalDue;
        }
        if (r.key && published && random.nextInt(100) < 5) {
            LocalDate flagged = r.noticePublishedOn.plusDays(7);
            if (!flagged.isAfter(today) && flagged.isBefore(on)) {
                r.flagCommittee = cast.panel(k);
                r.flaggedOn = flagged;
            }
        }
        if (!r.key && r.recordPublishedOn != null && random.nextInt(100) < 2) {
            r.reportRequiredOn = r.recordPublishedOn.plusDays(5);
            if (!r.reportRequiredOn.isAfter(today)) {
                r.reportCommittee = cast.panel(k + 1);
                r.reportBy = r.reportRequiredOn.plusDays(35);
                r.reportedOn = r.reportBy.minusDays(3).isAfter(today) ? null : r.reportBy.minusDays(3);
            }
        }
        return r;
    }

    private LocalDate earliestByException(LocalDate informed) {
        return deadlines.compute(RuleCatalogue.GENERAL_EXCEPTION_EARLIEST_DECISION, informed).due();
    }

    /** A decision whose day has come: taken, its record published and its call-in window run. */
    private void taken(Row r, SplittableRandom random, LocalDate on, LocalDate today, LocalDateTime now, Cast cast,
            int panel) {
        r.decidedOn = on;
        r.decision = "Approve the proposals for " + lowerFirst(r.matter) + " as set out in the report.";
        r.reasons = REASONS.get(random.nextInt(REASONS.size()));
        r.alternatives = ALTERNATIVES.get(random.nextInt(ALTERNATIVES.size()));
        r.conflicts = random.nextInt(20) == 0 ? "A member consulted declared an interest and took no part." : null;
        LocalDate published = on.plusDays(1 + random.nextInt(2));
        if (published.isAfter(today)) {
            r.state = DecisionState.DECIDED;
            return;
        }
        r.recordPublishedOn = published;
        if (r.route == DecisionRoute.SPECIAL_URGENCY && random.nextInt(5) < 4) {
            r.callInExemptReason = "Urgent, with the scrutiny chair's consent: delay would harm the public interest.";
            r.state = DecisionState.EFFECTIVE;
            return;
        }
        var window = deadlines.compute(RuleCatalogue.CALL_IN_EXPIRY, published);
        r.callInClosesOn = window.due();
        r.callInClosesAt = window.closesAt().orElse(RuleCatalogue.DEFAULT_CALL_IN_CLOSING_TIME);
        LocalDateTime closes = r.callInClosesOn.atTime(r.callInClosesAt);
        r.state = DecisionState.RECORD_PUBLISHED;
        LocalDate calledOn = published.plusDays(1 + random.nextInt(2));
        if (random.nextInt(100) >= 4 || calledOn.isAfter(today) || calledOn.atTime(12, 0).isAfter(closes)) {
            r.callInOpen = !now.isAfter(closes);
            return;
        }
        CallInRow c = new CallInRow();
        r.callIn = c;
        c.submittedOn = calledOn;
        c.grounds = new String[] {CallInGround.values()[random.nextInt(CallInGround.values().length)].name()};
        c.explanation = "The signatories believe the decision was not taken in line with the principles of "
                + "decision making in the constitution.";
        c.signatories = new Long[] {cast.seat(panel, 0, calledOn), cast.seat(panel, 2, calledOn),
                cast.seat(panel, 3, calledOn)};
        c.committee = cast.panels().get(panel).value();
        c.meetingBy = calledOn.plusDays(forwardPlan.settings().callInMeetingDays());
        LocalDate heard = calledOn.plusDays(5 + random.nextInt(9));
        if (heard.isAfter(today)) {
            c.state = CallInState.AWAITING_COMMITTEE;
            r.state = DecisionState.CALLED_IN;
            return;
        }
        c.heardOn = heard;
        int roll = random.nextInt(100);
        if (roll < 55) {
            c.outcome = CallInOutcome.NO_FURTHER_ACTION;
            c.state = CallInState.CONCLUDED;
            r.state = DecisionState.EFFECTIVE;
            return;
        }
        c.concerns = CONCERNS.get(random.nextInt(CONCERNS.size()));
        LocalDate reconsidered;
        if (roll < 90) {
            c.outcome = CallInOutcome.REFERRED_BACK;
            c.reconsiderBy = heard.plusDays(forwardPlan.settings().reconsiderationDays());
            reconsidered = heard.plusDays(3 + random.nextInt(7));
        } else {
            c.outcome = CallInOutcome.REFERRED_TO_COUNCIL;
            c.councilDate = heard.plusDays(14 + random.nextInt(14));
            reconsidered = c.councilDate;
        }
        if (reconsidered.isAfter(today)) {
            c.state = c.outcome == CallInOutcome.REFERRED_BACK ? CallInState.REFERRED_BACK
                    : CallInState.REFERRED_TO_COUNCIL;
            r.state = c.outcome == CallInOutcome.REFERRED_BACK ? DecisionState.REFERRED_BACK
                    : DecisionState.REFERRED_TO_COUNCIL;
            return;
        }
        c.state = CallInState.CONCLUDED;
        c.reconsideredOn = reconsidered;
        c.reconsideration = r.decision + " Amended to meet the committee's concerns.";
        r.decision = c.reconsideration;
        r.state = DecisionState.EFFECTIVE;
    }

    private static String matter(String portfolio, SplittableRandom random, LocalDate on, String ward) {
        List<String> list = GENERAL;
        for (Map.Entry<String, List<String>> e : MATTERS.entrySet()) {
            if (portfolio.contains(e.getKey())) {
                list = e.getValue();
            }
        }
        int year = on.getMonthValue() >= 5 ? on.getYear() : on.getYear() - 1;
        return list.get(random.nextInt(list.size()))
                .replace("{Y}", year + "/" + String.format("%02d", (year + 1) % 100)).replace("{W}", ward);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1))) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * References in the facade's form, {@code FP/2024/017}: numbered within the year the entry was made (the notice's,
     * or about six weeks before the decision), after any the year already has.
     */
    private void number(List<Row> rows) {
        String prefix = forwardPlan.settings().referencePrefix();
        Map<Integer, Integer> next = new HashMap<>();
        for (Row r : rows) {
            LocalDate made = r.noticePublishedOn != null ? r.noticePublishedOn : r.expectedOn.minusDays(45);
            int year = Math.min(made.getYear(), forwardPlan.today().getYear());
            int sequence = next.computeIfAbsent(year, y -> jdbc.queryForObject("""
                    select coalesce(max(cast(substring(reference from '/(\\d+)$') as int)), 0) + 1
                    from executive_decision where reference like ?""", Integer.class, prefix + "/" + y + "/%"));
            next.put(year, sequence + 1);
            r.reference = prefix + "/" + year + "/" + "%03d".formatted(sequence);
        }
    }

    private long[] ids(String sequence, int count) {
        return jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?)", Long.class, count)
                .stream().mapToLong(Long::longValue).toArray();
    }

    private void track(Row r, List<PersonId> support) {
        TrackedDeadline d = deadlines.track(new TrackDeadline(ForwardPlanManagement.DECISION, Long.toString(r.id),
                "Call-in window for " + r.reference + ": " + r.matter, "/forward-plan/" + r.id,
                RuleCatalogue.CALL_IN_EXPIRY, r.recordPublishedOn, support));
        r.deadline = d.id().value();
        r.callInClosesOn = d.due();
        r.callInClosesAt = d.closesAt() == null ? RuleCatalogue.DEFAULT_CALL_IN_CLOSING_TIME : d.closesAt();
    }

    private void insert(List<Row> rows) {
        jdbc.batchUpdate("""
                insert into executive_decision (id, reference, matter, summary, maker_kind, maker_id, portfolio_id,
                    lead_member_id, lead_officer_id, expected_on, key_decision, key_reasons, financial_effect, ward_ids,
                    documents, consultation, in_private, exempt_paragraph, private_reason, planned_scrutiny, route,
                    notice_published_on, notice_due, chair_informed_on, chair_informed_id, exception_reasons,
                    earliest_decision_on, urgency_agreed_by, urgency_agreed_as, urgency_agreed_on, state, decided_on,
                    decision, reasons, alternatives, conflicts, record_published_on, call_in_deadline_id,
                    call_in_closes_on, call_in_closes_at, call_in_exempt_reason, withdrawn_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows.stream().map(r -> new Object[] {r.id, r.reference, r.matter, r.summary, r.maker.name(),
                        r.makerId, r.portfolio, r.leadMember, r.leadOfficer, r.expectedOn, r.key, r.keyReasons,
                        r.amount, r.wards, r.documents, r.consultation, r.inPrivate,
                        r.exemptParagraph, r.privateReason, r.plannedScrutiny, r.route.name(), r.noticePublishedOn,
                        r.noticeDue, r.chairInformedOn, r.chairInformed, r.exceptionReasons, r.earliestDecisionOn,
                        r.urgencyAgreedBy, r.urgencyAgreedAs == null ? null : r.urgencyAgreedAs.name(),
                        r.urgencyAgreedOn, r.state.name(), r.decidedOn, r.decision, r.reasons, r.alternatives,
                        r.conflicts, r.recordPublishedOn, r.deadline, r.callInClosesOn, r.callInClosesAt,
                        r.callInExemptReason, r.withdrawnReason}).toList());
        jdbc.batchUpdate("""
                insert into call_in (decision_id, grounds, explanation, signatory_ids, submitted_at, committee_id,
                    meeting_by, state, heard_on, outcome, concerns, reconsider_by, reconsidered_on, reconsideration,
                    council_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.stream().filter(r -> r.callIn != null)
                .map(r -> {
                    CallInRow c = r.callIn;
                    return new Object[] {r.id, c.grounds, c.explanation, c.signatories,
                            java.sql.Timestamp.from(c.submittedOn.atTime(11, 0).atZone(ForwardPlanManagement.LOCAL)
                                    .toInstant()), c.committee, c.meetingBy, c.state.name(), c.heardOn,
                            c.outcome == null ? null : c.outcome.name(), c.concerns, c.reconsiderBy, c.reconsideredOn,
                            c.reconsideration, c.councilDate};
                }).toList());
        jdbc.batchUpdate("""
                insert into private_meeting_notice (decision_id, intention_published_on, intention_due,
                    final_published_on, final_due) values (?, ?, ?, ?, ?)""",
                rows.stream().filter(r -> r.intentionDue != null)
                        .map(r -> new Object[] {r.id, r.intentionOn, r.intentionDue, r.finalOn, r.finalDue}).toList());
        jdbc.batchUpdate("""
                insert into pre_decision_scrutiny (decision_id, committee_id, note, flagged_by, flagged_on)
                values (?, ?, ?, 'Scrutineer', ?)""", rows.stream().filter(r -> r.flagCommittee != null)
                .map(r -> new Object[] {r.id, r.flagCommittee, "The panel will consider the proposals before the "
                        + "decision is taken.", r.flaggedOn}).toList());
        jdbc.batchUpdate("""
                insert into key_decision_report (decision_id, committee_id, required_on, report_by, reasons,
                    reported_on) values (?, ?, ?, ?, ?, ?)""", rows.stream().filter(r -> r.reportCommittee != null)
                .map(r -> new Object[] {r.id, r.reportCommittee, r.reportRequiredOn, r.reportBy, "The panel believes "
                        + "the decision significantly affects communities in two or more wards and should have been "
                        + "treated as key.", r.reportedOn}).toList());
    }

    /** An executive_decision row, filled in as its story unfolds. */
    private static final class Row {
        long id;
        String reference;
        String matter;
        String summary;
        DecisionMaker maker;
        Long makerId;
        Long portfolio;
        Long leadMember;
        Long leadOfficer;
        LocalDate expectedOn;
        boolean key;
        String[] keyReasons;
        BigDecimal amount;
        Long[] wards;
        String documents;
        String consultation;
        boolean inPrivate;
        Integer exemptParagraph;
        String privateReason;
        String plannedScrutiny;
        DecisionRoute route;
        LocalDate noticePublishedOn;
        LocalDate noticeDue;
        LocalDate chairInformedOn;
        Long chairInformed;
        String exceptionReasons;
        LocalDate earliestDecisionOn;
        Long urgencyAgreedBy;
        UrgencyAgreedAs urgencyAgreedAs;
        LocalDate urgencyAgreedOn;
        DecisionState state;
        LocalDate decidedOn;
        String decision;
        String reasons;
        String alternatives;
        String conflicts;
        LocalDate recordPublishedOn;
        Long deadline;
        LocalDate callInClosesOn;
        LocalTime callInClosesAt;
        boolean callInOpen;
        String callInExemptReason;
        String withdrawnReason;
        CallInRow callIn;
        LocalDate intentionOn;
        LocalDate intentionDue;
        LocalDate finalOn;
        LocalDate finalDue;
        Long flagCommittee;
        LocalDate flaggedOn;
        Long reportCommittee;
        LocalDate reportRequiredOn;
        LocalDate reportBy;
        LocalDate reportedOn;
    }

    /** A call_in row. */
    private static final class CallInRow {
        LocalDate submittedOn;
        String[] grounds;
        String explanation;
        Long[] signatories;
        long committee;
        LocalDate meetingBy;
        CallInState state;
        LocalDate heardOn;
        CallInOutcome outcome;
        String concerns;
        LocalDate reconsiderBy;
        LocalDate reconsideredOn;
        String reconsideration;
        LocalDate councilDate;
    }
}
