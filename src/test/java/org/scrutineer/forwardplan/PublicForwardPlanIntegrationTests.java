package org.scrutineer.forwardplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the public see of the forward plan. Each decision's matter carries a marker: the planned one's, and the
 * record of one taken but not yet published, never appear on the public pages, in the public API or in the calendar;
 * the published ones do, with their route, record, call-in status and call-in outcome.
 */
@ScrutineerIntegrationTest
class PublicForwardPlanIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ForwardPlanManagement forwardPlan;

    @Autowired
    DirectoryManagement directory;

    String run;
    LocalDate today;
    Portfolio portfolio;
    DecisionId planned;
    DecisionId noticed;
    DecisionId taken;
    DecisionId published;
    DecisionId referred;
    DecisionId withdrawn;

    @BeforeEach
    void forwardPlanWithEveryKindOfEntry() {
        run = UUID.randomUUID().toString().substring(0, 8);
        today = forwardPlan.today();
        portfolio = directory.portfolios(false).get(0);
        Actor system = Actor.SYSTEM;
        planned = forwardPlan.plan(system, entry("PLANNED-MARKER", today.plusDays(20)));
        noticed = forwardPlan.plan(system, entry("NOTICED-MARKER", today.plusDays(40)));
        forwardPlan.publishNotice(system, noticed, today);
        taken = forwardPlan.plan(system, entry("TAKEN-MARKER", today.minusDays(1)));
        forwardPlan.publishNotice(system, taken, today.minusDays(40));
        record(taken, today.minusDays(1), "UNPUBLISHED-RECORD-MARKER " + run);
        published = forwardPlan.plan(system, entry("PUBLISHED-MARKER", today.minusDays(1)));
        forwardPlan.publishNotice(system, published, today.minusDays(40));
        record(published, today.minusDays(1), "PUBLISHED-RECORD-MARKER " + run);
        forwardPlan.publishRecord(system, published, today);
        referred = forwardPlan.plan(system, entry("REFERRED-MARKER", today.minusDays(1)));
        forwardPlan.publishNotice(system, referred, today.minusDays(40));
        record(referred, today.minusDays(1), "Close the depot");
        forwardPlan.publishRecord(system, referred, today);
        CallIn c = forwardPlan.callIn(system, referred, new CallInRequest(Set.of(CallInGround.INADEQUATE_CONSULTATION),
                "Staff were not consulted", ForwardPlanFixtures.signatories(directory, 3),
                ForwardPlanFixtures.scrutinyCommittee(directory)));
        forwardPlan.decideCallIn(system, referred, c.version(), CallInOutcome.REFERRED_BACK, today,
                "CONCERNS-MARKER " + run, null);
        withdrawn = forwardPlan.plan(system, entry("WITHDRAWN-MARKER", today.plusDays(30)));
        forwardPlan.publishNotice(system, withdrawn, today);
        forwardPlan.withdraw(system, withdrawn, forwardPlan.decision(system, withdrawn).version(), "No longer needed");
    }

    @Test
    void thePublicForwardPlanListsPublishedEntriesAndNeverAPlannedOne() throws Exception {
        String page = mvc.perform(get("/public/forward-plan").param("q", run))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(marker("NOTICED-MARKER"), marker("TAKEN-MARKER"), marker("PUBLISHED-MARKER"),
                marker("REFERRED-MARKER"), marker("WITHDRAWN-MARKER"))
                .doesNotContain(marker("PLANNED-MARKER"))
                .doesNotContain("UNPUBLISHED-RECORD-MARKER")
                .contains("Subject to call-in until").contains("Referred back");
        for (String month : List.of(today.plusDays(20).toString().substring(0, 7), today.toString().substring(0, 7))) {
            mvc.perform(get("/public/forward-plan").param("month", month)
                    .param("portfolio", Long.toString(portfolio.id())).param("key", "true").param("q", run))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(marker("PLANNED-MARKER")))));
        }
        mvc.perform(get("/public/forward-plan")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(marker("PLANNED-MARKER")))))
                .andExpect(content().string(containsString("/public/forward-plan/calendar.ics")));
        mvc.perform(get("/public/forward-plan/" + planned)).andExpect(status().isNotFound());
    }

    @Test
    void aDecisionsPageShowsItsRouteRecordCallInStatusAndTheCallInOutcome() throws Exception {
        mvc.perform(get("/public/forward-plan/" + noticed)).andExpect(status().isOk())
                .andExpect(content().string(containsString(marker("NOTICED-MARKER"))))
                .andExpect(content().string(containsString("Notice on the forward plan 28 clear days ahead")))
                .andExpect(content().string(containsString("Latest date for notice")))
                .andExpect(content().string(containsString("Not yet taken")));
        mvc.perform(get("/public/forward-plan/" + taken)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Its record will be published here")))
                .andExpect(content().string(not(containsString("UNPUBLISHED-RECORD-MARKER"))));
        mvc.perform(get("/public/forward-plan/" + published)).andExpect(status().isOk())
                .andExpect(content().string(containsString("PUBLISHED-RECORD-MARKER " + run)))
                .andExpect(content().string(containsString("Subject to call-in until")))
                .andExpect(content().string(containsString("at 17:00")))
                .andExpect(content().string(containsString("Alternatives considered and rejected")));
        mvc.perform(get("/public/forward-plan/" + referred)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Referred back to the decision maker with concerns")))
                .andExpect(content().string(containsString("CONCERNS-MARKER " + run)))
                .andExpect(content().string(containsString("Inadequate consultation")))
                .andExpect(content().string(containsString("To be reconsidered by")));
        mvc.perform(get("/public/forward-plan/" + withdrawn)).andExpect(status().isOk())
                .andExpect(content().string(containsString("withdrawn from the forward plan: No longer needed")));
    }

    @Test
    void thePublicApiNeverHoldsAPlannedEntryNorAnUnpublishedRecord() throws Exception {
        String list = mvc.perform(get("/api/v1/public/decisions").param("q", run).param("size", "200"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(marker("NOTICED-MARKER"), marker("PUBLISHED-MARKER"), marker("TAKEN-MARKER"))
                .doesNotContain(marker("PLANNED-MARKER")).doesNotContain("UNPUBLISHED-RECORD-MARKER");
        mvc.perform(get("/api/v1/public/decisions").param("q", run).param("state", "PLANNED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"total\":0")));
        mvc.perform(get("/api/v1/public/decisions/" + planned)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/decisions/" + taken)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("UNPUBLISHED-RECORD-MARKER"))));
    }

    @Test
    void theCalendarHoldsPublishedDecisionsAndOpenCallInWindowsButNeverAPlannedEntry() throws Exception {
        String feed = mvc.perform(get("/public/forward-plan/calendar.ics"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andReturn().getResponse().getContentAsString();
        assertThat(unfolded(feed)).doesNotContain(marker("PLANNED-MARKER")).doesNotContain("decision-" + planned + "@")
                .doesNotContain("UNPUBLISHED-RECORD-MARKER");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        calendar.validate();
        Set<String> uids = calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .map(e -> e.getUid().orElseThrow().getValue()).collect(Collectors.toSet());
        assertThat(uids).contains("decision-" + noticed + "@localhost", "decision-" + published + "@localhost",
                "call-in-" + published + "@localhost", "decision-" + withdrawn + "@localhost")
                .doesNotContain("call-in-" + referred + "@localhost");
        VEvent cancelled = calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("decision-" + withdrawn + "@localhost"))
                .findFirst().orElseThrow();
        assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        VEvent closes = calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("call-in-" + published + "@localhost"))
                .findFirst().orElseThrow();
        assertThat(closes.getProperty(Property.DTSTART).orElseThrow().getValue()).endsWith("T170000");
        assertThat(closes.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/London");

        Portfolio other = directory.portfolios(false).stream()
                .filter(p -> p.id() != portfolio.id() && !p.title().contains(";")).findFirst().orElseThrow();
        String byPortfolio = mvc.perform(get("/public/forward-plan/calendar.ics")
                .param("portfolio", Long.toString(other.id()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(unfolded(byPortfolio)).doesNotContain(marker("NOTICED-MARKER"));
        assertThat(new CalendarBuilder().build(new StringReader(byPortfolio)).getProperty("X-WR-CALNAME")
                .orElseThrow().getValue()).endsWith(other.title());
        mvc.perform(get("/public/forward-plan/calendar.ics").param("portfolio", "999999999"))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePublicPagesLinkToTheForwardPlan() throws Exception {
        for (String page : List.of("/", "/public/recommendations", "/public/forward-plan")) {
            mvc.perform(get(page)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"/public/forward-plan\"")));
        }
    }

    /** The feed with its folded lines joined again (RFC 5545 3.1), so that no marker hides across a fold. */
    private static String unfolded(String feed) {
        return feed.replace("\r\n ", "").replace("\r\n\t", "");
    }

    private String marker(String kind) {
        return kind + " " + run;
    }

    private DecisionDetails entry(String kind, LocalDate expectedOn) {
        DecisionDetails d = ForwardPlanFixtures.keyDecision(directory, expectedOn);
        return new DecisionDetails(marker(kind), d.summary(), d.maker(), d.makerId(), portfolio.id(),
                d.leadMemberId(), d.leadOfficerId(), expectedOn, true, d.keyReasons(), d.financialEffect(),
                d.wardIds(), d.documents(), d.consultation(), false, null, null, d.plannedScrutiny());
    }

    private void record(DecisionId id, LocalDate on, String decision) {
        forwardPlan.recordDecision(Actor.SYSTEM, id, forwardPlan.decision(Actor.SYSTEM, id).version(),
                new DecisionRecordDetails(on, decision, "Best value", "Re-tender (rejected)", null, null, null));
    }
}
