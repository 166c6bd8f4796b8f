package org.scrutineer.forwardplan.web;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.scrutineer.accounts.Actor;
import org.scrutineer.accounts.Role;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.forwardplan.CallIn;
import org.scrutineer.forwardplan.CallInOutcome;
import org.scrutineer.forwardplan.CallInState;
import org.scrutineer.forwardplan.DecisionId;
import org.scrutineer.forwardplan.DecisionRoute;
import org.scrutineer.forwardplan.DecisionState;
import org.scrutineer.forwardplan.ExecutiveDecision;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.scrutineer.forwardplan.UrgencyAgreedAs;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.Option;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A decision's page: its forward plan entry, route, notices, record, call-in status and call-in, with the forms for
 * what the signed-in person may do next. Shared by the controllers whose actions show it again when they break a
 * rule.
 */
@Component
class DecisionPage {

    static final Breadcrumb FORWARD_PLAN = new Breadcrumb("Forward plan", "/forward-plan");

    private final ForwardPlanManagement forwardPlan;
    private final ForwardPlanChoices choices;
    private final AuditHistory audit;

    DecisionPage(ForwardPlanManagement forwardPlan, ForwardPlanChoices choices, AuditHistory audit) {
        this.forwardPlan = forwardPlan;
        this.choices = choices;
        this.audit = audit;
    }

    /** Fills the model for the decision's page and names its view. */
    String show(Model model, Actor actor, DecisionId id) {
        ExecutiveDecision d = forwardPlan.decision(actor, id);
        CallIn callIn = forwardPlan.callIn(id).orElse(null);
        boolean manages = forwardPlan.mayManage(actor, d);
        boolean open = !d.state().decided() && d.state() != DecisionState.WITHDRAWN;
        List<Option> actedFor = choices.committeesActedFor(actor);
        if (!model.containsAttribute("action")) {
            DecisionActionForm form = DecisionActionForm.on(forwardPlan.today());
            form.setVersion(d.version());
            form.setCallInVersion(callIn == null ? 0 : callIn.version());
            model.addAttribute("action", form);
        }
        model.addAttribute("decision", d);
        model.addAttribute("callIn", callIn);
        model.addAttribute("callInStatus", forwardPlan.callInStatus(d));
        model.addAttribute("callInDeadline", forwardPlan.callInDeadline(d).orElse(null));
        model.addAttribute("noticeRule", forwardPlan.noticeDeadline(d.expectedOn()));
        model.addAttribute("privateNotice", forwardPlan.privateNotice(id).orElse(null));
        model.addAttribute("flags", forwardPlan.preDecisionScrutiny(id));
        model.addAttribute("reports", forwardPlan.keyDecisionReports(id));
        model.addAttribute("today", forwardPlan.today());

        model.addAttribute("canEdit", manages && open);
        model.addAttribute("canPublishNotice", manages && d.state() == DecisionState.PLANNED);
        model.addAttribute("canUseRoutes", manages && open && d.keyDecision());
        model.addAttribute("canRecordPrivateNotices", manages && open && d.inPrivate());
        model.addAttribute("canWithdraw", manages && open);
        model.addAttribute("needsRoute", d.keyDecision() && d.state() == DecisionState.PLANNED
                && d.route() == DecisionRoute.NOTICE);
        model.addAttribute("canRecord", manages && open);
        model.addAttribute("canPublishRecord", manages && d.state() == DecisionState.DECIDED);
        model.addAttribute("canCallIn", d.callInOpenAt(forwardPlan.now())
                && (forwardPlan.mayAdminister(actor) || actor.has(Role.COUNCILLOR)));
        model.addAttribute("canDecideCallIn", callIn != null && callIn.state() == CallInState.AWAITING_COMMITTEE
                && forwardPlan.mayActForCommittee(actor, callIn.committeeId()));
        model.addAttribute("canReconsider", manages && (d.state() == DecisionState.REFERRED_BACK
                || d.state() == DecisionState.REFERRED_TO_COUNCIL));
        model.addAttribute("canFlag", open && !actedFor.isEmpty());
        model.addAttribute("canRequireReport", d.state().decided() && !d.keyDecision() && !actedFor.isEmpty());
        model.addAttribute("committeesActedFor", actedFor);
        model.addAttribute("callInMadeAt", callIn == null ? null
                : java.time.LocalDateTime.ofInstant(callIn.submittedAt(), ForwardPlanManagement.LOCAL));
        model.addAttribute("anyAction", List.of("canEdit", "canPublishNotice", "canUseRoutes", "canRecordPrivateNotices",
                "canWithdraw", "canRecord", "canPublishRecord", "canCallIn", "canDecideCallIn", "canReconsider",
                "canFlag", "canRequireReport").stream().anyMatch(k -> Boolean.TRUE.equals(model.getAttribute(k))));
        if (manages && open && d.keyDecision()) {
            model.addAttribute("scrutinyChairs", choices.scrutinyChairs());
            model.addAttribute("urgencyAgreers", choices.urgencyAgreers());
            model.addAttribute("capacities", ForwardPlanChoices.of(UrgencyAgreedAs.values(), UrgencyAgreedAs::label));
        }
        model.addAttribute("outcomes", ForwardPlanChoices.of(CallInOutcome.values(), CallInOutcome::label));
        model.addAttribute("history", manages ? audit.historyOf(ForwardPlanManagement.DECISION, id) : null);
        model.addAttribute("breadcrumbs", List.of(FORWARD_PLAN));
        return "forwardplan/decision";
    }

    /**
     * Runs one of the page's actions. Done, it redirects to the page with what happened; refused, it shows the page
     * again (422) with the error summary, the action's form open and what was typed in it.
     *
     * @param action the action's name, which opens its form again on the page
     * @param fields the facade's field names mapped to the form's
     * @param work the action, giving back what to tell the person
     */
    String act(long id, String action, BindingResult result, Model model, RedirectAttributes redirect,
            Map<String, String> fields, BiFunction<Actor, DecisionId, String> work) {
        Actor actor = ForwardPlanPages.actor();
        DecisionId decision = new DecisionId(id);
        String[] done = new String[1];
        return FormErrors.attempt(result, model, () -> {
                    ForwardPlanPages.renaming(fields, () -> done[0] = work.apply(actor, decision));
                    return decision;
                })
                .map(saved -> {
                    redirect.addFlashAttribute("flash", done[0]);
                    return "redirect:/forward-plan/" + id;
                })
                .orElseGet(() -> {
                    model.addAttribute("openAction", action);
                    return ForwardPlanPages.unprocessable(show(model, actor, decision));
                });
    }
}
