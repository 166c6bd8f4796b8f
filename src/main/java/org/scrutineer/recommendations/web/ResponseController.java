package org.scrutineer.recommendations.web;

import java.time.LocalDate;
import java.util.List;

import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.accounts.Actor;
import org.scrutineer.recommendations.Approval;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.RecommendationManagement;
import org.scrutineer.recommendations.ReportId;
import org.scrutineer.recommendations.ResponseDecision;
import org.scrutineer.recommendations.ScrutinyReport;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The executive response to a report: officers draft a response to each recommendation, and the cabinet member
 * (or cabinet, at a meeting) approves it, which makes it given.
 */
@Controller
@RequestMapping("/recommendations/reports/{id:\\d+}/response")
class ResponseController {

    private final RecommendationManagement recommendations;
    private final DeadlineManagement deadlines;
    private final Choices choices;

    ResponseController(RecommendationManagement recommendations, DeadlineManagement deadlines, Choices choices) {
        this.recommendations = recommendations;
        this.deadlines = deadlines;
        this.choices = choices;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        Actor actor = Acting.actor();
        ScrutinyReport report = recommendations.report(actor, new ReportId(id));
        List<Recommendation> recs = recommendations.recommendationsOf(actor, report.id());
        if (!model.containsAttribute("form")) {
            ResponseForm form = ResponseForm.of(report, recs);
            if (report.responseState() == null) {
                form.ownersFromPortfolios(recs, recommendations.portfolios());
            }
            model.addAttribute("form", form);
        }
        return page(model, actor, report, recs);
    }

    @PostMapping
    String save(@PathVariable long id, @ModelAttribute("form") ResponseForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        ScrutinyReport report = recommendations.report(actor, new ReportId(id));
        List<Recommendation> recs = recommendations.recommendationsOf(actor, report.id());
        return FormErrors.attempt(result, model, () -> {
                    recommendations.saveResponse(actor, report.id(), form.getVersion(), form.getSummary(),
                            form.details());
                    return report.id();
                })
                .map(saved -> {
                    redirect.addFlashAttribute("flash", "The draft response was saved. It counts as given once the "
                            + "cabinet member or cabinet approves it.");
                    return "redirect:/recommendations/reports/" + id + "/response";
                })
                .orElseGet(() -> Acting.unprocessable(page(model, actor, report, recs)));
    }

    @PostMapping("/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) Approval via,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate cabinetDate,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        try {
            ScrutinyReport given = recommendations.approveResponse(actor, new ReportId(id), version, via, cabinetDate,
                    null);
            redirect.addFlashAttribute("flash", given.respondedLate()
                    ? "The response was approved and given, " + given.responseDaysLate() + " days after it was due."
                    : "The response was approved and given on time.");
            return "redirect:/recommendations/reports/" + id;
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("actionErrors", e.problems());
            return "redirect:/recommendations/reports/" + id + "/response";
        } catch (org.scrutineer.platform.ConflictException e) {
            redirect.addFlashAttribute("actionErrors", List.of(new org.scrutineer.platform.FieldProblem(null,
                    e.getMessage())));
            return "redirect:/recommendations/reports/" + id + "/response";
        }
    }

    private String page(Model model, Actor actor, ScrutinyReport report, List<Recommendation> recs) {
        model.addAttribute("report", recommendations.disclosed(actor, report));
        model.addAttribute("recommendations", recs);
        model.addAttribute("deadline", report.responseDeadline() == null ? null
                : deadlines.require(report.responseDeadline()));
        model.addAttribute("canDraft", recommendations.mayDraftResponse(actor, report));
        model.addAttribute("canApproveAsMember", recommendations.mayApprove(actor, report, Approval.CABINET_MEMBER));
        model.addAttribute("canRecordCabinet", recommendations.mayApprove(actor, report, Approval.CABINET));
        model.addAttribute("decisions", Choices.of(ResponseDecision.values(), ResponseDecision::label));
        model.addAttribute("cabinetMembers", choices.cabinetMembers());
        model.addAttribute("leadOfficers", choices.leadOfficers());
        model.addAttribute("today", recommendations.today());
        model.addAttribute("breadcrumbs", List.of(new Breadcrumb("Recommendations", "/recommendations"),
                new Breadcrumb("Reports", "/recommendations/reports"),
                new Breadcrumb(report.reference(), "/recommendations/reports/" + report.id())));
        return "recommendations/response";
    }
}
