package org.scrutineer.deadlines.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.deadlines.ComputedDeadline;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.DeadlineRule;
import org.scrutineer.deadlines.Nation;
import org.scrutineer.deadlines.RuleInForce;
import org.scrutineer.platform.InvalidParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rule catalogue and the deadline calculator, open to anyone. */
@RestController
@RequestMapping("/api/v1/deadlines")
@Tag(name = "Deadlines", description = "The law's timescales with citations, and when something is due")
class DeadlinesApiController {

    private final DeadlineManagement deadlines;

    DeadlinesApiController(DeadlineManagement deadlines) {
        this.deadlines = deadlines;
    }

    /** A rule as in force today. */
    record RuleResource(String id, String kind, int count, String counting, String description, String citation,
            String source, LocalDate effectiveFrom, LocalTime closesAt) {

        static RuleResource of(RuleInForce r) {
            DeadlineRule rule = r.rule();
            return new RuleResource(rule.id(), rule.kind().code(), rule.count(),
                    rule.counting() == null ? null : rule.counting().code(), rule.description(), rule.citation(),
                    rule.source().name().toLowerCase(Locale.ROOT), r.effectiveFrom(), rule.closesAt().orElse(null));
        }
    }

    /** A day not counted. */
    record SkippedResource(LocalDate date, String reason) {
    }

    /** When something is due. */
    record DueResource(String rule, LocalDate date, String nation, LocalDate due, LocalTime closesAt,
            String explanation, String citation, String source, List<SkippedResource> skipped) {
    }

    @GetMapping
    @Operation(summary = "The rule catalogue, with the council's protocol values in force today")
    List<RuleResource> catalogue() {
        return deadlines.rulesInForce(LocalDate.now()).stream().map(RuleResource::of).toList();
    }

    @GetMapping("/{ruleId}")
    @Operation(summary = "When is this due?", description = "Applies the rule in force on the date (the council's "
            + "protocol value if it has one) with the nation's bank holidays and, in the council's own nation, its "
            + "closure days.")
    DueResource due(@PathVariable String ruleId,
            @Parameter(description = "the trigger date, YYYY-MM-DD", required = true) @RequestParam String date,
            @Parameter(description = "england-and-wales, scotland or northern-ireland (default: the council's)")
            @RequestParam(required = false) String nation) {
        LocalDate trigger = parseDate(date);
        Nation n = nation == null || nation.isBlank() ? deadlines.nation() : parseNation(nation);
        deadlines.ruleInForce(ruleId, trigger);
        ComputedDeadline c = deadlines.compute(ruleId, trigger, n);
        return new DueResource(c.ruleId(), c.trigger(), c.nation().code(), c.due(), c.closesAt().orElse(null),
                c.explanation(), c.citation(), c.source().name().toLowerCase(Locale.ROOT),
                c.skipped().stream().map(s -> new SkippedResource(s.date(), s.reason())).toList());
    }

    static LocalDate parseDate(String date) {
        try {
            LocalDate d = LocalDate.parse(date);
            if (d.getYear() < 1970 || d.getYear() > 2199) {
                throw new InvalidParameterException("date", "'date' must be between 1970 and 2199");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("date", "'date' must be a real date written YYYY-MM-DD, like 2026-12-17");
        }
    }

    static Nation parseNation(String nation) {
        try {
            return Nation.fromCode(nation);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("nation",
                    "'nation' must be england-and-wales, scotland or northern-ireland");
        }
    }
}
