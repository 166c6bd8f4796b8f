package org.scrutineer.forwardplan.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.Role;
import org.scrutineer.forwardplan.CallIn;
import org.scrutineer.forwardplan.CallInGround;
import org.scrutineer.forwardplan.DecisionId;
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
 * Call-in: the request (grounds, explanation, signatories under the constitution's rule, the committee to hear it),
 * the committee's decision on it, and the decision maker's reconsideration of a decision referred back.
 */
@Controller
@RequestMapping("/forward-plan/{id:\\d+}")
class CallInController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ForwardPlanManagement forwardPlan;
    private final ForwardPlanChoices choices;
    private final DecisionPage page;

    CallInController(ForwardPlanManagement forwardPlan, ForwardPlanChoices choices, DecisionPage page) {
        this.forwardPlan = forwardPlan;
        this.choices = choices;
        this.page = page;
    }

    @GetMapping("/call-in")
    String start(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Actor actor = ForwardPlanPages.actor();
        ExecutiveDecision d = callable(actor, new DecisionId(id));
        if (!d.callInOpenAt(forwardPlan.now())) {
            redirect.addFlashAttribute("flash", "The decision cannot be called in: " + forwardPlan.callInStatus(d)
                    .toLowerCase(Locale.UK) + ".");
            return "redirect:/forward-plan/" + id;
        }
        if (!model.containsAttribute("form")) {
            CallInForm form = new CallInForm();
            if (!forwardPlan.mayAdminister(actor) && actor.person() != null) {
                form.getSignatoryIds().add(actor.person().value());
            }
            model.addAttribute("form", form);
        }
        return callInForm(model, d);
    }

    @PostMapping("/call-in")
    String callIn(@PathVariable long id, @ModelAttribute("form") CallInForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = ForwardPlanPages.actor();
        ExecutiveDecision d = callable(actor, new DecisionId(id));
        return FormErrors.attempt(result, model, () -> forwardPlan.callIn(actor, d.id(), form.request()))
                .map(made -> {
                    redirect.addFlashAttribute("flash", "The decision was called in: implementation is suspended "
                            + "until " + made.committeeName() + " decides. It must meet by "
                            + DAY.format(made.meetingBy()) + ".");
                    return "redirect:/forward-plan/" + id;
                })
                .orElseGet(() -> ForwardPlanPages.unprocessable(callInForm(model, d)));
    }

    @PostMapping("/call-in/decision")
    String decide(@PathVariable long id, @ModelAttribute("action") DecisionActionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return page.act(id, "committee", result, model, redirect, Map.of(), (actor, d) -> {
            forwardPlan.decideCallIn(actor, d, form.getCallInVersion(), form.getOutcome(), form.getHeardOn(),
                    form.getConcerns(), form.getCouncilDate());
            CallIn c = forwardPlan.callIn(d).orElseThrow();
            return switch (c.outcome()) {
                case NO_FURTHER_ACTION -> "The committee took no further action: the decision takes effect.";
                case REFERRED_BACK -> "The decision was referred back to the decision maker, who must reconsider it "
                        + "by " + DAY.format(c.reconsiderBy()) + ".";
                case REFERRED_TO_COUNCIL -> "The decision was referred to full council on "
                        + DAY.format(c.councilDate()) + ".";
            };
        });
    }

    @PostMapping("/reconsider")
    String reconsider(@PathVariable long id, @ModelAttribute("action") DecisionActionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return page.act(id, "reconsider", result, model, redirect, Map.of("on", "reconsideredOn",
                "decision", "reconsideration"), (actor, d) -> {
                    forwardPlan.reconsider(actor, d, form.getReconsideredOn(), form.getReconsideration());
                    return "The reconsidered decision was recorded and takes effect.";
                });
    }

    private ExecutiveDecision callable(Actor actor, DecisionId id) {
        ExecutiveDecision d = forwardPlan.decision(actor, id);
        if (!forwardPlan.mayAdminister(actor) && !actor.has(Role.COUNCILLOR)) {
            throw new AccessDeniedException("A call-in is made by councillors (or recorded by a scrutiny officer)");
        }
        return d;
    }

    private String callInForm(Model model, ExecutiveDecision d) {
        model.addAttribute("decision", d);
        model.addAttribute("callInStatus", forwardPlan.callInStatus(d));
        model.addAttribute("rule", forwardPlan.settings().callInRule());
        model.addAttribute("grounds", ForwardPlanChoices.of(CallInGround.values(), CallInGround::label));
        model.addAttribute("councillors", choices.councillors());
        model.addAttribute("committees", choices.scrutinyCommittees());
        model.addAttribute("breadcrumbs", List.of(DecisionPage.FORWARD_PLAN,
                new Breadcrumb(d.reference(), d.path())));
        return "forwardplan/call-in-form";
    }
}
