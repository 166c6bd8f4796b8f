package org.scrutineer.inforequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.scrutineer.inforequests.InformationRequestsFixtures.actor;
import static org.scrutineer.inforequests.InformationRequestsFixtures.memberAsksChiefOfficer;
import static org.scrutineer.inforequests.InformationRequestsFixtures.membersCommittee;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.documents.DocumentsFixtures;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The information requests API as its users call it: scrutiny.member asks, chief.officer (the Strategic Director of
 * Children's Services) answers, scrutiny.officer keeps the standing arrangements, councillor sits on no scrutiny
 * committee.
 */
@ScrutineerIntegrationTest
class InformationRequestsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    InformationRequestManagement requests;

    private final LocalDate today = LocalDate.now();

    private ResultActions call(AbstractMockHttpServletRequestBuilder<?> request, String user) throws Exception {
        return mvc.perform(request.with(as(accounts, user)).with(csrf()));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private InformationRequestId ask(String what, LocalDate receivedOn) {
        return requests.create(actor(accounts, "scrutiny.member"),
                memberAsksChiefOfficer(accounts, directory, what, receivedOn));
    }

    private int version(long id) {
        return requests.request(Actor.SYSTEM, new InformationRequestId(id)).version();
    }

    @Test
    void walksARequestFromTheMemberToTheExecutivesAnswer() throws Exception {
        String what = unique("Placement costs by provider");
        long officer = actor(accounts, "chief.officer").person().value();
        String created = call(json(post("/api/v1/information-requests"), """
                {"committeeId": %d, "requestedAs": "MEMBER", "relatesTo": "Item 6: placements",
                 "what": "%s", "why": "To compare providers", "responsibleOfficerId": %d,
                 "receivedOn": "%s"}""".formatted(membersCommittee(accounts, directory), what, officer,
                today.minusDays(1))), "scrutiny.member")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*/api/v1/information-requests/\\d+")))
                .andExpect(jsonPath("$.reference").value(matchesPattern("IR\\(\\d{2}/\\d{2}\\)\\d{3,}")))
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                .andExpect(jsonPath("$.requestedBy.id").value(actor(accounts, "scrutiny.member").person().value()))
                .andExpect(jsonPath("$.responsibleOfficer.id").value(officer))
                .andExpect(jsonPath("$.deadline.rule").value("information-request-response"))
                .andExpect(jsonPath("$.deadline.citation").value(org.hamcrest.Matchers.containsString(
                        "SI 2012/2089 reg 17")))
                .andExpect(jsonPath("$.events[0].kind").value("Received"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        String due = JsonPath.read(created, "$.due");
        assertThat(due).isEqualTo(JsonPath.read(created, "$.deadline.due"));

        call(json(post("/api/v1/information-requests/" + id + "/acknowledgement"), """
                {"version": %d}""".formatted(version(id))), "chief.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACKNOWLEDGED"))
                .andExpect(jsonPath("$.acknowledgedOn").value(today.toString()));
        call(json(post("/api/v1/information-requests/" + id + "/clarification"), """
                {"version": %d, "question": "Which year?"}""".formatted(version(id))), "chief.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLARIFICATION_SOUGHT"))
                .andExpect(jsonPath("$.clarification").value("Which year?"))
                .andExpect(jsonPath("$.deadline.state").value("STOPPED"));
        call(json(post("/api/v1/information-requests/" + id + "/clarification/answer"), """
                {"version": %d, "answer": "This year"}""".formatted(version(id))), "scrutiny.member")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACKNOWLEDGED"))
                .andExpect(jsonPath("$.deadline.state").value("OPEN"));
        call(json(post("/api/v1/information-requests/" + id + "/response"), """
                {"version": %d, "outcome": "PROVIDED", "response": "The table is attached."}"""
                .formatted(version(id))), "chief.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PROVIDED"))
                .andExpect(jsonPath("$.respondedOn").value(today.toString()))
                .andExpect(jsonPath("$.answeredLate").value(false))
                .andExpect(jsonPath("$.deadline.state").value("MET"))
                .andExpect(jsonPath("$.events[*].kind").value(org.hamcrest.Matchers.contains("Received",
                        "Acknowledged", "Clarification sought (clock stopped)",
                        "Clarification given (clock restarted)", "Provided in full")));
        call(get("/api/v1/information-requests").param("committee",
                Long.toString(membersCommittee(accounts, directory))).param("state", "PROVIDED").param("size", "200"),
                "scrutiny.member")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].what").value(hasItem(what)));
    }

    @Test
    void aRefusalWithoutAStatementOfReasonsIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        InformationRequestId id = ask(unique("Legal advice on the contract"), today.minusDays(2));
        InformationRequest before = requests.request(Actor.SYSTEM, id);
        call(json(post("/api/v1/information-requests/" + id + "/response"), """
                {"version": %d, "outcome": "REFUSED", "refusalGround": "EXEMPT_NOT_RELEVANT", "refusalReasons": " ",
                 "response": "A covering note"}""".formatted(before.version())), "chief.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("refusalReasons"))
                .andExpect(jsonPath("$.errors.length()").value(1));
        call(get("/api/v1/information-requests/" + id), "chief.officer")
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                .andExpect(jsonPath("$.version").value(before.version()))
                .andExpect(jsonPath("$.response").doesNotExist())
                .andExpect(jsonPath("$.deadline.state").value("OPEN"))
                .andExpect(jsonPath("$.events.length()").value(1));
        call(json(post("/api/v1/information-requests/" + id + "/response"), """
                {"version": %d, "outcome": "REFUSED", "refusalGround": "EXEMPT_NOT_RELEVANT",
                 "refusalReasons": "Not relevant to any review in the work programme"}"""
                .formatted(before.version())), "chief.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REFUSED"))
                .andExpect(jsonPath("$.refusalReasons").value("Not relevant to any review in the work programme"));
    }

    @ParameterizedTest
    @CsvSource({
            "'{\"outcome\": \"PARTLY_PROVIDED\", \"response\": \"Part\", \"refusalReasons\": \"Why\"}', refusalGround",
            "'{\"outcome\": \"PROVIDED\"}', response",
            "'{}', outcome",
            "'{\"outcome\": \"PROVIDED\", \"response\": \"x\", \"respondedOn\": \"2001-01-01\"}', respondedOn"})
    void anAnswerThatBreaksARuleIsRefusedNamingTheField(String body, String field) throws Exception {
        InformationRequestId id = ask(unique("Rules case"), today.minusDays(1));
        String withVersion = body.replaceFirst("\\{", "{\"version\": " + version(id.value())
                + (body.equals("{}") ? "" : ", "));
        call(json(post("/api/v1/information-requests/" + id + "/response"), withVersion), "chief.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
        assertThat(requests.request(Actor.SYSTEM, id).state()).isEqualTo(RequestState.RECEIVED);
    }

    @Test
    void answersForbiddenNotFoundConflictAndBadRequestAsTheRulesSay() throws Exception {
        InformationRequestId id = ask(unique("Agency staff numbers"), today);
        int v = version(id.value());
        // the member who asked does not answer for the executive
        call(json(post("/api/v1/information-requests/" + id + "/response"), """
                {"version": %d, "outcome": "PROVIDED", "response": "x"}""".formatted(v)), "scrutiny.member")
                .andExpect(status().isForbidden());
        // a councillor on no scrutiny committee may not see it at all
        call(get("/api/v1/information-requests/" + id), "councillor").andExpect(status().isNotFound());
        call(json(post("/api/v1/information-requests/" + id + "/acknowledgement"), """
                {"version": %d}""".formatted(v)), "councillor").andExpect(status().isNotFound());
        call(get("/api/v1/information-requests").param("size", "200"), "councillor")
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id.value()))));
        // nor make one for a committee they do not sit on
        call(json(post("/api/v1/information-requests"), """
                {"committeeId": %d, "requestedAs": "MEMBER", "relatesTo": "Item 1", "what": "Anything",
                 "why": "Because", "responsibleOfficerId": %d, "receivedOn": "%s"}"""
                .formatted(membersCommittee(accounts, directory), actor(accounts, "chief.officer").person().value(),
                        today)), "councillor")
                .andExpect(status().isForbidden());
        // a stale version is a conflict, a missing one a bad request
        call(json(post("/api/v1/information-requests/" + id + "/acknowledgement"), """
                {"version": %d}""".formatted(v)), "chief.officer").andExpect(status().isOk());
        call(json(post("/api/v1/information-requests/" + id + "/withdrawal"), """
                {"version": %d, "reason": "No longer needed"}""".formatted(v)), "scrutiny.member")
                .andExpect(status().isConflict());
        call(json(post("/api/v1/information-requests/" + id + "/withdrawal"), """
                {"reason": "No longer needed"}"""), "scrutiny.member")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        call(json(post("/api/v1/information-requests/" + id + "/withdrawal"), """
                {"version": %d, "reason": "No longer needed"}""".formatted(version(id.value()))), "scrutiny.member")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("WITHDRAWN"))
                .andExpect(jsonPath("$.deadline.state").value("CANCELLED"));
        call(get("/api/v1/information-requests/999999999"), "scrutiny.officer").andExpect(status().isNotFound());
    }

    @Test
    void aNewRequestWithMissingFieldsIsRefusedNamingEachAndNothingIsSaved() throws Exception {
        String what = unique("Incomplete");
        call(json(post("/api/v1/information-requests"), """
                {"committeeId": %d, "requestedAs": "MEMBER", "what": "%s", "receivedOn": "%s"}"""
                .formatted(membersCommittee(accounts, directory), what, today.plusDays(1))), "scrutiny.member")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("relatesTo", "why",
                        "responsibleOfficerId", "receivedOn")));
        call(get("/api/v1/information-requests").param("size", "200"), "scrutiny.officer")
                .andExpect(jsonPath("$.items[*].what").value(not(hasItem(what))));
    }

    @Test
    void figuresCountRequestsPerCommitteeAndDirectorate() throws Exception {
        LocalDate received = today.minusDays(45);
        InformationRequestId id = ask(unique("Figures by API"), received);
        requests.respond(actor(accounts, "chief.officer"), id, version(id.value()), new ResponseDetails(
                Outcome.PROVIDED, "Attached", null, null, received.plusDays(1)));
        InformationRequest r = requests.request(Actor.SYSTEM, id);
        call(get("/api/v1/information-requests/figures").param("from", received.toString())
                .param("to", received.toString()), "scrutiny.member")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(received.toString()))
                .andExpect(jsonPath("$.byCommittee[?(@.name == \"%s\")].answeredOnTime".formatted(r.committeeName()))
                        .value(hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1))))
                .andExpect(jsonPath("$.byDirectorate[?(@.name == \"%s\")].requests".formatted(r.directorateName()))
                        .value(hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1))));
        call(get("/api/v1/information-requests/figures").param("from", today.toString())
                .param("to", today.minusDays(1).toString()), "scrutiny.member")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void standingArrangementsAreKeptByScrutinyOfficersAndAMissingQuarterIsFlagged() throws Exception {
        long committee = membersCommittee(accounts, directory);
        String title = unique("Quarterly performance report");
        String created = call(json(post("/api/v1/information-requests/arrangements"), """
                {"committeeId": %d, "title": "%s", "daysAfterQuarter": 0, "startsOn": "%s"}"""
                .formatted(committee, title, today.minusYears(1))), "scrutiny.officer")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.quarters[0].missing").value(true))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        String quarter = JsonPath.read(created, "$.quarters[0].quarterStart");
        call(json(post("/api/v1/information-requests/arrangements/" + id + "/receipts"), """
                {"quarterStart": "%s"}""".formatted(quarter)), "scrutiny.officer")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.receivedOn").value(today.toString()))
                .andExpect(jsonPath("$.missing").value(false));
        call(json(post("/api/v1/information-requests/arrangements/" + id + "/receipts"), """
                {"quarterStart": "%s"}""".formatted(quarter)), "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("quarterStart"));
        call(get("/api/v1/information-requests/arrangements").param("committee", Long.toString(committee)),
                "scrutiny.member")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].title").value(hasItem(title)));
        call(json(post("/api/v1/information-requests/arrangements"), """
                {"committeeId": %d, "title": "%s", "daysAfterQuarter": 30, "startsOn": "%s"}"""
                .formatted(committee, unique("Not mine to add"), today)), "scrutiny.member")
                .andExpect(status().isForbidden());
    }

    @Test
    void theExecutiveAttachesClassifiedDocumentsAndTheApiShowsEachAsTheCallerMaySeeIt() throws Exception {
        InformationRequestId id = ask(unique("Documents by API"), today.minusDays(1));
        String exemptTitle = unique("Price schedule");
        call(multipart("/api/v1/information-requests/" + id + "/documents")
                .file(new MockMultipartFile("file", "prices.pdf", "application/pdf", DocumentsFixtures.pdf("Prices")))
                .param("title", exemptTitle).param("classification", "EXEMPT").param("paragraph", "3"),
                "chief.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("publicInterestReason",
                        "publicSummary")));
        call(multipart("/api/v1/information-requests/" + id + "/documents")
                .file(new MockMultipartFile("file", "prices.pdf", "application/pdf", DocumentsFixtures.pdf("Prices")))
                .param("title", exemptTitle).param("classification", "EXEMPT").param("paragraph", "3")
                .param("publicInterestReason", "Commercially sensitive")
                .param("publicSummary", "Prices per provider, withheld"), "chief.officer")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.classification").value("EXEMPT"))
                .andExpect(jsonPath("$.marking").value("Exempt information (Schedule 12A paragraph 3)"));
        call(multipart("/api/v1/information-requests/" + id + "/documents")
                .file(new MockMultipartFile("file", "costs.txt", "text/plain", "Cost\n100\n".getBytes()))
                .param("title", "Costs").param("classification", "PUBLIC"), "scrutiny.member")
                .andExpect(status().isForbidden());
        call(get("/api/v1/information-requests/" + id), "scrutiny.member")
                .andExpect(jsonPath("$.documents[0].title").value(exemptTitle))
                .andExpect(jsonPath("$.documents[0].withheld").value(false))
                .andExpect(jsonPath("$.events[*].kind").value(hasItem("Document provided")))
                .andExpect(jsonPath("$.events[*].text").value(not(hasItem(exemptTitle))));
        requests.respond(actor(accounts, "chief.officer"), id, version(id.value()), new ResponseDetails(
                Outcome.PROVIDED, "Attached", null, null, today));
        mvc.perform(get("/api/v1/public/information-requests/" + id))
                .andExpect(jsonPath("$.documents[0].withheld").value(true))
                .andExpect(jsonPath("$.documents[0].title").doesNotExist())
                .andExpect(jsonPath("$.documents[0].id").doesNotExist())
                .andExpect(jsonPath("$.documents[0].publicSummary").value("Prices per provider, withheld"));
    }

    @Test
    void theOutcomeOfAnAnsweredRequestIsPublicButAnOpenOneIsNot() throws Exception {
        InformationRequestId id = ask(unique("Public outcome"), today.minusDays(1));
        mvc.perform(get("/api/v1/public/information-requests/" + id)).andExpect(status().isNotFound());
        requests.respond(actor(accounts, "chief.officer"), id, version(id.value()), new ResponseDetails(
                Outcome.PROVIDED, "Covering note for members only", null, null, today));
        mvc.perform(get("/api/v1/public/information-requests/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PROVIDED"))
                .andExpect(jsonPath("$.response").doesNotExist())
                .andExpect(jsonPath("$.why").doesNotExist());
        mvc.perform(get("/api/v1/information-requests/" + id)).andExpect(status().isUnauthorized());
    }
}
