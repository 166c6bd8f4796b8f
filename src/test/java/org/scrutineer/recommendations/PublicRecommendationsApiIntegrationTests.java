package org.scrutineer.recommendations;

import org.scrutineer.accounts.Actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public recommendations API, called with no sign-in. Each test builds its own reports, marking every piece
 * of text the public must never read with {@code <tag>-SECRET} and every public summary with {@code <tag>-PUBLIC}.
 */
@ScrutineerIntegrationTest
class PublicRecommendationsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RecommendationManagement management;

    @Autowired
    DirectoryManagement directory;

    private String tag;
    private LocalDate today;
    private long committee;
    private long portfolio;
    private ReportId responded;
    private RecommendationId open;
    private RecommendationId exempt;
    private ReportId exemptReport;
    private ReportId unpublished;
    private ReportId awaitingApproval;

    @BeforeEach
    void buildReports() {
        tag = "T" + UUID.randomUUID().toString().substring(0, 8);
        today = management.today();
        committee = directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false).stream()
                .filter(c -> c.name().startsWith("Children and Young People")).findFirst().orElseThrow().id().value();
        Portfolio children = management.portfolios().stream().filter(p -> p.title().equals("Children and Young People"))
                .findFirst().orElseThrow();
        portfolio = children.id();

        // Published, responded, with progress: one open recommendation and one exempt.
        responded = report("Review of foster care", "The committee took evidence from foster carers.", null);
        open = recommendation(responded, "Raise fostering allowances", false);
        exempt = recommendation(responded, secret("recommendation"), true);
        agreeAndServe(responded);
        management.saveResponse(Actor.SYSTEM, responded, "The executive welcomes the review", List.of(
                new ResponseDetails(open.value(), ResponseDecision.ACCEPTED, null, "Raise allowances by 5%",
                        children.holder().id(), children.leadOfficer().id(), today.plusYears(1), "Carers recruited"),
                new ResponseDetails(exempt.value(), ResponseDecision.PARTIALLY_ACCEPTED, secret("reasons"),
                        secret("action"), children.holder().id(), children.leadOfficer().id(), today.plusYears(1),
                        secret("measure"))));
        management.approveResponse(Actor.SYSTEM, responded, Approval.CABINET, today, null);
        management.publish(Actor.SYSTEM, responded, today);
        management.postUpdate(Actor.SYSTEM, open, new UpdateDetails(today, Progress.ON_TRACK, null, null,
                "Allowances consulted on", null));
        management.postUpdate(Actor.SYSTEM, exempt, new UpdateDetails(today, Progress.ACHIEVED, null, null,
                secret("update"), secret("evidence")));
        management.review(Actor.SYSTEM, exempt, today, ReviewOutcome.SIGNED_OFF, secret("impact"));

        // Published and exempt in part: the public read its summary.
        exemptReport = report("Residential placements", secret("body"), 3);
        recommendation(exemptReport, "Review placement commissioning", false);
        management.agree(Actor.SYSTEM, exemptReport, today.minusDays(3), "Committee meeting", Set.of());
        management.publish(Actor.SYSTEM, exemptReport, today);

        // Agreed and responded, but never published.
        unpublished = report(secret("title"), secret("text"), null);
        recommendation(unpublished, secret("unpublished recommendation"), false);
        agreeAndServe(unpublished);
        management.saveResponse(Actor.SYSTEM, unpublished, secret("response"),
                RecommendationsFixtures.acceptAll(management, unpublished, today));
        management.approveResponse(Actor.SYSTEM, unpublished, Approval.CABINET, today, null);

        // Published, with a response drafted and not yet approved.
        awaitingApproval = report("Review of youth clubs", "Youth clubs are closing.", null);
        RecommendationId pending = recommendation(awaitingApproval, "Keep the youth clubs open", false);
        agreeAndServe(awaitingApproval);
        management.publish(Actor.SYSTEM, awaitingApproval, today);
        management.saveResponse(Actor.SYSTEM, awaitingApproval, secret("draft summary"), List.of(
                new ResponseDetails(pending.value(), ResponseDecision.REJECTED, secret("draft reasons"),
                        secret("draft action"), null, null, null, null)));
    }

    @Test
    void neverSendsUnpublishedReportsOrExemptTextToThePublic() throws Exception {
        List<String> bodies = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            String body = read("/api/v1/public/reports?size=200&page=" + page);
            pages = JsonPath.read(body, "$.pages");
            ids.addAll(JsonPath.read(body, "$.items[*].id"));
            bodies.add(body);
        }
        bodies.add(read("/api/v1/public/reports?committee=" + committee + "&year="
                + management.report(Actor.SYSTEM, responded).municipalYear()));
        for (int id : ids) {
            bodies.add(read("/api/v1/public/reports/" + id));
        }
        String unpublishedAnswer = mvc.perform(get("/api/v1/public/reports/" + unpublished))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        bodies.add(unpublishedAnswer);

        String all = String.join("\n", bodies);
        assertThat(ids).contains((int) responded.value(), (int) exemptReport.value(), (int) awaitingApproval.value())
                .doesNotContain((int) unpublished.value());
        assertThat(all).doesNotContain(tag + "-SECRET")
                .contains(tag + "-PUBLIC summary of recommendation")
                .contains(tag + "-PUBLIC summary of the report");
    }

    @Test
    void showsTheResponseAndProgressOnceGivenWithExemptTextWithheld() throws Exception {
        mvc.perform(get("/api/v1/public/reports/" + responded))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RESPONDED"))
                .andExpect(jsonPath("$.response.summary").value("The executive welcomes the review"))
                .andExpect(jsonPath("$.response.givenOn").value(today.toString()))
                .andExpect(jsonPath("$.response.approvedVia").value("CABINET"))
                .andExpect(jsonPath("$.recommendations[0].text").value("Raise fostering allowances"))
                .andExpect(jsonPath("$.recommendations[0].response.decision").value("ACCEPTED"))
                .andExpect(jsonPath("$.recommendations[0].response.proposedAction").value("Raise allowances by 5%"))
                .andExpect(jsonPath("$.recommendations[0].updates[0].status").value("ON_TRACK"))
                .andExpect(jsonPath("$.recommendations[0].updates[0].note").value("Allowances consulted on"))
                .andExpect(jsonPath("$.recommendations[0].rag").value("GREEN"))
                .andExpect(jsonPath("$.recommendations[1].exempt").value(true))
                .andExpect(jsonPath("$.recommendations[1].text").value(tag + "-PUBLIC summary of recommendation"))
                .andExpect(jsonPath("$.recommendations[1].response.decision").value("PARTIALLY_ACCEPTED"))
                .andExpect(jsonPath("$.recommendations[1].response.reasons").value("Withheld: exempt information"))
                .andExpect(jsonPath("$.recommendations[1].stage").value("IMPLEMENTED"))
                .andExpect(jsonPath("$.recommendations[1].impactNote").value("Withheld: exempt information"))
                .andExpect(jsonPath("$.recommendations[1].updates.length()").value(0))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString(tag + "-SECRET"))));
    }

    @Test
    void showsAnExemptReportsPublicSummaryInPlaceOfItsText() throws Exception {
        mvc.perform(get("/api/v1/public/reports/" + exemptReport))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exempt").value(true))
                .andExpect(jsonPath("$.exemptParagraph").value(3))
                .andExpect(jsonPath("$.summary").value(tag + "-PUBLIC summary of the report"))
                .andExpect(jsonPath("$.body").doesNotExist())
                .andExpect(jsonPath("$.exemptReason").doesNotExist())
                .andExpect(jsonPath("$.response").doesNotExist())
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString(tag + "-SECRET"))));
    }

    @Test
    void withholdsADraftResponseUntilItIsApproved() throws Exception {
        mvc.perform(get("/api/v1/public/reports/" + awaitingApproval))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("NOTICE_SERVED"))
                .andExpect(jsonPath("$.responseDue").isString())
                .andExpect(jsonPath("$.response").doesNotExist())
                .andExpect(jsonPath("$.recommendations[0].text").value("Keep the youth clubs open"))
                .andExpect(jsonPath("$.recommendations[0].response").doesNotExist())
                .andExpect(jsonPath("$.recommendations[0].stage").value("AWAITING_RESPONSE"))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString(tag + "-SECRET"))));
    }

    @Test
    void answersAnUnpublishedOrUnknownReportWith404() throws Exception {
        for (String path : List.of("/api/v1/public/reports/" + unpublished, "/api/v1/public/reports/987654321")) {
            mvc.perform(get(path))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(content().string(not(org.hamcrest.Matchers.containsString(tag + "-SECRET"))));
        }
    }

    @Test
    void filtersPublishedReportsByCommitteeAndYear() throws Exception {
        String reference = management.report(Actor.SYSTEM, responded).reference();
        int year = management.report(Actor.SYSTEM, responded).municipalYear();
        long otherCommittee = directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false).stream()
                .filter(c -> c.id().value() != committee).findFirst().orElseThrow().id().value();
        mvc.perform(get("/api/v1/public/reports").param("committee", "" + committee).param("year", "" + year)
                        .param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].reference", hasItem(reference)))
                .andExpect(jsonPath("$.items[?(@.reference == '" + reference + "')].responseGivenOn")
                        .value(hasItem(today.toString())));
        mvc.perform(get("/api/v1/public/reports").param("committee", "" + otherCommittee).param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].reference", not(hasItem(reference))));
        mvc.perform(get("/api/v1/public/reports").param("year", "" + (year - 30)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].reference", not(hasItem(reference))));
        mvc.perform(get("/api/v1/public/reports").param("year", "this"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private String secret(String what) {
        return tag + "-SECRET " + what;
    }

    private ReportId report(String title, String body, Integer exemptParagraph) {
        return management.createReport(Actor.SYSTEM, new ReportDetails(committee, title + " " + tag, "Summary", body,
                exemptParagraph, exemptParagraph == null ? null : secret("public interest reasoning"),
                exemptParagraph == null ? null : tag + "-PUBLIC summary of the report"));
    }

    private RecommendationId recommendation(ReportId report, String text, boolean isExempt) {
        return management.addRecommendation(Actor.SYSTEM, report, new RecommendationDetails(text, Addressee.EXECUTIVE,
                null, null, portfolio, isExempt, isExempt ? tag + "-PUBLIC summary of recommendation" : null));
    }

    private void agreeAndServe(ReportId report) {
        management.agree(Actor.SYSTEM, report, today.minusDays(7), "Committee meeting", Set.of());
        management.serveNotice(Actor.SYSTEM, report, today.minusDays(6));
    }

    private String read(String uri) throws Exception {
        return mvc.perform(get(uri))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
