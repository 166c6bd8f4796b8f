package org.scrutineer.deadlines.web;

import java.time.LocalDate;
import java.util.List;

import org.scrutineer.deadlines.ComputedDeadline;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.Nation;
import org.scrutineer.deadlines.RuleInForce;
import org.scrutineer.platform.InvalidParameterException;
import org.scrutineer.platform.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "When is this due?": a public page where anyone picks a rule and a date and sees the answer with its law. */
@Controller
class CalculatorController {

    private final DeadlineManagement deadlines;

    CalculatorController(DeadlineManagement deadlines) {
        this.deadlines = deadlines;
    }

    /** A problem with the calculator form. */
    record Problem(String field, String message) {
    }

    @GetMapping("/public/when-is-this-due")
    String calculator(@RequestParam(required = false) String rule, @RequestParam(required = false) String date,
            @RequestParam(required = false) String nation, Model model) {
        List<RuleInForce> rules = deadlines.rulesInForce(LocalDate.now());
        model.addAttribute("rules", rules);
        model.addAttribute("ruleOptions", rules.stream()
                .map(r -> new Option(r.rule().id(), r.rule().description())).toList());
        model.addAttribute("nations", List.of(new Option("england-and-wales", "England and Wales"),
                new Option("scotland", "Scotland"), new Option("northern-ireland", "Northern Ireland")));
        String chosenNation = nation == null || nation.isBlank() ? deadlines.nation().code() : nation;
        model.addAttribute("rule", rule == null ? "" : rule);
        model.addAttribute("date", date == null ? "" : date);
        model.addAttribute("nation", chosenNation);
        if (rule == null && date == null) {
            return "deadlines/calculator";
        }
        Problem problem = null;
        if (rule == null || rules.stream().noneMatch(r -> r.rule().id().equals(rule))) {
            problem = new Problem("rule", "Select what you want to know the deadline for");
        } else {
            try {
                LocalDate trigger = DeadlinesApiController.parseDate(date == null ? "" : date.strip());
                Nation n = DeadlinesApiController.parseNation(chosenNation);
                ComputedDeadline answer = deadlines.compute(rule, trigger, n);
                model.addAttribute("answer", answer);
                model.addAttribute("ruleInForce", deadlines.ruleInForce(rule, trigger));
            } catch (InvalidParameterException e) {
                problem = new Problem(e.parameter(), "date".equals(e.parameter())
                        ? "Enter a real date, for example 2026-12-17" : "Select a nation");
            }
        }
        model.addAttribute("problem", problem);
        model.addAttribute("hasErrors", problem != null);
        return "deadlines/calculator";
    }
}
