package org.scrutineer.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.scrutineer.directory.DirectoryFixtures.uniqueName;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ScrutineerIntegrationTest
class DirectoryApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    DirectoryManagement directory;

    @Test
    void searchesPeopleByNameWithPaging() throws Exception {
        mvc.perform(get("/api/v1/people").param("name", "marsh").with(as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("Helen Marsh"))
                .andExpect(jsonPath("$.items[0].seniority").value("CHIEF_EXECUTIVE"));
        mvc.perform(get("/api/v1/people").param("kind", "COUNCILLOR").param("size", "10").param("page", "2")
                        .with(as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.items.length()").value(10));
    }

    @Test
    void listsCommitteesAndTheirMembers() throws Exception {
        long cabinet = directory.committees(CommitteeKind.CABINET, false).get(0).id().value();
        mvc.perform(get("/api/v1/committees/" + cabinet).with(as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("CABINET"))
                .andExpect(jsonPath("$.members.length()").value(8))
                .andExpect(jsonPath("$.members[*].role", hasItems("CHAIR", "VICE_CHAIR", "MEMBER")));
    }

    @Test
    void answersAnUnknownPersonWith404ProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/people/987654321").with(as(accounts, "councillor")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Person 987654321 was not found"));
    }

    @Test
    void namesTheParameterThatCouldNotBeRead() throws Exception {
        mvc.perform(get("/api/v1/people").param("page", "two").with(as(accounts, "councillor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/people/abc").with(as(accounts, "councillor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void refusesAnInvalidPersonWith422NamingEachField() throws Exception {
        mvc.perform(post("/api/v1/people").with(as(accounts, "admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"OFFICER\",\"givenName\":\"Ann\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("familyName", "postTitle", "seniority")))
                .andExpect(jsonPath("$.errors[*].message", hasItems("Enter a family name")))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void refusesUnreadableJsonWith400() throws Exception {
        mvc.perform(post("/api/v1/people").with(as(accounts, "admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"DRAGON\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(post("/api/v1/people").with(as(accounts, "admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Unreadable request"));
    }

    @Test
    void addsAndChangesAPersonAsAnAdministrator() throws Exception {
        String family = uniqueName("Api");
        String location = mvc.perform(post("/api/v1/people").with(as(accounts, "admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"WITNESS\",\"givenName\":\"Ada\",\"familyName\":\"" + family
                                + "\",\"organisation\":\"Anytown Carers\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/people/")))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getHeader("Location");
        String path = location.substring(location.indexOf("/api/v1/"));
        mvc.perform(put(path).with(as(accounts, "admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"WITNESS\",\"givenName\":\"Ada\",\"familyName\":\"" + family
                                + "\",\"organisation\":\"Anytown Carers Trust\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation").value("Anytown Carers Trust"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(path).with(as(accounts, "admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"WITNESS\",\"givenName\":\"Ada\",\"familyName\":\"" + family
                                + "\",\"organisation\":\"Lost update\",\"version\":0}"))
                .andExpect(status().isConflict());
    }

    @Test
    void showsAnErrorSummaryForAnEmptyPersonForm() throws Exception {
        mvc.perform(post("/directory/people").with(as(accounts, "admin")).with(csrf()).param("kind", "OFFICER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Enter a given name")))
                .andExpect(content().string(containsString("href=\"#givenName\"")))
                .andExpect(content().string(containsString("<title>Error: ")));
    }

    @Test
    void showsAnErrorSummaryForAMalformedDate() throws Exception {
        long committee = directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false).get(0).id().value();
        mvc.perform(post("/directory/committees/" + committee + "/members").with(as(accounts, "admin")).with(csrf())
                        .param("personId", "1").param("role", "MEMBER").param("startsOn", "31/02/2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a real date")));
        mvc.perform(post("/directory/committees/" + committee + "/members").with(as(accounts, "admin")).with(csrf())
                        .param("personId", "not-a-number").param("role", "EMPEROR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")));
    }

    @Test
    void showsTheNotFoundPageForAMissingRecord() throws Exception {
        mvc.perform(get("/directory/people/987654321").with(as(accounts, "admin")))
                .andExpect(status().isNotFound());
    }
}
