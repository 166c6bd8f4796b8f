package org.scrutineer.recommendations.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.accounts.CurrentUsers;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.platform.InvalidParameterException;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.ResultPage;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.accounts.Actor;
import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.Approval;
import org.scrutineer.recommendations.CommentKind;
import org.scrutineer.recommendations.Progress;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.RecommendationDetails;
import org.scrutineer.recommendations.RecommendationId;
import org.scrutineer.recommendations.RecommendationManagement;
import org.scrutineer.recommendations.ReportDetails;
import org.scrutineer.recommendations.ReportId;
import org.scrutineer.recommendations.ReportState;
import org.scrutineer.recommendations.ResponseDecision;
import org.scrutineer.recommendations.ResponseDetails;
import org.scrutineer.recommendations.ResponseField;
import org.scrutineer.recommendations.ReviewOutcome;
import org.scrutineer.recommendations.ScrutinyReport;
import org.scrutineer.recommendations.SharePurpose;
import org.scrutineer.recommendations.TrackerQuery;
import org.scrutineer.recommendations.TrackerSort;
import org.scrutineer.recommendations.TrackerStatus;
import org.scrutineer.recommendations.UpdateDetails;
import org.scrutineer.recommendations.web.RecommendationsApiResources.CommentResource;
import org.scrutineer.recommendations.web.RecommendationsApiResources.DeadlineResource;
import org.scrutineer.recommendations.web.RecommendationsApiResources.DocumentResource;
import org.scrutineer.recommendations.web.RecommendationsApiResources.RecommendationResource;
import org.scrutineer.recommendations.web.RecommendationsApiResources.RecommendationsPage;
import org.scrutineer.recommendations.web.RecommendationsApiResources.ReportResource;
import org.scrutineer.recommendations.web.RecommendationsApiResources.ReportSummaryResource;
import org.scrutineer.recommendations.web.RecommendationsApiResources.ReportsPage;
import org.scrutineer.recommendations.web.RecommendationsApiResources.ReviewResource;
import org.scrutineer.recommendations.web.RecommendationsApiResources.ShareResource;
import org.scrutineer.recommendations.web.RecommendationsApiResources.TimelineEventResource;
import org.scrutineer.recommendations.web.RecommendationsApiResources.UpdateResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recommendations tracker as JSON, for signed-in users: scrutiny reports from draft to the executive's
 * response, their recommendations, implementation updates and the committee's reviews. Every call goes through
 * {@link RecommendationManagement}, so the API applies exactly the rules and permissions the pages do: a record
 * the user may not see is a 404, an action they may not take a 403, a broken rule a 422 naming each field, a
 * stale {@code version} a 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Recommendations", description = "Scrutiny reports, recommendations, the executive's responses, "
        + "implementation updates and sign-off (LGA 2000 s9FE)")
@ApiResponse(responseCode = "401", description = "Not signed in")
class RecommendationsApiController {

    private final RecommendationManagement management;
    private final DeadlineManagement deadlines;

    RecommendationsApiController(RecommendationManagement management, DeadlineManagement deadlines) {
        this.management = management;
        this.deadlines = deadlines;
    }

    // --- requests ---------------------------------------------------------------------------------------------

    /** A report's written fields; {@code version} (the one read) is required to change a report. */
    record ReportRequest(
            @Schema(description = "an overview and scrutiny committee or task-and-finish group") Long committeeId,
            String title, String summary, String body,
            @Schema(description = "Schedule 12A paragraph 1 to 7 when the report contains exempt information")
            Integer exemptParagraph,
            @Schema(description = "why the public interest in withholding outweighs disclosure") String exemptReason,
            @Schema(description = "what the public see in place of the exempt text") String publicSummary,
            Integer version) {

        ReportDetails details() {
            return new ReportDetails(committeeId, title, summary, body, exemptParagraph, exemptReason,
                    publicSummary);
        }
    }

    /** A recommendation's written fields; {@code version} (the one read) is required to change one. */
    record RecommendationRequest(String text, Addressee addressedTo,
            @Schema(description = "the cabinet member, when addressed to one") Long addresseeId,
            @Schema(description = "the partner body, when addressed to one") String partnerBody,
            @Schema(description = "the cabinet portfolio it falls under (required unless addressed to a partner)")
            Long portfolioId, Boolean exempt,
            @Schema(description = "what the public see in place of the exempt text") String publicSummary,
            Integer version) {

        RecommendationDetails details() {
            return new RecommendationDetails(text, addressedTo, addresseeId, partnerBody, portfolioId,
                    Boolean.TRUE.equals(exempt), publicSummary);
        }
    }

    /** Whom to share the draft with, and why. */
    record ShareRequest(@Schema(description = "ids of people in the directory") List<Long> people,
            SharePurpose purpose) {
    }

    /** A comment on the draft. */
    record CommentRequest(@Schema(description = "the recommendation it is about; omit for the report as a whole")
            Long recommendationId, CommentKind kind, String text) {
    }

    /** The committee's agreement of the report. */
    record AgreementRequest(LocalDate agreedOn,
            @Schema(description = "the meeting at which the committee agreed it") String agreedAt,
            @Schema(description = "the response fields mandatory for recommendations accepted in whole or part; "
                    + "omit for the council's default, [] for none") Set<ResponseField> requiredFields) {
    }

    /** Notice served on the executive. */
    record NoticeRequest(LocalDate servedOn) {
    }

    /** The executive's response to one recommendation. */
    record RecommendationResponseRequest(Long recommendationId, ResponseDecision decision,
            @Schema(description = "mandatory unless accepted in full") String reasons, String proposedAction,
            Long cabinetMemberId, Long leadOfficerId, LocalDate targetDate, String successMeasure) {

        ResponseDetails details() {
            return new ResponseDetails(recommendationId, decision, reasons, proposedAction, cabinetMemberId,
                    leadOfficerId, targetDate, successMeasure);
        }
    }

    /** The executive's draft response: a covering summary and a response per recommendation. */
    record ResponseRequest(String summary, List<RecommendationResponseRequest> responses,
            @Schema(description = "the report's version you read; when given, a report changed since is refused "
                    + "with 409") Integer version) {
    }

    /** The approval that makes the response given. */
    record ApprovalRequest(Approval via,
            @Schema(description = "the cabinet meeting's date, when cabinet approved it") LocalDate cabinetDate,
            @Schema(description = "the day the cabinet member approved it (default today)") LocalDate approvedOn,
            @Schema(description = "the report's version you read; when given, a response changed since is refused "
                    + "with 409") Integer version) {
    }

    /** Publication of an agreed report. */
    record PublicationRequest(@Schema(description = "default today") LocalDate publishedOn) {
    }

    /** An action owner's update. */
    record UpdateRequest(LocalDate postedOn, Progress status,
            @Schema(description = "mandatory when slipped") LocalDate newTarget,
            @Schema(description = "mandatory when slipped or not achieved") String reason, String note,
            @Schema(description = "mandatory when achieved") String evidence) {

        UpdateDetails details() {
            return new UpdateDetails(postedOn, status, newTarget, reason, note, evidence);
        }
    }

    /** The committee's review of a recommendation. */
    record ReviewRequest(LocalDate reviewedOn, ReviewOutcome outcome,
            @Schema(description = "the impact note (what difference it made), mandatory when signed off; otherwise the "
                    + "committee's comments") String impactNote) {
    }

    // --- reports ----------------------------------------------------------------------------------------------

    @GetMapping("/reports")
    @Operation(summary = "Scrutiny reports the user may see", description = "Newest first, 50 to a page. Drafts "
            + "are listed only to scrutiny officers, the committee's members and those the draft was shared with.")
    ReportsPage reports(@Parameter(description = "committee id") @RequestParam(required = false) Long committee,
            @RequestParam(required = false) ReportState state,
            @Parameter(description = "the year the municipal year starts in, e.g. 2026 for 2026/27")
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        int[] paging = ResultPage.clamp(page, size, 50, 200);
        LocalDate today = management.today();
        ResultPage<ScrutinyReport> result = management.reports(actor(), committee, state, year, paging[0], paging[1]);
        // a list row carries no exempt text (title and summary are public even for an exempt report)
        return new ReportsPage(result.items().stream().map(r -> ReportSummaryResource.of(r, today)).toList(),
                result.page(), result.size(), result.total(), result.pages());
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "One report with its recommendations, shares and draft comments")
    @ApiResponse(responseCode = "404", description = "No such report, or a draft the user may not see")
    ReportResource report(@PathVariable long id) {
        return reportResource(actor(), new ReportId(id));
    }

    @PostMapping("/reports")
    @Operation(summary = "Start a report (scrutiny officers)", description = "Numbered in the current municipal "
            + "year, e.g. SR(26/27)04.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new report")
    @ApiResponse(responseCode = "403", description = "Not a scrutiny officer")
    @ApiResponse(responseCode = "422", description = "A field is missing or wrong; errors name each")
    ResponseEntity<ReportResource> createReport(@RequestBody ReportRequest request) {
        Actor actor = actor();
        ReportId id = management.createReport(actor, request.details());
        return ResponseEntity.created(URI.create("/api/v1/reports/" + id)).body(reportResource(actor, id));
    }

    @PutMapping("/reports/{id}")
    @Operation(summary = "Change a draft report (scrutiny officers)", description = "Send every field (one left "
            + "out is cleared) and the version you read; a 409 means someone else changed the report since.")
    @ApiResponse(responseCode = "409", description = "The version sent is not the current one")
    ReportResource updateReport(@PathVariable long id, @RequestBody ReportRequest request) {
        Actor actor = actor();
        management.updateReport(actor, new ReportId(id), requireVersion(request.version()), request.details());
        return reportResource(actor, new ReportId(id));
    }

    @DeleteMapping("/reports/{id}")
    @Operation(summary = "Delete a report the committee has not agreed (scrutiny officers)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> deleteReport(@PathVariable long id) {
        management.deleteReport(actor(), new ReportId(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/reports/{id}/recommendations")
    @Operation(summary = "Add a recommendation to a draft report (scrutiny officers)", description = "Numbered "
            + "after the report's last.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new recommendation")
    ResponseEntity<RecommendationResource> addRecommendation(@PathVariable long id,
            @RequestBody RecommendationRequest request) {
        Actor actor = actor();
        RecommendationId created = management.addRecommendation(actor, new ReportId(id), request.details());
        return ResponseEntity.created(URI.create("/api/v1/recommendations/" + created))
                .body(resource(management.recommendation(actor, created)));
    }

    /** A document to link to a report. */
    record DocumentRequest(String title, @Schema(description = "an absolute http or https address") String url,
            @Schema(description = "exempt information: shown only to those entitled, never publicly") boolean exempt) {
    }

    @PostMapping("/reports/{id}/documents")
    @Operation(summary = "Link a document to a report (scrutiny officers)", description = "At any stage, where the "
            + "council publishes it. Answers with the report's documents as the caller may see them.")
    ResponseEntity<List<DocumentResource>> addDocument(@PathVariable long id, @RequestBody DocumentRequest request) {
        Actor actor = actor();
        management.addDocument(actor, new ReportId(id), request.title(), request.url(), request.exempt());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(management.documents(actor, new ReportId(id)).stream().map(DocumentResource::of).toList());
    }

    @DeleteMapping("/reports/{id}/documents/{documentId}")
    @Operation(summary = "Remove a document from a report (scrutiny officers)")
    ResponseEntity<Void> removeDocument(@PathVariable long id, @PathVariable long documentId) {
        management.removeDocument(actor(), new ReportId(id), documentId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/reports/{id}/shares")
    @Operation(summary = "Share the draft (scrutiny officers)", description = "With cabinet members and chief "
            + "officers for factual accuracy and feasibility comments (COMMENT), or with a service to check the "
            + "facts (FACT_CHECK). Answers with everyone the draft has been shared with.")
    List<ShareResource> share(@PathVariable long id, @RequestBody ShareRequest request) {
        Actor actor = actor();
        if (request.people() != null && request.people().contains(null)) {
            throw new RuleViolationException("people", "Give the directory id of each person to share the draft with");
        }
        management.shareDraft(actor, new ReportId(id), request.people(), request.purpose());
        return management.shares(actor, new ReportId(id)).stream().map(ShareResource::of).toList();
    }

    @PostMapping("/reports/{id}/comments")
    @Operation(summary = "Comment on the draft", description = "By those it was shared with, the committee and "
            + "scrutiny officers, until the committee agrees the report.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    ResponseEntity<CommentResource> comment(@PathVariable long id, @RequestBody CommentRequest request) {
        Actor actor = actor();
        ReportId reportId = new ReportId(id);
        long created = management.comment(actor, reportId, request.recommendationId() == null ? null
                : new RecommendationId(request.recommendationId()), request.kind(), request.text());
        CommentResource body = management.comments(actor, reportId).stream().filter(c -> c.id() == created)
                .findFirst().map(CommentResource::of).orElseThrow(() -> new NotFoundException("Comment " + created));
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @PostMapping("/reports/{id}/agreement")
    @Operation(summary = "Record the committee's agreement (scrutiny officers)", description = "With the date, "
            + "the meeting and the response format the committee requires. The report can no longer change.")
    ReportResource agree(@PathVariable long id, @RequestBody AgreementRequest request) {
        Actor actor = actor();
        Set<ResponseField> required = request.requiredFields();
        if (required == null) {
            required = management.settings().defaultRequiredFields().isEmpty()
                    ? EnumSet.noneOf(ResponseField.class)
                    : EnumSet.copyOf(management.settings().defaultRequiredFields());
        } else if (required.contains(null)) {
            throw new RuleViolationException("requiredFields", "Each required field must be one of "
                    + List.of(ResponseField.values()));
        }
        management.agree(actor, new ReportId(id), request.agreedOn(), request.agreedAt(), required);
        return reportResource(actor, new ReportId(id));
    }

    @PostMapping("/reports/{id}/notice")
    @Operation(summary = "Serve notice on the executive (scrutiny officers)", description = "Starts the "
            + "executive-response deadline: two months under LGA 2000 s9FE, or the protocol's shorter period. "
            + "Answers with the due date, the rule, its citation and how the date was worked out.")
    @ApiResponse(responseCode = "403", description = "Not a scrutiny officer")
    DeadlineResource serveNotice(@PathVariable long id, @RequestBody NoticeRequest request) {
        TrackedDeadline deadline = management.serveNotice(actor(), new ReportId(id), request.servedOn());
        return DeadlineResource.of(deadline);
    }

    @PutMapping("/reports/{id}/response")
    @Operation(summary = "Save the executive's draft response", description = "By the officers and cabinet members "
            + "concerned. Reasons are mandatory unless a recommendation is accepted in full, and so is each field "
            + "the committee required. Recommendations not listed keep what was saved for them before. When "
            + "anything is wrong nothing is saved, and each problem is named (e.g. responses[0].reasons).")
    @ApiResponse(responseCode = "422", description = "A response breaks a rule; nothing was saved")
    ReportResource saveResponse(@PathVariable long id, @RequestBody ResponseRequest request) {
        Actor actor = actor();
        List<ResponseDetails> responses = null;
        if (request.responses() != null) {
            responses = new ArrayList<>();
            for (RecommendationResponseRequest r : request.responses()) {
                responses.add(r == null ? new ResponseDetails(null, null, null, null, null, null, null, null)
                        : r.details());
            }
        }
        management.saveResponse(actor, new ReportId(id), request.version(), request.summary(), responses);
        return reportResource(actor, new ReportId(id));
    }

    @PostMapping("/reports/{id}/response/approval")
    @Operation(summary = "Approve the executive's response", description = "By the cabinet member responsible "
            + "(CABINET_MEMBER, on approvedOn or today) or recorded as cabinet's decision (CABINET, with "
            + "cabinetDate). The response then counts as given; after the due date it is recorded as late.")
    @ApiResponse(responseCode = "403", description = "Not the cabinet member concerned, the leader or (for "
            + "cabinet) a scrutiny officer")
    ReportResource approveResponse(@PathVariable long id, @RequestBody ApprovalRequest request) {
        Actor actor = actor();
        management.approveResponse(actor, new ReportId(id), request.version(), request.via(), request.cabinetDate(),
                request.approvedOn());
        return reportResource(actor, new ReportId(id));
    }

    @PostMapping("/reports/{id}/publication")
    @Operation(summary = "Publish an agreed report (scrutiny officers)", description = "Its recommendations, and "
            + "the response and progress as they come, then appear under /api/v1/public; exempt text is replaced "
            + "by its public summary.")
    ReportResource publish(@PathVariable long id, @RequestBody(required = false) PublicationRequest request) {
        Actor actor = actor();
        management.publish(actor, new ReportId(id), request == null ? null : request.publishedOn());
        return reportResource(actor, new ReportId(id));
    }

    // --- recommendations --------------------------------------------------------------------------------------

    @GetMapping("/recommendations")
    @Operation(summary = "The tracker", description = "Recommendations the user may see, filtered and ordered as "
            + "asked; by default overdue responses and slipped actions first. 50 to a page.")
    RecommendationsPage tracker(@Parameter(description = "committee id") @RequestParam(required = false) Long committee,
            @Parameter(description = "portfolio id") @RequestParam(required = false) Long portfolio,
            @Parameter(description = "person id of the responsible cabinet member")
            @RequestParam(required = false) Long cabinetMember,
            @Parameter(description = "person id of the lead officer") @RequestParam(required = false) Long leadOfficer,
            @RequestParam(required = false) TrackerStatus status,
            @Parameter(description = "the year the municipal year starts in") @RequestParam(required = false) Integer year,
            @Parameter(description = "words in the recommendation, its reference or its report's title")
            @RequestParam(required = false) String q,
            @RequestParam(required = false) TrackerSort sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        int[] paging = ResultPage.clamp(page, size, 50, 200);
        ResultPage<Recommendation> result = management.tracker(actor(), new TrackerQuery(committee, portfolio,
                cabinetMember, leadOfficer, status, year, q, sort, paging[0], paging[1]));
        return new RecommendationsPage(result.items().stream().map(this::resource).toList(), result.page(),
                result.size(), result.total(), result.pages());
    }

    @GetMapping("/recommendations/{id}")
    @Operation(summary = "One recommendation with its updates, reviews and timeline")
    @ApiResponse(responseCode = "404", description = "No such recommendation, or one of a draft the user may not see")
    RecommendationResource recommendation(@PathVariable long id) {
        Actor actor = actor();
        RecommendationId recId = new RecommendationId(id);
        Recommendation r = management.recommendation(actor, recId);
        boolean withheld = withheld(actor, r);
        return RecommendationResource.of(r, management.today(), management.settings().staleAfterDays(),
                management.updates(actor, recId).stream().map(u -> UpdateResource.of(u, withheld)).toList(),
                management.reviews(actor, recId).stream().map(v -> ReviewResource.of(v, withheld)).toList(),
                management.timeline(actor, recId).stream().map(TimelineEventResource::of).toList());
    }

    @PutMapping("/recommendations/{id}")
    @Operation(summary = "Change a recommendation of a draft report (scrutiny officers)", description = "Send "
            + "every field (one left out is cleared) and the version you read; a 409 means someone else changed it "
            + "since.")
    @ApiResponse(responseCode = "409", description = "The version sent is not the current one")
    RecommendationResource updateRecommendation(@PathVariable long id, @RequestBody RecommendationRequest request) {
        Actor actor = actor();
        RecommendationId recId = new RecommendationId(id);
        management.updateRecommendation(actor, recId, requireVersion(request.version()), request.details());
        return resource(management.recommendation(actor, recId));
    }

    @DeleteMapping("/recommendations/{id}")
    @Operation(summary = "Remove a recommendation from a draft report (scrutiny officers)", description = "The "
            + "later ones are renumbered.")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> removeRecommendation(@PathVariable long id) {
        management.removeRecommendation(actor(), new RecommendationId(id));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/recommendations/{id}/updates")
    @Operation(summary = "A recommendation's implementation updates, oldest first")
    List<UpdateResource> updates(@PathVariable long id) {
        Actor actor = actor();
        RecommendationId recId = new RecommendationId(id);
        boolean withheld = withheld(actor, management.recommendation(actor, recId));
        return management.updates(actor, recId).stream().map(u -> UpdateResource.of(u, withheld)).toList();
    }

    @GetMapping("/recommendations/{id}/updates/{updateId}")
    @Operation(summary = "One implementation update")
    UpdateResource update(@PathVariable long id, @PathVariable long updateId) {
        return updates(id).stream().filter(u -> u.id() == updateId).findFirst()
                .orElseThrow(() -> new NotFoundException("Update " + updateId + " of recommendation " + id));
    }

    @PostMapping("/recommendations/{id}/updates")
    @Operation(summary = "Post an implementation update", description = "By the action's owners, chief officers "
            + "and scrutiny officers, once the executive has responded: ON_TRACK, SLIPPED (new target and reason "
            + "mandatory), NOT_ACHIEVED (reason mandatory) or ACHIEVED (evidence mandatory).")
    @ApiResponse(responseCode = "201", description = "Posted; Location names the update")
    ResponseEntity<UpdateResource> postUpdate(@PathVariable long id, @RequestBody UpdateRequest request) {
        long created = management.postUpdate(actor(), new RecommendationId(id), request.details());
        return ResponseEntity.created(URI.create("/api/v1/recommendations/" + id + "/updates/" + created))
                .body(update(id, created));
    }

    @PostMapping("/recommendations/{id}/reviews")
    @Operation(summary = "Record the committee's review", description = "By the committee's chair or vice-chair "
            + "or a scrutiny officer: SIGNED_OFF as implemented (impact note mandatory) or KEPT_OPEN (next review "
            + "a cycle on). Answers with the recommendation, its reviews and timeline.")
    RecommendationResource review(@PathVariable long id, @RequestBody ReviewRequest request) {
        management.review(actor(), new RecommendationId(id), request.reviewedOn(), request.outcome(),
                request.impactNote());
        return recommendation(id);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private ReportResource reportResource(Actor actor, ReportId id) {
        ScrutinyReport report = management.disclosed(actor, management.report(actor, id));
        DeadlineResource deadline = report.responseDeadline() == null ? null
                : DeadlineResource.of(deadlines.require(report.responseDeadline()));
        return ReportResource.of(report, management.today(), deadline,
                management.recommendationsOf(actor, id).stream().map(this::resource).toList(),
                management.shares(actor, id), management.comments(actor, id), management.documents(actor, id));
    }

    private RecommendationResource resource(Recommendation r) {
        return RecommendationResource.of(r, management.today(), management.settings().staleAfterDays());
    }

    /** Whether a recommendation's free text is withheld from the actor (exempt, and not entitled to see it). */
    private boolean withheld(Actor actor, Recommendation r) {
        return r.exempt() && !management.seesExempt(actor, r.committeeId());
    }

    private static int requireVersion(Integer version) {
        if (version == null) {
            throw new InvalidParameterException("version", "'version' is required: send the version you read");
        }
        return version;
    }

    private static Actor actor() {
        return Actor.of(CurrentUsers.current().orElseThrow(() -> new AccessDeniedException("Sign in first")));
    }
}
