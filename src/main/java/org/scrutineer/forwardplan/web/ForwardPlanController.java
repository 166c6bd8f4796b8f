package org.scrutineer.forwardplan.web;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scrutineer.accounts.Actor;
import org.scrutineer.forwardplan.CallIn;
import org.scrutineer.forwardplan.DecisionId;
import org.scrutineer.forwardplan.DecisionMaker;
import org.scrutineer.forwardplan.DecisionState;
import org.scrutineer.forwardplan.ExecutiveDecision;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.scrutineer.forwardplan.ForwardPlanSettings;
import org.scrutineer.forwardplan.KeyReason;
import org.scrutineer.forwardplan.internal.ForwardPlanRules;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.FormErrors;
import org.scrutineer.platform.Option;
import org.scrutineer.platform.ResultPage;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.platform.TabularFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
 * The forward plan as those who work with it see it (planned entries included for those who keep it), with filters
 * and pages; the forms that plan a decision and change its entry; and the reg 19 report of special urgency
 * decisions, on a page and as CSV.
 */
@Controller
@RequestMapping("/forward-plan")
class ForwardPlanController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final List<String> URGENCY_COLUMNS = List.of("Reference", "Matter", "Decision maker", "Urgency agreed on",
            "Agreed by", "Capacity", "Reasons for urgency", "Decided on", "Decision", "Exempt from call-in");
    private static final int PAGE_SIZE = 25;

    private final ForwardPlanManagement forwardPlan;
    private final ForwardPlanChoices choices;

    ForwardPlanController(ForwardPlanManagement forwardPlan, ForwardPlanChoices choices) {
        this.forwardPlan = forwardPlan;
        this.choices = choices;
    }

    /**
     * The forward plan. {@code month} is a month (2026-11), {@code all} for every date, or empty for the decisions
     * from the start of this month on.
     */
    @GetMapping
    String list(@RequestParam(required = false) String month, @RequestParam(required = false) Long portfolio,
            @RequestParam(required = false) Long ward, @RequestParam(required = false) Boolean key,
            @RequestParam(required = false) DecisionState state, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page, Model model) {
        Actor actor = ForwardPlanPages.actor();
        LocalDate today = forwardPlan.today();
        YearMonth chosen = month(month);
        boolean all = "all".equals(month);
        LocalDate from = chosen != null || all ? null : today.withDayOfMonth(1);
        String text = q == null || q.isBlank() ? null : q.strip();
        ResultPage<ExecutiveDecision> rows = forwardPlan.forwardPlan(actor, chosen, from, portfolio, ward, key, state,
                text, Math.min(Math.max(page, 1), 10_000), PAGE_SIZE);
        Map<Long, CallIn> callIns = forwardPlan.callIns(rows.items().stream().map(ExecutiveDecision::id).toList());
        Map<Long, String> statuses = new LinkedHashMap<>();
        rows.items().forEach(d -> statuses.put(d.id().value(), d.state().decided() ? forwardPlan.callInStatus(d) : ""));
        model.addAttribute("rows", rows);
        model.addAttribute("callIns", callIns);
        model.addAttribute("statuses", statuses);
        model.addAttribute("month", chosen != null ? chosen.toString() : all ? "all" : "");
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("ward", ward);
        model.addAttribute("key", key);
        model.addAttribute("state", state);
        model.addAttribute("q", text);
        model.addAttribute("from", from);
        model.addAttribute("months", choices.months(today));
        model.addAttribute("portfolios", choices.portfolios());
        model.addAttribute("wards", choices.wards());
        model.addAttribute("states", ForwardPlanChoices.of(DecisionState.values(), DecisionState::label));
        model.addAttribute("mayPlan", forwardPlan.mayPlan(actor));
        model.addAttribute("today", today);
        return "forwardplan/list";
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank() || "all".equals(month)) {
            return null;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // --- planning ----------------------------------------------------------------------------------------------

    @GetMapping("/new")
    String startNew(Model model) {
        requirePlanner(ForwardPlanPages.actor());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DecisionForm());
        }
        return decisionForm(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") DecisionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = ForwardPlanPages.actor();
        requirePlanner(actor);
        return FormErrors.attempt(result, model, () -> ForwardPlanPages.unlessMistyped(form.mistyped(),
                        () -> ForwardPlanRules.details(form.details(), forwardPlan.settings()),
                        () -> forwardPlan.plan(actor, form.details())))
                .map(id -> {
                    redirect.addFlashAttribute("flash", "The decision was planned as "
                            + forwardPlan.decision(actor, id).reference() + ". Publish its notice to put it on the "
                            + "forward plan.");
                    return "redirect:/forward-plan/" + id;
                })
                .orElseGet(() -> ForwardPlanPages.unprocessable(decisionForm(model, null)));
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = ForwardPlanPages.actor();
        ExecutiveDecision d = managed(actor, new DecisionId(id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DecisionForm.of(d));
        }
        return decisionForm(model, d);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") DecisionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Actor actor = ForwardPlanPages.actor();
        ExecutiveDecision d = managed(actor, new DecisionId(id));
        return FormErrors.attempt(result, model, () -> ForwardPlanPages.unlessMistyped(form.mistyped(),
                        () -> ForwardPlanRules.details(form.details(), forwardPlan.settings()), () -> {
                            forwardPlan.update(actor, d.id(), form.getVersion(), form.details());
                            return d.id();
                        }))
                .map(saved -> {
                    redirect.addFlashAttribute("flash", "The forward plan entry was saved.");
                    return "redirect:/forward-plan/" + id;
                })
                .orElseGet(() -> ForwardPlanPages.unprocessable(decisionForm(model, d)));
    }

    private void requirePlanner(Actor actor) {
        if (!forwardPlan.mayPlan(actor)) {
            throw new AccessDeniedException("Only the executive and Democratic Services plan executive decisions");
        }
    }

    private ExecutiveDecision managed(Actor actor, DecisionId id) {
        ExecutiveDecision d = forwardPlan.decision(actor, id);
        if (!forwardPlan.mayManage(actor, d)) {
            throw new AccessDeniedException("Only Democratic Services or the decision's maker changes its entry");
        }
        return d;
    }

    private String decisionForm(Model model, ExecutiveDecision d) {
        ForwardPlanSettings settings = forwardPlan.settings();
        NumberFormat pounds = NumberFormat.getCurrencyInstance(Locale.UK);
        pounds.setMaximumFractionDigits(0);
        model.addAttribute("decision", d);
        model.addAttribute("makers", ForwardPlanChoices.of(DecisionMaker.values(), DecisionMaker::label));
        model.addAttribute("cabinetMembers", choices.cabinetMembers());
        model.addAttribute("officers", choices.officers());
        model.addAttribute("portfolios", choices.portfolios());
        model.addAttribute("wards", choices.wards());
        model.addAttribute("yesNo", List.of(new Option("true", "Yes"), new Option("false", "No")));
        model.addAttribute("keyReasons", ForwardPlanChoices.of(KeyReason.values(), KeyReason::label));
        model.addAttribute("paragraphs", ForwardPlanChoices.EXEMPT_PARAGRAPHS);
        model.addAttribute("threshold", "The council's thresholds: expenditure or savings of "
                + pounds.format(settings.keyThreshold()) + " or more, or a significant effect on communities living "
                + "or working in " + settings.keyWards() + " or more wards (SI 2012/2089 reg 8).");
        model.addAttribute("thresholdAmount", pounds.format(settings.keyThreshold()));
        model.addAttribute("breadcrumbs", d == null ? List.of(DecisionPage.FORWARD_PLAN)
                : List.of(DecisionPage.FORWARD_PLAN, new Breadcrumb(d.reference(), d.path())));
        return "forwardplan/decision-form";
    }

    // --- the reg 19 report -------------------------------------------------------------------------------------

    @GetMapping("/special-urgency")
    String specialUrgency(@ModelAttribute("period") PeriodForm period, BindingResult result, Model model) {
        ForwardPlanPages.actor();
        defaultPeriod(period, result);
        List<ExecutiveDecision> decisions = List.of();
        if (!result.hasErrors()) {
            try {
                decisions = forwardPlan.specialUrgencyReport(period.getFrom(), period.getTo());
            } catch (RuleViolationException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("decisions", decisions);
        model.addAttribute("breadcrumbs", List.of(DecisionPage.FORWARD_PLAN));
        if (result.hasErrors()) {
            model.addAttribute("hasErrors", true);
            return ForwardPlanPages.unprocessable("forwardplan/special-urgency");
        }
        return "forwardplan/special-urgency";
    }

    @GetMapping("/special-urgency.csv")
    ResponseEntity<byte[]> specialUrgencyCsv(@ModelAttribute("period") PeriodForm period, BindingResult result) {
        ForwardPlanPages.actor();
        defaultPeriod(period, result);
        if (result.hasErrors()) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.TEXT_PLAIN)
                    .body("Enter the period as two real dates, for example from=2026-04-01&to=2027-03-31"
                            .getBytes(StandardCharsets.UTF_8));
        }
        List<ExecutiveDecision> decisions;
        try {
            decisions = forwardPlan.specialUrgencyReport(period.getFrom(), period.getTo());
        } catch (RuleViolationException e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.TEXT_PLAIN)
                    .body(e.getMessage().getBytes(StandardCharsets.UTF_8));
        }
        List<List<String>> rows = new ArrayList<>();
        for (ExecutiveDecision d : decisions) {
            rows.add(List.of(d.reference(), d.matter(), maker(d), text(d.urgencyAgreedOn()),
                    d.urgencyAgreedBy() == null ? "" : d.urgencyAgreedBy().name(),
                    d.urgencyAgreedAs() == null ? "" : d.urgencyAgreedAs().label(), text(d.exceptionReasons()),
                    text(d.decidedOn()), text(d.decision()), text(d.callInExemptReason())));
        }
        String name = "special-urgency-decisions-" + period.getFrom() + "-to-" + period.getTo() + ".csv";
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(TabularFiles.csv(URGENCY_COLUMNS, rows));
    }

    /** The last three months to today, unless a period was given. */
    private void defaultPeriod(PeriodForm period, BindingResult result) {
        LocalDate today = forwardPlan.today();
        if (period.getTo() == null && !result.hasFieldErrors("to")) {
            period.setTo(today);
        }
        if (period.getFrom() == null && !result.hasFieldErrors("from")) {
            period.setFrom(period.getTo() == null ? today.minusMonths(3) : period.getTo().minusMonths(3));
        }
    }

    static String maker(ExecutiveDecision d) {
        return d.maker().label() + (d.makerPerson() == null ? "" : ": " + d.makerPerson().name());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
