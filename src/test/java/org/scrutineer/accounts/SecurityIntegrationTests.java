package org.scrutineer.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ScrutineerIntegrationTest
class SecurityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @ParameterizedTest
    @ValueSource(strings = {"/directory", "/directory/people", "/directory/people/1", "/directory/committees",
            "/directory/portfolios", "/account", "/admin/audit", "/admin/accounts", "/directory/people/new"})
    void redirectsAnonymousVisitorsToSignIn(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/people", "/api/v1/committees", "/api/v1/people/1", "/api/v1/portfolios",
            "/api/v1/anything-not-mapped"})
    void answersAnonymousApiCallsWith401ProblemDetails(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Sign-in required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/public/committees", "/actuator/health", "/v3/api-docs",
            "/assets/govuk-frontend-council.css"})
    void servesPublicPagesToAnyone(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void refusesDirectoryEditsByAScrutinyMember() throws Exception {
        mvc.perform(get("/directory/people/1/edit").with(as(accounts, "scrutiny.member")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/directory/people/1").with(csrf()).with(as(accounts, "scrutiny.member"))
                .param("givenName", "Mallory")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people").with(as(accounts, "scrutiny.member"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"WITNESS\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Forbidden"));
    }

    @Test
    void refusesAdministrationToEveryoneButAdministrators() throws Exception {
        for (String user : new String[] {"scrutiny.officer", "leader", "chief.executive", "councillor"}) {
            mvc.perform(get("/admin/accounts").with(as(accounts, user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/audit").with(as(accounts, user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/audit").with(as(accounts, "monitoring.officer"))).andExpect(status().isOk());
        mvc.perform(get("/admin/accounts").with(as(accounts, "admin"))).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(as(accounts, "councillor"))).andExpect(status().isForbidden());
    }

    @Test
    void letsAnyoneSignedInReadTheDirectory() throws Exception {
        mvc.perform(get("/directory/people").with(as(accounts, "councillor"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/people").with(as(accounts, "councillor"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber());
        mvc.perform(get("/api/v1/committees").with(as(accounts, "councillor"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").isString());
    }

    @Test
    void refusesAFormPostWithoutCsrfToken() throws Exception {
        mvc.perform(post("/directory/people").with(as(accounts, "admin")).param("givenName", "X"))
                .andExpect(status().isForbidden());
    }

    @Test
    void exchangesAPasswordForABearerTokenThatWorksUntilRevoked() throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"scrutiny.officer\",\"password\":\"demo\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.token").isString())
                .andReturn().getResponse().getContentAsString();
        String token = body.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(token).startsWith("scr_");

        mvc.perform(get("/api/v1/people").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        long accountId = accounts.principal("scrutiny.officer").orElseThrow().accountId();
        ApiToken issued = accounts.tokensOf(accountId).stream().filter(t -> token.startsWith(t.prefix()))
                .findFirst().orElseThrow();
        accounts.revokeToken(accountId, issued.id());
        mvc.perform(get("/api/v1/people").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""));
    }

    @Test
    void refusesATokenForWrongCredentials() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"scrutiny.officer\",\"password\":\"not-it\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Sign-in failed"));
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"nobody-at-all\",\"password\":\"demo\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void locksAnAccountAfterRepeatedFailedSignIns() throws Exception {
        String username = "lockout.test";
        accounts.createAccount(username, "correct horse", null, false);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "wrong"))
                    .andExpect(redirectedUrl("/login?error=wrong"));
        }
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "correct horse"))
                .andExpect(redirectedUrl("/login?error=locked"));
        Account account = accounts.accounts().stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow();
        assertThat(account.lockedUntil()).isNotNull();

        accounts.unlock(account.id());
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "correct horse"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
    }

    @Test
    void showsAnErrorSummaryForAnEmptySignIn() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "").param("password", ""))
                .andExpect(redirectedUrl("/login?error=missing"));
        mvc.perform(get("/login").param("error", "missing")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("govuk-error-summary")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter your username and password")));
    }
}
