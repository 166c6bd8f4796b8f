package org.scrutineer.forwardplan.web;

import java.time.LocalDate;
import java.time.YearMonth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scrutineer.forwardplan.DecisionId;
import org.scrutineer.forwardplan.DecisionState;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.scrutineer.forwardplan.web.ForwardPlanApiResources.DecisionResource;
import org.scrutineer.forwardplan.web.ForwardPlanApiResources.DecisionsPage;
import org.scrutineer.platform.ResultPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The forward plan as open data, for anyone: every published entry (never one still being planned), its route, the
 * decision record once published, the call-in window, the call-in and its outcome. The same resources as the
 * signed-in API, read as the public.
 */
@RestController
@RequestMapping("/api/v1/public/decisions")
@Tag(name = "Forward plan (public)", description = "The forward plan of key decisions, decision records and "
        + "call-in; no sign-in")
class PublicForwardPlanApiController {

    private final ForwardPlanManagement forwardPlan;

    PublicForwardPlanApiController(ForwardPlanManagement forwardPlan) {
        this.forwardPlan = forwardPlan;
    }

    @GetMapping
    @Operation(summary = "The published forward plan", description = "Decisions by expected (or decided) date, 50 "
            + "to a page. With month, that month's; otherwise from 'from' (default: the first of this month).")
    DecisionsPage list(
            @Parameter(description = "a month, e.g. 2026-12") @RequestParam(required = false) YearMonth month,
            @Parameter(description = "decisions on or after this day, when no month is given")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "portfolio id") @RequestParam(required = false) Long portfolio,
            @Parameter(description = "ward id") @RequestParam(required = false) Long ward,
            @Parameter(description = "true for key decisions only, false for the others")
            @RequestParam(required = false) Boolean key,
            @RequestParam(required = false) DecisionState state,
            @Parameter(description = "words in the matter or the reference") @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        int[] paging = ResultPage.clamp(page, size, 50, 200);
        LocalDate start = from != null ? from : forwardPlan.today().withDayOfMonth(1);
        return DecisionsPage.of(forwardPlan.forwardPlan(null, month, start, portfolio, ward, key, state, q,
                paging[0], paging[1]), forwardPlan);
    }

    @GetMapping("/{id:\\d+}")
    @Operation(summary = "A published decision with its route, record, call-in window and call-in")
    @ApiResponse(responseCode = "404", description = "No such decision, or one not yet published")
    DecisionResource decision(@PathVariable long id) {
        return DecisionResource.of(forwardPlan.publicDecision(new DecisionId(id)), forwardPlan, false);
    }
}
