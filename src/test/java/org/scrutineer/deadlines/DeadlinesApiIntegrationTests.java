package org.scrutineer.deadlines;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ScrutineerIntegrationTest
class DeadlinesApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheCatalogueToAnyone() throws Exception {
        mvc.perform(get("/api/v1/deadlines"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'agenda-publication')].kind").value(hasItem("before")))
                .andExpect(jsonPath("$[?(@.id == 'agenda-publication')].count").value(hasItem(5)))
                .andExpect(jsonPath("$[?(@.id == 'agenda-publication')].counting").value(hasItem("working")))
                .andExpect(jsonPath("$[?(@.id == 'agenda-publication')].citation")
                        .value(hasItem("Local Government Act 1972 s100B; SI 2012/2089 reg 7")))
                .andExpect(jsonPath("$[?(@.id == 'call-in-expiry')].source").value(hasItem("local")))
                .andExpect(jsonPath("$[?(@.id == 'executive-response')].source").value(hasItem("protocol")));
    }

    @ParameterizedTest
    @CsvSource({
            "agenda-publication, 2026-12-17, england-and-wales, 2026-12-09",
            "agenda-publication, 2027-01-07, england-and-wales, 2026-12-29",
            "information-request-response, 2026-12-18, england-and-wales, 2027-01-06",
            "information-request-response, 2026-12-18, scotland, 2027-01-07",
            "key-decision-notice, 2026-12-17, england-and-wales, 2026-11-18",
            "call-in-expiry, 2026-12-22, northern-ireland, 2026-12-31"})
    void answersWhenSomethingIsDue(String rule, String date, String nation, String due) throws Exception {
        mvc.perform(get("/api/v1/deadlines/" + rule).param("date", date).param("nation", nation))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rule").value(rule))
                .andExpect(jsonPath("$.date").value(date))
                .andExpect(jsonPath("$.nation").value(nation))
                .andExpect(jsonPath("$.due").value(due))
                .andExpect(jsonPath("$.explanation").isString())
                .andExpect(jsonPath("$.citation").isString())
                .andExpect(jsonPath("$.skipped").isArray());
    }

    @Test
    void namesTheSkippedHolidays() throws Exception {
        mvc.perform(get("/api/v1/deadlines/information-request-response").param("date", "2026-12-18"))
                .andExpect(jsonPath("$.nation").value("england-and-wales"))
                .andExpect(jsonPath("$.skipped[*].date").value(hasItem("2026-12-25")))
                .andExpect(jsonPath("$.skipped[*].reason").value(hasItem(containsString("Christmas Day"))));
    }

    @Test
    void answersAnUnknownRuleWith404() throws Exception {
        mvc.perform(get("/api/v1/deadlines/tea-break").param("date", "2026-12-18"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest
    @CsvSource({"date, 2026-02-30, ", "date, 18/12/2026, ", "nation, 2026-12-18, wales-and-england"})
    void answersMalformedInputWith400NamingIt(String field, String date, String nation) throws Exception {
        var request = get("/api/v1/deadlines/agenda-publication").param("date", date);
        if (nation != null) {
            request = request.param("nation", nation);
        }
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @Test
    void showsTheAnswerOnThePublicCalculator() throws Exception {
        mvc.perform(get("/public/when-is-this-due").param("rule", "call-in-expiry").param("date", "2026-12-22"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thursday 31 December 2026")))
                .andExpect(content().string(containsString("closing at 17:00")))
                .andExpect(content().string(containsString("Local Government Act 2000 s9F")));
        mvc.perform(get("/public/when-is-this-due").param("rule", "call-in-expiry").param("date", "nonsense"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")));
    }
}
