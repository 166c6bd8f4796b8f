package org.scrutineer.recommendations.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.Reference;
import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.Approval;
import org.scrutineer.recommendations.CommentKind;
import org.scrutineer.recommendations.DraftComment;
import org.scrutineer.recommendations.DraftShare;
import org.scrutineer.recommendations.ImplementationUpdate;
import org.scrutineer.recommendations.Progress;
import org.scrutineer.recommendations.Rag;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.ReportDocument;
import org.scrutineer.recommendations.ReportState;
import org.scrutineer.recommendations.ResponseDecision;
import org.scrutineer.recommendations.ResponseField;
import org.scrutineer.recommendations.ResponseState;
import org.scrutineer.recommendations.Review;
import org.scrutineer.recommendations.ReviewOutcome;
import org.scrutineer.recommendations.ScrutinyReport;
import org.scrutineer.recommendations.SharePurpose;
import org.scrutineer.recommendations.Stage;
import org.scrutineer.recommendations.TimelineEvent;

/**
 * What the signed-in JSON API answers with: view records of the module turned into plain data, dates in ISO
 * 8601, people and committees as {@code {id, name}}. Nothing here is an entity or a repository row.
 */
final class RecommendationsApiResources {

    /** What stands in place of exempt free text, as the module's views write it. */
    static final String WITHHELD = "Withheld: exempt information";

    private RecommendationsApiResources() {
    }

    /** A scrutiny report in a list. */
    record ReportSummaryResource(long id, String reference, int municipalYear, String municipalYearLabel,
            Reference committee, String title, String summary, boolean exempt, ReportState state,
            LocalDate agreedOn, LocalDate noticeServedOn, LocalDate responseDue,
            @Schema(description = "notice was served and the response is past its due date without being given")
            boolean responseOverdue, LocalDate responseGivenOn, LocalDate publishedOn, int version) {

        static ReportSummaryResource of(ScrutinyReport r, LocalDate today) {
            return new ReportSummaryResource(r.id().value(), r.reference(), r.municipalYear(),
                    r.municipalYearLabel(), new Reference(r.committeeId().value(), r.committeeName()), r.title(),
                    r.summary(), r.exempt(), r.state(), r.agreedOn(), r.noticeServedOn(), r.responseDue(),
                    r.responseOverdueOn(today), r.responseGivenOn(), r.publishedOn(), r.version());
        }
    }

    /** A page of reports. */
    record ReportsPage(List<ReportSummaryResource> items, int page, int size, long total, int pages) {
    }

    /**
     * A scrutiny report with its recommendations, who its draft was shared with, the comments on the draft (for
     * those who see the draft) and the executive response deadline once notice is served. Exempt text is
     * replaced by the public summary for readers not entitled to it.
     */
    record ReportResource(long id, String reference, int municipalYear, String municipalYearLabel,
            Reference committee, String title, String summary,
            @Schema(description = "the report's text; for an exempt report and a reader not entitled to exempt "
                    + "information, the public summary") String body,
            boolean exempt,
            @Schema(description = "the Schedule 12A paragraph (1 to 7) when the report contains exempt information")
            Integer exemptParagraph, String exemptReason, String publicSummary, ReportState state,
            @Schema(description = "the response fields the committee made mandatory for recommendations accepted "
                    + "in whole or part") Set<ResponseField> requiredFields,
            LocalDate sharedOn, LocalDate agreedOn, String agreedAt, LocalDate noticeServedOn, LocalDate responseDue,
            boolean responseOverdue, ExecutiveResponseResource response, DeadlineResource responseDeadline,
            LocalDate publishedOn, boolean imported, int version, List<RecommendationResource> recommendations,
            List<ShareResource> shares,
            @Schema(description = "comments on the draft; empty for readers who do not see the draft")
            List<CommentResource> comments,
            @Schema(description = "the report's documents; exempt ones only for readers entitled to them")
            List<DocumentResource> documents) {

        static ReportResource of(ScrutinyReport r, LocalDate today, DeadlineResource deadline,
                List<RecommendationResource> recommendations, List<DraftShare> shares, List<DraftComment> comments,
                List<ReportDocument> documents) {
            return new ReportResource(r.id().value(), r.reference(), r.municipalYear(), r.municipalYearLabel(),
                    new Reference(r.committeeId().value(), r.committeeName()), r.title(), r.summary(), r.body(),
                    r.exempt(), r.exemptParagraph(), r.exemptReason(), r.publicSummary(), r.state(),
                    r.requiredFields(), r.sharedOn(), r.agreedOn(), r.agreedAt(), r.noticeServedOn(),
                    r.responseDue(), r.responseOverdueOn(today), ExecutiveResponseResource.of(r), deadline,
                    r.publishedOn(), r.imported(), r.version(), recommendations,
                    shares.stream().map(ShareResource::of).toList(),
                    comments.stream().map(CommentResource::of).toList(),
                    documents.stream().map(DocumentResource::of).toList());
        }
    }

    /** A document of a report, linked where the council publishes it. */
    record DocumentResource(long id, String title, String url, boolean exempt, String addedBy) {

        static DocumentResource of(ReportDocument d) {
            return new DocumentResource(d.id(), d.title(), d.url(), d.exempt(), d.addedBy());
        }
    }

    /** The executive's response to a report as a whole: drafted, then approved (given). */
    record ExecutiveResponseResource(ResponseState state, String summary, Reference draftedBy,
            Reference approvedBy, Approval approvedVia, LocalDate cabinetDate, LocalDate givenOn,
            @Schema(description = "days after the due date the response was given (0 when on time)")
            Integer daysLate, boolean late) {

        static ExecutiveResponseResource of(ScrutinyReport r) {
            if (r.responseState() == null) {
                return null;
            }
            return new ExecutiveResponseResource(r.responseState(), r.responseSummary(), r.responseDraftedBy(),
                    r.responseApprovedBy(), r.approvedVia(), r.cabinetDate(), r.responseGivenOn(),
                    r.responseDaysLate(), r.respondedLate());
        }
    }

    /** A tracked deadline: when it is due, under which rule and law, and how the date was worked out. */
    record DeadlineResource(long id, String rule, LocalDate trigger, LocalDate due, LocalTime closesAt,
            String citation, String explanation, String source, String state, LocalDate metOn, boolean extended) {

        static DeadlineResource of(TrackedDeadline d) {
            return new DeadlineResource(d.id().value(), d.ruleId(), d.trigger(), d.due(), d.closesAt(), d.citation(),
                    d.explanation(), d.source().name().toLowerCase(Locale.ROOT), d.state().name(), d.metOn(),
                    d.extended());
        }
    }

    /** Someone the draft was shared with. */
    record ShareResource(Reference person, String description, SharePurpose purpose, LocalDate sharedOn,
            String sharedBy) {

        static ShareResource of(DraftShare s) {
            return new ShareResource(s.person(), s.description(), s.purpose(), s.sharedOn(), s.sharedBy());
        }
    }

    /** A comment on the draft, about the report or one recommendation. */
    record CommentResource(long id, Long recommendationId, Integer recommendationNumber, String author,
            CommentKind kind, String text, Instant at) {

        static CommentResource of(DraftComment c) {
            return new CommentResource(c.id(), c.recommendationId() == null ? null : c.recommendationId().value(),
                    c.recommendationNumber(), c.authorName(), c.kind(), c.text(), c.at());
        }
    }

    /** The executive's response to one recommendation (a draft until the report's response is approved). */
    record RecommendationResponseResource(ResponseDecision decision, String reasons, String proposedAction,
            Reference cabinetMember, Reference leadOfficer, LocalDate targetDate, String successMeasure) {

        static RecommendationResponseResource of(Recommendation r) {
            if (r.decision() == null && r.reasons() == null && r.proposedAction() == null
                    && r.cabinetMember() == null && r.leadOfficer() == null && r.targetDate() == null
                    && r.successMeasure() == null) {
                return null;
            }
            return new RecommendationResponseResource(r.decision(), r.reasons(), r.proposedAction(),
                    r.cabinetMember(), r.leadOfficer(), r.targetDate(), r.successMeasure());
        }
    }

    /**
     * A recommendation: what the committee asked for, the executive's response and where implementation stands,
     * with the tracker's flags. Exempt text is replaced by the public summary for readers not entitled to it.
     * Its updates, reviews and timeline are given only when one recommendation is asked for.
     */
    record RecommendationResource(long id,
            @Schema(description = "the report's reference and the recommendation's number, e.g. SR(26/27)04.3")
            String reference, int number, long reportId, String reportReference, String reportTitle,
            Reference committee, int municipalYear, String text, Addressee addressedTo, Reference addressee,
            String partnerBody, Reference portfolio, boolean exempt, String publicSummary,
            RecommendationResponseResource response, Stage stage, Progress progress, LocalDate currentTarget,
            LocalDate lastUpdateOn, LocalDate signedOffOn, String impactNote, LocalDate nextReviewOn,
            ReportState reportState, boolean published, LocalDate responseDue, LocalDate responseGivenOn,
            @Schema(description = "red: response overdue, action slipped or past its target; amber: awaiting "
                    + "response, deferred or stale; green: being implemented or implemented; grey: draft or closed")
            Rag rag,
            @Schema(description = "the executive's response is past its due date and not yet given")
            boolean overdue,
            @Schema(description = "the latest update says slipped or not achieved, and it is still open")
            boolean slipped,
            @Schema(description = "open with no update within the configured number of days") boolean stale,
            @Schema(description = "past its current target date without being achieved") boolean pastTarget,
            int version,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<UpdateResource> updates,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<ReviewResource> reviews,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<TimelineEventResource> timeline) {

        static RecommendationResource of(Recommendation r, LocalDate today, int staleAfterDays) {
            return of(r, today, staleAfterDays, null, null, null);
        }

        static RecommendationResource of(Recommendation r, LocalDate today, int staleAfterDays,
                List<UpdateResource> updates, List<ReviewResource> reviews, List<TimelineEventResource> timeline) {
            return new RecommendationResource(r.id().value(), r.reference(), r.number(), r.reportId().value(),
                    r.reportReference(), r.reportTitle(), new Reference(r.committeeId().value(), r.committeeName()),
                    r.municipalYear(), r.text(), r.addressedTo(), r.addressee(), r.partnerBody(), r.portfolio(),
                    r.exempt(), r.publicSummary(), RecommendationResponseResource.of(r), r.stage(), r.progress(),
                    r.currentTarget(), r.lastUpdateOn(), r.signedOffOn(), r.impactNote(), r.nextReviewOn(),
                    r.reportState(), r.reportPublished(), r.responseDue(), r.responseGivenOn(),
                    r.ragOn(today, staleAfterDays), r.responseOverdueOn(today), r.slipped(),
                    r.staleOn(today, staleAfterDays), r.pastTargetOn(today), r.version(), updates, reviews,
                    timeline);
        }
    }

    /** A page of the tracker. */
    record RecommendationsPage(List<RecommendationResource> items, int page, int size, long total, int pages) {
    }

    /** An action owner's dated update. */
    record UpdateResource(long id, long recommendationId, LocalDate postedOn, Progress status, LocalDate newTarget,
            String reason, String note, String evidence, String postedBy) {

        /** The update; its free text withheld when the recommendation is exempt and the reader not entitled. */
        static UpdateResource of(ImplementationUpdate u, boolean withheld) {
            return new UpdateResource(u.id(), u.recommendationId().value(), u.postedOn(), u.status(), u.newTarget(),
                    withheld && u.reason() != null ? WITHHELD : u.reason(),
                    withheld && u.note() != null ? WITHHELD : u.note(),
                    withheld && u.evidence() != null ? WITHHELD : u.evidence(), u.postedBy());
        }
    }

    /** The committee's review of a recommendation. */
    record ReviewResource(long id, LocalDate reviewedOn, ReviewOutcome outcome, String note, String recordedBy) {

        /** The review; its note withheld when the recommendation is exempt and the reader not entitled. */
        static ReviewResource of(Review v, boolean withheld) {
            return new ReviewResource(v.id(), v.reviewedOn(), v.outcome(),
                    withheld && v.note() != null ? WITHHELD : v.note(), v.recordedBy());
        }
    }

    /** One thing that happened to a recommendation. */
    record TimelineEventResource(LocalDate on, String title, String detail, String by, boolean warning) {

        static TimelineEventResource of(TimelineEvent e) {
            return new TimelineEventResource(e.on(), e.title(), e.detail(), e.by(), e.warning());
        }
    }
}
