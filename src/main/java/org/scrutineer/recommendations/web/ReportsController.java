package org.scrutineer.recommendations.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.scrutineer.audit.AuditHistory;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.ResultPage;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.accounts.Actor;
import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.CommentKind;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.RecommendationId;
import org.scrutineer.recommendations.RecommendationManagement;
import org.scrutineer.recommendations.ReportId;
import org.scrutineer.recommendations.ReportState;
import org.scrutineer.recommendations.ResponseField;
import org.scrutineer.recommendations.ScrutinyReport;
import org.scrutineer.recommendations.SharePurpose;
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
 * Scrutiny reports: the list, a report's page with everything that can be done to it at its stage (share the
 * draft, comment, agree, serve notice, publish), and the forms for the report and its recommendations.
 */
@Controller
@RequestMapping("/recommendations/reports")
class ReportsController {

    private static final List<Breadcrumb> CRUMBS = List.of(new Breadcrumb("Recommendations", "/recommendations"),
            new Breadcrumb("Reports", "/recommendations/reports"));

    private final RecommendationManagement recommendations;
    private final AuditHistory audit;
    private final Choices choices;
    private final DeadlineManagement deadlines;

    ReportsController(RecommendationManagement recommendations, AuditHistory audit, Choices choices,
            DeadlineManagement deadlines) {
        this.recommendations = recommendations;
        this.audit = audit;
        this.choices = choices;
        this.deadlines = deadlines;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long committee, @RequestParam(required = false) ReportState state,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "1") int page, Model model) {
        Actor actor = Acting.actor();
        ResultPage<ScrutinyReport> reports = recommendations.reports(actor, committee, state, year, page, 25);
        model.addAttribute("reports", reports);
        model.addAttribute("committee", committee);
        model.addAttribute("state", state);
        model.addAttribute("year", year);
        model.addAttribute("committees", choices.committees());
        model.addAttribute("states", Choices.of(ReportState.values(), ReportState::label));
        model.addAttribute("years", choices.years());
        model.addAttribute("canWrite", canWrite(actor));
        model.addAttribute("today", recommendations.today());
        model.addAttribute("breadcrumbs", List.of(CRUMBS.get(0)));
        return "recommendations/reports";
    }

    @GetMapping("/new")
    String startNew(Model model) {
        requireWriter();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ReportForm());
        }
        return reportForm(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") ReportForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        return FormErrors.attempt(result, model, () -> recommendations.createReport(actor, form.details()))
                .map(id -> {
                    redirect.addFlashAttribute("flash", "The report was started. Now add its recommendations.");
                    return "redirect:/recommendations/reports/" + id;
                })
                .orElseGet(() -> Acting.unprocessable(reportForm(model, null)));
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Actor actor = Acting.actor();
        ReportId reportId = new ReportId(id);
        ScrutinyReport report = recommendations.disclosed(actor, recommendations.report(actor, reportId));
        List<Recommendation> recs = recommendations.recommendationsOf(actor, reportId);
        boolean writer = recommendations.mayAdminister(actor);
        model.addAttribute("report", report);
        model.addAttribute("recommendations", recs);
        model.addAttribute("seesExempt", recommendations.seesExempt(actor, report.committeeId()));
        model.addAttribute("shares", recommendations.shares(actor, reportId));
        model.addAttribute("documents", recommendations.documents(actor, reportId));
        model.addAttribute("comments", recommendations.comments(actor, reportId));
        model.addAttribute("canWrite", writer);
        model.addAttribute("canComment", recommendations.mayComment(actor, report));
        model.addAttribute("canDraftResponse", recommendations.mayDraftResponse(actor, report));
        model.addAttribute("shareWith", choices.shareWith());
        model.addAttribute("purposes", Choices.of(SharePurpose.values(), SharePurpose::label));
        model.addAttribute("commentKinds", Choices.of(CommentKind.values(), CommentKind::label));
        model.addAttribute("responseFields", ResponseField.values());
        model.addAttribute("defaultFields", EnumSet.copyOf(recommendations.settings().defaultRequiredFields().isEmpty()
                ? EnumSet.noneOf(ResponseField.class) : EnumSet.copyOf(recommendations.settings().defaultRequiredFields())));
        model.addAttribute("deadline", report.responseDeadline() == null ? null
                : deadlines.require(report.responseDeadline()));
        model.addAttribute("today", recommendations.today());
        model.addAttribute("staleAfterDays", recommendations.settings().staleAfterDays());
        model.addAttribute("history", recommendations.seesHistory(actor, report)
                ? audit.historyOf(RecommendationManagement.REPORT, reportId) : null);
        model.addAttribute("breadcrumbs", CRUMBS);
        return "recommendations/report";
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        ScrutinyReport report = recommendations.report(Acting.actor(), new ReportId(id));
        requireWriter();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ReportForm.of(report));
        }
        return reportForm(model, report);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") ReportForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        ScrutinyReport report = recommendations.report(actor, new ReportId(id));
        return FormErrors.attempt(result, model, () -> {
                    recommendations.updateReport(actor, report.id(), form.getVersion(), form.details());
                    return report.id();
                })
                .map(saved -> {
                    redirect.addFlashAttribute("flash", "Your changes were saved.");
                    return "redirect:/recommendations/reports/" + id;
                })
                .orElseGet(() -> Acting.unprocessable(reportForm(model, report)));
    }

    @PostMapping("/{id:\\d+}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        ScrutinyReport report = recommendations.report(actor, new ReportId(id));
        try {
            recommendations.deleteReport(actor, report.id());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("actionErrors", e.problems());
            return "redirect:/recommendations/reports/" + id;
        }
        redirect.addFlashAttribute("flash", "The draft report " + report.reference() + " was deleted.");
        return "redirect:/recommendations/reports";
    }

    private String reportForm(Model model, ScrutinyReport report) {
        model.addAttribute("report", report);
        model.addAttribute("committees", choices.committees());
        model.addAttribute("breadcrumbs", CRUMBS);
        return "recommendations/report-form";
    }

    // --- recommendations of a draft ---------------------------------------------------------------------------

    @GetMapping("/{id:\\d+}/recommendations/new")
    String newRecommendation(@PathVariable long id, Model model) {
        ScrutinyReport report = recommendations.report(Acting.actor(), new ReportId(id));
        requireWriter();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RecommendationForm());
        }
        return recommendationForm(model, report, null);
    }

    @PostMapping("/{id:\\d+}/recommendations")
    String addRecommendation(@PathVariable long id, @ModelAttribute("form") RecommendationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        ScrutinyReport report = recommendations.report(actor, new ReportId(id));
        return FormErrors.attempt(result, model, () -> recommendations.addRecommendation(actor, report.id(),
                        form.details()))
                .map(rec -> {
                    redirect.addFlashAttribute("flash", "The recommendation was added.");
                    return "redirect:/recommendations/reports/" + id + "#recommendations";
                })
                .orElseGet(() -> Acting.unprocessable(recommendationForm(model, report, null)));
    }

    @GetMapping("/{id:\\d+}/recommendations/{recId:\\d+}/edit")
    String editRecommendation(@PathVariable long id, @PathVariable long recId, Model model) {
        Actor actor = Acting.actor();
        ScrutinyReport report = recommendations.report(actor, new ReportId(id));
        Recommendation rec = ofReport(actor, report, recId);
        requireWriter();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RecommendationForm.of(rec));
        }
        return recommendationForm(model, report, rec);
    }

    @PostMapping("/{id:\\d+}/recommendations/{recId:\\d+}")
    String updateRecommendation(@PathVariable long id, @PathVariable long recId,
            @ModelAttribute("form") RecommendationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        ScrutinyReport report = recommendations.report(actor, new ReportId(id));
        Recommendation rec = ofReport(actor, report, recId);
        return FormErrors.attempt(result, model, () -> {
                    recommendations.updateRecommendation(actor, rec.id(), form.getVersion(), form.details());
                    return rec.id();
                })
                .map(saved -> {
                    redirect.addFlashAttribute("flash", "Recommendation " + rec.number() + " was saved.");
                    return "redirect:/recommendations/reports/" + id + "#recommendations";
                })
                .orElseGet(() -> Acting.unprocessable(recommendationForm(model, report, rec)));
    }

    @PostMapping("/{id:\\d+}/recommendations/{recId:\\d+}/remove")
    String removeRecommendation(@PathVariable long id, @PathVariable long recId, RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        ScrutinyReport report = recommendations.report(actor, new ReportId(id));
        Recommendation rec = ofReport(actor, report, recId);
        return act(id, redirect, () -> recommendations.removeRecommendation(actor, rec.id()),
                "Recommendation " + rec.number() + " was removed; the ones after it were renumbered.");
    }

    private Recommendation ofReport(Actor actor, ScrutinyReport report, long recId) {
        Recommendation rec = recommendations.recommendation(actor, new RecommendationId(recId));
        if (!rec.reportId().equals(report.id())) {
            throw new org.scrutineer.platform.NotFoundException("Recommendation " + recId);
        }
        return rec;
    }

    private String recommendationForm(Model model, ScrutinyReport report, Recommendation rec) {
        model.addAttribute("report", report);
        model.addAttribute("recommendation", rec);
        model.addAttribute("addressees", Choices.of(Addressee.values(), Addressee::label));
        model.addAttribute("cabinetMembers", choices.cabinetMembers());
        model.addAttribute("portfolios", choices.portfolios());
        model.addAttribute("breadcrumbs", List.of(CRUMBS.get(0), CRUMBS.get(1),
                new Breadcrumb(report.reference(), "/recommendations/reports/" + report.id())));
        return "recommendations/recommendation-form";
    }

    // --- the workflow -------------------------------------------------------------------------------------------

    @PostMapping("/{id:\\d+}/documents")
    String addDocument(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String url, @RequestParam(defaultValue = "false") boolean exempt,
            RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        redirect.addFlashAttribute("documentTitle", title);
        redirect.addFlashAttribute("documentUrl", url);
        return act(id, redirect, () -> recommendations.addDocument(actor, new ReportId(id), title, url, exempt),
                "The document was added.") + "#documents";
    }

    @PostMapping("/{id:\\d+}/documents/{documentId:\\d+}/remove")
    String removeDocument(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        return act(id, redirect, () -> recommendations.removeDocument(actor, new ReportId(id), documentId),
                "The document was removed.") + "#documents";
    }

    @PostMapping("/{id:\\d+}/share")
    String share(@PathVariable long id, @RequestParam(required = false) List<Long> people,
            @RequestParam(required = false) SharePurpose purpose, RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        return act(id, redirect, () -> recommendations.shareDraft(actor, new ReportId(id), people, purpose),
                "The draft was shared. Those it was shared with can now see it and comment.");
    }

    @PostMapping("/{id:\\d+}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) Long recommendationId,
            @RequestParam(required = false) CommentKind kind, @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        redirect.addFlashAttribute("commentText", text);
        return act(id, redirect, () -> recommendations.comment(actor, new ReportId(id),
                recommendationId == null ? null : new RecommendationId(recommendationId), kind, text),
                "Your comment was recorded.") + "#comments";
    }

    @PostMapping("/{id:\\d+}/agree")
    String agree(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate agreedOn,
            @RequestParam(required = false) String agreedAt,
            @RequestParam(required = false) Set<ResponseField> requiredFields, RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        redirect.addFlashAttribute("agreedAt", agreedAt);
        return act(id, redirect, () -> recommendations.agree(actor, new ReportId(id), agreedOn, agreedAt,
                requiredFields == null ? Set.of() : requiredFields),
                "The committee's agreement was recorded. Serve notice on the executive to start its two months.");
    }

    @PostMapping("/{id:\\d+}/notice")
    String serveNotice(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedOn,
            RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        return act(id, redirect, () -> recommendations.serveNotice(actor, new ReportId(id), servedOn),
                "Notice was served on the executive. Its response is now being tracked.");
    }

    @PostMapping("/{id:\\d+}/publish")
    String publish(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
            RedirectAttributes redirect) {
        Actor actor = Acting.actor();
        return act(id, redirect, () -> recommendations.publish(actor, new ReportId(id), publishedOn),
                "The report was published on the council's public pages.");
    }

    private String act(long id, RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("actionErrors", e.problems());
        } catch (org.scrutineer.platform.ConflictException e) {
            redirect.addFlashAttribute("actionErrors", List.of(new org.scrutineer.platform.FieldProblem(null,
                    e.getMessage())));
        }
        return "redirect:/recommendations/reports/" + id;
    }

    private boolean canWrite(Actor actor) {
        return recommendations.mayAdminister(actor);
    }

    private void requireWriter() {
        if (!canWrite(Acting.actor())) {
            throw new org.springframework.security.access.AccessDeniedException("Only scrutiny officers write reports");
        }
    }
}
