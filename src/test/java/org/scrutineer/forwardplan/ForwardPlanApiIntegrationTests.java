package org.scrutineer.forwardplan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The forward plan API as its users call it: Democratic Services (the scrutiny officer) keeping the forward plan,
 * a councillor reading it, scrutiny members calling decisions in, and the public reading the open-data twin.
 */
@ScrutineerIntegrationTest
class ForwardPlanApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    ForwardPlanManagement forwardPlan;

    @Test
    void walksAKeyDecisionFromNoticeThroughCallInToReconsiderationAsTheRightPeople() throws Exception {
        LocalDate today = forwardPlan.today();
        String matter = unique("Award of the street lighting LED contract");
        LocalDate decidedOn = today.minusDays(2);
        long id = create(matter, decidedOn, true);

        // Planned: not public, not seen by a councillor; the notice rule's latest date is worked out already.
        call(get("/api/v1/decisions/" + id), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PLANNED"))
                .andExpect(jsonPath("$.reference").value(matchesPattern("FP/\\d{4}/\\d{3,}")))
                .andExpect(jsonPath("$.noticeRule.rule").value("key-decision-notice"))
                .andExpect(jsonPath("$.noticeRule.latestNoticeOn").value(
                        deadlines.compute("key-decision-notice", decidedOn).due().toString()))
                .andExpect(jsonPath("$.noticeRule.citation").value(containsString("reg 9")));
        call(get("/api/v1/decisions/" + id), "councillor").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/decisions/" + id)).andExpect(status().isNotFound());

        call(json(post("/api/v1/decisions/" + id + "/notice"), """
                {"publishedOn": "%s"}""".formatted(today.minusDays(40))), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ON_FORWARD_PLAN"))
                .andExpect(jsonPath("$.noticePublishedOn").value(today.minusDays(40).toString()));
        int version = version(id);

        // The decision is recorded: a councillor sees that it was taken, but not the record until it is published.
        call(json(post("/api/v1/decisions/" + id + "/record"), """
                {"decidedOn": "%s", "decision": "Award the contract to Brightway Ltd",
                 "reasons": "Best value on quality and price", "alternatives": "Re-tender (rejected: no savings)",
                 "version": %d}""".formatted(decidedOn, version)), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DECIDED"))
                .andExpect(jsonPath("$.record.decision").value("Award the contract to Brightway Ltd"));
        call(get("/api/v1/decisions/" + id), "councillor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decidedOn").value(decidedOn.toString()))
                .andExpect(jsonPath("$.record").value(nullValue()));

        // Publishing the record opens the call-in window, closing at 17:00 on the call-in-expiry date.
        String closes = deadlines.compute("call-in-expiry", today).due() + "T17:00:00";
        call(post("/api/v1/decisions/" + id + "/record/publish"), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RECORD_PUBLISHED"))
                .andExpect(jsonPath("$.record.publishedOn").value(today.toString()))
                .andExpect(jsonPath("$.callInClosesAt").value(closes))
                .andExpect(jsonPath("$.callInOpen").value(true))
                .andExpect(jsonPath("$.effective").value(false))
                .andExpect(jsonPath("$.callInStatus").value(startsWith("Subject to call-in until")));
        mvc.perform(get("/api/v1/public/decisions/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.record.decision").value("Award the contract to Brightway Ltd"))
                .andExpect(jsonPath("$.callInClosesAt").value(closes));

        // Too few signatories: refused, naming the constitution's rule; enough: the decision is suspended.
        List<Long> signatories = ForwardPlanFixtures.signatories(directory, 3);
        long committee = ForwardPlanFixtures.scrutinyCommittee(directory);
        call(json(post("/api/v1/decisions/" + id + "/call-in"), callIn(signatories.subList(1, 3), committee)),
                "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'signatoryIds')].message").value(hasItem(containsString(
                        "the chair of an overview and scrutiny committee and 2 other non-executive councillors "
                                + "(3 in all)"))));
        call(json(post("/api/v1/decisions/" + id + "/call-in"), callIn(signatories, committee)), "scrutiny.officer")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("CALLED_IN"))
                .andExpect(jsonPath("$.callIn.state").value("AWAITING_COMMITTEE"))
                .andExpect(jsonPath("$.callIn.signatories.length()").value(3))
                .andExpect(jsonPath("$.callIn.committee.id").value(committee))
                .andExpect(jsonPath("$.callInStatus").value(containsString("implementation suspended")));

        // The committee refers it back (a stale call-in version is refused); the reconsidered decision takes effect.
        int callInVersion = JsonPath.read(call(get("/api/v1/decisions/" + id), "scrutiny.officer")
                .andReturn().getResponse().getContentAsString(), "$.callIn.version");
        String referral = """
                {"outcome": "REFERRED_BACK", "heardOn": "%s", "concerns": "Consider the in-house option",
                 "version": %d}""";
        call(json(post("/api/v1/decisions/" + id + "/call-in/decision"), referral.formatted(today,
                callInVersion + 1)), "scrutiny.officer").andExpect(status().isConflict());
        call(json(post("/api/v1/decisions/" + id + "/call-in/decision"), referral.formatted(today, callInVersion)),
                "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REFERRED_BACK"))
                .andExpect(jsonPath("$.callIn.outcome").value("REFERRED_BACK"))
                .andExpect(jsonPath("$.callIn.reconsiderBy").value(
                        today.plusDays(forwardPlan.settings().reconsiderationDays()).toString()));
        call(json(post("/api/v1/decisions/" + id + "/reconsideration"), """
                {"on": "%s", "decision": "Award the contract, with an in-house comparator at year three"}"""
                .formatted(today)), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("EFFECTIVE"))
                .andExpect(jsonPath("$.effective").value(true))
                .andExpect(jsonPath("$.callIn.state").value("CONCLUDED"))
                .andExpect(jsonPath("$.callIn.reconsideration").value(containsString("in-house comparator")));
        mvc.perform(get("/api/v1/public/decisions/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("EFFECTIVE"))
                .andExpect(jsonPath("$.callIn.outcome").value("REFERRED_BACK"));
    }

    @Test
    void refusesAKeyDecisionTwentyDaysAfterItsNoticeNamingExpectedOnAndTheRuleUntilTheGeneralExceptionIsUsed()
            throws Exception {
        LocalDate today = forwardPlan.today();
        String matter = unique("Acceptance of the bus service improvement grant");
        long id = create(matter, today.plusDays(40), true);
        call(json(post("/api/v1/decisions/" + id + "/notice"), "{}"), "scrutiny.officer")
                .andExpect(jsonPath("$.noticePublishedOn").value(today.toString()));
        String sooner = body(matter, today.plusDays(20), true, version(id));
        call(json(put("/api/v1/decisions/" + id), sooner), "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("expectedOn"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("key-decision-notice")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("SI 2012/2089 reg 9")));

        long chair = ForwardPlanFixtures.signatories(directory, 1).get(0);
        call(json(post("/api/v1/decisions/" + id + "/general-exception"), """
                {"chairId": %d, "informedOn": "%s", "reasons": "The grant offer lapses at the end of the month"}"""
                .formatted(chair, today)), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.route").value("GENERAL_EXCEPTION"))
                .andExpect(jsonPath("$.generalException.chair.id").value(chair))
                .andExpect(jsonPath("$.generalException.earliestDecisionOn").value(
                        deadlines.compute("general-exception-earliest-decision", today).due().toString()));
        call(json(put("/api/v1/decisions/" + id), body(matter, today.plusDays(20), true, version(id))),
                "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expectedOn").value(today.plusDays(20).toString()));
    }

    @Test
    void answersForbiddenNotFoundConflictAndUnprocessableAsProblemDetails() throws Exception {
        LocalDate today = forwardPlan.today();
        String matter = unique("Review of allotment rents");
        String entry = body(matter, today.plusDays(60), false, null);
        call(json(post("/api/v1/decisions"), entry), "scrutiny.member")
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        long id = create(matter, today.plusDays(60), false);
        call(get("/api/v1/decisions/" + id), "councillor").andExpect(status().isNotFound());
        call(get("/api/v1/decisions/999999999"), "scrutiny.officer").andExpect(status().isNotFound());
        int version = version(id);
        call(json(put("/api/v1/decisions/" + id), body(matter + " (revised)", today.plusDays(61), false, version)),
                "scrutiny.officer").andExpect(status().isOk()).andExpect(jsonPath("$.version").value(version + 1));
        call(json(put("/api/v1/decisions/" + id), body(matter + " (lost update)", today.plusDays(62), false,
                version)), "scrutiny.officer").andExpect(status().isConflict());
        call(json(put("/api/v1/decisions/" + id), body(matter, today.plusDays(62), false, null)), "scrutiny.officer")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        call(json(post("/api/v1/decisions/" + id + "/withdrawal"), """
                {"reason": "", "version": %d}""".formatted(version + 1)), "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        call(json(post("/api/v1/decisions"), """
                {"summary": "No matter", "keyDecision": false, "financialEffect": 900000}"""), "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("matter")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("maker")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("expectedOn")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("keyDecision")));
        mvc.perform(get("/api/v1/decisions")).andExpect(status().isUnauthorized());
    }

    @ParameterizedTest
    @CsvSource({"month, 2026-13", "state, SIGNED", "key, perhaps", "from, 31-12-2026"})
    void refusesAnUnreadableFilterNamingIt(String parameter, String value) throws Exception {
        call(get("/api/v1/decisions").param(parameter, value), "councillor")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(parameter));
        mvc.perform(get("/api/v1/public/decisions").param(parameter, value)).andExpect(status().isBadRequest());
    }

    @Test
    void listsTheForwardPlanByMonthPortfolioWardAndKeyWithCallInsAndFlags() throws Exception {
        LocalDate today = forwardPlan.today();
        String words = unique("Extra care housing scheme");
        LocalDate day = today.plusDays(45);
        long id = create(words, day, true);
        call(json(post("/api/v1/decisions/" + id + "/notice"), "{}"), "scrutiny.officer");
        long committee = ForwardPlanFixtures.scrutinyCommittee(directory);
        call(json(post("/api/v1/decisions/" + id + "/pre-decision-scrutiny"), """
                {"committeeId": %d, "note": "Consider the business case"}""".formatted(committee)), "scrutiny.officer")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.preDecisionScrutiny[0].committee.id").value(committee))
                .andExpect(jsonPath("$.preDecisionScrutiny[0].note").value("Consider the business case"));
        Portfolio portfolio = directory.portfolios(false).get(0);
        call(get("/api/v1/decisions").param("month", day.toString().substring(0, 7))
                .param("portfolio", Long.toString(portfolio.id())).param("key", "true").param("q", words), "councillor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].portfolio.id").value(portfolio.id()))
                .andExpect(jsonPath("$.items[0].noticeRule.latestNoticeOn").value(
                        deadlines.compute("key-decision-notice", day).due().toString()))
                .andExpect(jsonPath("$.items[0].preDecisionScrutiny[0].committee.id").value(committee))
                .andExpect(jsonPath("$.items[0].callInStatus").value("Not yet taken"));
        call(get("/api/v1/decisions").param("key", "false").param("q", words), "councillor")
                .andExpect(jsonPath("$.total").value(0));
        call(get("/api/v1/decisions").param("month", day.plusMonths(1).toString().substring(0, 7)).param("q", words),
                "councillor").andExpect(jsonPath("$.total").value(0));
        long ward = directory.wards().get(0).id();
        call(get("/api/v1/decisions").param("ward", Long.toString(ward)).param("q", words), "councillor")
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/public/decisions").param("q", words))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void reportsSpecialUrgencyDecisionsForAPeriodAndRecordsReg18ReportsAndPrivateNotices() throws Exception {
        LocalDate today = forwardPlan.today();
        String urgent = unique("Emergency demolition of an unsafe building");
        long id = create(urgent, today, true);
        long chair = ForwardPlanFixtures.signatories(directory, 1).get(0);
        call(json(post("/api/v1/decisions/" + id + "/special-urgency"), """
                {"agreedById": %d, "agreedAs": "SCRUTINY_CHAIR", "agreedOn": "%s",
                 "reasons": "The building is at risk of collapse onto the highway"}""".formatted(chair, today)),
                "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.specialUrgency.agreedBy.id").value(chair))
                .andExpect(jsonPath("$.specialUrgency.agreedAs").value("SCRUTINY_CHAIR"));
        call(get("/api/v1/decisions/special-urgency").param("from", today.minusDays(1).toString())
                .param("to", today.toString()), "councillor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) id)));
        call(get("/api/v1/decisions/special-urgency").param("from", today.toString())
                .param("to", today.minusDays(1).toString()), "councillor")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to"));

        // reg 18: only on a decision taken as not key
        String notKey = unique("Variation of the grounds maintenance contract");
        long other = create(notKey, today.minusDays(3), false);
        call(json(post("/api/v1/decisions/" + other + "/record"), """
                {"decidedOn": "%s", "decision": "Vary the contract", "reasons": "Cheaper",
                 "alternatives": "Re-tender", "version": %d}""".formatted(today.minusDays(3), version(other))),
                "scrutiny.officer").andExpect(status().isOk());
        call(json(post("/api/v1/decisions/" + other + "/record/publish"), """
                {"publishedOn": "%s"}""".formatted(today.minusDays(2))), "scrutiny.officer")
                .andExpect(status().isOk());
        long committee = ForwardPlanFixtures.scrutinyCommittee(directory);
        call(json(post("/api/v1/decisions/" + other + "/reg18-reports"), """
                {"committeeId": %d, "reasons": "It affects every ward", "reportBy": "%s"}"""
                .formatted(committee, today.plusDays(30))), "scrutiny.member")
                .andExpect(status().isForbidden());
        call(json(post("/api/v1/decisions/" + other + "/reg18-reports"), """
                {"committeeId": %d, "reasons": "It affects every ward", "reportBy": "%s"}"""
                .formatted(committee, today.plusDays(30))), "scrutiny.officer")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.keyDecisionReports[0].reportBy").value(today.plusDays(30).toString()));
        call(json(post("/api/v1/decisions/" + id + "/private-notices"), """
                {"intentionOn": "%s"}""".formatted(today)), "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("not to be taken in private")));
    }

    @Test
    void aCallInOnlyNamesSignatoriesTheCallerSpeaksFor() throws Exception {
        LocalDate today = forwardPlan.today();
        long id = create(unique("Closure of a household waste recycling centre"), today.minusDays(1), false);
        call(json(post("/api/v1/decisions/" + id + "/record"), """
                {"decidedOn": "%s", "decision": "Close the centre", "reasons": "Low use",
                 "alternatives": "Reduce hours", "version": %d}""".formatted(today.minusDays(1), version(id))),
                "scrutiny.officer").andExpect(status().isOk());
        call(post("/api/v1/decisions/" + id + "/record/publish"), "scrutiny.officer").andExpect(status().isOk());
        List<Long> signatories = ForwardPlanFixtures.signatories(directory, 3);
        call(json(post("/api/v1/decisions/" + id + "/call-in"), callIn(signatories,
                ForwardPlanFixtures.scrutinyCommittee(directory))), "councillor")
                .andExpect(status().isForbidden());
        call(get("/api/v1/decisions/" + id), "councillor")
                .andExpect(jsonPath("$.state").value("RECORD_PUBLISHED"))
                .andExpect(jsonPath("$.callIn").value(nullValue()))
                .andExpect(jsonPath("$.callInStatus").value(not(containsString("suspended"))));
    }

    @Test
    void documentsTheApiInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/decisions'].get.parameters[*].name").value(org.hamcrest.Matchers
                        .hasItems("month", "from", "portfolio", "ward", "key", "state", "q", "page", "size")))
                .andExpect(jsonPath("$.paths['/api/v1/decisions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/decisions/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/decisions/{id}/call-in'].post.tags[0]").value("Forward plan"))
                .andExpect(jsonPath("$.paths['/api/v1/decisions/{id}/call-in/decision'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/decisions/{id}/record/publish'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/decisions/special-urgency'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/decisions'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/decisions/{id}'].get").exists())
                .andExpect(jsonPath("$.components.schemas.DecisionResource.properties.callInClosesAt").exists());
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private long create(String matter, LocalDate expectedOn, boolean key) throws Exception {
        String created = call(json(post("/api/v1/decisions"), body(matter, expectedOn, key, null)), "scrutiny.officer")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*/api/v1/decisions/\\d+")))
                .andExpect(jsonPath("$.matter").value(matter))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    private String body(String matter, LocalDate expectedOn, boolean key, Integer version) {
        Portfolio p = directory.portfolios(false).get(0);
        return """
                {"matter": "%s", "summary": "What is proposed", "maker": "CABINET", "portfolioId": %d,
                 "leadMemberId": %d, "leadOfficerId": %d, "expectedOn": "%s", "keyDecision": %s,
                 "keyReasons": %s, "financialEffect": %s, "wardIds": [], "documents": "Cabinet report",
                 "consultation": "Residents", "inPrivate": false, "version": %s}"""
                .formatted(matter, p.id(), p.holder().id(), p.leadOfficer().id(), expectedOn, key,
                        key ? "[\"EXPENDITURE\"]" : "[]", key ? "2400000" : "45000", version);
    }

    private static String callIn(List<Long> signatories, long committee) {
        return """
                {"grounds": ["ALTERNATIVES_NOT_CONSIDERED"], "explanation": "The in-house option was not assessed",
                 "signatoryIds": %s, "committeeId": %d}""".formatted(signatories, committee);
    }

    private int version(long id) throws Exception {
        return JsonPath.read(call(get("/api/v1/decisions/" + id), "scrutiny.officer").andReturn().getResponse()
                .getContentAsString(), "$.version");
    }

    private static String unique(String matter) {
        return matter + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(accounts, user)).with(csrf()));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
