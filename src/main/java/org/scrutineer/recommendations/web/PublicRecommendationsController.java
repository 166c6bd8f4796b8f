package org.scrutineer.recommendations.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.recommendations.ImplementationUpdate;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.RecommendationManagement;
import org.scrutineer.recommendations.ReportId;
import org.scrutineer.recommendations.ReportState;
import org.scrutineer.recommendations.ScrutinyReport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public record: published scrutiny reports, their recommendations, the executive's responses once given and
 * the progress reported since (LGA 2000 s9FG). Exempt information is never shown: its public summary is.
 */
@Controller
@RequestMapping("/public/recommendations")
class PublicRecommendationsController {

    private final RecommendationManagement recommendations;
    private final Choices choices;

    PublicRecommendationsController(RecommendationManagement recommendations, Choices choices) {
        this.recommendations = recommendations;
        this.choices = choices;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long committee, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("reports", recommendations.publishedReports(committee, year, page, 25));
        model.addAttribute("committee", committee);
        model.addAttribute("year", year);
        model.addAttribute("committees", choices.committees());
        model.addAttribute("years", choices.years());
        return "recommendations/public-reports";
    }

    @GetMapping("/reports/{id:\\d+}")
    String report(@PathVariable long id, Model model) {
        ScrutinyReport report = recommendations.publishedReport(new ReportId(id));
        List<Recommendation> recs = recommendations.publishedRecommendations(report.id());
        boolean responded = report.state() == ReportState.RESPONDED;
        Map<Long, List<ImplementationUpdate>> updates = recs.stream().collect(Collectors.toMap(
                r -> r.id().value(), r -> responded ? recommendations.publishedUpdates(r.id()) : List.of()));
        model.addAttribute("report", report);
        model.addAttribute("recommendations", recs);
        model.addAttribute("documents", recommendations.publishedDocuments(report.id()));
        model.addAttribute("responded", responded);
        model.addAttribute("updates", updates);
        model.addAttribute("breadcrumbs", List.of(new Breadcrumb("Scrutiny recommendations", "/public/recommendations")));
        return "recommendations/public-report";
    }
}
