package org.scrutineer.forwardplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.directory.Reference;
import org.scrutineer.forwardplan.DecisionId;
import org.scrutineer.forwardplan.DecisionMaker;
import org.scrutineer.forwardplan.DecisionRoute;
import org.scrutineer.forwardplan.DecisionState;
import org.scrutineer.forwardplan.ExecutiveDecision;
import org.scrutineer.forwardplan.KeyReason;

/**
 * The decision calendar written by ical4j and read back with its {@link CalendarBuilder}: all-day events on decision
 * days, stable UIDs, cancelled withdrawals, and the close of an open call-in window at 17:00 Europe/London with its
 * VTIMEZONE, in winter and in summer time. Planned entries never appear.
 */
class DecisionCalendarTests {

    private final DecisionCalendar calendar = new DecisionCalendar("https://democracy.anytown.example/");

    @Test
    void writesAnAllDayEventPerPublishedDecisionWithAStableUidSummaryAndPublicPage() throws Exception {
        ExecutiveDecision noticed = decision(11, DecisionState.ON_FORWARD_PLAN, LocalDate.of(2027, 2, 9), null, null);
        ExecutiveDecision planned = decision(12, DecisionState.PLANNED, LocalDate.of(2027, 3, 9), null, null);
        Calendar parsed = parse(calendar.feed("Anytown decisions", List.of(noticed, planned),
                LocalDateTime.of(2026, 12, 1, 9, 0)));
        parsed.validate();
        List<VEvent> events = parsed.getComponents(VEvent.VEVENT);
        VEvent event = events.stream().filter(e -> uid(e).equals("decision-11@democracy.anytown.example"))
                .findFirst().orElseThrow();
        assertThat(events).hasSize(1);
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20270209");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20270210");
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("FP/2026/011: Award of the highways contract 11");
        assertThat(event.getProperty(Property.URL).orElseThrow().getValue())
                .isEqualTo("https://democracy.anytown.example/public/forward-plan/11");
        assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("3");
        assertThat(parsed.getProperty(Property.PRODID)).isPresent();
        assertThat(parsed.toString()).doesNotContain("decision-12@").doesNotContain("highways contract 12");
    }

    @Test
    void marksAWithdrawnDecisionCancelledAndPlacesATakenOneOnTheDayItWasTaken() throws Exception {
        ExecutiveDecision withdrawn = decision(21, DecisionState.WITHDRAWN, LocalDate.of(2027, 1, 20), null, null);
        ExecutiveDecision taken = decision(22, DecisionState.EFFECTIVE, LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 11, 26), null);
        Calendar parsed = parse(calendar.feed("Anytown decisions", List.of(withdrawn, taken),
                LocalDateTime.of(2026, 12, 1, 9, 0)));
        parsed.validate();
        VEvent cancelled = event(parsed, "decision-21@democracy.anytown.example");
        assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getProperty(Property.SUMMARY).orElseThrow().getValue()).startsWith("Withdrawn: FP/2026/021");
        assertThat(event(parsed, "decision-22@democracy.anytown.example").getProperty(Property.DTSTART)
                .orElseThrow().getValue()).isEqualTo("20261126");
        assertThat(parsed.<VEvent>getComponents(VEvent.VEVENT)).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({
            // published Tue 22 Dec 2026: the window closes Thu 31 Dec at 17:00 GMT
            "2026-12-22, 2026-12-31, 20261231T170000, 2026-12-31T17:00:00Z",
            // in summer time 17:00 in London is 16:00 UTC
            "2027-06-28, 2027-07-05, 20270705T170000, 2027-07-05T16:00:00Z"})
    void addsTheCloseOfAnOpenCallInWindowAt1700LondonTime(LocalDate published, LocalDate closes, String local,
            Instant instant) throws Exception {
        ExecutiveDecision d = decision(31, DecisionState.RECORD_PUBLISHED, published, published, closes);
        Calendar parsed = parse(calendar.feed("Anytown decisions", List.of(d), published.atTime(12, 0)));
        parsed.validate();
        VEvent window = event(parsed, "call-in-31@democracy.anytown.example");
        DtStart<?> start = window.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getValue()).isEqualTo(local);
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
        assertThat(Instant.from(start.getDate())).isEqualTo(instant);
        assertThat(window.getProperty(Property.SUMMARY).orElseThrow().getValue()).startsWith("Call-in closes: FP/");
        List<VTimeZone> zones = parsed.getComponents(VTimeZone.VTIMEZONE);
        assertThat(zones).singleElement()
                .satisfies(z -> assertThat(z.getTimeZoneId().getValue()).isEqualTo("Europe/London"));
        assertThat(event(parsed, "decision-31@democracy.anytown.example")).isNotNull();
    }

    @Test
    void leavesOutTheCallInEventOnceTheWindowHasClosedOrForADecisionExemptFromCallIn() throws Exception {
        LocalDate published = LocalDate.of(2026, 12, 22);
        ExecutiveDecision d = decision(41, DecisionState.RECORD_PUBLISHED, published, published,
                LocalDate.of(2026, 12, 31));
        String after = calendar.feed("Anytown decisions", List.of(d), LocalDateTime.of(2026, 12, 31, 17, 1));
        assertThat(parse(after).<VEvent>getComponents(VEvent.VEVENT)).extracting(DecisionCalendarTests::uid)
                .containsExactly("decision-41@democracy.anytown.example");
        ExecutiveDecision exempt = decision(42, DecisionState.EFFECTIVE, published, published, null);
        assertThat(parse(calendar.feed("Anytown decisions", List.of(exempt), LocalDateTime.of(2026, 12, 22, 12, 0)))
                .<VEvent>getComponents(VEvent.VEVENT)).hasSize(1);
    }

    @Test
    void givesTheSameUidInEveryFeedAndAfterAChange() throws Exception {
        ExecutiveDecision before = decision(51, DecisionState.ON_FORWARD_PLAN, LocalDate.of(2027, 2, 9), null, null);
        ExecutiveDecision moved = decision(51, DecisionState.ON_FORWARD_PLAN, LocalDate.of(2027, 3, 2), null, null);
        LocalDateTime now = LocalDateTime.of(2026, 12, 1, 9, 0);
        assertThat(uid(parse(calendar.feed("A", List.of(before), now)).<VEvent>getComponents(VEvent.VEVENT).get(0)))
                .isEqualTo(uid(parse(calendar.feed("B", List.of(moved), now)).<VEvent>getComponents(VEvent.VEVENT)
                        .get(0)));
        assertThat(new DecisionCalendar("").uid(before)).isEqualTo("decision-51@scrutineer.invalid");
    }

    private static Calendar parse(String feed) throws Exception {
        return new CalendarBuilder().build(new StringReader(feed));
    }

    private static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream().filter(e -> uid(e).equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("No event " + uid));
    }

    private static String uid(VEvent e) {
        return e.getUid().orElseThrow().getValue();
    }

    /**
     * A key decision as the facade would give it: expected on a day, and when {@code decidedOn} is given, taken then
     * with its record published that day and (when {@code closesOn} is given) a call-in window closing at 17:00.
     */
    private static ExecutiveDecision decision(long id, DecisionState state, LocalDate expectedOn, LocalDate decidedOn,
            LocalDate closesOn) {
        Reference portfolio = new Reference(1, "Transport and Highways");
        return new ExecutiveDecision(new DecisionId(id), "FP/2026/%03d".formatted(id),
                "Award of the highways contract " + id, "Seven years", DecisionMaker.CABINET, null, portfolio, null,
                null, expectedOn, true, Set.of(KeyReason.EXPENDITURE), new BigDecimal("2000000"), List.of(), null,
                null, false, null, null, null, DecisionRoute.NOTICE, expectedOn.minusDays(40),
                expectedOn.minusDays(29), null, null, null, null, null, null, null, state, decidedOn,
                decidedOn == null ? null : "Award it", decidedOn == null ? null : "Best value",
                decidedOn == null ? null : "Re-tender", null, null, decidedOn, closesOn == null ? null
                        : new DeadlineId(id), closesOn, closesOn == null ? null : LocalTime.of(17, 0),
                decidedOn != null && closesOn == null ? "Urgent, with the scrutiny chair's consent" : null,
                state == DecisionState.WITHDRAWN ? "No longer needed" : null, 3);
    }
}
