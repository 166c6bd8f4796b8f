package org.scrutineer.recommendations;

import org.scrutineer.accounts.Actor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.scrutineer.recommendations.RecommendationsFixtures.uniqueTitle;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.deadlines.ComputedDeadline;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.RuleCatalogue;
import org.scrutineer.directory.Committee;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The recommendations API as its users call it: the demo council's scrutiny officer, cabinet member for Children
 * and Young People (who holds that portfolio), the Strategic Director of Children's Services (its lead officer),
 * a member of the Children and Young People O&amp;S Committee and a councillor on no scrutiny committee.
 */
@ScrutineerIntegrationTest
class RecommendationsApiIntegrationTests {

    private static final String CHILDREN_COMMITTEE = "Children and Young People Overview and Scrutiny Committee";
    private static final String CHILDREN_PORTFOLIO = "Children and Young People";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    RecommendationManagement management;

    @Test
    void walksAReportFromDraftToSignOffAsTheRightPeople() throws Exception {
        long committee = childrenCommittee().id().value();
        Portfolio portfolio = childrenPortfolio();
        long cabinetMember = portfolio.holder().id();
        long leadOfficer = portfolio.leadOfficer().id();
        LocalDate today = management.today();
        String title = uniqueTitle("Review of short breaks for disabled children");

        // The scrutiny officer drafts the report and its recommendations.
        String created = call(json(post("/api/v1/reports"), """
                {"committeeId": %d, "title": "%s", "summary": "What the review found",
                 "body": "The committee heard from parents and carers."}""".formatted(committee, title)),
                "scrutiny.officer")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*/api/v1/reports/\\d+")))
                .andExpect(jsonPath("$.reference").value(matchesPattern("SR\\(\\d{2}/\\d{2}\\)\\d{2,}")))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.committee.name").value(CHILDREN_COMMITTEE))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        long report = ((Number) JsonPath.read(created, "$.id")).longValue();
        String reference = JsonPath.read(created, "$.reference");
        long first = addRecommendation(report, portfolio.id(), "Extend short breaks to school holidays", 1,
                reference);
        long second = addRecommendation(report, portfolio.id(), "Publish the short breaks statement annually", 2,
                reference);

        // The cabinet member does not see the draft until it is shared with them.
        call(get("/api/v1/reports/" + report), "cabinet.member").andExpect(status().isNotFound());
        call(json(post("/api/v1/reports/" + report + "/shares"), """
                {"people": [%d], "purpose": "COMMENT"}""".formatted(cabinetMember)), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].person.id").value(cabinetMember))
                .andExpect(jsonPath("$[0].purpose").value("COMMENT"));
        call(get("/api/v1/reports/" + report), "cabinet.member")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SHARED"))
                .andExpect(jsonPath("$.sharedOn").value(today.toString()));
        call(json(post("/api/v1/reports/" + report + "/comments"), """
                {"recommendationId": %d, "kind": "FEASIBILITY",
                 "text": "Holiday provision needs a new contract; allow a year."}""".formatted(first)),
                "cabinet.member")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recommendationNumber").value(1))
                .andExpect(jsonPath("$.kind").value("FEASIBILITY"));
        call(get("/api/v1/reports/" + report), "scrutiny.officer")
                .andExpect(jsonPath("$.comments[0].text").value("Holiday provision needs a new contract; allow a year."))
                .andExpect(jsonPath("$.shares[0].person.id").value(cabinetMember));

        // The committee agrees it; notice is served, which starts the executive-response deadline.
        LocalDate agreedOn = today.minusDays(7);
        LocalDate servedOn = today.minusDays(6);
        call(json(post("/api/v1/reports/" + report + "/agreement"), """
                {"agreedOn": "%s", "agreedAt": "Children and Young People O&S Committee, %s",
                 "requiredFields": ["PROPOSED_ACTION", "TARGET_DATE", "LEAD_OFFICER"]}""".formatted(agreedOn, agreedOn)),
                "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("AGREED"))
                .andExpect(jsonPath("$.requiredFields", hasItems("PROPOSED_ACTION", "TARGET_DATE", "LEAD_OFFICER")));
        ComputedDeadline expected = deadlines.compute(RuleCatalogue.EXECUTIVE_RESPONSE, servedOn);
        call(json(post("/api/v1/reports/" + report + "/notice"), """
                {"servedOn": "%s"}""".formatted(servedOn)), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rule").value("executive-response"))
                .andExpect(jsonPath("$.trigger").value(servedOn.toString()))
                .andExpect(jsonPath("$.due").value(expected.due().toString()))
                .andExpect(jsonPath("$.citation").value(expected.citation()))
                .andExpect(jsonPath("$.citation").value(containsString("s9FE")))
                .andExpect(jsonPath("$.explanation").value(expected.explanation()));
        call(get("/api/v1/reports/" + report), "chief.officer")
                .andExpect(jsonPath("$.state").value("NOTICE_SERVED"))
                .andExpect(jsonPath("$.responseDue").value(expected.due().toString()))
                .andExpect(jsonPath("$.responseDeadline.due").value(expected.due().toString()))
                .andExpect(jsonPath("$.recommendations[0].stage").value("AWAITING_RESPONSE"))
                .andExpect(jsonPath("$.recommendations[0].rag").value("AMBER"));

        // The chief officer drafts the response; the cabinet member approves it.
        LocalDate target = today.plusYears(1);
        call(json(put("/api/v1/reports/" + report + "/response"), """
                {"summary": "The executive welcomes the review.",
                 "responses": [
                   {"recommendationId": %d, "decision": "ACCEPTED", "proposedAction": "Commission holiday short breaks",
                    "cabinetMemberId": %d, "leadOfficerId": %d, "targetDate": "%s",
                    "successMeasure": "Families using holiday breaks"},
                   {"recommendationId": %d, "decision": "PARTIALLY_ACCEPTED", "reasons": "Every two years is enough",
                    "proposedAction": "Publish the statement every two years", "cabinetMemberId": %d,
                    "leadOfficerId": %d, "targetDate": "%s"}]}"""
                .formatted(first, cabinetMember, leadOfficer, target, second, cabinetMember, leadOfficer, target)),
                "chief.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.response.state").value("DRAFT"))
                .andExpect(jsonPath("$.recommendations[0].response.decision").value("ACCEPTED"))
                .andExpect(jsonPath("$.recommendations[1].response.reasons").value("Every two years is enough"));
        call(json(post("/api/v1/reports/" + report + "/response/approval"), """
                {"via": "CABINET_MEMBER"}"""), "cabinet.member")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RESPONDED"))
                .andExpect(jsonPath("$.response.state").value("APPROVED"))
                .andExpect(jsonPath("$.response.givenOn").value(today.toString()))
                .andExpect(jsonPath("$.response.approvedBy.id").value(cabinetMember))
                .andExpect(jsonPath("$.response.late").value(false))
                .andExpect(jsonPath("$.responseDeadline.state").value("MET"))
                .andExpect(jsonPath("$.recommendations[0].stage").value("IN_PROGRESS"));

        // The lead officer reports that the action slipped, then that it was achieved.
        LocalDate later = target.plusMonths(6);
        String update = call(json(post("/api/v1/recommendations/" + first + "/updates"), """
                {"postedOn": "%s", "status": "SLIPPED", "newTarget": "%s",
                 "reason": "The provider withdrew from the tender"}""".formatted(today, later)), "chief.officer")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*/api/v1/recommendations/" + first
                        + "/updates/\\d+")))
                .andExpect(jsonPath("$.status").value("SLIPPED"))
                .andReturn().getResponse().getHeader("Location");
        call(get(update.substring(update.indexOf("/api/v1/"))), "councillor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reason").value("The provider withdrew from the tender"));
        call(get("/api/v1/recommendations/" + first), "councillor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(reference + ".1"))
                .andExpect(jsonPath("$.slipped").value(true))
                .andExpect(jsonPath("$.rag").value("RED"))
                .andExpect(jsonPath("$.currentTarget").value(later.toString()))
                .andExpect(jsonPath("$.updates.length()").value(1));
        call(json(post("/api/v1/recommendations/" + first + "/updates"), """
                {"postedOn": "%s", "status": "ACHIEVED", "evidence": "Holiday breaks began in the summer",
                 "note": "Contract let"}""".formatted(today)), "chief.officer")
                .andExpect(status().isCreated());
        call(get("/api/v1/recommendations/" + first + "/updates"), "scrutiny.member")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[*].status", hasItems("SLIPPED", "ACHIEVED")));

        // The scrutiny officer records the committee's sign-off.
        call(json(post("/api/v1/recommendations/" + first + "/reviews"), """
                {"reviewedOn": "%s", "outcome": "SIGNED_OFF",
                 "impactNote": "Forty more families had a break this summer"}""".formatted(today)), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("IMPLEMENTED"))
                .andExpect(jsonPath("$.signedOffOn").value(today.toString()))
                .andExpect(jsonPath("$.impactNote").value("Forty more families had a break this summer"))
                .andExpect(jsonPath("$.rag").value("GREEN"))
                .andExpect(jsonPath("$.reviews[0].outcome").value("SIGNED_OFF"))
                .andExpect(jsonPath("$.timeline[*].title", hasItems("Notice served on the executive",
                        "Update: Slipped", "Update: Achieved", "Committee review: Signed off as implemented")));

        // The tracker finds both, filtered by committee, portfolio and words in the report's title.
        call(get("/api/v1/recommendations").param("committee", "" + committee)
                        .param("portfolio", "" + portfolio.id()).param("q", title).param("sort", "REFERENCE"),
                "scrutiny.member")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].id", hasItems((int) first, (int) second)))
                .andExpect(jsonPath("$.items[?(@.id == " + first + ")].stage").value(hasItem("IMPLEMENTED")))
                .andExpect(jsonPath("$.items[?(@.id == " + second + ")].stage").value(hasItem("IN_PROGRESS")));
        call(get("/api/v1/reports").param("committee", "" + committee).param("state", "RESPONDED")
                        .param("size", "200"), "councillor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].reference", hasItem(reference)));
    }

    @Test
    void refusesARejectionWithoutReasonsAndKeepsTheSavedDraft() throws Exception {
        LocalDate today = management.today();
        ReportId report = RecommendationsFixtures.noticeServed(management, 2, today);
        List<Recommendation> recs = management.recommendationsOf(Actor.SYSTEM, report);
        long first = recs.get(0).id().value();
        long second = recs.get(1).id().value();
        call(json(put("/api/v1/reports/" + report + "/response"), """
                {"summary": "First draft", "responses": [
                  {"recommendationId": %d, "decision": "ACCEPTED", "proposedAction": "Keep this action",
                   "targetDate": "%s"}]}""".formatted(first, today.plusMonths(9))), "chief.officer")
                .andExpect(status().isOk());

        call(json(put("/api/v1/reports/" + report + "/response"), """
                {"summary": "Second draft", "responses": [
                  {"recommendationId": %d, "decision": "REJECTED", "proposedAction": "Changed"},
                  {"recommendationId": %d, "decision": "ACCEPTED", "proposedAction": "Act on it",
                   "targetDate": "%s"}]}""".formatted(first, second, today.plusMonths(6))), "chief.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("responses[0].reasons")))
                .andExpect(jsonPath("$.errors[?(@.field == 'responses[0].reasons')].message")
                        .value(hasItem(containsString("reasons are mandatory"))));

        call(get("/api/v1/reports/" + report), "chief.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.response.state").value("DRAFT"))
                .andExpect(jsonPath("$.response.summary").value("First draft"))
                .andExpect(jsonPath("$.recommendations[0].response.decision").value("ACCEPTED"))
                .andExpect(jsonPath("$.recommendations[0].response.proposedAction").value("Keep this action"))
                .andExpect(jsonPath("$.recommendations[0].response.targetDate").value(today.plusMonths(9).toString()))
                .andExpect(jsonPath("$.recommendations[1].response").doesNotExist());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/reports", "/api/v1/reports/1", "/api/v1/recommendations",
            "/api/v1/recommendations/1", "/api/v1/recommendations/1/updates"})
    void asksAnonymousCallersToSignIn(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void asksAnonymousWritersToSignIn() throws Exception {
        mvc.perform(post("/api/v1/reports").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Anonymous\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesNoticeFromACouncillor() throws Exception {
        ReportId report = RecommendationsFixtures.draft(management, 1);
        management.agree(Actor.SYSTEM, report, management.today(), "Committee meeting", Set.of());
        call(json(post("/api/v1/reports/" + report + "/notice"), """
                {"servedOn": "%s"}""".formatted(management.today())), "councillor")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Forbidden"));
        call(get("/api/v1/reports/" + report), "councillor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("AGREED"))
                .andExpect(jsonPath("$.responseDeadline").doesNotExist());
    }

    @Test
    void refusesApprovalFromAScrutinyMember() throws Exception {
        LocalDate today = management.today();
        ReportId report = RecommendationsFixtures.noticeServed(management, 1, today);
        management.saveResponse(Actor.SYSTEM, report, "Draft", RecommendationsFixtures.acceptAll(management, report,
                today));
        call(json(post("/api/v1/reports/" + report + "/response/approval"), """
                {"via": "CABINET_MEMBER"}"""), "scrutiny.member")
                .andExpect(status().isForbidden());
        call(json(post("/api/v1/reports/" + report + "/response/approval"), """
                {"via": "CABINET", "cabinetDate": "%s"}""".formatted(today)), "scrutiny.member")
                .andExpect(status().isForbidden());
        call(get("/api/v1/reports/" + report), "scrutiny.member")
                .andExpect(jsonPath("$.state").value("NOTICE_SERVED"))
                .andExpect(jsonPath("$.response.state").value("DRAFT"));
    }

    @Test
    void hidesADraftFromACouncillorNotOnTheCommittee() throws Exception {
        ReportId report = RecommendationsFixtures.draft(management, 1);
        long recommendation = management.recommendationsOf(Actor.SYSTEM, report).get(0).id().value();
        String title = management.report(Actor.SYSTEM, report).title();
        call(get("/api/v1/reports/" + report), "councillor")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString(title))));
        call(get("/api/v1/recommendations/" + recommendation), "councillor")
                .andExpect(status().isNotFound());
        call(get("/api/v1/recommendations").param("q", title), "councillor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        call(json(post("/api/v1/reports/" + report + "/comments"), """
                {"kind": "GENERAL", "text": "Let me in"}"""), "councillor")
                .andExpect(status().isNotFound());
        call(get("/api/v1/reports/" + report), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title));
    }

    @Test
    void withholdsExemptTextFromACouncillorNotEntitledToIt() throws Exception {
        long committee = childrenCommittee().id().value();
        String secret = "EXEMPT-" + uniqueTitle("placement costs");
        ReportId report = management.createReport(Actor.SYSTEM, new ReportDetails(committee,
                uniqueTitle("Residential placements"), "Costs of placements", secret, 3,
                "Commercially sensitive prices", "The report discusses placement prices, which are exempt."));
        RecommendationId rec = management.addRecommendation(Actor.SYSTEM, report, new RecommendationDetails(
                secret + " recommendation", Addressee.EXECUTIVE, null, null, childrenPortfolio().id(), true,
                "A recommendation on placement prices"));
        management.agree(Actor.SYSTEM, report, management.today(), "Committee meeting", Set.of());
        call(get("/api/v1/reports/" + report), "councillor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value("The report discusses placement prices, which are exempt."))
                .andExpect(jsonPath("$.body").doesNotExist())
                .andExpect(jsonPath("$.exemptReason").doesNotExist())
                .andExpect(jsonPath("$.recommendations[0].text").value("A recommendation on placement prices"))
                .andExpect(content().string(not(containsString(secret))));
        call(get("/api/v1/recommendations/" + rec), "councillor")
                .andExpect(content().string(not(containsString(secret))));
        call(get("/api/v1/reports/" + report), "scrutiny.member")
                .andExpect(jsonPath("$.body").value(secret));
    }

    @ParameterizedTest(name = "{0} {1} -> 400 naming {3}")
    @CsvSource(delimiter = '|', textBlock = """
            POST | /api/v1/reports                            | {"committeeId": "children", "title": "T"}                  | committeeId          | a whole number
            POST | /api/v1/reports                            | {"committeeId": 99999999999999999999999, "title": "T"}     | committeeId          | a whole number
            POST | /api/v1/reports/{report}/agreement         | {"agreedOn": "2026-02-30", "agreedAt": "M"}                | agreedOn             | YYYY-MM-DD
            POST | /api/v1/reports/{report}/agreement         | {"agreedOn": "2026-01-05", "requiredFields": ["COLOUR"]}   | requiredFields[0]    | PROPOSED_ACTION, CABINET_MEMBER
            POST | /api/v1/reports/{report}/notice            | {"servedOn": "last Tuesday"}                               | servedOn             | YYYY-MM-DD
            PUT  | /api/v1/reports/{report}/response          | {"responses": [{"recommendationId": 1, "decision": "MAYBE"}]} | responses[0].decision | ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, DEFERRED
            PUT  | /api/v1/reports/{report}/response          | {"responses": [{"recommendationId": 1}, {"targetDate": "31/12/2027"}]} | responses[1].targetDate | YYYY-MM-DD
            POST | /api/v1/reports/{report}/response/approval | {"via": "PRIME_MINISTER"}                                  | via                  | one of CABINET_MEMBER, CABINET
            POST | /api/v1/reports/{report}/shares            | {"people": ["everyone"], "purpose": "COMMENT"}             | people[0]            | a whole number
            POST | /api/v1/reports/{report}/shares            | {"people": [1], "purpose": "GOSSIP"}                       | purpose              | COMMENT, FACT_CHECK
            POST | /api/v1/reports/{report}/comments          | {"kind": "RUDE", "text": "T"}                              | kind                 | FACTUAL_ACCURACY
            POST | /api/v1/reports/{report}/recommendations   | {"text": "T", "addressedTo": "THE_PUBLIC"}                 | addressedTo          | EXECUTIVE, CABINET_MEMBER, PARTNER
            POST | /api/v1/reports/{report}/recommendations   | {"text": "T", "exempt": "perhaps"}                         | exempt               | true or false
            PUT  | /api/v1/reports/{report}                   | {"title": "T", "version": "latest"}                        | version              | a whole number
            """)
    void answersMalformedInputWith400NamingTheField(String method, String path, String body, String field,
            String expected) throws Exception {
        ReportId report = RecommendationsFixtures.draft(management, 1);
        String uri = path.replace("{report}", report.toString());
        MockHttpServletRequestBuilder request = method.equals("PUT") ? put(uri) : post(uri);
        call(json(request, body), "scrutiny.officer")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.detail").value(containsString("'" + field + "'")))
                .andExpect(jsonPath("$.detail").value(containsString(expected)));
    }

    @Test
    void answersABodyThatIsNotJsonWith400() throws Exception {
        ReportId report = RecommendationsFixtures.draft(management, 1);
        call(json(post("/api/v1/reports/" + report + "/agreement"), "{\"agreedOn\": \"2026-01-05\", oops}"),
                "scrutiny.officer")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Unreadable request"))
                .andExpect(jsonPath("$.errors").doesNotExist());
        call(post("/api/v1/reports/" + report + "/agreement").contentType(MediaType.APPLICATION_JSON),
                "scrutiny.officer")
                .andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/recommendations, status, WHENEVER", "/api/v1/recommendations, sort, RANDOM",
            "/api/v1/recommendations, committee, children", "/api/v1/reports, state, LOST",
            "/api/v1/reports, year, last"})
    void answersMalformedFiltersWith400NamingThem(String path, String parameter, String value) throws Exception {
        call(get(path).param(parameter, value), "scrutiny.officer")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(parameter));
    }

    @Test
    void refusesAStaleVersionWith409() throws Exception {
        ReportId report = RecommendationsFixtures.draft(management, 1);
        ScrutinyReport before = management.report(Actor.SYSTEM, report);
        String body = """
                {"committeeId": %d, "title": "%s", "summary": "Changed", "version": %d}""";
        call(json(put("/api/v1/reports/" + report), body.formatted(before.committeeId().value(), before.title(),
                before.version())), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value("Changed"))
                .andExpect(jsonPath("$.version").value(before.version() + 1));
        call(json(put("/api/v1/reports/" + report), body.formatted(before.committeeId().value(), before.title(),
                before.version())), "scrutiny.officer")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(json(put("/api/v1/reports/" + report), """
                {"committeeId": %d, "title": "No version"}""".formatted(before.committeeId().value())),
                "scrutiny.officer")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));

        Recommendation rec = management.recommendationsOf(Actor.SYSTEM, report).get(0);
        String recBody = """
                {"text": "%s", "addressedTo": "EXECUTIVE", "portfolioId": %d, "version": %d}""";
        call(json(put("/api/v1/recommendations/" + rec.id()), recBody.formatted("Reworded", rec.portfolio().id(),
                rec.version())), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Reworded"));
        call(json(put("/api/v1/recommendations/" + rec.id()), recBody.formatted("Lost update", rec.portfolio().id(),
                rec.version())), "scrutiny.officer")
                .andExpect(status().isConflict());
        call(get("/api/v1/recommendations/" + rec.id()), "scrutiny.officer")
                .andExpect(jsonPath("$.text").value("Reworded"));
    }

    @Test
    void deletesADraftButNotAnAgreedReport() throws Exception {
        ReportId draft = childrenDraft(2);
        long second = management.recommendationsOf(Actor.SYSTEM, draft).get(1).id().value();
        call(delete("/api/v1/recommendations/" + second), "scrutiny.officer").andExpect(status().isNoContent());
        call(get("/api/v1/reports/" + draft), "scrutiny.officer")
                .andExpect(jsonPath("$.recommendations.length()").value(1));
        call(delete("/api/v1/reports/" + draft), "chief.officer").andExpect(status().isNotFound());
        call(delete("/api/v1/reports/" + draft), "scrutiny.member").andExpect(status().isForbidden());
        call(delete("/api/v1/reports/" + draft), "scrutiny.officer").andExpect(status().isNoContent());
        call(get("/api/v1/reports/" + draft), "scrutiny.officer").andExpect(status().isNotFound());

        ReportId agreed = RecommendationsFixtures.draft(management, 1);
        management.agree(Actor.SYSTEM, agreed, management.today(), "Committee meeting", Set.of());
        call(delete("/api/v1/reports/" + agreed), "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("can no longer be changed")));
    }

    @Test
    void refusesAnIncompleteReportWith422NamingEachField() throws Exception {
        call(json(post("/api/v1/reports"), "{\"summary\": \"No title\"}"), "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("committeeId", "title")));
        call(json(post("/api/v1/reports"), """
                {"committeeId": %d, "title": "By a councillor"}""".formatted(childrenCommittee().id().value())),
                "councillor")
                .andExpect(status().isForbidden());
    }

    @Test
    void documentsTheApiInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reports'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reports'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reports/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reports/{id}/notice'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reports/{id}/response'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reports/{id}/response/approval'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/recommendations'].get.parameters[*].name",
                        hasItems("committee", "portfolio", "cabinetMember", "leadOfficer", "status", "year", "q",
                                "sort", "page", "size")))
                .andExpect(jsonPath("$.paths['/api/v1/recommendations/{id}/updates'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/recommendations/{id}/reviews'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/reports'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/reports/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reports/{id}/notice'].post.tags[0]").value("Recommendations"))
                .andExpect(jsonPath("$.components.schemas.RecommendationResource.properties.rag.enum",
                        hasItems("RED", "AMBER", "GREEN", "GREY")));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private long addRecommendation(long report, long portfolio, String text, int number, String reference)
            throws Exception {
        String body = call(json(post("/api/v1/reports/" + report + "/recommendations"), """
                {"text": "%s", "addressedTo": "EXECUTIVE", "portfolioId": %d}""".formatted(text, portfolio)),
                "scrutiny.officer")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*/api/v1/recommendations/\\d+")))
                .andExpect(jsonPath("$.number").value(number))
                .andExpect(jsonPath("$.reference").value(reference + "." + number))
                .andExpect(jsonPath("$.stage").value("DRAFT"))
                .andExpect(jsonPath("$.rag").value("GREY"))
                .andExpect(jsonPath("$.portfolio.name").value(endsWith(CHILDREN_PORTFOLIO)))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** A draft of the Children and Young People O&amp;S Committee, on which scrutiny.member sits. */
    private ReportId childrenDraft(int recommendations) {
        ReportId id = management.createReport(Actor.SYSTEM, new ReportDetails(childrenCommittee().id().value(),
                uniqueTitle("Review of youth services"), "Summary", "Text", null, null, null));
        for (int i = 0; i < recommendations; i++) {
            management.addRecommendation(Actor.SYSTEM, id, new RecommendationDetails("Recommendation " + (i + 1),
                    Addressee.EXECUTIVE, null, null, childrenPortfolio().id(), false, null));
        }
        return id;
    }

    private Committee childrenCommittee() {
        return directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false).stream()
                .filter(c -> c.name().equals(CHILDREN_COMMITTEE)).findFirst().orElseThrow();
    }

    private Portfolio childrenPortfolio() {
        return management.portfolios().stream().filter(p -> p.title().equals(CHILDREN_PORTFOLIO)).findFirst()
                .orElseThrow();
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(accounts, user)).with(csrf()));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
