package org.scrutineer.recommendations.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.recommendations.CommitteeFigures;
import org.scrutineer.recommendations.RecommendationFigures;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tracker's figures as JSON, for any signed-in user or API token. */
@RestController
@RequestMapping("/api/v1/recommendations")
@Tag(name = "Recommendations", description = "Scrutiny reports, recommendations, the executive's responses, "
        + "implementation updates and sign-off (LGA 2000 s9FE)")
class FiguresApiController {

    private final RecommendationFigures figures;

    FiguresApiController(RecommendationFigures figures) {
        this.figures = figures;
    }

    /** One committee's figures in a municipal year, or the council's. */
    @Schema(description = "How a committee's recommendations fared in a municipal year (the council-wide row has no "
            + "committee). Counts only reports the committee agreed. Rates are percentages to one decimal place, "
            + "null when there is nothing to divide by.")
    record FiguresResource(
            @Schema(description = "the year the municipal year starts in", example = "2026") int municipalYear,
            @Schema(example = "2026/27") String municipalYearLabel,
            @Schema(description = "true for the council-wide row of the year") boolean councilWide,
            @Schema(description = "null on the council-wide row") Long committeeId,
            @Schema(description = "null on the council-wide row") String committeeName,
            int reportsAgreed, int recommendationsMade,
            @Schema(description = "responses given, or past their due date without one") int responsesDue,
            @Schema(description = "responses given on or before their due date") int responsesOnTime,
            @Schema(description = "responsesOnTime as a percentage of responsesDue") Double onTimePercent,
            int responsesGiven,
            @Schema(description = "median days from notice being served to the response being given")
            Double medianDaysToRespond,
            @Schema(description = "recommendations decided in a given response") int decided,
            @Schema(description = "of those, accepted or partially accepted") int accepted,
            @Schema(description = "accepted as a percentage of decided") Double acceptancePercent,
            @Schema(description = "of those accepted, signed off by the committee as implemented") int implemented,
            @Schema(description = "implemented as a percentage of accepted") Double implementationPercent,
            @Schema(description = "responses overdue today") int overdueResponses,
            @Schema(description = "actions slipped, not achieved or past their target today") int slippedActions) {

        static FiguresResource of(CommitteeFigures f) {
            return new FiguresResource(f.municipalYear(), f.municipalYearLabel(), f.councilWide(),
                    f.committeeId() == null ? null : f.committeeId().value(), f.committeeName(), f.reportsAgreed(),
                    f.recommendationsMade(), f.responsesDue(), f.responsesOnTime(), f.onTimePercent(),
                    f.responsesGiven(), f.medianDaysToRespond(), f.decided(), f.accepted(), f.acceptancePercent(),
                    f.implemented(), f.implementationPercent(), f.overdueResponses(), f.slippedActions());
        }
    }

    @GetMapping("/figures")
    @Operation(summary = "Responses on time, days to respond, acceptance and implementation, per committee and year",
            description = "For each municipal year (newest first) the council-wide row, then each committee that "
                    + "agreed a report that year, by name. Drafts are never counted. The same data as "
                    + "/recommendations/figures.csv.")
    List<FiguresResource> figures(@Parameter(description = "only this municipal year (the year it starts in, e.g. "
            + "2026 for 2026/27); every year when absent") @RequestParam(required = false) Integer year) {
        return figures.figures(year == null ? null : FiguresController.checked(year)).stream()
                .map(FiguresResource::of).toList();
    }
}
