package org.scrutineer.recommendations.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrutineer.audit.AuditHistory;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.ResultPage;
import org.scrutineer.accounts.Actor;
import org.scrutineer.recommendations.Progress;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.RecommendationId;
import org.scrutineer.recommendations.RecommendationManagement;
import org.scrutineer.recommendations.ReviewOutcome;
import org.scrutineer.recommendations.TrackerQuery;
import org.scrutineer.recommendations.TrackerSort;
import org.scrutineer.recommendations.TrackerStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tracker (every recommendation, overdue responses and slipped actions first, with filters and sorting) and a
 * recommendation's page: its response, progress and full timeline, where action owners post updates and the
 * committee records its reviews.
 */
@Controller
@RequestMapping("/recommendations")
class TrackerController {

    private static final List<Breadcrumb> CRUMBS = List.of(new Breadcrumb("Recommendations", "/recommendations"));

    private final RecommendationManagement recommendations;
    private final AuditHistory audit;
    private final Choices choices;

    TrackerController(RecommendationManagement recommendations, AuditHistory audit, Choices choices) {
        this.recommendations = recommendations;
        this.audit = audit;
        this.choices = choices;
    }

    @GetMapping
    String tracker(@RequestParam(required = false) Long committee, @RequestParam(required = false) Long portfolio,
            @RequestParam(required = false) Long cabinetMember, @RequestParam(required = false) TrackerStatus status,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(required = false) TrackerSort sort, @RequestParam(defaultValue = "1") int page,
            Model model) {
        Actor actor = Acting.actor();
        TrackerQuery query = new TrackerQuery(committee, portfolio, cabinetMember, null, status, year, q, sort, page,
                50);
        ResultPage<Recommendation> rows = recommendations.tracker(actor, query);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("committee", committee);
        filters.put("portfolio", portfolio);
        filters.put("cabinetMember", cabinetMember);
        filters.put("status", status);
        filters.put("year", year);
        filters.put("q", query.text());
        filters.put("sort", sort);
        model.addAttribute("rows", rows);
        model.addAttribute("query", query);
        model.addAttribute("filters", filters);
        model.addAttribute("filtered", committee != null || portfolio != null || cabinetMember != null
                || status != null || year != null || query.text() != null);
        model.addAttribute("committees", choices.committees());
        model.addAttribute("portfolios", choices.portfolios());
        model.addAttribute("cabinetMembers", choices.cabinetMembers());
        model.addAttribute("statuses", Choices.of(TrackerStatus.values(), TrackerStatus::label));
        model.addAttribute("sorts", Choices.of(TrackerSort.values(), TrackerSort::label));
        model.addAttribute("years", choices.years());
        model.addAttribute("canWrite", recommendations.mayAdminister(actor));
        model.addAttribute("today", recommendations.today());
        model.addAttribute("staleAfterDays", recommendations.settings().staleAfterDays());
        return "recommendations/tracker";
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Actor actor = Acting.actor();
        Recommendation r = recommendations.recommendation(actor, new RecommendationId(id));
        if (!model.containsAttribute("updateForm")) {
            UpdateForm form = new UpdateForm();
            form.setPostedOn(recommendations.today());
            model.addAttribute("updateForm", form);
        }
        if (!model.containsAttribute("reviewForm")) {
            ReviewForm form = new ReviewForm();
            form.setReviewedOn(recommendations.today());
            model.addAttribute("reviewForm", form);
        }
        return page(model, actor, r);
    }

    @PostMapping("/{id:\\d+}/updates")
    String postUpdate(@PathVariable long id, @ModelAttribute("updateForm") UpdateForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        Recommendation r = recommendations.recommendation(actor, new RecommendationId(id));
        return FormErrors.attempt(result, model, () -> recommendations.postUpdate(actor, r.id(), form.details()))
                .map(saved -> {
                    redirect.addFlashAttribute("flash", "Your update was posted.");
                    return "redirect:/recommendations/" + id;
                })
                .orElseGet(() -> {
                    model.addAttribute("updateErrors", true);
                    ReviewForm review = new ReviewForm();
                    review.setReviewedOn(recommendations.today());
                    model.addAttribute("reviewForm", review);
                    return Acting.unprocessable(page(model, actor, r));
                });
    }

    @PostMapping("/{id:\\d+}/reviews")
    String review(@PathVariable long id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        Recommendation r = recommendations.recommendation(actor, new RecommendationId(id));
        return FormErrors.attempt(result, model, () -> {
                    recommendations.review(actor, r.id(), form.getReviewedOn(), form.getOutcome(), form.getImpactNote());
                    return r.id();
                })
                .map(saved -> {
                    redirect.addFlashAttribute("flash", form.getOutcome() == ReviewOutcome.SIGNED_OFF
                            ? "Recommendation " + r.reference() + " was signed off as implemented."
                            : "The review was recorded; the recommendation stays open.");
                    return "redirect:/recommendations/" + id;
                })
                .orElseGet(() -> {
                    model.addAttribute("reviewErrors", true);
                    UpdateForm update = new UpdateForm();
                    update.setPostedOn(recommendations.today());
                    model.addAttribute("updateForm", update);
                    return Acting.unprocessable(page(model, actor, r));
                });
    }

    private String page(Model model, Actor actor, Recommendation r) {
        model.addAttribute("rec", r);
        model.addAttribute("report", recommendations.disclosed(actor, recommendations.report(actor, r.reportId())));
        model.addAttribute("seesExempt", recommendations.seesExempt(actor, r.committeeId()));
        model.addAttribute("timeline", recommendations.timeline(actor, r.id()));
        model.addAttribute("updates", recommendations.updates(actor, r.id()));
        model.addAttribute("reviews", recommendations.reviews(actor, r.id()));
        model.addAttribute("canUpdate", recommendations.mayUpdate(actor, r));
        model.addAttribute("canReview", recommendations.mayReview(actor, r));
        model.addAttribute("progressOptions", Choices.of(Progress.values(), Progress::label));
        model.addAttribute("outcomes", Choices.of(ReviewOutcome.values(), ReviewOutcome::label));
        model.addAttribute("today", recommendations.today());
        model.addAttribute("staleAfterDays", recommendations.settings().staleAfterDays());
        model.addAttribute("history", recommendations.seesHistory(actor, r)
                ? audit.historyOf(RecommendationManagement.RECOMMENDATION, r.id()) : null);
        model.addAttribute("breadcrumbs", List.of(CRUMBS.get(0), new Breadcrumb(r.reportReference(),
                "/recommendations/reports/" + r.reportId())));
        return "recommendations/recommendation";
    }
}
