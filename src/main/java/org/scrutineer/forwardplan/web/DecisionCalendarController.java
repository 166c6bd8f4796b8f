package org.scrutineer.forwardplan.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.scrutineer.directory.Council;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.forwardplan.ExecutiveDecision;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.ResultPage;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The iCalendar feed of decision dates for anyone to subscribe to: every published decision taken or expected from a
 * year ago onwards (at most {@link #MOST_EVENTS}), optionally one portfolio's, with the close of each open call-in
 * window. Withdrawn decisions stay in the feed marked cancelled, so that a subscriber's calendar drops them.
 */
@Controller
class DecisionCalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    /** The most decisions one feed holds. */
    static final int MOST_EVENTS = 2_000;

    private static final int PAGE = 200;

    private final ForwardPlanManagement forwardPlan;
    private final DirectoryManagement directory;
    private final DecisionCalendar calendar;

    DecisionCalendarController(ForwardPlanManagement forwardPlan, DirectoryManagement directory,
            DecisionCalendar calendar) {
        this.forwardPlan = forwardPlan;
        this.directory = directory;
        this.calendar = calendar;
    }

    @GetMapping("/public/forward-plan/calendar.ics")
    ResponseEntity<String> feed(@RequestParam(required = false) Long portfolio) {
        String council = directory.council().map(Council::name).orElse("Council");
        String name = council + " decisions";
        String filename = "decisions.ics";
        if (portfolio != null) {
            Portfolio p = directory.portfolio(portfolio)
                    .orElseThrow(() -> new NotFoundException("Portfolio " + portfolio));
            name = council + " decisions: " + p.title();
            filename = "decisions-portfolio-" + portfolio + ".ics";
        }
        String body = calendar.feed(name, window(portfolio), forwardPlan.now());
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic())
                .header("Content-Disposition", ContentDisposition.inline().filename(filename).build().toString())
                .body(body);
    }

    /** The published decisions from a year ago onwards, soonest first. */
    List<ExecutiveDecision> window(Long portfolio) {
        LocalDate from = forwardPlan.today().minusYears(1);
        List<ExecutiveDecision> list = new ArrayList<>();
        for (int page = 1; list.size() < MOST_EVENTS; page++) {
            ResultPage<ExecutiveDecision> result = forwardPlan.forwardPlan(null, null, from, portfolio, null, null,
                    null, null, page, PAGE);
            list.addAll(result.items());
            if (!result.hasNext()) {
                break;
            }
        }
        return list.size() > MOST_EVENTS ? list.subList(0, MOST_EVENTS) : list;
    }
}
