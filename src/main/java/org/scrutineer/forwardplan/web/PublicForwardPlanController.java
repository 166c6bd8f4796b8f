package org.scrutineer.forwardplan.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.forwardplan.DecisionId;
import org.scrutineer.forwardplan.ExecutiveDecision;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.scrutineer.platform.Breadcrumb;
import org.scrutineer.platform.Option;
import org.scrutineer.platform.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public forward plan (SI 2012/2089 reg 9): the executive decisions the council has published, by month,
 * portfolio, ward and whether key; and each decision's page with its route, its record once published, where it
 * stands on call-in and what the committee decided on a call-in. Entries still being planned never appear.
 */
@Controller
@RequestMapping("/public/forward-plan")
class PublicForwardPlanController {

    static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ForwardPlanManagement forwardPlan;
    private final DirectoryManagement directory;

    PublicForwardPlanController(ForwardPlanManagement forwardPlan, DirectoryManagement directory) {
        this.forwardPlan = forwardPlan;
        this.directory = directory;
    }

    /** The public page of a decision. */
    static String path(ExecutiveDecision d) {
        return "/public/forward-plan/" + d.id();
    }

    @GetMapping
    String list(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) Long portfolio,
            @RequestParam(required = false) Long ward, @RequestParam(required = false) Boolean key,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        LocalDate today = forwardPlan.today();
        String words = q == null || q.isBlank() ? null : q.strip();
        ResultPage<ExecutiveDecision> decisions = forwardPlan.forwardPlan(null, month, today.withDayOfMonth(1),
                portfolio, ward, key, null, words, Math.max(1, Math.min(page, 10_000)), PAGE_SIZE);
        model.addAttribute("decisions", decisions);
        Map<Long, String> details = new HashMap<>();
        decisions.items().forEach(d -> details.put(d.id().value(), detail(d)));
        model.addAttribute("status", details);
        model.addAttribute("month", month == null ? null : month.toString());
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("ward", ward);
        model.addAttribute("key", key == null ? null : key.toString());
        model.addAttribute("q", words);
        model.addAttribute("months", months(today, month));
        model.addAttribute("portfolios", directory.portfolios(false).stream()
                .map(p -> new Option(Long.toString(p.id()), p.title())).toList());
        model.addAttribute("wards", directory.wards().stream()
                .map(w -> new Option(Long.toString(w.id()), w.name())).toList());
        model.addAttribute("keys", List.of(new Option("true", "Key decisions"), new Option("false",
                "Decisions that are not key")));
        model.addAttribute("heading", month == null ? "From " + today.withDayOfMonth(1).format(MONTH) + " onwards"
                : month.format(MONTH));
        model.addAttribute("settings", forwardPlan.settings());
        model.addAttribute("now", forwardPlan.now());
        return "forwardplan/public/forward-plan";
    }

    @GetMapping("/{id:\\d+}")
    String decision(@PathVariable long id, Model model) {
        ExecutiveDecision d = forwardPlan.publicDecision(new DecisionId(id));
        model.addAttribute("decision", d);
        model.addAttribute("status", forwardPlan.callInStatus(d));
        model.addAttribute("now", forwardPlan.now());
        model.addAttribute("effective", d.effectiveAt(forwardPlan.now()));
        model.addAttribute("callIn", forwardPlan.callIn(d.id()).orElse(null));
        model.addAttribute("privateNotice", d.inPrivate() ? forwardPlan.privateNotice(d.id()).orElse(null) : null);
        model.addAttribute("flags", forwardPlan.preDecisionScrutiny(d.id()));
        model.addAttribute("reports", forwardPlan.keyDecisionReports(d.id()));
        model.addAttribute("noticeRule", d.keyDecision() ? forwardPlan.noticeDeadline(d.expectedOn()) : null);
        model.addAttribute("breadcrumbs", List.of(new Breadcrumb("Forward plan", "/public/forward-plan")));
        return "forwardplan/public/decision";
    }

    /**
     * What a list row adds to the decision's tag: when the call-in window closes (or closed), why it is exempt, that
     * the record is awaited, or the route by which a decision not yet taken may be taken; nothing when the tag says
     * it all.
     */
    private String detail(ExecutiveDecision d) {
        return switch (d.state()) {
            case RECORD_PUBLISHED -> forwardPlan.callInStatus(d);
            case EFFECTIVE -> d.callInExemptReason() != null ? "Exempt from call-in" : null;
            case DECIDED -> "The record is not yet published";
            case CALLED_IN -> "Implementation suspended until the committee decides";
            case REFERRED_BACK, REFERRED_TO_COUNCIL -> "Implementation suspended";
            case ON_FORWARD_PLAN -> switch (d.route()) {
                case NOTICE -> null;
                case GENERAL_EXCEPTION -> "General exception: may be taken from " + d.earliestDecisionOn()
                        .format(DAY);
                case SPECIAL_URGENCY -> "Special urgency";
            };
            case PLANNED, WITHDRAWN -> null;
        };
    }

    /** The months to choose from: a year back to a year ahead, and the chosen one if outside that. */
    private static List<Option> months(LocalDate today, YearMonth chosen) {
        List<Option> months = new ArrayList<>();
        YearMonth now = YearMonth.from(today);
        for (YearMonth m = now.minusMonths(12); !m.isAfter(now.plusMonths(12)); m = m.plusMonths(1)) {
            months.add(new Option(m.toString(), m.format(MONTH)));
        }
        if (chosen != null && months.stream().noneMatch(o -> o.value().equals(chosen.toString()))) {
            months.add(chosen.isBefore(now) ? 0 : months.size(), new Option(chosen.toString(), chosen.format(MONTH)));
        }
        return months;
    }
}
