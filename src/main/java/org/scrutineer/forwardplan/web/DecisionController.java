package org.scrutineer.forwardplan.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scrutineer.accounts.Actor;
import org.scrutineer.forwardplan.DecisionId;
import org.scrutineer.forwardplan.DecisionRoute;
import org.scrutineer.forwardplan.DecisionState;
import org.scrutineer.forwardplan.ExecutiveDecision;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.FormErrors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A decision's page and what is done to it before and as it is taken: publishing the notice, the general exception
 * and special urgency routes, private meeting notices, pre-decision scrutiny flags, withdrawal, the decision record
 * and its publication (which opens the call-in window), and reg 18 reports.
 */
@Controller
@RequestMapping("/forward-plan/{id:\\d+}")
class DecisionController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ForwardPlanManagement forwardPlan;
    private final DecisionPage page;

    DecisionController(ForwardPlanManagement forwardPlan, DecisionPage page) {
        this.forwardPlan = forwardPlan;
        this.page = page;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        return page.show(model, ForwardPlanPages.actor(), new DecisionId(id));
    }

    @PostMapping("/notice")
    String publishNotice(@PathVariable long id, @ModelAttribute("action") DecisionActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return page.act(id, "notice", result, model, redirect, Map.of("publishedOn", "noticePublishedOn"),
                (actor, d) -> {
                    forwardPlan.publishNotice(actor, d, form.getNoticePublishedOn());
                    return "The decision is on the forward plan, its notice published on "
                            + DAY.format(form.getNoticePublishedOn()) + ".";
                });
    }

    @PostMapping("/general-exception")
    String generalException(@PathVariable long id, @ModelAttribute("action") DecisionActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return page.act(id, "general-exception", result, model, redirect, Map.of("reasons", "exceptionReasons"),
                (actor, d) -> {
                    forwardPlan.useGeneralException(actor, d, form.getChairId(), form.getInformedOn(),
                            form.getExceptionReasons());
                    return "The general exception was recorded: the decision may be taken from "
                            + DAY.format(forwardPlan.decision(actor, d).earliestDecisionOn()) + ".";
                });
    }

    @PostMapping("/special-urgency")
    String specialUrgency(@PathVariable long id, @ModelAttribute("action") DecisionActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return page.act(id, "special-urgency", result, model, redirect, Map.of("reasons", "urgencyReasons"),
                (actor, d) -> {
                    forwardPlan.useSpecialUrgency(actor, d, form.getAgreedById(), form.getAgreedAs(),
                            form.getAgreedOn(), form.getUrgencyReasons());
                    return "Special urgency was recorded. The decision will be in the leader's report of special "
                            + "urgency decisions to council (reg 19).";
                });
    }

    @PostMapping("/private-notices")
    String privateNotices(@PathVariable long id, @ModelAttribute("action") DecisionActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return page.act(id, "private-notices", result, model, redirect, Map.of(), (actor, d) -> {
            forwardPlan.recordPrivateNotices(actor, d, form.getIntentionOn(), form.getFinalOn(),
                    form.getRepresentations(), form.getResponse());
            return "The private meeting notices were recorded.";
        });
    }

    @PostMapping("/pre-decision-scrutiny")
    String flag(@PathVariable long id, @ModelAttribute("action") DecisionActionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return page.act(id, "flag", result, model, redirect, Map.of("committeeId", "flagCommitteeId",
                "note", "flagNote"), (actor, d) -> {
                    forwardPlan.flagForPreDecisionScrutiny(actor, d, form.getFlagCommitteeId(), form.getFlagNote());
                    return "The decision was flagged for pre-decision scrutiny. It appears in the committee's work "
                            + "programme.";
                });
    }

    @PostMapping("/withdraw")
    String withdraw(@PathVariable long id, @ModelAttribute("action") DecisionActionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return page.act(id, "withdraw", result, model, redirect, Map.of("reason", "withdrawReason"), (actor, d) -> {
            forwardPlan.withdraw(actor, d, form.getVersion(), form.getWithdrawReason());
            return "The decision was withdrawn from the forward plan.";
        });
    }

    @PostMapping("/publish-record")
    String publishRecord(@PathVariable long id, @ModelAttribute("action") DecisionActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return page.act(id, "publish-record", result, model, redirect, Map.of("publishedOn", "recordPublishedOn"),
                (actor, d) -> {
                    ExecutiveDecision published = forwardPlan.publishRecord(actor, d, form.getRecordPublishedOn());
                    return "The decision record was published. " + forwardPlan.callInStatus(published) + ".";
                });
    }

    @PostMapping("/key-decision-report")
    String requireReport(@PathVariable long id, @ModelAttribute("action") DecisionActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return page.act(id, "report", result, model, redirect, Map.of("committeeId", "reportCommitteeId",
                "reasons", "reportReasons"), (actor, d) -> {
                    forwardPlan.requireKeyDecisionReport(actor, d, form.getReportCommitteeId(),
                            form.getReportReasons(), form.getReportBy());
                    return "A report to council was required (reg 18), due by " + DAY.format(form.getReportBy()) + ".";
                });
    }

    // --- the decision record ----------------------------------------------------------------------------------

    @GetMapping("/record")
    String startRecord(@PathVariable long id, Model model) {
        Actor actor = ForwardPlanPages.actor();
        ExecutiveDecision d = recordable(actor, new DecisionId(id));
        if (!model.containsAttribute("form")) {
            RecordForm form = new RecordForm();
            form.setDecidedOn(d.expectedOn().isAfter(forwardPlan.today()) ? forwardPlan.today() : d.expectedOn());
            form.setVersion(d.version());
            model.addAttribute("form", form);
        }
        return recordForm(model, d);
    }

    @PostMapping("/record")
    String record(@PathVariable long id, @ModelAttribute("form") RecordForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = ForwardPlanPages.actor();
        ExecutiveDecision d = recordable(actor, new DecisionId(id));
        return FormErrors.attempt(result, model, () -> {
                    forwardPlan.recordDecision(actor, d.id(), form.getVersion(), form.details());
                    return d.id();
                })
                .map(saved -> {
                    redirect.addFlashAttribute("flash", "The decision was recorded. Publish the record to open the "
                            + "call-in window.");
                    return "redirect:/forward-plan/" + id;
                })
                .orElseGet(() -> ForwardPlanPages.unprocessable(recordForm(model, d)));
    }

    private ExecutiveDecision recordable(Actor actor, DecisionId id) {
        ExecutiveDecision d = forwardPlan.decision(actor, id);
        if (!forwardPlan.mayManage(actor, d)) {
            throw new AccessDeniedException("Only Democratic Services or the decision's maker records it");
        }
        return d;
    }

    private String recordForm(Model model, ExecutiveDecision d) {
        model.addAttribute("decision", d);
        model.addAttribute("taken", d.state().decided() || d.state() == DecisionState.WITHDRAWN);
        model.addAttribute("mayBeExempt", d.route() == DecisionRoute.SPECIAL_URGENCY);
        model.addAttribute("breadcrumbs", List.of(DecisionPage.FORWARD_PLAN,
                new Breadcrumb(d.reference(), d.path())));
        return "forwardplan/record-form";
    }
}
