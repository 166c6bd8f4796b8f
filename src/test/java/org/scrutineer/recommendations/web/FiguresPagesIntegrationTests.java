package org.scrutineer.recommendations.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.AccountsFixtures;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.scrutineer.recommendations.RecommendationFigures;
import org.scrutineer.recommendations.FiguresFixtures;
import org.scrutineer.recommendations.RecommendationManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ScrutineerIntegrationTest
class FiguresPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    RecommendationManagement recommendations;

    @Autowired
    RecommendationFigures figures;

    @Autowired
    DirectoryManagement directory;

    @ParameterizedTest
    @ValueSource(strings = {"councillor", "scrutiny.officer", "cabinet.member", "chief.officer", "admin"})
    void showsTheFiguresTableAndChartToEverySignedInUser(String username) throws Exception {
        String committee = FiguresFixtures.build(recommendations, directory).committeeName();
        int year = figures.currentYear();

        mvc.perform(get("/recommendations/figures").with(AccountsFixtures.as(accounts, username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Recommendation figures")))
                .andExpect(content().string(containsString(RecommendationFigures.yearLabel(year))))
                .andExpect(content().string(containsString(committee)))
                .andExpect(content().string(containsString("33.3% (1 of 3)")))
                .andExpect(content().string(containsString("60% (3 of 5)")))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("All committees")));
    }

    @Test
    void offersTheSameRowsAsCsv() throws Exception {
        String committee = FiguresFixtures.build(recommendations, directory).committeeName();
        int year = figures.currentYear();

        mvc.perform(get("/recommendations/figures.csv").param("year", String.valueOf(year))
                        .with(AccountsFixtures.as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(startsWith(FiguresCsv.HEADER + "\r\n"
                        + RecommendationFigures.yearLabel(year) + ",All committees,")))
                .andExpect(content().string(containsString(
                        RecommendationFigures.yearLabel(year) + "," + committee + ",5,9,3,1,33.3,2,")));
    }

    @Test
    void offersTheSameRowsAsJson() throws Exception {
        String committee = FiguresFixtures.build(recommendations, directory).committeeName();
        int year = figures.currentYear();
        String row = "$[?(@.committeeName == '" + committee + "')]";

        mvc.perform(get("/api/v1/recommendations/figures").param("year", String.valueOf(year))
                        .with(AccountsFixtures.as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].councilWide").value(true))
                .andExpect(jsonPath("$[0].committeeId").doesNotExist())
                .andExpect(jsonPath(row + ".municipalYear").value(hasItem(year)))
                .andExpect(jsonPath(row + ".reportsAgreed").value(hasItem(5)))
                .andExpect(jsonPath(row + ".onTimePercent").value(hasItem(33.3)))
                .andExpect(jsonPath(row + ".acceptancePercent").value(hasItem(60.0)))
                .andExpect(jsonPath(row + ".implementationPercent").value(hasItem(33.3)))
                .andExpect(jsonPath(row + ".overdueResponses").value(hasItem(1)))
                .andExpect(jsonPath(row + ".slippedActions").value(hasItem(1)));
    }

    @Test
    void refusesTheFiguresToSomeoneNotSignedIn() throws Exception {
        mvc.perform(get("/api/v1/recommendations/figures")).andExpect(status().isUnauthorized());
        mvc.perform(get("/recommendations/figures")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void answersAYearThatCannotBeAMunicipalYearWith400() throws Exception {
        mvc.perform(get("/api/v1/recommendations/figures").param("year", "26")
                        .with(AccountsFixtures.as(accounts, "councillor")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void documentsTheFiguresInTheOpenApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/recommendations/figures'].get.summary").isString())
                .andExpect(jsonPath("$.components.schemas.FiguresResource.properties.onTimePercent").exists());
    }
}
