package org.scrutineer.recommendations;

import org.scrutineer.accounts.Actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@ScrutineerIntegrationTest
class RecommendationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    RecommendationManagement recommendations;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    DeadlineManagement deadlines;

    private long personOf(String username) {
        return accounts.principal(username).orElseThrow().view().personId().value();
    }

    private long childrenCommittee() {
        return recommendations.scrutinyCommittees().stream().filter(c -> c.name().startsWith("Children"))
                .findFirst().orElseThrow().id().value();
    }

    private Portfolio childrenPortfolio() {
        return recommendations.portfolios().stream().filter(p -> p.title().equals("Children and Young People"))
                .findFirst().orElseThrow();
    }

    private long idFrom(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll(".*/reports/(\\d+).*", "$1"));
    }

    @Test
    void walksAReportFromDraftToSignOffThroughThePages() throws Exception {
        String title = RecommendationsFixtures.uniqueTitle("Home to school transport");
        long id = idFrom(mvc.perform(post("/recommendations/reports").with(csrf()).with(as(accounts, "scrutiny.officer"))
                        .param("committeeId", Long.toString(childrenCommittee())).param("title", title)
                        .param("summary", "Transport for children with SEND"))
                .andExpect(status().is3xxRedirection()).andReturn());
        Portfolio children = childrenPortfolio();
        mvc.perform(post("/recommendations/reports/" + id + "/recommendations").with(csrf())
                        .with(as(accounts, "scrutiny.officer"))
                        .param("text", "Publish the eligibility policy in plain English").param("addressedTo", "EXECUTIVE")
                        .param("portfolioId", Long.toString(children.id())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/recommendations/reports/" + id + "/share").with(csrf()).with(as(accounts, "scrutiny.officer"))
                        .param("people", Long.toString(personOf("cabinet.member")))
                        .param("people", Long.toString(personOf("chief.officer"))).param("purpose", "COMMENT"))
                .andExpect(status().is3xxRedirection());
        // the cabinet member, shared with, sees the draft and comments; a councillor not on the committee cannot see it
        mvc.perform(post("/recommendations/reports/" + id + "/comments").with(csrf()).with(as(accounts, "cabinet.member"))
                        .param("kind", "FEASIBILITY").param("text", "Feasible from September"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/recommendations/reports/" + id).with(as(accounts, "councillor")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/recommendations/reports/" + id + "/agree").with(csrf()).with(as(accounts, "scrutiny.officer"))
                        .param("agreedOn", LocalDate.now().toString()).param("agreedAt", "Committee, today")
                        .param("requiredFields", "PROPOSED_ACTION", "TARGET_DATE"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/recommendations/reports/" + id + "/notice").with(csrf()).with(as(accounts, "councillor")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/recommendations/reports/" + id + "/notice").with(csrf()).with(as(accounts, "scrutiny.officer"))
                        .param("servedOn", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection());
        LocalDate due = deadlines.compute("executive-response", LocalDate.now()).due();
        mvc.perform(get("/recommendations/reports/" + id).with(as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(not(containsString("Feasible from September"))));
        mvc.perform(get("/recommendations/reports/" + id).with(as(accounts, "scrutiny.member")))
                .andExpect(content().string(containsString("Feasible from September")));
        mvc.perform(get("/recommendations/reports/" + id).with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("executive-response")))
                .andExpect(content().string(containsString("9FE")))
                .andExpect(content().string(containsString(
                        due.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy")))));

        Recommendation rec = recommendations.recommendationsOf(Actor.SYSTEM, new ReportId(id)).get(0);
        // a rejection without reasons is refused; what was typed stays on the form
        mvc.perform(post("/recommendations/reports/" + id + "/response").with(csrf()).with(as(accounts, "chief.officer"))
                        .param("summary", "Our covering summary")
                        .param("responses[0].recommendationId", Long.toString(rec.id().value()))
                        .param("responses[0].decision", "REJECTED")
                        .param("responses[0].proposedAction", "Keep the current leaflet"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Recommendation 1: enter the reasons it is rejected")))
                .andExpect(content().string(containsString("Keep the current leaflet")))
                .andExpect(content().string(containsString("Our covering summary")));
        assertThat(recommendations.report(Actor.SYSTEM, new ReportId(id)).responseState()).isNull();
        mvc.perform(post("/recommendations/reports/" + id + "/response").with(csrf()).with(as(accounts, "chief.officer"))
                        .param("summary", "Our covering summary")
                        .param("responses[0].recommendationId", Long.toString(rec.id().value()))
                        .param("responses[0].decision", "ACCEPTED")
                        .param("responses[0].proposedAction", "Rewrite the policy with parents")
                        .param("responses[0].cabinetMemberId", Long.toString(personOf("cabinet.member")))
                        .param("responses[0].leadOfficerId", Long.toString(personOf("chief.officer")))
                        .param("responses[0].targetDate", LocalDate.now().plusMonths(6).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/recommendations/reports/" + id + "/response/approve").with(csrf())
                        .with(as(accounts, "scrutiny.member")).param("via", "CABINET_MEMBER"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/recommendations/reports/" + id + "/response/approve").with(csrf())
                        .with(as(accounts, "cabinet.member")).param("via", "CABINET_MEMBER"))
                .andExpect(redirectedUrl("/recommendations/reports/" + id));
        ScrutinyReport responded = recommendations.report(Actor.SYSTEM, new ReportId(id));
        assertThat(responded.state()).isEqualTo(ReportState.RESPONDED);
        assertThat(responded.respondedLate()).isFalse();
        assertThat(deadlines.require(responded.responseDeadline()).state().name()).isEqualTo("MET");

        // a slipped action without its new date is refused; with it, the target moves
        mvc.perform(post("/recommendations/" + rec.id() + "/updates").with(csrf()).with(as(accounts, "chief.officer"))
                        .param("postedOn", LocalDate.now().toString()).param("status", "SLIPPED")
                        .param("reason", "Consultation extended"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter the new target date for the slipped action")))
                .andExpect(content().string(containsString("Consultation extended")));
        LocalDate newTarget = LocalDate.now().plusMonths(9);
        mvc.perform(post("/recommendations/" + rec.id() + "/updates").with(csrf()).with(as(accounts, "chief.officer"))
                        .param("postedOn", LocalDate.now().toString()).param("status", "SLIPPED")
                        .param("reason", "Consultation extended").param("newTarget", newTarget.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(recommendations.recommendation(Actor.SYSTEM, rec.id()).currentTarget()).isEqualTo(newTarget);
        mvc.perform(post("/recommendations/" + rec.id() + "/reviews").with(csrf()).with(as(accounts, "scrutiny.member"))
                        .param("reviewedOn", LocalDate.now().toString()).param("outcome", "SIGNED_OFF")
                        .param("impactNote", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/recommendations/" + rec.id() + "/reviews").with(csrf()).with(as(accounts, "scrutiny.chair"))
                        .param("reviewedOn", LocalDate.now().toString()).param("outcome", "SIGNED_OFF"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter the impact note")));
        mvc.perform(post("/recommendations/" + rec.id() + "/reviews").with(csrf()).with(as(accounts, "scrutiny.chair"))
                        .param("reviewedOn", LocalDate.now().toString()).param("outcome", "SIGNED_OFF")
                        .param("impactNote", "Applications up by a third"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/recommendations/" + rec.id()).with(as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Implemented (signed off)")))
                .andExpect(content().string(containsString("Applications up by a third")))
                .andExpect(content().string(containsString("Update: Slipped")));
    }

    @Test
    void showsTheTrackerToEveryRoleWithOverdueResponsesFirst() throws Exception {
        LocalDate today = LocalDate.now();
        ReportId overdue = RecommendationsFixtures.draft(recommendations, 1);
        recommendations.agree(Actor.SYSTEM, overdue, today.minusMonths(4), "Committee", java.util.Set.of());
        recommendations.serveNotice(Actor.SYSTEM, overdue, today.minusMonths(4));
        String reference = recommendations.report(Actor.SYSTEM, overdue).reference();
        for (String user : List.of("scrutiny.officer", "scrutiny.chair", "scrutiny.member", "councillor",
                "cabinet.member", "leader", "chief.officer", "monitoring.officer", "chief.executive", "admin")) {
            mvc.perform(get("/recommendations").with(as(accounts, user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Recommendations tracker")));
        }
        String page = mvc.perform(get("/recommendations").param("status", "OVERDUE_RESPONSE")
                        .with(as(accounts, "councillor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(reference + ".1").contains("Response was due")
                .contains("<option value=\"OVERDUE_RESPONSE\" selected=\"selected\">");
        mvc.perform(get("/recommendations").param("status", "NOT_A_STATUS").with(as(accounts, "councillor")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void keepsDraftsAndExemptTextFromThoseNotEntitled() throws Exception {
        LocalDate today = LocalDate.now();
        ReportId id = RecommendationsFixtures.draft(recommendations, 1);
        Portfolio p = childrenPortfolio();
        recommendations.addRecommendation(Actor.SYSTEM, id, new RecommendationDetails(
                "EXEMPT-MARKER-7741 renegotiate the transport contract price", Addressee.EXECUTIVE, null, null, p.id(),
                true, "A recommendation about the transport contract"));
        String draftTitle = recommendations.report(Actor.SYSTEM, id).title();
        mvc.perform(get("/recommendations").param("q", draftTitle).with(as(accounts, "councillor")))
                .andExpect(content().string(containsString("No recommendations match")));
        mvc.perform(get("/recommendations").param("q", draftTitle).with(as(accounts, "scrutiny.officer")))
                .andExpect(content().string(containsString("2 recommendations")));
        mvc.perform(get("/public/recommendations/reports/" + id)).andExpect(status().isNotFound());
        mvc.perform(post("/recommendations/reports/" + id + "/documents").with(csrf())
                        .with(as(accounts, "scrutiny.officer")).param("title", "Appendix A: evidence")
                        .param("url", "javascript:alert(1)"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("actionErrors"));
        mvc.perform(post("/recommendations/reports/" + id + "/documents").with(csrf())
                        .with(as(accounts, "scrutiny.member")).param("title", "Mine")
                        .param("url", "https://example.org/mine.pdf"))
                .andExpect(status().isForbidden());
        recommendations.addDocument(Actor.SYSTEM, id, "Appendix A: evidence heard", "https://democracy.anytown.gov.uk/a.pdf",
                false);
        recommendations.addDocument(Actor.SYSTEM, id, "EXEMPT-DOC-5521 contract prices",
                "https://democracy.anytown.gov.uk/exempt.pdf", true);
        recommendations.agree(Actor.SYSTEM, id, today, "Committee", java.util.Set.of());
        recommendations.publish(Actor.SYSTEM, id, today);
        mvc.perform(get("/public/recommendations/reports/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A recommendation about the transport contract")))
                .andExpect(content().string(containsString("Appendix A: evidence heard")))
                .andExpect(content().string(not(containsString("EXEMPT-DOC-5521"))))
                .andExpect(content().string(not(containsString("EXEMPT-MARKER-7741"))));
        mvc.perform(get("/api/v1/public/reports/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Appendix A: evidence heard")))
                .andExpect(content().string(not(containsString("EXEMPT-DOC-5521"))));
        mvc.perform(get("/public/recommendations")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("EXEMPT-MARKER-7741"))));
        // searching cannot reveal an exempt recommendation's words to those not entitled to read them
        mvc.perform(get("/recommendations").param("q", "EXEMPT-MARKER-7741").with(as(accounts, "councillor")))
                .andExpect(content().string(containsString("No recommendations match")));
        mvc.perform(get("/recommendations").param("q", "EXEMPT-MARKER-7741").with(as(accounts, "scrutiny.member")))
                .andExpect(content().string(containsString("1 recommendation")));
        mvc.perform(get("/recommendations").param("q", "about the transport contract").with(as(accounts, "councillor")))
                .andExpect(content().string(containsString("1 recommendation")));
        Recommendation exempt = recommendations.recommendationsOf(Actor.SYSTEM, id).get(1);
        mvc.perform(get("/recommendations/" + exempt.id()).with(as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("EXEMPT-MARKER-7741"))));
        mvc.perform(get("/recommendations/reports/" + id).with(as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Appendix A: evidence heard")))
                .andExpect(content().string(not(containsString("EXEMPT-DOC-5521"))))
                .andExpect(content().string(not(containsString("EXEMPT-MARKER-7741"))));
        mvc.perform(get("/recommendations/reports/" + id).with(as(accounts, "scrutiny.member")))
                .andExpect(content().string(containsString("EXEMPT-DOC-5521")))
                .andExpect(content().string(containsString("Exempt – not for publication")));
        mvc.perform(get("/recommendations/" + exempt.id()).with(as(accounts, "scrutiny.member")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("EXEMPT-MARKER-7741")))
                .andExpect(content().string(containsString("Exempt information")));
    }
}
