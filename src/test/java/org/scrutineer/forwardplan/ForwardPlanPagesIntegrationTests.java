package org.scrutineer.forwardplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ScrutineerIntegrationTest
class ForwardPlanPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ForwardPlanManagement forwardPlan;

    @Autowired
    DirectoryManagement directory;

    private LocalDate today() {
        return forwardPlan.today();
    }

    private MockHttpServletRequestBuilder postAs(String username, String path) {
        return post(path).with(csrf()).with(as(accounts, username));
    }

    private static long idFrom(MvcResult result) {
        return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/forward-plan/(\\d+).*", "$1"));
    }

    /** A key decision planned through the facade, its notice published 30 days ahead, taken and published. */
    private DecisionId publishedDecision() {
        Actor officer = Actor.SYSTEM;
        DecisionId id = forwardPlan.plan(officer, ForwardPlanFixtures.keyDecision(directory, today().minusDays(10)));
        forwardPlan.publishNotice(officer, id, today().minusDays(40));
        forwardPlan.recordDecision(officer, id, forwardPlan.decision(officer, id).version(),
                new DecisionRecordDetails(today().minusDays(10), "Award the contract", "Best value",
                        "Extend the current contract", null, null, null));
        forwardPlan.publishRecord(officer, id, today().minusDays(1));
        return id;
    }

    @Test
    void plansADecisionThroughTheFormKeepingWhatWasTypedWhenItBreaksARuleAndEditsIt() throws Exception {
        Portfolio portfolio = directory.portfolios(false).get(0);
        String matter = "Library opening hours " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(postAs("scrutiny.officer", "/forward-plan").param("maker", "CABINET")
                        .param("expectedOn", today().plusDays(60).toString()).param("keyDecision", "true")
                        .param("keyReasons", "EXPENDITURE").param("financialEffect", "£120,000")
                        .param("consultation", "Library users' survey"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the matter to be decided")))
                .andExpect(content().string(containsString("it must be at least £500000")))
                .andExpect(content().string(containsString("Library users&#39; survey")))
                .andExpect(content().string(containsString("value=\"&pound;120,000\"")));
        mvc.perform(postAs("scrutiny.officer", "/forward-plan").param("matter", matter).param("maker", "CABINET")
                        .param("expectedOn", "2027-02-30").param("keyDecision", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter a real date")));

        long id = idFrom(mvc.perform(postAs("scrutiny.officer", "/forward-plan").param("matter", matter)
                        .param("summary", "Shorter hours on Mondays").param("maker", "CABINET")
                        .param("portfolioId", Long.toString(portfolio.id()))
                        .param("expectedOn", today().plusDays(60).toString()).param("keyDecision", "true")
                        .param("keyReasons", "EXPENDITURE", "WARDS").param("financialEffect", "£1,250,000")
                        .param("wardIds", Long.toString(directory.wards().get(0).id()),
                                Long.toString(directory.wards().get(1).id()))
                        .param("inPrivate", "true").param("exemptParagraph", "3")
                        .param("privateReason", "Bidders' prices").param("plannedScrutiny", "Pre-decision scrutiny"))
                .andExpect(status().is3xxRedirection()).andReturn());
        ExecutiveDecision planned = forwardPlan.decision(Actor.SYSTEM, new DecisionId(id));
        assertThat(planned.matter()).isEqualTo(matter);
        assertThat(planned.keyReasons()).containsExactlyInAnyOrder(KeyReason.EXPENDITURE, KeyReason.WARDS);
        assertThat(planned.financialEffect()).isEqualByComparingTo("1250000");
        assertThat(planned.wards()).hasSize(2);
        assertThat(planned.exemptParagraph()).isEqualTo(3);
        assertThat(planned.state()).isEqualTo(DecisionState.PLANNED);

        mvc.perform(get("/forward-plan/" + id + "/edit").with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"1250000\"")))
                .andExpect(content().string(containsString("Pre-decision scrutiny")));
        mvc.perform(postAs("scrutiny.officer", "/forward-plan/" + id).param("matter", matter + " (revised)")
                        .param("maker", "CABINET").param("expectedOn", today().plusDays(70).toString())
                        .param("keyDecision", "false").param("version", Integer.toString(planned.version())))
                .andExpect(redirectedUrl("/forward-plan/" + id));
        assertThat(forwardPlan.decision(Actor.SYSTEM, new DecisionId(id)).matter()).endsWith("(revised)");
        // someone else's change in between: the stale version is refused, not overwritten
        mvc.perform(postAs("scrutiny.officer", "/forward-plan/" + id).param("matter", matter)
                        .param("maker", "CABINET").param("expectedOn", today().plusDays(70).toString())
                        .param("keyDecision", "false").param("version", Integer.toString(planned.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("changed")));

        mvc.perform(get("/forward-plan").param("q", matter).param("month", "all")
                        .with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">" + matter + " (revised)</span>")))
                .andExpect(content().string(containsString("Plan a decision")));
        mvc.perform(get("/forward-plan").param("q", matter).param("month", "all").param("key", "true")
                        .with(as(accounts, "scrutiny.officer")))
                .andExpect(content().string(containsString("No decisions match.")));
        // not yet published: a councillor neither finds it on the forward plan nor opens it
        mvc.perform(get("/forward-plan").param("q", matter).param("month", "all").with(as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No decisions match."),
                        not(containsString("Plan a decision")))));
        mvc.perform(get("/forward-plan/" + id).with(as(accounts, "councillor"))).andExpect(status().isNotFound());
    }

    @Test
    void aCouncillorMayNotPlanADecision() throws Exception {
        mvc.perform(postAs("councillor", "/forward-plan").param("matter", "Sell the town hall")
                        .param("maker", "CABINET").param("expectedOn", today().plusDays(60).toString())
                        .param("keyDecision", "false"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/forward-plan/new").with(as(accounts, "councillor"))).andExpect(status().isForbidden());
    }

    @Test
    void aNoticePublishedTooLateIsRefusedNamingTheRuleAndCitation() throws Exception {
        DecisionId id = forwardPlan.plan(Actor.SYSTEM, ForwardPlanFixtures.keyDecision(directory, today().plusDays(10)));
        mvc.perform(postAs("scrutiny.officer", "/forward-plan/" + id + "/notice")
                        .param("noticePublishedOn", today().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("key-decision-notice: 28 clear days, SI 2012/2089 reg 9")))
                .andExpect(content().string(containsString("href=\"#noticePublishedOn\"")))
                .andExpect(content().string(containsString("value=\"" + today() + "\"")));
        assertThat(forwardPlan.decision(Actor.SYSTEM, id).state()).isEqualTo(DecisionState.PLANNED);
    }

    @Test
    void aKeyDecisionMovedTo20DaysAfterItsNoticeIsRefusedNamingTheRuleUntilTheChairIsTold() throws Exception {
        DecisionDetails details = ForwardPlanFixtures.keyDecision(directory, today().plusDays(40));
        DecisionId id = forwardPlan.plan(Actor.SYSTEM, details);
        mvc.perform(postAs("scrutiny.officer", "/forward-plan/" + id + "/notice")
                        .param("noticePublishedOn", today().toString()))
                .andExpect(redirectedUrl("/forward-plan/" + id));
        MockHttpServletRequestBuilder sooner = postAs("scrutiny.officer", "/forward-plan/" + id)
                .param("matter", details.matter()).param("maker", "CABINET")
                .param("expectedOn", today().plusDays(20).toString()).param("keyDecision", "true")
                .param("keyReasons", "EXPENDITURE").param("financialEffect", "12500000");
        int version = forwardPlan.decision(Actor.SYSTEM, id).version();
        mvc.perform(sooner.param("version", Integer.toString(version)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("key-decision-notice: 28 clear days, SI 2012/2089 reg 9")))
                .andExpect(content().string(containsString("value=\"" + today().plusDays(20) + "\"")));

        mvc.perform(postAs("scrutiny.officer", "/forward-plan/" + id + "/general-exception")
                        .param("informedOn", today().toString()).param("exceptionReasons", "The grant offer lapses"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Select the chair of the overview and scrutiny committee")))
                .andExpect(content().string(containsString("The grant offer lapses")));
        long chair = ForwardPlanFixtures.signatories(directory, 1).get(0);
        mvc.perform(postAs("scrutiny.officer", "/forward-plan/" + id + "/general-exception")
                        .param("chairId", Long.toString(chair)).param("informedOn", today().toString())
                        .param("exceptionReasons", "The grant offer lapses at the end of the month"))
                .andExpect(redirectedUrl("/forward-plan/" + id));
        version = forwardPlan.decision(Actor.SYSTEM, id).version();
        mvc.perform(postAs("scrutiny.officer", "/forward-plan/" + id).param("matter", details.matter())
                        .param("maker", "CABINET").param("expectedOn", today().plusDays(20).toString())
                        .param("keyDecision", "true").param("keyReasons", "EXPENDITURE")
                        .param("financialEffect", "12500000").param("version", Integer.toString(version)))
                .andExpect(redirectedUrl("/forward-plan/" + id));
        mvc.perform(get("/forward-plan/" + id).with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("General exception: the scrutiny chair told")))
                .andExpect(content().string(containsString("The grant offer lapses at the end of the month")));
    }

    @Test
    void aCallInWithTooFewSignatoriesIsRefusedNamingTheRuleAndWithEnoughSuspendsTheDecision() throws Exception {
        DecisionId id = publishedDecision();
        List<Long> signatories = ForwardPlanFixtures.signatories(directory, 3);
        long committee = ForwardPlanFixtures.scrutinyCommittee(directory);
        mvc.perform(get("/forward-plan/" + id).with(as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Subject to call-in until")))
                .andExpect(content().string(containsString("Call in the decision")));
        mvc.perform(postAs("scrutiny.officer", "/forward-plan/" + id + "/call-in")
                        .param("grounds", "ALTERNATIVES_NOT_CONSIDERED")
                        .param("explanation", "The in-house option was not appraised")
                        .param("signatoryIds", signatories.get(1).toString(), signatories.get(2).toString())
                        .param("committeeId", Long.toString(committee)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The constitution&#39;s call-in rule needs the chair of an "
                        + "overview and scrutiny committee and 2 other non-executive councillors (3 in all); this "
                        + "call-in has 2 valid signatories and no scrutiny chair")))
                .andExpect(content().string(containsString("The in-house option was not appraised")));
        assertThat(forwardPlan.decision(Actor.SYSTEM, id).state()).isEqualTo(DecisionState.RECORD_PUBLISHED);

        mvc.perform(postAs("scrutiny.officer", "/forward-plan/" + id + "/call-in")
                        .param("grounds", "ALTERNATIVES_NOT_CONSIDERED", "INADEQUATE_CONSULTATION")
                        .param("explanation", "The in-house option was not appraised")
                        .param("signatoryIds", signatories.stream().map(String::valueOf).toArray(String[]::new))
                        .param("committeeId", Long.toString(committee)))
                .andExpect(redirectedUrl("/forward-plan/" + id));
        mvc.perform(get("/forward-plan/" + id).with(as(accounts, "scrutiny.officer")))
                .andExpect(content().string(containsString("Called in: implementation suspended")))
                .andExpect(content().string(containsString("Inadequate consultation")));

        CallIn callIn = forwardPlan.callIn(id).orElseThrow();
        mvc.perform(postAs("scrutiny.officer", "/forward-plan/" + id + "/call-in/decision")
                        .param("outcome", "REFERRED_BACK").param("heardOn", today().toString())
                        .param("callInVersion", Integer.toString(callIn.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter the committee&#39;s concerns")));
        mvc.perform(postAs("scrutiny.officer", "/forward-plan/" + id + "/call-in/decision")
                        .param("outcome", "REFERRED_BACK").param("heardOn", today().toString())
                        .param("concerns", "Appraise the in-house option")
                        .param("callInVersion", Integer.toString(callIn.version())))
                .andExpect(redirectedUrl("/forward-plan/" + id));
        mvc.perform(postAs("scrutiny.officer", "/forward-plan/" + id + "/reconsider")
                        .param("reconsideredOn", today().toString())
                        .param("reconsideration", "Award the contract with an in-house comparator"))
                .andExpect(redirectedUrl("/forward-plan/" + id));
        assertThat(forwardPlan.decision(Actor.SYSTEM, id).state()).isEqualTo(DecisionState.EFFECTIVE);
    }

    @Test
    void theSpecialUrgencyReportListsTheDecisionsOfThePeriodOnThePageAndAsCsv() throws Exception {
        DecisionId id = forwardPlan.plan(Actor.SYSTEM, ForwardPlanFixtures.keyDecision(directory, today()));
        long chair = ForwardPlanFixtures.signatories(directory, 1).get(0);
        forwardPlan.useSpecialUrgency(Actor.SYSTEM, id, chair, UrgencyAgreedAs.SCRUTINY_CHAIR, today(),
                "Storm damage to the sea wall");
        String reference = forwardPlan.decision(Actor.SYSTEM, id).reference();
        mvc.perform(get("/forward-plan/special-urgency").param("from", today().minusDays(7).toString())
                        .param("to", today().toString()).with(as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("Storm damage to the sea wall")));
        mvc.perform(get("/forward-plan/special-urgency.csv").param("from", today().minusDays(7).toString())
                        .param("to", today().toString()).with(as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("Reference,Matter,Decision maker")))
                .andExpect(content().string(containsString(reference)));
        mvc.perform(get("/forward-plan/special-urgency").param("from", today().toString())
                        .param("to", today().minusDays(7).toString()).with(as(accounts, "councillor")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter a period whose end is on or after its start")));
    }
}
