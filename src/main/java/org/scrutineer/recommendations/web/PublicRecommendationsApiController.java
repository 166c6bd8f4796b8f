package org.scrutineer.recommendations.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.directory.Reference;
import org.scrutineer.platform.ResultPage;
import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.Approval;
import org.scrutineer.recommendations.ImplementationUpdate;
import org.scrutineer.recommendations.Progress;
import org.scrutineer.recommendations.Rag;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.RecommendationManagement;
import org.scrutineer.recommendations.ReportId;
import org.scrutineer.recommendations.ReportState;
import org.scrutineer.recommendations.ResponseDecision;
import org.scrutineer.recommendations.ScrutinyReport;
import org.scrutineer.recommendations.Stage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published scrutiny reports as open data, for anyone (LGA 2000 s9FG): the report, its recommendations, the
 * executive's responses once given and the progress made. Only published reports appear; exempt text is never
 * sent, its public summary stands in its place, and a draft response is not shown until it is approved.
 */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "Recommendations (public)", description = "Published scrutiny reports, recommendations, the "
        + "executive's responses and progress; no sign-in")
class PublicRecommendationsApiController {

    private final RecommendationManagement management;

    PublicRecommendationsApiController(RecommendationManagement management) {
        this.management = management;
    }

    /** A published report in a list. */
    record PublicReportSummary(long id, String reference, int municipalYear, String municipalYearLabel,
            Reference committee, String title, String summary, boolean exempt, ReportState state,
            LocalDate agreedOn, LocalDate responseDue, LocalDate responseGivenOn, LocalDate publishedOn) {

        static PublicReportSummary of(ScrutinyReport r) {
            boolean given = given(r);
            return new PublicReportSummary(r.id().value(), r.reference(), r.municipalYear(), r.municipalYearLabel(),
                    new Reference(r.committeeId().value(), r.committeeName()), r.title(), r.summary(), r.exempt(),
                    r.state(), r.agreedOn(), r.responseDue(), given ? r.responseGivenOn() : null, r.publishedOn());
        }
    }

    /** A page of published reports. */
    record PublicReportsPage(List<PublicReportSummary> items, int page, int size, long total, int pages) {
    }

    /** A published report with its recommendations, the executive's response once given, and progress. */
    record PublicReport(long id, String reference, int municipalYear, String municipalYearLabel,
            Reference committee, String title, String summary,
            @Schema(description = "the report's text; absent for an exempt report, whose summary is its public summary")
            String body,
            boolean exempt,
            @Schema(description = "the Schedule 12A paragraph under which part of it is exempt") Integer exemptParagraph,
            ReportState state, LocalDate agreedOn, String agreedAt, LocalDate noticeServedOn, LocalDate responseDue,
            @Schema(description = "the executive's response, once given") PublicResponse response,
            LocalDate publishedOn, List<PublicRecommendation> recommendations,
            @Schema(description = "the report's documents that are not exempt") List<PublicDocument> documents) {
    }

    /** A published document of a report. */
    record PublicDocument(String title, String url) {
    }

    /** The executive's response to the report as a whole. */
    record PublicResponse(String summary, LocalDate givenOn, Approval approvedVia, LocalDate cabinetDate,
            Integer daysLate, boolean late) {
    }

    /** A recommendation as published; an exempt one shows its public summary in place of its text. */
    record PublicRecommendation(long id, String reference, int number, String text, boolean exempt,
            Addressee addressedTo, Reference addressee, String partnerBody, Reference portfolio,
            @Schema(description = "the executive's response to it, once given") PublicRecommendationResponse response,
            Stage stage, Progress progress, LocalDate currentTarget, LocalDate lastUpdateOn, LocalDate signedOffOn,
            String impactNote, Rag rag, List<PublicUpdate> updates) {
    }

    /** The executive's response to one recommendation. */
    record PublicRecommendationResponse(ResponseDecision decision, String reasons, String proposedAction,
            Reference cabinetMember, Reference leadOfficer, LocalDate targetDate, String successMeasure) {
    }

    /** A progress update. */
    record PublicUpdate(LocalDate postedOn, Progress status, LocalDate newTarget, String reason, String note,
            String evidence) {

        static PublicUpdate of(ImplementationUpdate u) {
            return new PublicUpdate(u.postedOn(), u.status(), u.newTarget(), u.reason(), u.note(), u.evidence());
        }
    }

    @GetMapping("/reports")
    @Operation(summary = "Published scrutiny reports", description = "Newest first, 50 to a page.")
    PublicReportsPage reports(@Parameter(description = "committee id") @RequestParam(required = false) Long committee,
            @Parameter(description = "the year the municipal year starts in, e.g. 2026 for 2026/27")
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        int[] paging = ResultPage.clamp(page, size, 50, 200);
        ResultPage<ScrutinyReport> result = management.publishedReports(committee, year, paging[0], paging[1]);
        return new PublicReportsPage(result.items().stream().map(PublicReportSummary::of).toList(), result.page(),
                result.size(), result.total(), result.pages());
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "A published report with its recommendations, the executive's response and progress")
    @ApiResponse(responseCode = "404", description = "No such report, or not published")
    PublicReport report(@PathVariable long id) {
        ReportId reportId = new ReportId(id);
        ScrutinyReport r = management.publishedReport(reportId);
        boolean given = given(r);
        LocalDate today = management.today();
        int staleAfter = management.settings().staleAfterDays();
        List<PublicRecommendation> recs = management.publishedRecommendations(reportId).stream()
                .map(rec -> recommendation(rec, given, today, staleAfter)).toList();
        PublicResponse response = given ? new PublicResponse(r.responseSummary(), r.responseGivenOn(),
                r.approvedVia(), r.cabinetDate(), r.responseDaysLate(), r.respondedLate()) : null;
        return new PublicReport(r.id().value(), r.reference(), r.municipalYear(), r.municipalYearLabel(),
                new Reference(r.committeeId().value(), r.committeeName()), r.title(), r.summary(), r.body(),
                r.exempt(), r.exemptParagraph(), r.state(), r.agreedOn(), r.agreedAt(), r.noticeServedOn(),
                r.responseDue(), response, r.publishedOn(), recs, management.publishedDocuments(reportId).stream()
                        .map(d -> new PublicDocument(d.title(), d.url())).toList());
    }

    private PublicRecommendation recommendation(Recommendation r, boolean given, LocalDate today, int staleAfter) {
        PublicRecommendationResponse response = given ? new PublicRecommendationResponse(r.decision(), r.reasons(),
                r.proposedAction(), r.cabinetMember(), r.leadOfficer(), r.targetDate(), r.successMeasure()) : null;
        List<PublicUpdate> updates = given
                ? management.publishedUpdates(r.id()).stream().map(PublicUpdate::of).toList() : List.of();
        return new PublicRecommendation(r.id().value(), r.reference(), r.number(), r.text(), r.exempt(),
                r.addressedTo(), r.addressee(), r.partnerBody(), r.portfolio(), response, r.stage(), r.progress(),
                r.currentTarget(), r.lastUpdateOn(), r.signedOffOn(), r.impactNote(), r.ragOn(today, staleAfter),
                updates);
    }

    /** Whether the executive's response counts as given (approved), so the public may read it. */
    private static boolean given(ScrutinyReport r) {
        return r.state() == ReportState.RESPONDED;
    }
}
