package org.scrutineer.recommendations;

import org.scrutineer.accounts.Actor;
import static org.scrutineer.recommendations.AuditSnapshots.snapshot;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.scrutineer.accounts.Role;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.TrackDeadline;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.Council;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.platform.ConflictException;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.ResultPage;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.recommendations.internal.Activity;
import org.scrutineer.recommendations.internal.RecommendationPermissions;
import org.scrutineer.recommendations.internal.RecommendationRules;
import org.scrutineer.recommendations.internal.Recommendations;
import org.scrutineer.recommendations.internal.ReportDocuments;
import org.scrutineer.recommendations.internal.Reports;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommendations tracker's face. A report is drafted, shared with the executive for comment, agreed by the
 * committee, and served on the executive, which starts the {@code executive-response} deadline (two months, or the
 * protocol's shorter period, LGA 2000 s9FE). The executive drafts its response per recommendation; it counts as
 * given once the cabinet member or cabinet approves it. Action owners then post updates until the committee signs
 * each recommendation off. Every rule and permission is checked here, so pages and the API apply the same ones,
 * and every change is written to the audit history in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationManagement {

    /** Audit record types. */
    public static final String REPORT = "scrutiny-report";
    public static final String RECOMMENDATION = "recommendation";

    /** The deadline rule that gives the executive's response date. */
    public static final String RESPONSE_RULE = "executive-response";

    private static final int MAX_TEXT = 20_000;

    private final Reports reports;
    private final Recommendations recommendations;
    private final Activity activity;
    private final ReportDocuments documents;
    private final RecommendationPermissions permissions;
    private final DirectoryManagement directory;
    private final DeadlineManagement deadlines;
    private final AuditHistory audit;
    private final ApplicationEventPublisher events;
    private final RecommendationSettings settings;
    private final Clock clock;

    RecommendationManagement(Reports reports, Recommendations recommendations, Activity activity,
            ReportDocuments documents, RecommendationPermissions permissions, DirectoryManagement directory, DeadlineManagement deadlines,
            AuditHistory audit, ApplicationEventPublisher events, RecommendationSettings settings,
            Optional<Clock> clock) {
        this.reports = reports;
        this.recommendations = recommendations;
        this.activity = activity;
        this.documents = documents;
        this.permissions = permissions;
        this.directory = directory;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** Today, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public RecommendationSettings settings() {
        return settings;
    }

    // --- reading ----------------------------------------------------------------------------------------------

    /** A report the actor may see (drafts only to those who may see drafts), or not found. */
    public ScrutinyReport report(Actor actor, ReportId id) {
        ScrutinyReport r = reports.find(id).orElseThrow(() -> new NotFoundException("Scrutiny report " + id));
        if (!permissions.sees(actor, r)) {
            throw new NotFoundException("Scrutiny report " + id);
        }
        return r;
    }

    /** A report by its reference, for imports and the public pages. */
    public Optional<ScrutinyReport> reportByReference(Actor actor, String reference) {
        return reports.findByReference(reference).filter(r -> permissions.sees(actor, r));
    }

    /** Reports the actor may see, newest first. */
    public ResultPage<ScrutinyReport> reports(Actor actor, Long committeeId, ReportState state, Integer year, int page,
            int size) {
        int rows = Math.max(1, Math.min(size, 200));
        int p = Math.max(1, page);
        Recommendations.DraftVisibility drafts = draftVisibility(actor);
        List<ScrutinyReport> items = reports.list(committeeId, state, year, false, drafts, rows, (p - 1) * rows)
                .stream().map(r -> disclosed(actor, r)).toList();
        return new ResultPage<>(items, p, rows, reports.count(committeeId, state, year, false, drafts));
    }

    /** Published reports, newest first, as the public see them. */
    public ResultPage<ScrutinyReport> publishedReports(Long committeeId, Integer year, int page, int size) {
        int rows = Math.max(1, Math.min(size, 200));
        int p = Math.max(1, page);
        List<ScrutinyReport> items = reports.list(committeeId, null, year, true, null, rows, (p - 1) * rows).stream()
                .map(RecommendationManagement::publicView).toList();
        return new ResultPage<>(items, p, rows, reports.count(committeeId, null, year, true, null));
    }

    /** A published report as the public see it, or not found. */
    public ScrutinyReport publishedReport(ReportId id) {
        return reports.find(id).filter(ScrutinyReport::published).map(RecommendationManagement::publicView)
                .orElseThrow(() -> new NotFoundException("Published report " + id));
    }

    /** A published report's recommendations as the public see them: exempt ones replaced by their summary. */
    public List<Recommendation> publishedRecommendations(ReportId id) {
        publishedReport(id);
        return recommendations.ofReport(id).stream().map(RecommendationManagement::withheld).toList();
    }

    /** A published recommendation's updates, for the public page. */
    public List<ImplementationUpdate> publishedUpdates(RecommendationId id) {
        Recommendation r = recommendations.find(id).filter(Recommendation::reportPublished)
                .orElseThrow(() -> new NotFoundException("Recommendation " + id));
        return r.exempt() ? List.of() : activity.updates(id);
    }

    /** The municipal years that have reports, newest first. */
    public List<Integer> years() {
        return reports.years();
    }

    /** A report's recommendations, as the actor may see them. */
    public List<Recommendation> recommendationsOf(Actor actor, ReportId id) {
        ScrutinyReport report = report(actor, id);
        boolean exempt = permissions.seesExempt(actor, report.committeeId());
        List<Recommendation> recs = recommendations.ofReport(id);
        boolean draftResponse = report.responseState() == ResponseState.DRAFT && !seesDraftResponse(actor, recs);
        return recs.stream().map(r -> exempt ? r : withheld(r)).map(r -> draftResponse ? withoutResponse(r) : r)
                .toList();
    }

    /** A recommendation the actor may see, with exempt text withheld from those not entitled to it. */
    public Recommendation recommendation(Actor actor, RecommendationId id) {
        Recommendation r = recommendations.find(id).orElseThrow(() -> new NotFoundException("Recommendation " + id));
        report(actor, r.reportId());
        Recommendation shown = permissions.seesExempt(actor, r.committeeId()) ? r : withheld(r);
        return hidesDraftResponse(actor, r) ? withoutResponse(shown) : shown;
    }

    /** Whether the recommendation has a drafted response the actor may not see yet (it is the executive's draft). */
    private boolean hidesDraftResponse(Actor actor, Recommendation r) {
        return r.stage() == Stage.AWAITING_RESPONSE && r.decision() != null && !seesDraftResponse(actor, List.of(r));
    }

    /** Whether the actor sees the executive's response before it is approved: those who draft or approve it. */
    private boolean seesDraftResponse(Actor actor, List<Recommendation> recs) {
        return permissions.administers(actor) || permissions.draftsResponse(actor, recs)
                || permissions.approves(actor, recs, Approval.CABINET_MEMBER);
    }

    /** Whether the actor sees a committee's exempt material (pages mark it as exempt when they show it). */
    public boolean seesExempt(Actor actor, CommitteeId committee) {
        return permissions.seesExempt(actor, committee);
    }

    /** A report as the actor may see it: exempt text withheld unless entitled. */
    public ScrutinyReport disclosed(Actor actor, ScrutinyReport r) {
        ScrutinyReport shown = permissions.seesExempt(actor, r.committeeId()) ? r : publicView(r);
        if (r.responseState() == ResponseState.DRAFT && !seesDraftResponse(actor, recommendations.ofReport(r.id()))) {
            shown = new ScrutinyReport(shown.id(), shown.reference(), shown.municipalYear(), shown.committeeId(),
                    shown.committeeName(), shown.title(), shown.summary(), shown.body(), shown.exemptParagraph(),
                    shown.exemptReason(), shown.publicSummary(), shown.state(), shown.requiredFields(),
                    shown.sharedOn(), shown.agreedOn(), shown.agreedAt(), shown.noticeServedOn(),
                    shown.responseDeadline(), shown.responseDue(), shown.responseState(), null, null, null, null, null,
                    null, null, shown.publishedOn(), shown.imported(), shown.version());
        }
        return shown;
    }

    /** The tracker: recommendations the actor may see, filtered and ordered as asked. */
    public ResultPage<Recommendation> tracker(Actor actor, TrackerQuery query) {
        Recommendations.DraftVisibility drafts = draftVisibility(actor);
        List<Recommendation> rows = recommendations.tracker(query, today(), settings.staleAfterDays(), drafts);
        long total = recommendations.count(query, today(), settings.staleAfterDays(), drafts);
        Map<CommitteeId, Boolean> exempt = new LinkedHashMap<>();
        List<Recommendation> shown = rows.stream()
                .map(r -> exempt.computeIfAbsent(r.committeeId(), c -> permissions.seesExempt(actor, c)) ? r
                        : withheld(r))
                .map(r -> hidesDraftResponse(actor, r) ? withoutResponse(r) : r)
                .toList();
        return new ResultPage<>(shown, query.page(), query.size(), total);
    }

    private Recommendations.DraftVisibility draftVisibility(Actor actor) {
        if (permissions.administers(actor)) {
            return null;
        }
        Long[] committees = actor.person() == null ? new Long[0]
                : directory.standingOf(actor.person()).currentMemberships().stream()
                        .map(m -> m.committeeId().value()).toArray(Long[]::new);
        return new Recommendations.DraftVisibility(actor.person() == null ? null : actor.person().value(), committees,
                permissions.seesAllExempt(actor));
    }

    public List<DraftShare> shares(Actor actor, ReportId id) {
        report(actor, id);
        return activity.shares(id);
    }

    public List<DraftComment> comments(Actor actor, ReportId id) {
        ScrutinyReport r = report(actor, id);
        return permissions.seesDraft(actor, r) ? activity.comments(id) : List.of();
    }

    /** A recommendation's updates, newest first; for an exempt one, only the dates and statuses unless entitled. */
    public List<ImplementationUpdate> updates(Actor actor, RecommendationId id) {
        Recommendation r = recommendation(actor, id);
        boolean withhold = r.exempt() && !permissions.seesExempt(actor, r.committeeId());
        return activity.updates(id).stream().map(u -> withhold ? withheld(u) : u).toList();
    }

    /** Whether the actor may see a record's full change history (which holds exempt text when it has any). */
    public boolean seesHistory(Actor actor, ScrutinyReport report) {
        List<Recommendation> recs = recommendations.ofReport(report.id());
        if (report.responseState() == ResponseState.DRAFT && !seesDraftResponse(actor, recs)) {
            return false;
        }
        return !report.exempt() && recs.stream().noneMatch(Recommendation::exempt)
                || permissions.seesExempt(actor, report.committeeId());
    }

    /** Whether the actor may see a recommendation's full change history. */
    public boolean seesHistory(Actor actor, Recommendation r) {
        Recommendation raw = requireRecommendation(r.id());
        if (hidesDraftResponse(actor, raw)) {
            return false;
        }
        return !raw.exempt() || permissions.seesExempt(actor, raw.committeeId());
    }

    private static ImplementationUpdate withheld(ImplementationUpdate u) {
        String w = "Withheld: exempt information";
        return new ImplementationUpdate(u.id(), u.recommendationId(), u.postedOn(), u.status(), u.newTarget(),
                u.reason() == null ? null : w, u.note() == null ? null : w, u.evidence() == null ? null : w,
                u.postedBy());
    }

    /** A recommendation's reviews, newest first; for an exempt one, the notes only for those entitled. */
    public List<Review> reviews(Actor actor, RecommendationId id) {
        Recommendation r = recommendation(actor, id);
        boolean withhold = r.exempt() && !permissions.seesExempt(actor, r.committeeId());
        return activity.reviews(id).stream().map(v -> withhold && v.note() != null ? new Review(v.id(),
                v.recommendationId(), v.reviewedOn(), v.outcome(), "Withheld: exempt information", v.recordedBy())
                : v).toList();
    }

    /** Everything that happened to a recommendation, oldest first. */
    public List<TimelineEvent> timeline(Actor actor, RecommendationId id) {
        Recommendation rec = recommendation(actor, id);
        ScrutinyReport rep = report(actor, rec.reportId());
        List<TimelineEvent> events = new ArrayList<>();
        if (rep.sharedOn() != null) {
            events.add(new TimelineEvent(rep.sharedOn(), "Draft shared with the executive", null, null, false));
        }
        if (rep.agreedOn() != null) {
            events.add(new TimelineEvent(rep.agreedOn(), "Agreed by " + rep.committeeName(), rep.agreedAt(), null,
                    false));
        }
        if (rep.noticeServedOn() != null) {
            events.add(new TimelineEvent(rep.noticeServedOn(), "Notice served on the executive",
                    rep.responseDue() == null ? null : "Response due by " + longDate(rep.responseDue()), null, false));
        }
        if (rep.responseGivenOn() != null) {
            String late = rep.respondedLate() ? rep.responseDaysLate() + " days late" : "On time";
            events.add(new TimelineEvent(rep.responseGivenOn(), "Executive response: "
                    + (rec.decision() == null ? "no decision recorded" : rec.decision().label()), late,
                    rep.responseApprovedBy() == null ? null : rep.responseApprovedBy().name(), rep.respondedLate()));
        } else if (rep.responseOverdueOn(today())) {
            events.add(new TimelineEvent(rep.responseDue(), "Response due – not yet given",
                    RecommendationRules.daysLate(rep.responseDue(), today()) + " days overdue", null, true));
        }
        for (ImplementationUpdate u : updates(actor, id)) {
            String detail = joinNonNull(u.note(), u.reason() == null ? null : "Reason: " + u.reason(),
                    u.newTarget() == null ? null : "New target date: " + longDate(u.newTarget()),
                    u.evidence() == null ? null : "Evidence: " + u.evidence());
            events.add(new TimelineEvent(u.postedOn(), "Update: " + u.status().label(),
                    detail, u.postedBy(),
                    u.status() == Progress.SLIPPED || u.status() == Progress.NOT_ACHIEVED));
        }
        for (Review v : reviews(actor, id)) {
            events.add(new TimelineEvent(v.reviewedOn(), "Committee review: " + v.outcome().label(), v.note(),
                    v.recordedBy(), false));
        }
        if (rep.publishedOn() != null) {
            events.add(new TimelineEvent(rep.publishedOn(), "Published", null, null, false));
        }
        events.sort(Comparator.comparing(TimelineEvent::on));
        return events;
    }

    /** Joins sentences, adding a full stop only where one is missing. */
    private static String joinNonNull(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) {
                continue;
            }
            if (!s.isEmpty()) {
                char last = s.charAt(s.length() - 1);
                s.append(last == '.' || last == '!' || last == '?' ? " " : ". ");
            }
            s.append(p.strip());
        }
        return s.isEmpty() ? null : s.toString();
    }

    private static String longDate(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    // --- what the actor may do (for pages deciding which actions to offer; every action checks again) ---------

    /** Whether the actor runs the process: writes, shares, agrees, serves notice and publishes. */
    public boolean mayAdminister(Actor actor) {
        return permissions.administers(actor);
    }

    /** Whether the actor may comment on the report's draft. */
    public boolean mayComment(Actor actor, ScrutinyReport report) {
        return permissions.comments(actor, report);
    }

    /** Whether the actor may draft the executive's response to the report. */
    public boolean mayDraftResponse(Actor actor, ScrutinyReport report) {
        return report.state() == ReportState.NOTICE_SERVED
                && permissions.draftsResponse(actor, recommendations.ofReport(report.id()));
    }

    /** Whether the actor may approve the executive's response, and by which route. */
    public boolean mayApprove(Actor actor, ScrutinyReport report, Approval via) {
        return report.state() == ReportState.NOTICE_SERVED
                && permissions.approves(actor, recommendations.ofReport(report.id()), via);
    }

    /** Whether the actor may post an update on the recommendation. */
    public boolean mayUpdate(Actor actor, Recommendation r) {
        return r.stage().monitored() && permissions.updates(actor, r);
    }

    /** Whether the actor may record the committee's review of the recommendation. */
    public boolean mayReview(Actor actor, Recommendation r) {
        return r.stage().monitored() && permissions.reviews(actor, r);
    }

    // --- writing the report -----------------------------------------------------------------------------------

    /** Starts a report, numbered in the current municipal year. */
    @Transactional
    public ReportId createReport(Actor actor, ReportDetails details) {
        requireThat(permissions.administers(actor), "Only scrutiny officers write scrutiny reports");
        checkReport(details);
        int year = RecommendationRules.municipalYear(today(),
                directory.council().map(Council::municipalYearStartMonth).orElse(5));
        int sequence = reports.nextSequence(year);
        String reference = RecommendationRules.reference(settings.referencePrefix(), year, sequence);
        ReportId id = reports.insert(reference, year, sequence, details, false);
        audit.created(REPORT, id, snapshot(reports.find(id).orElseThrow()));
        return id;
    }

    /** Changes a draft report; {@code version} is the one the editor saw. */
    @Transactional
    public void updateReport(Actor actor, ReportId id, int version, ReportDetails details) {
        ScrutinyReport before = editable(actor, id);
        checkReport(details);
        if (!reports.update(id, version, details)) {
            throw new ConflictException("Report " + before.reference());
        }
        audit.changed(REPORT, id, snapshot(before), snapshot(reports.find(id).orElseThrow()));
    }

    /** Deletes a report that was never agreed. */
    @Transactional
    public void deleteReport(Actor actor, ReportId id) {
        ScrutinyReport before = editable(actor, id);
        for (Recommendation r : recommendations.ofReport(id)) {
            audit.deleted(RECOMMENDATION, r.id(), snapshot(r));
        }
        reports.delete(id);
        audit.deleted(REPORT, id, snapshot(before));
    }

    private void checkReport(ReportDetails d) {
        List<FieldProblem> problems = new ArrayList<>(RecommendationRules.checkReport(d));
        if (d.committeeId() != null) {
            directory.committee(new CommitteeId(d.committeeId())).ifPresentOrElse(c -> {
                if (c.kind() != CommitteeKind.OVERVIEW_AND_SCRUTINY && c.kind() != CommitteeKind.TASK_AND_FINISH) {
                    problems.add(new FieldProblem("committeeId",
                            "Select an overview and scrutiny committee or a task-and-finish group"));
                }
            }, () -> problems.add(new FieldProblem("committeeId", "Select a committee from the list")));
        }
        tooLong(d.body(), "body", "The report's text", problems);
        tooLong(d.summary(), "summary", "The summary", problems);
        tooLong(d.exemptReason(), "exemptReason", "The public interest reasoning", problems);
        tooLong(d.publicSummary(), "publicSummary", "The public summary", problems);
        fail(problems);
    }

    /** Adds a recommendation to a draft report, numbered after the last. */
    @Transactional
    public RecommendationId addRecommendation(Actor actor, ReportId reportId, RecommendationDetails details) {
        editable(actor, reportId);
        checkRecommendation(details);
        RecommendationId id = recommendations.insert(reportId, details, Stage.DRAFT);
        audit.created(RECOMMENDATION, id, snapshot(recommendations.find(id).orElseThrow()));
        return id;
    }

    /** Changes a recommendation of a draft report. */
    @Transactional
    public void updateRecommendation(Actor actor, RecommendationId id, int version, RecommendationDetails details) {
        Recommendation before = requireRecommendation(id);
        editable(actor, before.reportId());
        checkRecommendation(details);
        if (!recommendations.update(id, version, details)) {
            throw new ConflictException("Recommendation " + before.reference());
        }
        audit.changed(RECOMMENDATION, id, snapshot(before), snapshot(requireRecommendation(id)));
    }

    /** Removes a recommendation from a draft report; the later ones are renumbered. */
    @Transactional
    public void removeRecommendation(Actor actor, RecommendationId id) {
        Recommendation before = requireRecommendation(id);
        editable(actor, before.reportId());
        recommendations.delete(id, before.reportId(), before.number());
        audit.deleted(RECOMMENDATION, id, snapshot(before));
    }

    private void checkRecommendation(RecommendationDetails d) {
        List<FieldProblem> problems = new ArrayList<>(RecommendationRules.checkRecommendation(d));
        if (d.addressedTo() == Addressee.CABINET_MEMBER && d.addresseeId() != null) {
            Optional<Person> p = directory.person(new PersonId(d.addresseeId()));
            if (p.isEmpty() || p.get().kind() != PersonKind.COUNCILLOR) {
                problems.add(new FieldProblem("addresseeId", "Select a cabinet member from the list"));
            }
        }
        if (d.portfolioId() != null && directory.portfolio(d.portfolioId()).isEmpty()) {
            problems.add(new FieldProblem("portfolioId", "Select a portfolio from the list"));
        }
        tooLong(d.text(), "text", "The recommendation", problems);
        tooLong(d.publicSummary(), "publicSummary", "The public summary", problems);
        if (d.partnerBody() != null && d.partnerBody().strip().length() > 300) {
            problems.add(new FieldProblem("partnerBody", "The partner body must be 300 characters or fewer"));
        }
        fail(problems);
    }

    // --- documents -----------------------------------------------------------------------------------------------

    /** A report's documents as the actor may see them: exempt ones only for those entitled to exempt information. */
    public List<ReportDocument> documents(Actor actor, ReportId id) {
        ScrutinyReport r = report(actor, id);
        boolean exempt = permissions.seesExempt(actor, r.committeeId());
        return documents.of(id).stream().filter(d -> exempt || !d.exempt()).toList();
    }

    /** A published report's documents that are not exempt, for the public. */
    public List<ReportDocument> publishedDocuments(ReportId id) {
        publishedReport(id);
        return documents.of(id).stream().filter(d -> !d.exempt()).toList();
    }

    /**
     * Links a document to a report, at any stage: where the council publishes it (its committee system or website),
     * marked exempt when it is exempt information.
     */
    @Transactional
    public long addDocument(Actor actor, ReportId id, String title, String url, boolean exempt) {
        ScrutinyReport r = report(actor, id);
        requireThat(permissions.administers(actor), "Only scrutiny officers add a report's documents");
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "Enter the document's title"));
        } else if (title.strip().length() > 300) {
            problems.add(new FieldProblem("title", "The title must be 300 characters or fewer"));
        }
        if (url == null || url.isBlank()) {
            problems.add(new FieldProblem("url", "Enter the address where the document is published"));
        } else if (!RecommendationRules.webAddress(url)) {
            problems.add(new FieldProblem("url",
                    "Enter a full web address starting with https:// or http://, for example "
                            + "https://democracy.anytown.gov.uk/documents/report.pdf"));
        }
        fail(problems);
        long documentId = documents.insert(id, title, url, exempt, actor.name());
        audit.created("report-document", documentId, Map.of("Report", r.reference(), "Title", title.strip(),
                "Address", url.strip(), "Exempt", exempt));
        return documentId;
    }

    /** Removes a document from a report. */
    @Transactional
    public void removeDocument(Actor actor, ReportId id, long documentId) {
        ScrutinyReport r = report(actor, id);
        requireThat(permissions.administers(actor), "Only scrutiny officers remove a report's documents");
        ReportDocument d = documents.find(documentId).filter(x -> x.reportId().equals(id))
                .orElseThrow(() -> new NotFoundException("Document " + documentId));
        documents.delete(documentId);
        audit.deleted("report-document", documentId, Map.of("Report", r.reference(), "Title", d.title(),
                "Address", d.url(), "Exempt", d.exempt()));
    }

    // --- sharing the draft --------------------------------------------------------------------------------------

    /** Shares the draft with cabinet members and chief officers for comment, or with a service to check facts. */
    @Transactional
    public void shareDraft(Actor actor, ReportId id, List<Long> people, SharePurpose purpose) {
        ScrutinyReport before = editable(actor, id);
        List<FieldProblem> problems = new ArrayList<>();
        if (people == null || people.isEmpty()) {
            problems.add(new FieldProblem("people", "Select at least one person to share the draft with"));
        }
        if (purpose == null) {
            problems.add(new FieldProblem("purpose", "Select why the draft is being shared"));
        }
        if (recommendations.ofReport(id).isEmpty()) {
            problems.add(new FieldProblem(null, "Add the report's recommendations before sharing the draft"));
        }
        fail(problems);
        Map<PersonId, Person> found = directory.people(people.stream().map(PersonId::new).toList());
        if (found.size() != new LinkedHashSet<>(people).size()) {
            throw new RuleViolationException("people", "Every person must be in the directory");
        }
        for (Long p : people) {
            if (activity.share(id, p, purpose, today(), actor.name())) {
                audit.created("draft-share", id + ":" + p, Map.of("Report", before.reference(), "Shared with",
                        found.get(new PersonId(p)).fullName(), "Purpose", purpose.label()));
            }
        }
        if (before.state() == ReportState.DRAFT) {
            transition(before, reports.markShared(id, before.version(), today()));
        }
    }

    /** Records a comment on the draft, about the report or one recommendation. */
    @Transactional
    public long comment(Actor actor, ReportId id, RecommendationId recommendation, CommentKind kind, String text) {
        ScrutinyReport r = reports.find(id).orElseThrow(() -> new NotFoundException("Scrutiny report " + id));
        if (!permissions.sees(actor, r)) {
            throw new NotFoundException("Scrutiny report " + id);
        }
        requireThat(permissions.comments(actor, r), r.state().editable()
                ? "Only those the draft was shared with, the committee and scrutiny officers comment on it"
                : "The committee has agreed the report; comments on the draft are closed");
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "Select whether the comment is on factual accuracy, feasibility or general"));
        }
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("text", "Enter your comment"));
        }
        tooLong(text, "text", "The comment", problems);
        if (recommendation != null && recommendations.find(recommendation)
                .filter(x -> x.reportId().equals(id)).isEmpty()) {
            problems.add(new FieldProblem("recommendationId", "Select a recommendation of this report"));
        }
        fail(problems);
        long commentId = activity.comment(id, recommendation, actor.person() == null ? null : actor.person().value(),
                actor.name(), kind, text);
        audit.created("draft-comment", commentId, Map.of("Report", r.reference(), "Kind", kind.label(),
                "Comment", text.strip()));
        return commentId;
    }

    // --- agreement and notice -----------------------------------------------------------------------------------

    /** Records that the committee agreed the report, with the response format it requires. */
    @Transactional
    public void agree(Actor actor, ReportId id, LocalDate agreedOn, String agreedAt, Set<ResponseField> required) {
        ScrutinyReport before = editable(actor, id);
        List<FieldProblem> problems = new ArrayList<>();
        if (agreedOn == null) {
            problems.add(new FieldProblem("agreedOn", "Enter the date the committee agreed the report"));
        } else if (agreedOn.isAfter(today())) {
            problems.add(new FieldProblem("agreedOn", "The date the committee agreed the report cannot be in the future"));
        }
        if (agreedOn != null && agreedOn.getYear() < 2000) {
            problems.add(new FieldProblem("agreedOn", "Enter the date the committee agreed the report"));
        }
        if (agreedAt == null || agreedAt.isBlank()) {
            problems.add(new FieldProblem("agreedAt", "Enter the meeting at which the committee agreed it"));
        } else if (agreedAt.strip().length() > 300) {
            problems.add(new FieldProblem("agreedAt", "The meeting must be 300 characters or fewer"));
        }
        if (recommendations.ofReport(id).isEmpty()) {
            problems.add(new FieldProblem(null, "A report needs at least one recommendation before it is agreed"));
        }
        fail(problems);
        Set<ResponseField> fields = required == null ? EnumSet.noneOf(ResponseField.class) : EnumSet.copyOf(
                required.isEmpty() ? EnumSet.noneOf(ResponseField.class) : required);
        transition(before, reports.markAgreed(id, before.version(), agreedOn, agreedAt, fields));
        recommendations.setStageForReport(id, Stage.AGREED);
    }

    /**
     * Serves notice of the agreed report on the executive: the {@code executive-response} deadline starts, counted
     * with the rules in force on the day notice is served, with reminders to the cabinet members and lead officers
     * for the portfolios concerned.
     */
    @Transactional
    public TrackedDeadline serveNotice(Actor actor, ReportId id, LocalDate servedOn) {
        ScrutinyReport before = report(actor, id);
        requireThat(permissions.administers(actor), "Only scrutiny officers serve notice on the executive");
        if (before.state() != ReportState.AGREED) {
            throw new RuleViolationException(null, before.state().editable()
                    ? "The committee must agree the report before notice is served"
                    : "Notice has already been served on the executive");
        }
        if (servedOn == null) {
            throw new RuleViolationException("servedOn", "Enter the date notice was served on the executive");
        }
        if ((before.agreedOn() != null && servedOn.isBefore(before.agreedOn())) || servedOn.isAfter(today())) {
            throw new RuleViolationException("servedOn", "Notice is served between the day the committee agreed the "
                    + "report (" + before.agreedOn() + ") and today");
        }
        TrackedDeadline deadline = deadlines.track(new TrackDeadline(REPORT, id.toString(),
                "Executive response to " + before.reference() + ": " + before.title(), responsePath(id), RESPONSE_RULE,
                servedOn, responsibleFor(recommendations.ofReport(id))));
        transition(before, reports.markNoticeServed(id, before.version(), servedOn, deadline.id(), deadline.due()));
        recommendations.setStageForReport(id, Stage.AWAITING_RESPONSE);
        events.publishEvent(new NoticeServed(id, before.reference(), deadline.id(), deadline.due()));
        return deadline;
    }

    /** The page where the executive's response to a report is drafted and approved. */
    public static String responsePath(ReportId id) {
        return "/recommendations/reports/" + id + "/response";
    }

    /** The cabinet members and lead officers for the portfolios of the recommendations, and any addressees. */
    private List<PersonId> responsibleFor(List<Recommendation> recs) {
        Set<PersonId> people = new LinkedHashSet<>();
        for (Recommendation r : recs) {
            if (r.addressee() != null) {
                people.add(new PersonId(r.addressee().id()));
            }
            if (r.portfolio() != null) {
                directory.portfolio(r.portfolio().id()).ifPresent(p -> {
                    if (p.holder() != null) {
                        people.add(new PersonId(p.holder().id()));
                    }
                    if (p.leadOfficer() != null) {
                        people.add(new PersonId(p.leadOfficer().id()));
                    }
                });
            }
        }
        return List.copyOf(people);
    }

    // --- the executive response ---------------------------------------------------------------------------------

    /**
     * Saves the executive's draft response. Each recommendation's response is checked as it is saved: reasons are
     * mandatory unless a recommendation is accepted in full, and the fields the committee required are mandatory
     * for those accepted in whole or part. When any is missing nothing is saved, and every problem is reported.
     */
    @Transactional
    public void saveResponse(Actor actor, ReportId id, String summary, List<ResponseDetails> responses) {
        saveResponse(actor, id, null, summary, responses);
    }

    /**
     * Saves the executive's draft response, refusing it ({@link ConflictException}) when the report has changed since
     * the drafter read it at {@code version}, so two drafters never silently overwrite each other.
     */
    @Transactional
    public void saveResponse(Actor actor, ReportId id, Integer version, String summary,
            List<ResponseDetails> responses) {
        ScrutinyReport before = awaitingResponse(actor, id);
        requireVersion(before, version);
        List<Recommendation> recs = recommendations.ofReport(id);
        requireThat(permissions.draftsResponse(actor, recs),
                "Only the officers and cabinet members concerned draft the executive's response");
        if (summary != null && summary.length() > MAX_TEXT) {
            throw new RuleViolationException("summary", "The covering summary must be " + MAX_TEXT
                    + " characters or fewer");
        }
        checkResponses(before, recs, responses, false);
        Map<Long, Recommendation> byId = recs.stream().collect(Collectors.toMap(r -> r.id().value(), r -> r));
        for (ResponseDetails r : responses) {
            Recommendation was = byId.get(r.recommendationId());
            recommendations.saveResponse(r);
            audit.changed(RECOMMENDATION, was.id(), snapshot(was), snapshot(requireRecommendation(was.id())));
        }
        transition(before, reports.saveResponseDraft(id, before.version(),
                actor.person() == null ? null : actor.person().value(), summary));
    }

    /**
     * Approves the executive's response, which makes it given: by the cabinet member on a day, or by cabinet at a
     * meeting. Every recommendation needs a complete response first. The {@code executive-response} deadline is
     * met on that day; a response given after the due date is recorded as late, with how late.
     */
    @Transactional
    public ScrutinyReport approveResponse(Actor actor, ReportId id, Approval via, LocalDate cabinetDate,
            LocalDate approvedOn) {
        return approveResponse(actor, id, null, via, cabinetDate, approvedOn);
    }

    /**
     * Approves the executive's response as the approver read it at {@code version}: a response changed since then
     * is refused ({@link ConflictException}), so nobody approves words they have not seen.
     */
    @Transactional
    public ScrutinyReport approveResponse(Actor actor, ReportId id, Integer version, Approval via,
            LocalDate cabinetDate, LocalDate approvedOn) {
        ScrutinyReport before = awaitingResponse(actor, id);
        requireVersion(before, version);
        List<Recommendation> recs = recommendations.ofReport(id);
        if (via == null) {
            throw new RuleViolationException("via", "Select whether the cabinet member or cabinet approved the response");
        }
        requireThat(permissions.approves(actor, recs, via), via == Approval.CABINET
                ? "Only the leader, a cabinet member concerned or a scrutiny officer records cabinet's approval"
                : "Only the cabinet member responsible for the portfolio (or the leader) approves the response");
        if (before.responseState() != ResponseState.DRAFT) {
            throw new RuleViolationException(null, "Draft the response before it is approved");
        }
        String dateField = via == Approval.CABINET ? "cabinetDate" : "approvedOn";
        if (via == Approval.CABINET_MEMBER && approvedOn != null && !approvedOn.equals(today()) && !actor.system()) {
            // a cabinet member approves on the day they approve; only cabinet's decision is recorded after the event
            throw new RuleViolationException(dateField, "A cabinet member's approval is dated the day it is given");
        }
        LocalDate givenOn = via == Approval.CABINET ? cabinetDate : approvedOn == null ? today() : approvedOn;
        if (givenOn == null) {
            throw new RuleViolationException(dateField, "Enter the date of the cabinet meeting that approved the response");
        }
        if ((before.noticeServedOn() != null && givenOn.isBefore(before.noticeServedOn())) || givenOn.isAfter(today())) {
            throw new RuleViolationException(dateField, "The response is approved between the day notice was served ("
                    + before.noticeServedOn() + ") and today");
        }
        checkResponses(before, recs, recs.stream().map(RecommendationManagement::asResponse).toList(), true);
        // the tracked deadline is the authority on the due date: it may have been extended or its clock stopped
        TrackedDeadline tracked = before.responseDeadline() == null ? null : deadlines.require(before.responseDeadline());
        LocalDate due = tracked == null ? before.responseDue() : tracked.due();
        int late = RecommendationRules.daysLate(due, givenOn);
        Long approver = via == Approval.CABINET_MEMBER && actor.person() != null ? actor.person().value() : null;
        transition(before, reports.markResponded(id, before.version(), approver, via,
                via == Approval.CABINET ? cabinetDate : null, givenOn, late));
        LocalDate nextReview = givenOn.plusMonths(settings.reviewCycleMonths());
        for (Recommendation r : recs) {
            recommendations.applyResponse(r.id(), Stage.after(r.decision()), nextReview);
            audit.changed(RECOMMENDATION, r.id(), snapshot(r), snapshot(requireRecommendation(r.id())));
        }
        if (tracked != null && (tracked.state() == org.scrutineer.deadlines.DeadlineState.OPEN
                || tracked.state() == org.scrutineer.deadlines.DeadlineState.STOPPED)) {
            deadlines.met(tracked.id(), givenOn);
        }
        events.publishEvent(new ExecutiveResponseGiven(id, before.reference(), givenOn, late));
        return reports.find(id).orElseThrow();
    }

    private void checkResponses(ScrutinyReport report, List<Recommendation> recs, List<ResponseDetails> responses,
            boolean complete) {
        Map<Long, Recommendation> byId = recs.stream().collect(Collectors.toMap(r -> r.id().value(), r -> r));
        List<FieldProblem> problems = new ArrayList<>();
        if (responses == null) {
            throw new RuleViolationException("responses", "Give a response for each recommendation");
        }
        Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < responses.size(); i++) {
            ResponseDetails r = responses.get(i);
            String prefix = "responses[" + i + "].";
            Recommendation rec = r.recommendationId() == null ? null : byId.get(r.recommendationId());
            if (rec == null || !seen.add(r.recommendationId())) {
                problems.add(new FieldProblem(prefix + "recommendationId",
                        "Each response must be to a different recommendation of " + report.reference()));
                continue;
            }
            problems.addAll(RecommendationRules.checkResponse(r, rec.number(), report.requiredFields(), complete,
                    prefix));
            checkPerson(r.cabinetMemberId(), PersonKind.COUNCILLOR, prefix + "cabinetMemberId",
                    "Recommendation " + rec.number() + ": select the cabinet member from the list", problems);
            checkPerson(r.leadOfficerId(), PersonKind.OFFICER, prefix + "leadOfficerId",
                    "Recommendation " + rec.number() + ": select the lead officer from the list", problems);
            tooLong(r.reasons(), prefix + "reasons", "The reasons", problems);
            tooLong(r.proposedAction(), prefix + "proposedAction", "The proposed action", problems);
            tooLong(r.successMeasure(), prefix + "successMeasure", "The success measure", problems);
        }
        if (complete && seen.size() < recs.size()) {
            recs.stream().filter(r -> !seen.contains(r.id().value())).forEach(r -> problems.add(new FieldProblem(null,
                    "Recommendation " + r.number() + " has no response")));
        }
        fail(problems);
    }

    private void checkPerson(Long id, PersonKind kind, String field, String message, List<FieldProblem> problems) {
        if (id != null && directory.person(new PersonId(id)).filter(p -> p.kind() == kind).isEmpty()) {
            problems.add(new FieldProblem(field, message));
        }
    }

    private static ResponseDetails asResponse(Recommendation r) {
        return new ResponseDetails(r.id().value(), r.decision(), r.reasons(), r.proposedAction(),
                r.cabinetMember() == null ? null : r.cabinetMember().id(),
                r.leadOfficer() == null ? null : r.leadOfficer().id(), r.targetDate(), r.successMeasure());
    }

    private ScrutinyReport awaitingResponse(Actor actor, ReportId id) {
        ScrutinyReport r = report(actor, id);
        if (r.state() != ReportState.NOTICE_SERVED) {
            throw new RuleViolationException(null, r.state() == ReportState.RESPONDED
                    ? "The executive has already responded to " + r.reference()
                    : "Notice must be served on the executive before it responds");
        }
        return r;
    }

    /**
     * Moves a report's response due date to its deadline's, after the deadline was extended or restarted (the
     * deadline's history records the change).
     */
    @Transactional
    public void responseRescheduled(org.scrutineer.deadlines.DeadlineId deadline, LocalDate due) {
        reports.findByResponseDeadline(deadline).filter(r -> r.state() == ReportState.NOTICE_SERVED)
                // A copy of the deadline's date, whose change the deadline's own history records. Writing history
                // here as well would take the history lock while holding the report's row, the reverse of the order
                // a person's change takes them, and the two could deadlock.
                .ifPresent(before -> reports.reschedule(before.id(), due));
    }

    // --- publication --------------------------------------------------------------------------------------------

    /** Publishes an agreed report, its recommendations and (as they come) the response and progress. */
    @Transactional
    public void publish(Actor actor, ReportId id, LocalDate on) {
        ScrutinyReport before = report(actor, id);
        requireThat(permissions.administers(actor), "Only scrutiny officers publish reports");
        if (!before.state().agreed()) {
            throw new RuleViolationException(null, "Only a report the committee has agreed can be published");
        }
        if (before.published()) {
            throw new RuleViolationException(null, before.reference() + " was published on " + before.publishedOn());
        }
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today()) || (before.agreedOn() != null && day.isBefore(before.agreedOn()))) {
            throw new RuleViolationException("publishedOn", "It is published between the day it was agreed and today");
        }
        transition(before, reports.markPublished(id, before.version(), day));
    }

    // --- implementation ---------------------------------------------------------------------------------------

    /** Posts an action owner's update on implementing a recommendation. */
    @Transactional
    public long postUpdate(Actor actor, RecommendationId id, UpdateDetails update) {
        Recommendation before = requireRecommendation(id);
        report(actor, before.reportId());
        requireThat(permissions.updates(actor, before),
                "Only the action's owners, chief officers and scrutiny officers post updates");
        if (!before.stage().monitored()) {
            throw new RuleViolationException(null, switch (before.stage()) {
                case IMPLEMENTED -> "The committee has signed this recommendation off";
                case REJECTED -> "The executive rejected this recommendation; there is nothing to implement";
                default -> "Updates start once the executive has responded";
            });
        }
        if (update == null) {
            throw new RuleViolationException("status", "Select the action's status");
        }
        List<FieldProblem> problems = new ArrayList<>(RecommendationRules.checkUpdate(update, before.currentTarget(),
                today()));
        if (update.postedOn() != null && before.responseGivenOn() != null
                && update.postedOn().isBefore(before.responseGivenOn())) {
            problems.add(new FieldProblem("postedOn", "The update cannot be dated before the executive's response ("
                    + before.responseGivenOn() + ")"));
        }
        tooLong(update.note(), "note", "The update", problems);
        tooLong(update.reason(), "reason", "The reason", problems);
        if (update.newTarget() != null && update.newTarget().getYear() > 2100) {
            problems.add(new FieldProblem("newTarget", "The new target date must be a real date"));
        }
        tooLong(update.evidence(), "evidence", "The evidence", problems);
        fail(problems);
        long updateId = activity.addUpdate(id, update, actor.person() == null ? null : actor.person().value(),
                actor.name());
        if (!recommendations.recordProgress(id, before.version(), update.status(), update.postedOn(),
                update.status() == Progress.SLIPPED ? update.newTarget() : null)) {
            throw new ConflictException("Recommendation " + before.reference());
        }
        audit.changed(RECOMMENDATION, id, snapshot(before), snapshot(requireRecommendation(id)));
        if (update.status() == Progress.SLIPPED || update.status() == Progress.NOT_ACHIEVED) {
            events.publishEvent(new ActionSlipped(id, before.reference(), update.status(), update.newTarget()));
        }
        return updateId;
    }

    /**
     * Records the committee's review: signed off as implemented (with an impact note, mandatory) or kept open
     * (with the next review date, a review cycle on).
     */
    @Transactional
    public void review(Actor actor, RecommendationId id, LocalDate on, ReviewOutcome outcome, String note) {
        Recommendation before = requireRecommendation(id);
        report(actor, before.reportId());
        requireThat(permissions.reviews(actor, before),
                "Only the committee's chair or vice-chair and scrutiny officers record its review");
        if (!before.stage().monitored()) {
            throw new RuleViolationException(null, before.stage() == Stage.IMPLEMENTED
                    ? "The committee has already signed this recommendation off"
                    : "Only a recommendation being implemented or deferred is reviewed");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (on == null) {
            problems.add(new FieldProblem("reviewedOn", "Enter the date of the committee's review"));
        } else if (on.isAfter(today())) {
            problems.add(new FieldProblem("reviewedOn", "The review's date cannot be in the future"));
        } else if (before.responseGivenOn() != null && on.isBefore(before.responseGivenOn())) {
            problems.add(new FieldProblem("reviewedOn", "The review cannot be dated before the executive's response ("
                    + before.responseGivenOn() + ")"));
        }
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "Select whether the committee signed it off or kept it open"));
        } else if (outcome == ReviewOutcome.SIGNED_OFF && (note == null || note.isBlank())) {
            problems.add(new FieldProblem("impactNote", "Enter the impact note: what difference the recommendation made"));
        }
        tooLong(note, "impactNote", "The note", problems);
        fail(problems);
        activity.addReview(id, on, outcome, note, actor.name());
        boolean saved = outcome == ReviewOutcome.SIGNED_OFF
                ? recommendations.signOff(id, before.version(), on, actor.person() == null ? null
                        : actor.person().value(), note)
                : recommendations.keepOpen(id, before.version(), on.plusMonths(settings.reviewCycleMonths()));
        if (!saved) {
            throw new ConflictException("Recommendation " + before.reference());
        }
        audit.changed(RECOMMENDATION, id, snapshot(before), snapshot(requireRecommendation(id)));
        if (outcome == ReviewOutcome.SIGNED_OFF) {
            events.publishEvent(new RecommendationSignedOff(id, before.reference(), on));
        }
    }

    // --- choices for forms ----------------------------------------------------------------------------------

    /** The committees a report can come from: overview and scrutiny committees and task-and-finish groups. */
    public List<org.scrutineer.directory.Committee> scrutinyCommittees() {
        List<org.scrutineer.directory.Committee> list = new ArrayList<>(
                directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false));
        list.addAll(directory.committees(CommitteeKind.TASK_AND_FINISH, false));
        return list;
    }

    /** Active cabinet portfolios. */
    public List<Portfolio> portfolios() {
        return directory.portfolios(false);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private Recommendation requireRecommendation(RecommendationId id) {
        return recommendations.find(id).orElseThrow(() -> new NotFoundException("Recommendation " + id));
    }

    private ScrutinyReport editable(Actor actor, ReportId id) {
        ScrutinyReport r = report(actor, id);
        requireThat(permissions.administers(actor), "Only scrutiny officers change scrutiny reports");
        if (!r.state().editable()) {
            throw new RuleViolationException(null, r.reference() + " was agreed by the committee on " + r.agreedOn()
                    + " and can no longer be changed");
        }
        return r;
    }

    private static void requireVersion(ScrutinyReport report, Integer version) {
        if (version != null && version != report.version()) {
            throw new ConflictException("The response to " + report.reference());
        }
    }

    private void transition(ScrutinyReport before, boolean saved) {
        if (!saved) {
            throw new ConflictException("Report " + before.reference());
        }
        audit.changed(REPORT, before.id(), snapshot(before), snapshot(reports.find(before.id()).orElseThrow()));
    }

    private static void requireThat(boolean allowed, String message) {
        if (!allowed) {
            throw new AccessDeniedException(message);
        }
    }

    private static void tooLong(String value, String field, String what, List<FieldProblem> problems) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, what + " must be " + MAX_TEXT + " characters or fewer"));
        }
    }

    private static void fail(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }

    /** A report as the public (or anyone not entitled to exempt material) see it. */
    static ScrutinyReport publicView(ScrutinyReport r) {
        if (!r.exempt()) {
            return r;
        }
        return new ScrutinyReport(r.id(), r.reference(), r.municipalYear(), r.committeeId(), r.committeeName(),
                r.title(), r.publicSummary(), null, r.exemptParagraph(), null, r.publicSummary(), r.state(),
                r.requiredFields(), r.sharedOn(), r.agreedOn(), r.agreedAt(), r.noticeServedOn(), r.responseDeadline(),
                r.responseDue(), r.responseState(), r.responseDraftedBy(), r.responseApprovedBy(), r.approvedVia(),
                r.cabinetDate(), r.responseGivenOn(), r.responseDaysLate(),
                r.responseSummary() == null ? null : "Withheld: exempt information", r.publishedOn(), r.imported(),
                r.version());
    }

    /** A recommendation with exempt text replaced by its public summary (and its response's free text withheld). */
    static Recommendation withheld(Recommendation r) {
        if (!r.exempt()) {
            return r;
        }
        String withheld = "Withheld: exempt information";
        return new Recommendation(r.id(), r.reportId(), r.reportReference(), r.reportTitle(), r.committeeId(),
                r.committeeName(), r.municipalYear(), r.number(), r.publicSummary(), r.addressedTo(), r.addressee(),
                r.partnerBody(), r.portfolio(), true, r.publicSummary(), r.decision(),
                r.reasons() == null ? null : withheld, r.proposedAction() == null ? null : withheld,
                r.cabinetMember(), r.leadOfficer(), r.targetDate(), r.successMeasure() == null ? null : withheld,
                r.stage(), r.progress(), r.currentTarget(), r.lastUpdateOn(), r.signedOffOn(),
                r.impactNote() == null ? null : withheld, r.nextReviewOn(), r.reportState(), r.reportPublished(),
                r.responseDue(), r.responseGivenOn(), r.version());
    }

    /** A recommendation without the executive's draft response (shown only once approved, or to its drafters). */
    static Recommendation withoutResponse(Recommendation r) {
        return new Recommendation(r.id(), r.reportId(), r.reportReference(), r.reportTitle(), r.committeeId(),
                r.committeeName(), r.municipalYear(), r.number(), r.text(), r.addressedTo(), r.addressee(),
                r.partnerBody(), r.portfolio(), r.exempt(), r.publicSummary(), null, null, null, null, null, null,
                null, r.stage(), r.progress(), r.currentTarget(), r.lastUpdateOn(), r.signedOffOn(), r.impactNote(),
                r.nextReviewOn(), r.reportState(), r.reportPublished(), r.responseDue(), r.responseGivenOn(),
                r.version());
    }

    /** Whether the actor holds one of the roles (for pages deciding which actions to offer). */
    public static boolean hasRole(Actor actor, Role role) {
        return actor.roles().contains(role);
    }
}
