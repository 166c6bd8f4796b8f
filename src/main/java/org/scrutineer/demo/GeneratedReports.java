package org.scrutineer.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.TrackDeadline;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.Council;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.Progress;
import org.scrutineer.recommendations.RecommendationManagement;
import org.scrutineer.recommendations.ReportId;
import org.scrutineer.recommendations.ReportState;
import org.scrutineer.recommendations.ResponseDecision;
import org.scrutineer.recommendations.ResponseField;
import org.scrutineer.recommendations.ReviewOutcome;
import org.scrutineer.recommendations.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A decade of scrutiny reports for the scale generator: per unit {@value #REPORTS_PER_UNIT} reports of 4 to 11
 * recommendations (about 1,500), spread from June {@value ScaleGenerator#FIRST_YEAR} to today over the unit's
 * committees, each taken as far through the workflow as its age suggests. Old reports were mostly answered on time and
 * their accepted recommendations mostly signed off; recent ones are drafts, awaiting notice or a response (some
 * overdue), or being implemented, with six-monthly updates, some slipped, some stale.
 * <p>
 * Written with batch inserts rather than through {@link RecommendationManagement}: the facade's audit entries and
 * checks would take minutes at scale 10. The rows are what the facade would leave (stages, progress, current targets,
 * last updates, response fields, lateness, references numbered per municipal year under the same lock), except that
 * they carry no audit history and only reports still awaiting a response have a tracked {@code executive-response}
 * deadline (as reports imported from a spreadsheet have none).
 */
@Component
class GeneratedReports {

    static final int REPORTS_PER_UNIT = 200;
    /** A report younger than this is still a draft; younger than {@link #AGREED_DAYS}, agreed but not served. */
    static final int DRAFT_DAYS = 14;
    static final int AGREED_DAYS = 21;
    private static final int MAX_UPDATES = 8;
    private static final DateTimeFormatter MEETING = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcTemplate jdbc;
    private final RecommendationManagement recommendations;
    private final DeadlineManagement deadlines;
    private final DirectoryManagement directory;

    GeneratedReports(JdbcTemplate jdbc, RecommendationManagement recommendations, DeadlineManagement deadlines,
            DirectoryManagement directory) {
        this.jdbc = jdbc;
        this.recommendations = recommendations;
        this.deadlines = deadlines;
        this.directory = directory;
    }

    /** What one unit added. */
    record Counts(int reports, int recommendations, int updates) {
    }

    /**
     * Adds a unit's reports from its committees (the last may be a task-and-finish group, which reports only
     * while it sat), in the transaction of the caller.
     */
    Counts generate(int unit, List<CommitteeId> committees, LocalDate taskAndFinishFrom, LocalDate taskAndFinishTo) {
        LocalDate today = recommendations.today();
        int startMonth = directory.council().map(Council::municipalYearStartMonth).orElse(5);
        String prefix = recommendations.settings().referencePrefix();
        List<Portfolio> portfolios = directory.portfolios(false);
        if (portfolios.isEmpty()) {
            throw new IllegalStateException("The scale generator needs the cabinet portfolios of the demo council");
        }
        SplittableRandom random = new SplittableRandom(7919L * (unit + 1));
        LocalDate first = LocalDate.of(ScaleGenerator.FIRST_YEAR, 6, 1);
        long span = ChronoUnit.DAYS.between(first, today.minusDays(3));
        double offset = (unit * 0.618034) % 1;

        Rows rows = new Rows();
        List<Planned> planned = new ArrayList<>();
        for (int k = 0; k < REPORTS_PER_UNIT; k++) {
            LocalDate on = first.plusDays((long) ((k + offset) * span / REPORTS_PER_UNIT));
            CommitteeId committee = committees.get(k % committees.size());
            if (k % committees.size() == committees.size() - 1
                    && (on.isBefore(taskAndFinishFrom) || on.isAfter(taskAndFinishTo))) {
                committee = committees.get(k % (committees.size() - 1));
            }
            planned.add(new Planned(on, committee, municipalYear(on, startMonth)));
        }
        Map<Integer, Integer> nextSequence = sequences(planned);
        long[] reportIds = ids("scrutiny_report_id_seq", planned.size());
        for (int k = 0; k < planned.size(); k++) {
            Planned p = planned.get(k);
            int sequence = nextSequence.merge(p.year(), 1, Integer::sum) - 1;
            String topic = Texts.TOPICS.get(Math.floorMod(k * 7 + unit * 13, Texts.TOPICS.size()));
            report(rows, random, reportIds[k], prefix, p, sequence, topic, portfolios, today);
        }
        rows.insert(jdbc, this);
        return new Counts(planned.size(), rows.recommendations.size(), rows.updates.size());
    }

    /** A report to write: when it was agreed (or drafted), by which committee, in which municipal year. */
    record Planned(LocalDate on, CommitteeId committee, int year) {
    }

    /** The next free number in each municipal year, under the facade's lock on the year. */
    private Map<Integer, Integer> sequences(List<Planned> planned) {
        Map<Integer, Integer> next = new TreeMap<>();
        for (Planned p : planned) {
            next.computeIfAbsent(p.year(), year -> {
                jdbc.query("select pg_advisory_xact_lock(hashtext('scrutiny_report_sequence'), ?)", rs -> { }, year);
                Integer max = jdbc.queryForObject(
                        "select coalesce(max(sequence), 0) from scrutiny_report where municipal_year = ?",
                        Integer.class, year);
                return max + 1;
            });
        }
        return next;
    }

    private long[] ids(String sequence, int count) {
        return jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?)", Long.class, count)
                .stream().mapToLong(Long::longValue).toArray();
    }

    private void report(Rows rows, SplittableRandom random, long id, String prefix, Planned p, int sequence,
            String topic, List<Portfolio> portfolios, LocalDate today) {
        long age = ChronoUnit.DAYS.between(p.on(), today);
        ReportState state;
        LocalDate agreed = null;
        LocalDate served = null;
        LocalDate due = null;
        LocalDate given = null;
        boolean drafted = false;
        if (age < DRAFT_DAYS) {
            state = random.nextBoolean() ? ReportState.DRAFT : ReportState.SHARED;
        } else if (age < AGREED_DAYS) {
            state = ReportState.AGREED;
            agreed = p.on();
        } else {
            agreed = p.on();
            served = min(agreed.plusDays(1 + random.nextInt(6)), today);
            due = deadlines.compute(RecommendationManagement.RESPONSE_RULE, served).due();
            int days = responseDays(random);
            boolean unanswered = due.isBefore(today) && served.isAfter(today.minusDays(150)) && random.nextInt(10) < 3;
            if (unanswered || served.plusDays(days).isAfter(today)) {
                state = ReportState.NOTICE_SERVED;
                drafted = random.nextBoolean() && served.plusDays(21).isBefore(today);
            } else {
                state = ReportState.RESPONDED;
                given = served.plusDays(days);
            }
        }
        boolean exempt = random.nextInt(60) == 0;
        String title = topic + (random.nextInt(3) == 0 ? ": a task-and-finish review" : "");
        ReportRow report = new ReportRow(id, reference(prefix, p.year(), sequence), p.year(),
                sequence, p.committee().value(), title, "What the committee found about " + topic.toLowerCase()
                        + ", and what it recommends.", Texts.body(topic), exempt ? 3 : null,
                exempt ? Texts.EXEMPT_REASON : null, exempt ? "What the committee found about "
                        + topic.toLowerCase() + ". Part of the report is exempt under paragraph 3 of Schedule 12A."
                        : null, state, state.agreed() ? defaultFields() : new String[0],
                state == ReportState.SHARED ? p.on() : null, agreed, agreed == null ? null
                        : "Committee meeting, " + agreed.format(MEETING), served, due, drafted ? "DRAFT"
                        : given == null ? null : "APPROVED", given, given == null ? null
                        : (int) Math.max(0, ChronoUnit.DAYS.between(due, given)),
                given == null && !drafted ? null : "The executive's response to the committee's review of "
                        + topic.toLowerCase() + ".",
                state.agreed() && random.nextInt(20) < 17 ? min(agreed.plusDays(1 + random.nextInt(5)), today) : null,
                random.nextBoolean() ? "CABINET" : "CABINET_MEMBER");
        rows.reports.add(report);

        int count = 4 + random.nextInt(8);
        Set<Long> owners = new LinkedHashSet<>();
        for (int n = 1; n <= count; n++) {
            Portfolio portfolio = portfolios.get(random.nextInt(portfolios.size()));
            RecommendationRow rec = recommendation(rows, random, report, n, topic, portfolio, today, drafted);
            if (rec.portfolio != null && portfolio.holder() != null) {
                owners.add(portfolio.holder().id());
            }
            if (rec.portfolio != null && portfolio.leadOfficer() != null) {
                owners.add(portfolio.leadOfficer().id());
            }
            rows.recommendations.add(rec);
        }
        if (state == ReportState.SHARED) {
            owners.stream().limit(2).forEach(person -> rows.shares.add(new Object[] {id, person, "COMMENT", p.on(),
                    "Scrutineer"}));
        }
        if (state == ReportState.NOTICE_SERVED) {
            report.owners = List.copyOf(owners);
        }
        RecommendationRow firstRec = rows.recommendations.get(rows.recommendations.size() - count);
        if (given != null) {
            report.approvedBy = "CABINET_MEMBER".equals(report.approvedVia) ? firstRec.cabinetMember : null;
            report.cabinetDate = "CABINET".equals(report.approvedVia) ? given : null;
        }
        if (given != null || drafted) {
            report.draftedBy = firstRec.leadOfficer;
        }
    }

    /** Days from notice to response: most within the eight weeks, one in six late, a few very late. */
    private static int responseDays(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 83) {
            return 21 + random.nextInt(35);
        }
        return roll < 97 ? 57 + random.nextInt(50) : 110 + random.nextInt(100);
    }

    private RecommendationRow recommendation(Rows rows, SplittableRandom random, ReportRow report, int number,
            String topic, Portfolio portfolio, LocalDate today, boolean drafted) {
        RecommendationRow r = new RecommendationRow();
        r.reportId = report.id;
        r.number = number;
        r.text = Texts.recommendation(topic, random.nextInt(1000));
        int roll = random.nextInt(100);
        r.addressedTo = roll < 85 ? Addressee.EXECUTIVE : roll < 93 ? Addressee.CABINET_MEMBER : Addressee.PARTNER;
        if (r.addressedTo == Addressee.PARTNER) {
            r.partnerBody = Texts.PARTNERS.get(random.nextInt(Texts.PARTNERS.size()));
        } else {
            r.portfolio = portfolio.id();
            r.addressee = r.addressedTo == Addressee.CABINET_MEMBER && portfolio.holder() != null
                    ? portfolio.holder().id() : null;
            if (r.addressedTo == Addressee.CABINET_MEMBER && r.addressee == null) {
                r.addressedTo = Addressee.EXECUTIVE;
            }
        }
        r.exempt = report.exemptParagraph != null && number == 1;
        r.publicSummary = r.exempt ? "A recommendation on the council's commercial interests (exempt: Schedule 12A "
                + "paragraph 3)." : null;
        r.stage = switch (report.state) {
            case DRAFT, SHARED -> Stage.DRAFT;
            case AGREED -> Stage.AGREED;
            case NOTICE_SERVED -> Stage.AWAITING_RESPONSE;
            case RESPONDED -> null;
        };
        if (report.responseGivenOn == null && !drafted) {
            return r;
        }
        LocalDate from = report.responseGivenOn != null ? report.responseGivenOn : today;
        roll = random.nextInt(100);
        r.decision = roll < 55 ? ResponseDecision.ACCEPTED : roll < 75 ? ResponseDecision.PARTIALLY_ACCEPTED
                : roll < 88 ? ResponseDecision.DEFERRED : ResponseDecision.REJECTED;
        r.reasons = r.decision.reasonsRequired() ? Texts.reasons(r.decision, random.nextInt(1000)) : null;
        if (r.decision.actionFollows()) {
            r.proposedAction = Texts.action(random.nextInt(1000));
            r.cabinetMember = portfolio.holder() == null ? null : portfolio.holder().id();
            r.leadOfficer = portfolio.leadOfficer() == null ? null : portfolio.leadOfficer().id();
            r.leadOfficerName = portfolio.leadOfficer() == null ? "Lead officer" : portfolio.leadOfficer().name();
            r.targetDate = from.plusDays(90 + random.nextInt(450));
            r.successMeasure = "Reported to the committee at its six-monthly review";
        } else if (r.decision == ResponseDecision.DEFERRED) {
            r.cabinetMember = portfolio.holder() == null ? null : portfolio.holder().id();
            r.leadOfficer = portfolio.leadOfficer() == null ? null : portfolio.leadOfficer().id();
            r.leadOfficerName = portfolio.leadOfficer() == null ? "Lead officer" : portfolio.leadOfficer().name();
        }
        if (report.responseGivenOn == null) {
            return r; // a draft response: nothing counts until it is approved
        }
        r.stage = Stage.after(r.decision);
        r.currentTarget = r.targetDate;
        if (r.stage.monitored()) {
            implement(rows, random, r, report.responseGivenOn, today);
        }
        return r;
    }

    /**
     * Six-monthly-ish updates from the response until the committee signs the recommendation off or today: on track
     * until the target, then achieved (and signed off a few weeks later), slipped to a new date, or not achieved.
     * One in twelve owners stop posting (stale).
     */
    private void implement(Rows rows, SplittableRandom random, RecommendationRow r, LocalDate given, LocalDate today) {
        boolean goesQuiet = random.nextInt(12) == 0;
        LocalDate on = given.plusDays(120 + random.nextInt(80));
        LocalDate lastReview = null;
        for (int n = 0; n < MAX_UPDATES && !on.isAfter(today); n++) {
            Progress status;
            LocalDate newTarget = null;
            boolean due = r.currentTarget == null ? n >= 1 + random.nextInt(3) : !on.isBefore(r.currentTarget);
            int roll = random.nextInt(100);
            if (due) {
                status = roll < 72 ? Progress.ACHIEVED : roll < 90 ? Progress.SLIPPED : Progress.NOT_ACHIEVED;
            } else {
                status = roll < 86 ? Progress.ON_TRACK : Progress.SLIPPED;
            }
            if (status == Progress.SLIPPED) {
                LocalDate base = r.currentTarget == null || r.currentTarget.isBefore(on) ? on : r.currentTarget;
                newTarget = base.plusDays(60 + random.nextInt(240));
                r.currentTarget = newTarget;
            }
            rows.updates.add(new Object[] {r, on, status.name(), newTarget,
                    status == Progress.SLIPPED || status == Progress.NOT_ACHIEVED
                            ? Texts.SLIP_REASONS.get(random.nextInt(Texts.SLIP_REASONS.size())) : null,
                    status == Progress.ON_TRACK ? "Work is going to plan; the next milestone is in hand."
                            : status == Progress.ACHIEVED ? "The action is complete." : null,
                    status == Progress.ACHIEVED ? "Report to the lead officer's management team" : null,
                    r.leadOfficer, r.leadOfficerName == null ? "Lead officer" : r.leadOfficerName});
            r.progress = status;
            r.lastUpdateOn = on;
            if (status == Progress.ACHIEVED) {
                LocalDate signOff = on.plusDays(20 + random.nextInt(70));
                if (!signOff.isAfter(today) && random.nextInt(10) < 9) {
                    r.stage = Stage.IMPLEMENTED;
                    r.signedOffOn = signOff;
                    r.impactNote = Texts.IMPACTS.get(random.nextInt(Texts.IMPACTS.size()));
                    rows.reviews.add(new Object[] {r, signOff, ReviewOutcome.SIGNED_OFF.name(), r.impactNote});
                    r.nextReviewOn = null;
                    return;
                }
                break;
            }
            if (goesQuiet) {
                break;
            }
            on = on.plusDays(150 + random.nextInt(60));
        }
        // the committee's last review kept it open; the next is a review cycle on (six months unless configured)
        int cycle = recommendations.settings().reviewCycleMonths();
        LocalDate review = given.plusMonths(cycle);
        while (!review.plusMonths(cycle).isAfter(today)) {
            review = review.plusMonths(cycle);
        }
        if (!review.isAfter(today)) {
            lastReview = review;
            rows.reviews.add(new Object[] {r, review, ReviewOutcome.KEPT_OPEN.name(),
                    "The committee asked for a further update at its next review."});
        }
        r.nextReviewOn = (lastReview == null ? given : lastReview).plusMonths(cycle);
    }

    private String[] defaultFields() {
        return recommendations.settings().defaultRequiredFields().stream().map(ResponseField::name)
                .toArray(String[]::new);
    }

    /**
     * The year the municipal year containing a day starts in (as the recommendations module counts it; its rules
     * are internal to it, and the scale generator's test checks that the two agree).
     */
    static int municipalYear(LocalDate day, int startMonth) {
        return day.getMonthValue() >= startMonth ? day.getYear() : day.getYear() - 1;
    }

    /** A report's reference in the recommendations module's form: {@code SR(26/27)04}. */
    static String reference(String prefix, int municipalYear, int sequence) {
        return String.format("%s(%02d/%02d)%02d", prefix, municipalYear % 100, (municipalYear + 1) % 100, sequence);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Tracks the response deadline of a report still awaiting one, as serving notice through the facade would. */
    private void track(ReportRow report) {
        TrackedDeadline deadline = deadlines.track(new TrackDeadline(RecommendationManagement.REPORT,
                Long.toString(report.id), "Executive response to " + report.reference + ": " + report.title,
                RecommendationManagement.responsePath(new ReportId(report.id)), RecommendationManagement.RESPONSE_RULE,
                report.noticeServedOn, report.owners.stream().map(PersonId::new).toList()));
        report.deadlineId = deadline.id().value();
        report.responseDue = deadline.due();
    }

    // --- rows -----------------------------------------------------------------------------------------------------

    /** A scrutiny_report row. */
    static final class ReportRow {
        final long id;
        final String reference;
        final int year;
        final int sequence;
        final long committee;
        final String title;
        final String summary;
        final String body;
        final Integer exemptParagraph;
        final String exemptReason;
        final String publicSummary;
        final ReportState state;
        final String[] requiredFields;
        final LocalDate sharedOn;
        final LocalDate agreedOn;
        final String agreedAt;
        final LocalDate noticeServedOn;
        LocalDate responseDue;
        final String responseState;
        final LocalDate responseGivenOn;
        final Integer daysLate;
        final String responseSummary;
        final LocalDate publishedOn;
        final String approvedVia;
        Long deadlineId;
        Long draftedBy;
        Long approvedBy;
        LocalDate cabinetDate;
        List<Long> owners = List.of();

        ReportRow(long id, String reference, int year, int sequence, long committee, String title, String summary,
                String body, Integer exemptParagraph, String exemptReason, String publicSummary, ReportState state,
                String[] requiredFields, LocalDate sharedOn, LocalDate agreedOn, String agreedAt,
                LocalDate noticeServedOn, LocalDate responseDue, String responseState, LocalDate responseGivenOn,
                Integer daysLate, String responseSummary, LocalDate publishedOn, String approvedVia) {
            this.id = id;
            this.reference = reference;
            this.year = year;
            this.sequence = sequence;
            this.committee = committee;
            this.title = title;
            this.summary = summary;
            this.body = body;
            this.exemptParagraph = exemptParagraph;
            this.exemptReason = exemptReason;
            this.publicSummary = publicSummary;
            this.state = state;
            this.requiredFields = requiredFields;
            this.sharedOn = sharedOn;
            this.agreedOn = agreedOn;
            this.agreedAt = agreedAt;
            this.noticeServedOn = noticeServedOn;
            this.responseDue = responseDue;
            this.responseState = responseState;
            this.responseGivenOn = responseGivenOn;
            this.daysLate = daysLate;
            this.responseSummary = responseSummary;
            this.publishedOn = publishedOn;
            this.approvedVia = responseGivenOn == null ? null : approvedVia;
        }
    }

    /** A recommendation row, filled in as its story unfolds. */
    static final class RecommendationRow {
        long id;
        long reportId;
        int number;
        String text;
        Addressee addressedTo;
        Long addressee;
        String partnerBody;
        Long portfolio;
        boolean exempt;
        String publicSummary;
        ResponseDecision decision;
        String reasons;
        String proposedAction;
        Long cabinetMember;
        Long leadOfficer;
        String leadOfficerName;
        LocalDate targetDate;
        String successMeasure;
        Stage stage;
        Progress progress;
        LocalDate currentTarget;
        LocalDate lastUpdateOn;
        LocalDate signedOffOn;
        String impactNote;
        LocalDate nextReviewOn;
    }

    /** Everything a unit writes, inserted in batches once its stories are told. */
    static final class Rows {
        final List<ReportRow> reports = new ArrayList<>();
        final List<RecommendationRow> recommendations = new ArrayList<>();
        final List<Object[]> shares = new ArrayList<>();
        final List<Object[]> updates = new ArrayList<>();
        final List<Object[]> reviews = new ArrayList<>();

        void insert(JdbcTemplate jdbc, GeneratedReports generator) {
            for (ReportRow r : reports) {
                if (r.state == ReportState.NOTICE_SERVED) {
                    generator.track(r);
                }
            }
            jdbc.batchUpdate("""
                    insert into scrutiny_report (id, reference, municipal_year, sequence, committee_id, title, summary,
                        body, exempt_paragraph, exempt_reason, public_summary, state, required_fields, shared_on,
                        agreed_on, agreed_at, notice_served_on, response_deadline_id, response_due, response_state,
                        response_drafted_by, response_approved_by, response_approved_via, response_cabinet_date,
                        response_given_on, response_days_late, response_summary, published_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    reports.stream().map(r -> new Object[] {r.id, r.reference, r.year, r.sequence, r.committee,
                            r.title, r.summary, r.body, r.exemptParagraph, r.exemptReason, r.publicSummary,
                            r.state.name(), r.requiredFields, r.sharedOn, r.agreedOn, r.agreedAt, r.noticeServedOn,
                            r.deadlineId, r.responseDue, r.responseState, r.draftedBy, r.approvedBy, r.approvedVia,
                            r.cabinetDate, r.responseGivenOn, r.daysLate, r.responseSummary, r.publishedOn})
                            .toList());
            long[] ids = generator.ids("recommendation_id_seq", recommendations.size());
            for (int i = 0; i < ids.length; i++) {
                recommendations.get(i).id = ids[i];
            }
            jdbc.batchUpdate("""
                    insert into recommendation (id, report_id, number, text, addressed_to, addressee_id, partner_body,
                        portfolio_id, exempt, public_summary, decision, reasons, proposed_action, cabinet_member_id,
                        lead_officer_id, target_date, success_measure, stage, progress, current_target, last_update_on,
                        signed_off_on, impact_note, next_review_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    recommendations.stream().map(r -> new Object[] {r.id, r.reportId, r.number, r.text,
                            r.addressedTo.name(), r.addressee, r.partnerBody, r.portfolio, r.exempt, r.publicSummary,
                            r.decision == null ? null : r.decision.name(), r.reasons, r.proposedAction,
                            r.cabinetMember, r.leadOfficer, r.targetDate, r.successMeasure, r.stage.name(),
                            r.progress == null ? null : r.progress.name(), r.currentTarget, r.lastUpdateOn,
                            r.signedOffOn, r.impactNote, r.nextReviewOn}).toList());
            jdbc.batchUpdate("""
                    insert into draft_share (report_id, person_id, purpose, shared_on, shared_by)
                    values (?, ?, ?, ?, ?)""", shares);
            jdbc.batchUpdate("""
                    insert into implementation_update (recommendation_id, posted_on, status, new_target, reason, note,
                        evidence, posted_by_id, posted_by_name)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", updates.stream().map(u -> {
                        Object[] row = u.clone();
                        row[0] = ((RecommendationRow) u[0]).id;
                        return row;
                    }).toList());
            jdbc.batchUpdate("""
                    insert into recommendation_review (recommendation_id, reviewed_on, outcome, note, recorded_by)
                    values (?, ?, ?, ?, 'Scrutineer')""", reviews.stream().map(v -> new Object[] {
                            ((RecommendationRow) v[0]).id, v[1], v[2], v[3]}).toList());
        }
    }
}
