package org.scrutineer.deadlines;

import static org.hamcrest.Matchers.hasItem;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ScrutineerIntegrationTest
class DeadlinePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    DeadlineManagement deadlines;

    @Test
    void carriesTheProblemsOfARefusedExtensionAcrossTheRedirect() throws Exception {
        TrackedDeadline d = deadlines.track(new TrackDeadline("test-record", "pages-1", "Publish the agenda", null,
                "agenda-publication", LocalDate.now().plusWeeks(3), List.of()));
        // the problems travel in the database-backed session as a flash attribute, so they must serialize
        mvc.perform(post("/deadlines/" + d.id() + "/extend").with(csrf())
                        .with(as(accounts, "scrutiny.officer")).param("newDue", d.due().plusDays(3).toString()))
                .andExpect(redirectedUrl("/deadlines/" + d.id()))
                .andExpect(flash().attribute("actionErrors",
                        hasItem(new FieldProblem("reason", "Enter why the deadline is extended"))));
    }
}
