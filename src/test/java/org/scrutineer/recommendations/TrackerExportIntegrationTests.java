package org.scrutineer.recommendations;

import org.scrutineer.accounts.Actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.directory.Committee;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.scrutineer.platform.TabularData;
import org.scrutineer.platform.TabularFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The tracker exported as CSV and XLSX: every row of the view, as the signed-in user may see it. */
@ScrutineerIntegrationTest
class TrackerExportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    RecommendationManagement recommendations;

    String title;
    String secret;
    ScrutinyReport report;
    Committee committee;
    Portfolio portfolio;

    /** An agreed report with an open recommendation and an exempt one. */
    @BeforeEach
    void agreedReportWithAnExemptRecommendation() {
        title = RecommendationsFixtures.uniqueTitle("Export of library opening hours");
        secret = RecommendationsFixtures.uniqueTitle("Renegotiate the exempt library contract with");
        committee = recommendations.scrutinyCommittees().get(0);
        portfolio = recommendations.portfolios().get(2);
        ReportId id = recommendations.createReport(Actor.SYSTEM, new ReportDetails(committee.id().value(), title,
                "Summary", "Body", null, null, null));
        recommendations.addRecommendation(Actor.SYSTEM, id, new RecommendationDetails(
                "Open the central library on Sundays", Addressee.EXECUTIVE, null, null, portfolio.id(), false, null));
        recommendations.addRecommendation(Actor.SYSTEM, id, new RecommendationDetails(secret, Addressee.EXECUTIVE,
                null, null, portfolio.id(), true, "A recommendation about a contract (exempt)"));
        recommendations.agree(Actor.SYSTEM, id, recommendations.today().minusDays(3), "Committee meeting",
                Set.of());
        report = recommendations.report(Actor.SYSTEM, id);
    }

    private TabularData export(String user, String extension) throws Exception {
        byte[] body = mvc.perform(get("/recommendations/export." + extension).param("q", title)
                        .with(as(accounts, user)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"recommendations-" + recommendations.today() + "." + extension + "\""))
                .andReturn().getResponse().getContentAsByteArray();
        return TabularFiles.read(body, "export." + extension);
    }

    @Test
    void exportsTheTrackerAsCsvWithTheColumnsOfACouncilTracker() throws Exception {
        TabularData csv = export("scrutiny.officer", "csv");

        assertThat(csv.headers()).isEqualTo(RecommendationExports.COLUMNS);
        assertThat(csv.rows()).hasSize(2);
        List<String> first = csv.rows().stream().filter(r -> r.get(5).equals("1")).findFirst().orElseThrow();
        String year = report.municipalYearLabel();
        assertThat(first).containsExactly(report.reference(), title, committee.name(), year,
                recommendations.today().minusDays(3).toString(), "1", "Open the central library on Sundays",
                "The executive", portfolio.title(), "", "", "", "", "", "", "", "", "", "", "",
                Stage.AGREED.label(), Rag.GREY.label(), "", "");
        assertThat(csv.rows()).anySatisfy(r -> assertThat(r.get(6)).isEqualTo(secret));
    }

    @Test
    void leavesExemptTextOutOfACouncillorsExport() throws Exception {
        byte[] body = mvc.perform(get("/recommendations/export.csv").param("q", title)
                        .with(as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).contains("Open the central library on Sundays")
                .contains("A recommendation about a contract (exempt)")
                .doesNotContain(secret);
    }

    @Test
    void leavesOutDraftsTheUserMayNotSee() throws Exception {
        ReportId draft = RecommendationsFixtures.draft(recommendations, 1);
        String draftTitle = recommendations.report(Actor.SYSTEM, draft).title();

        byte[] body = mvc.perform(get("/recommendations/export.csv").param("q", draftTitle)
                        .with(as(accounts, "councillor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(TabularFiles.read(body, "export.csv").rows()).isEmpty();
        byte[] officers = mvc.perform(get("/recommendations/export.csv").param("q", draftTitle)
                        .with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(TabularFiles.read(officers, "export.csv").rows()).hasSize(1);
    }

    @Test
    void exportsTheTrackerAsAnExcelWorkbookWithRealDates() throws Exception {
        TabularData xlsx = export("scrutiny.officer", "xlsx");

        assertThat(xlsx.headers()).isEqualTo(RecommendationExports.COLUMNS);
        assertThat(xlsx.rows()).hasSize(2);
        assertThat(xlsx.rows()).allSatisfy(r -> {
            assertThat(r.get(0)).isEqualTo(report.reference());
            assertThat(r.get(4)).isEqualTo(recommendations.today().minusDays(3).toString());
        });
    }

    @Test
    void exportsOnlyTheRowsTheFiltersSelect() throws Exception {
        byte[] body = mvc.perform(get("/recommendations/export.csv").param("q", title)
                        .param("status", "IMPLEMENTED").with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(TabularFiles.read(body, "export.csv").rows()).isEmpty();
        byte[] committeeOnly = mvc.perform(get("/recommendations/export.csv").param("q", title)
                        .param("committee", Long.toString(committee.id().value()))
                        .with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(TabularFiles.read(committeeOnly, "export.csv").rows()).hasSize(2);
    }
}
