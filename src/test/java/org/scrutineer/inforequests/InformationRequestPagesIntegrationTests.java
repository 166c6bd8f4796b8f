package org.scrutineer.inforequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.scrutineer.inforequests.InformationRequestsFixtures.actor;
import static org.scrutineer.inforequests.InformationRequestsFixtures.memberAsksChiefOfficer;
import static org.scrutineer.inforequests.InformationRequestsFixtures.membersCommittee;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.documents.Document;
import org.scrutineer.documents.DocumentsFixtures;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The information request pages as their users work them: scrutiny.member asks, chief.officer (the Strategic
 * Director of Children's Services) answers, scrutiny.officer keeps the standing arrangements, and councillor (on no
 * scrutiny committee) and visitors see only what is public.
 */
@ScrutineerIntegrationTest
class InformationRequestPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    InformationRequestManagement requests;

    private final LocalDate today = LocalDate.now();

    private static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private InformationRequestId ask(String what, LocalDate receivedOn) {
        return requests.create(actor(accounts, "scrutiny.member"),
                memberAsksChiefOfficer(accounts, directory, what, receivedOn));
    }

    private InformationRequest read(InformationRequestId id) {
        return requests.request(Actor.SYSTEM, id);
    }

    private static long idFrom(MvcResult result) {
        return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/information-requests/(\\d+)$", "$1"));
    }

    @Test
    void aMemberMakesARequestAndSeesItsDeadlineWithTheRuleAndCitation() throws Exception {
        String what = unique("Placement costs by provider");
        long committee = membersCommittee(accounts, directory);
        mvc.perform(get("/information-requests/new").with(as(accounts, "scrutiny.member")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Make a request for information"),
                        containsString("You are making this request in your own name"))));
        MvcResult created = mvc.perform(post("/information-requests").with(csrf()).with(as(accounts, "scrutiny.member"))
                        .param("committeeId", Long.toString(committee)).param("requestedAs", "MEMBER")
                        .param("relatesTo", "Item 6: children's placements").param("what", what)
                        .param("why", "To compare providers").param("receivedOn", today.toString())
                        .param("responsibleOfficerId", Long.toString(actor(accounts, "chief.officer").person().value())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", containsString("The executive must respond by")))
                .andReturn();
        InformationRequest r = read(new InformationRequestId(idFrom(created)));
        assertThat(r.what()).isEqualTo(what);
        assertThat(r.requestedById()).isEqualTo(actor(accounts, "scrutiny.member").person().value());
        mvc.perform(get(r.path()).with(as(accounts, "scrutiny.member")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(r.reference()), containsString(what),
                        containsString("information-request-response"), containsString("SI 2012/2089 reg 17"),
                        containsString("Withdraw the request"), not(containsString("Send the response")))));
        mvc.perform(get(r.path()).with(as(accounts, "chief.officer")))
                .andExpect(content().string(allOf(containsString("Acknowledge"), containsString("Send the response"),
                        containsString("Seek clarification"), not(containsString("Withdraw the request")))));
    }

    @Test
    void aRequestWithMissingFieldsIsShownAgainWithTheProblemsAndWhatWasTyped() throws Exception {
        mvc.perform(post("/information-requests").with(csrf()).with(as(accounts, "scrutiny.member"))
                        .param("committeeId", Long.toString(membersCommittee(accounts, directory)))
                        .param("requestedAs", "MEMBER").param("what", "Typed what, kept")
                        .param("receivedOn", today.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Enter the item or review the request relates to"),
                        containsString("Enter why the information is needed"),
                        containsString("Select the officer asked to provide the information"),
                        containsString("Typed what, kept"), containsString("<title>Error: "))));
    }

    @Test
    void aMemberCannotAskForTheCommitteeAloneAndIsToldSoOnTheForm() throws Exception {
        mvc.perform(post("/information-requests").with(csrf()).with(as(accounts, "scrutiny.member"))
                        .param("committeeId", Long.toString(membersCommittee(accounts, directory)))
                        .param("requestedAs", "COMMITTEE").param("relatesTo", "Item 1").param("what", "Anything")
                        .param("why", "Because").param("receivedOn", today.toString())
                        .param("responsibleOfficerId", Long.toString(actor(accounts, "chief.officer").person().value())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Only the committee&#39;s chair or vice-chair asks")));
    }

    @Test
    void aCouncillorOnNoScrutinyCommitteeCannotMakeARequest() throws Exception {
        mvc.perform(get("/information-requests/new").with(as(accounts, "councillor")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/information-requests").with(as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Make a request"))));
    }

    @Test
    void aRefusalWithoutAStatementOfReasonsIsRefusedAndNothingElseIsLost() throws Exception {
        InformationRequestId id = ask(unique("Legal advice on the leisure contract"), today.minusDays(2));
        InformationRequest before = read(id);
        mvc.perform(post(before.path() + "/respond").with(csrf()).with(as(accounts, "chief.officer"))
                        .param("version", Integer.toString(before.version())).param("outcome", "REFUSED")
                        .param("response", "A covering note the officer typed")
                        .param("refusalGround", "EXEMPT_NOT_RELEVANT").param("refusalReasons", "  ")
                        .param("respondedOn", today.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("Enter the written statement of reasons for refusing (SI 2012/2089 reg 17)"),
                        containsString("href=\"#refusalReasons\""),
                        containsString("A covering note the officer typed"),
                        containsString("value=\"EXEMPT_NOT_RELEVANT\" checked=\"checked\""),
                        containsString("value=\"REFUSED\" checked=\"checked\""))));
        InformationRequest after = read(id);
        assertThat(after.state()).isEqualTo(RequestState.RECEIVED);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.response()).isNull();
        assertThat(requests.events(Actor.SYSTEM, id)).extracting(RequestEvent::kind).containsExactly("Received");
    }

    @Test
    void theExecutiveAttachesClassifiedDocumentsAndEachViewerSeesWhatTheyMay() throws Exception {
        InformationRequestId id = ask(unique("Placement costs"), today.minusDays(1));
        String path = read(id).path();
        String exemptTitle = unique("Provider price schedule");
        String publicTitle = unique("Placement costs by provider");
        // an exempt document without its paragraph and reasons is refused, keeping what was typed
        mvc.perform(multipart(path + "/documents").file(new MockMultipartFile("file", "prices.pdf",
                                "application/pdf", DocumentsFixtures.pdf("Prices per provider")))
                        .param("title", exemptTitle).param("classification", "EXEMPT")
                        .with(csrf()).with(as(accounts, "chief.officer")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Select the paragraph of Schedule 12A"),
                        containsString("Enter a summary for the public"), containsString(exemptTitle))));
        assertThat(requests.documents(id)).isEmpty();
        mvc.perform(multipart(path + "/documents").file(new MockMultipartFile("file", "prices.pdf",
                                "application/pdf", DocumentsFixtures.pdf("Prices per provider")))
                        .param("title", exemptTitle).param("classification", "EXEMPT").param("paragraph", "3")
                        .param("publicInterestReason", "The prices are commercially sensitive")
                        .param("publicSummary", "What each provider charges, withheld as commercially sensitive")
                        .with(csrf()).with(as(accounts, "chief.officer")))
                .andExpect(redirectedUrl(path))
                .andExpect(flash().attribute("flash", containsString("marked Exempt information (Schedule 12A "
                        + "paragraph 3)")));
        mvc.perform(multipart(path + "/documents").file(new MockMultipartFile("file", "costs.txt", "text/plain",
                                "Provider,Cost\nA,100\n".getBytes()))
                        .param("title", publicTitle).param("classification", "PUBLIC")
                        .with(csrf()).with(as(accounts, "chief.officer")))
                .andExpect(redirectedUrl(path));
        // an executable renamed to .pdf is refused by its content
        mvc.perform(multipart(path + "/documents").file(new MockMultipartFile("file", "report.pdf",
                                "application/pdf", DocumentsFixtures.executable()))
                        .param("title", "Not a report").param("classification", "PUBLIC")
                        .with(csrf()).with(as(accounts, "chief.officer")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The file is not a PDF")));
        Document exempt = requests.documents(id).stream().filter(d -> d.title().equals(exemptTitle)).findFirst()
                .orElseThrow();
        assertThat(exempt.committeeId()).isEqualTo(read(id).committeeId());

        // the member sees both, the exempt one marked
        mvc.perform(get(path).with(as(accounts, "scrutiny.member")))
                .andExpect(content().string(allOf(containsString(exemptTitle), containsString(publicTitle),
                        containsString("Exempt information (Schedule 12A paragraph 3)"))));
        mvc.perform(get(exempt.path()).with(as(accounts, "scrutiny.member"))).andExpect(status().isOk());
        // a councillor not on the committee and a visitor see the public one and the summary only
        mvc.perform(get(path).with(as(accounts, "councillor"))).andExpect(status().isNotFound());
        requests.respond(actor(accounts, "chief.officer"), id, read(id).version(), new ResponseDetails(
                Outcome.PROVIDED, "Both documents are attached", null, null, today));
        for (var viewer : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {
                as(accounts, "councillor"), r -> r}) {
            mvc.perform(get("/public/information-requests/" + id).with(viewer))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString(publicTitle),
                            containsString("What each provider charges, withheld as commercially sensitive"),
                            not(containsString(exemptTitle)), not(containsString(exempt.path() + "\"")))));
            mvc.perform(get(exempt.path()).with(viewer)).andExpect(status().isNotFound());
        }
    }

    @Test
    void theExecutiveAcknowledgesSeeksClarificationAndProvidesWhileTheMemberClarifies() throws Exception {
        InformationRequestId id = ask(unique("Waiting list by school"), today.minusDays(3));
        String path = read(id).path();
        mvc.perform(post(path + "/acknowledge").with(csrf()).with(as(accounts, "chief.officer"))
                        .param("version", Integer.toString(read(id).version()))
                        .param("acknowledgedOn", today.minusDays(2).toString()))
                .andExpect(redirectedUrl(path))
                .andExpect(flash().attribute("flash", "The request was acknowledged."));
        mvc.perform(post(path + "/clarification").with(csrf()).with(as(accounts, "chief.officer"))
                        .param("version", Integer.toString(read(id).version())).param("question", "Primary or secondary?")
                        .param("soughtOn", today.minusDays(2).toString()))
                .andExpect(redirectedUrl(path));
        assertThat(read(id).state()).isEqualTo(RequestState.CLARIFICATION_SOUGHT);
        mvc.perform(get(path).with(as(accounts, "scrutiny.member")))
                .andExpect(content().string(allOf(containsString("Primary or secondary?"),
                        containsString("Give the clarification"))));
        mvc.perform(post(path + "/clarify").with(csrf()).with(as(accounts, "scrutiny.member"))
                        .param("version", Integer.toString(read(id).version())).param("answer", "")
                        .param("clarifiedOn", today.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Enter the clarification"),
                        containsString("href=\"#answer\""))));
        mvc.perform(post(path + "/clarify").with(csrf()).with(as(accounts, "scrutiny.member"))
                        .param("version", Integer.toString(read(id).version())).param("answer", "Secondary only")
                        .param("clarifiedOn", today.toString()))
                .andExpect(redirectedUrl(path));
        assertThat(read(id).state()).isEqualTo(RequestState.ACKNOWLEDGED);
        mvc.perform(post(path + "/respond").with(csrf()).with(as(accounts, "chief.officer"))
                        .param("version", Integer.toString(read(id).version())).param("outcome", "PROVIDED")
                        .param("response", "The list is attached.").param("respondedOn", today.toString()))
                .andExpect(redirectedUrl(path))
                .andExpect(flash().attribute("flash", "The information was recorded as provided, on time."));
        mvc.perform(get(path).with(as(accounts, "scrutiny.member")))
                .andExpect(content().string(allOf(containsString("The list is attached."), containsString("On time"),
                        containsString("Clarification given (clock restarted)"), not(containsString("What you can do")))));
    }

    @Test
    void aResponseSentWithAStaleVersionIsShownAgainWithTheConflict() throws Exception {
        InformationRequestId id = ask(unique("Budget lines"), today.minusDays(1));
        InformationRequest r = read(id);
        requests.acknowledge(actor(accounts, "chief.officer"), id, r.version(), today);
        mvc.perform(post(r.path() + "/respond").with(csrf()).with(as(accounts, "chief.officer"))
                        .param("version", Integer.toString(r.version())).param("outcome", "PROVIDED")
                        .param("response", "Typed before the change").param("respondedOn", today.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("was changed by someone else"),
                        containsString("Typed before the change"),
                        containsString("name=\"version\" value=\"" + read(id).version() + "\""))));
        assertThat(read(id).state()).isEqualTo(RequestState.ACKNOWLEDGED);
    }

    @Test
    void onlyTheExecutiveResponds() throws Exception {
        InformationRequestId id = ask(unique("Agency staff"), today);
        InformationRequest r = read(id);
        mvc.perform(post(r.path() + "/respond").with(csrf()).with(as(accounts, "scrutiny.member"))
                        .param("version", Integer.toString(r.version())).param("outcome", "PROVIDED")
                        .param("response", "x").param("respondedOn", today.toString()))
                .andExpect(status().isForbidden());
        assertThat(read(id).state()).isEqualTo(RequestState.RECEIVED);
    }

    @Test
    void outsidersSeeAnOpenRequestAsNotFoundAndAnAnsweredOneAsThePublicDo() throws Exception {
        String what = unique("Complaints by ward");
        InformationRequestId id = ask(what, today.minusDays(2));
        InformationRequest r = read(id);
        mvc.perform(get(r.path()).with(as(accounts, "councillor"))).andExpect(status().isNotFound());
        mvc.perform(get("/public/information-requests/" + id)).andExpect(status().isNotFound());
        requests.respond(actor(accounts, "chief.officer"), id, r.version(), new ResponseDetails(Outcome.PARTLY_PROVIDED,
                "Covering note for members", RefusalGround.EXEMPT_NOT_RELEVANT, "Reasons given to the member", today));
        mvc.perform(get(r.path()).with(as(accounts, "councillor")))
                .andExpect(redirectedUrl("/public/information-requests/" + id));
        mvc.perform(get("/public/information-requests/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(what), containsString("Partly provided"),
                        not(containsString("Covering note for members")),
                        not(containsString("Reasons given to the member")),
                        not(containsString("To understand the spend before the meeting")))));
    }

    @Test
    void theListFiltersOverdueRequestsAndTagsThem() throws Exception {
        String overdue = unique("Staff turnover");
        String fresh = unique("Fresh request");
        ask(overdue, today.minusDays(30));
        ask(fresh, today);
        long committee = membersCommittee(accounts, directory);
        mvc.perform(get("/information-requests").param("committee", Long.toString(committee))
                        .param("overdue", "true").with(as(accounts, "scrutiny.member")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(overdue), not(containsString(fresh)),
                        containsString("govuk-tag--red\">Overdue"), containsString("Make a request"))));
        mvc.perform(get("/information-requests").param("state", "RECEIVED").param("open", "true")
                        .param("committee", Long.toString(committee)).with(as(accounts, "chief.officer")))
                .andExpect(content().string(containsString(fresh)));
        mvc.perform(get("/information-requests").with(as(accounts, "councillor")))
                .andExpect(content().string(allOf(not(containsString(overdue)), not(containsString(fresh)))));
    }

    @Test
    void theCommitteeDashboardShowsOverdueAndEscalatedRequestsAndMissingQuarterlyReports() throws Exception {
        String what = unique("Family hub visits");
        InformationRequestId id = ask(what, today.minusDays(30));
        requests.escalate(id, today);
        long committee = membersCommittee(accounts, directory);
        String title = unique("Quarterly safeguarding report");
        requests.addArrangement(actor(accounts, "scrutiny.officer"), committee, title, null, null, 0,
                today.minusYears(1));
        mvc.perform(get("/information-requests/committees/" + committee).with(as(accounts, "scrutiny.member")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Overdue requests"), containsString(what),
                        containsString(read(id).reference() + "</a>:"), containsString("escalated on"),
                        containsString(title), containsString("govuk-tag--red\">Missing"))));
    }

    @Test
    void aScrutinyOfficerAddsAnArrangementAndRecordsAReportReceived() throws Exception {
        long committee = membersCommittee(accounts, directory);
        String title = unique("Quarterly finance report");
        mvc.perform(post("/information-requests/arrangements").with(csrf()).with(as(accounts, "scrutiny.officer"))
                        .param("committeeId", Long.toString(committee)).param("title", "")
                        .param("daysAfterQuarter", "120").param("startsOn", today.minusYears(1).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Enter the report&#39;s title"),
                        containsString("(0 to 92)"), containsString("value=\"120\""))));
        mvc.perform(post("/information-requests/arrangements").with(csrf()).with(as(accounts, "scrutiny.officer"))
                        .param("committeeId", Long.toString(committee)).param("title", title)
                        .param("daysAfterQuarter", "30").param("startsOn", today.minusYears(1).toString()))
                .andExpect(redirectedUrl("/information-requests/arrangements"));
        StandingArrangement a = requests.arrangements(committee).stream().filter(x -> x.title().equals(title))
                .findFirst().orElseThrow();
        QuarterlyReport missing = requests.missingReports(committee).stream()
                .filter(q -> q.arrangement().id() == a.id()).findFirst().orElseThrow();
        mvc.perform(post("/information-requests/arrangements/receipts").with(csrf())
                        .with(as(accounts, "scrutiny.officer")).param("arrangementId", Long.toString(a.id()))
                        .param("quarterStart", missing.quarterStart().toString())
                        .param("receivedOn", today.toString()))
                .andExpect(redirectedUrl("/information-requests/arrangements"))
                .andExpect(flash().attribute("flash", containsString("was recorded as received")));
        assertThat(requests.missingReports(committee)).noneMatch(q -> q.arrangement().id() == a.id()
                && q.quarterStart().equals(missing.quarterStart()));
        mvc.perform(post("/information-requests/arrangements").with(csrf()).with(as(accounts, "scrutiny.member"))
                        .param("committeeId", Long.toString(committee)).param("title", unique("Not allowed"))
                        .param("daysAfterQuarter", "30").param("startsOn", today.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/information-requests/arrangements").with(as(accounts, "scrutiny.member")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(title), not(containsString("Add an arrangement")))));
    }

    @Test
    void figuresAreShownPerCommitteeAndDirectorateAndDownloadedAsCsv() throws Exception {
        LocalDate received = today.minusDays(50);
        InformationRequestId id = ask(unique("Figures case"), received);
        requests.respond(actor(accounts, "chief.officer"), id, read(id).version(),
                new ResponseDetails(Outcome.REFUSED, null, RefusalGround.POLITICAL_ADVICE, "Advice of a political "
                        + "assistant", received.plusDays(2)));
        String committee = read(id).committeeName();
        mvc.perform(get("/information-requests/figures").param("from", received.toString())
                        .param("to", received.toString()).with(as(accounts, "scrutiny.member")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("By committee"), containsString("By directorate"),
                        containsString(committee), containsString("Children and Young People&#39;s Services"))));
        mvc.perform(get("/information-requests/figures.csv").param("from", received.toString())
                        .param("to", received.toString()).with(as(accounts, "scrutiny.member")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("information-requests-")))
                .andExpect(content().string(allOf(containsString("Grouping,Name,Requests,Answered"),
                        containsString("Committee," + committee + ","),
                        containsString("Directorate,Children and Young People's Services,"))));
        mvc.perform(get("/information-requests/figures").param("from", today.toString())
                        .param("to", today.minusDays(1).toString()).with(as(accounts, "scrutiny.member")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The end of the period must be on or after its start")));
    }

    @ParameterizedTest
    @CsvSource({"scrutiny.member", "chief.officer", "councillor"})
    void everySignedInUserHasInformationRequestsInTheNavigation(String user) throws Exception {
        mvc.perform(get("/information-requests").with(as(accounts, user)))
                .andExpect(content().string(containsString("href=\"/information-requests\"")));
    }
}
