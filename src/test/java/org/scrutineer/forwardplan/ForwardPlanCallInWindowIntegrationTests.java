package org.scrutineer.forwardplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerApplication;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.platform.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The call-in window with the clock set to the days that matter: a decision published on Tue 22 Dec 2026 can be
 * called in until Thu 31 Dec 2026 at 17:00 (25 and 28 December are bank holidays, the weekend is not counted).
 */
@SpringBootTest(classes = {ScrutineerApplication.class, ForwardPlanCallInWindowIntegrationTests.Beans.class},
        properties = "scrutineer.demo-data=always")
@AutoConfigureMockMvc
class ForwardPlanCallInWindowIntegrationTests {

    /** Beans of this test's context only. */
    static class Beans {

        @Bean
        SettableClock clock() {
            return new SettableClock(LocalDate.of(2026, 11, 2));
        }
    }

    @Autowired
    ForwardPlanManagement forwardPlan;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    SettableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Test
    void aDecisionPublishedOnTuesday22December2026CanBeCalledInUntil17000OnThursday31December() throws Exception {
        LocalDate published = LocalDate.of(2026, 12, 22);
        clock.set(LocalDate.of(2026, 11, 2));
        DecisionId id = forwardPlan.plan(Actor.SYSTEM, ForwardPlanFixtures.keyDecision(directory, published));
        forwardPlan.publishNotice(Actor.SYSTEM, id, LocalDate.of(2026, 11, 2));
        clock.set(published.atTime(11, 0));
        ExecutiveDecision d = forwardPlan.decision(Actor.SYSTEM, id);
        forwardPlan.recordDecision(Actor.SYSTEM, id, d.version(), new DecisionRecordDetails(published,
                "Award the contract", "Best value", "Re-tender", null, null, null));
        ExecutiveDecision record = forwardPlan.publishRecord(Actor.SYSTEM, id, published);
        assertThat(record.callInClosesOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(record.callInClosesAt()).isEqualTo(LocalTime.of(17, 0));
        assertThat(forwardPlan.callInStatus(record)).isEqualTo("Subject to call-in until 31 December 2026 at 17:00");
        mvc.perform(get("/forward-plan/" + id).with(as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Subject to call-in until 31 December 2026 at 17:00")))
                .andExpect(content().string(containsString("Thursday 31 December 2026 at 17:00")))
                .andExpect(content().string(containsString("Call in the decision")));

        clock.set(LocalDateTime.of(2026, 12, 31, 16, 59));
        assertThat(record.callInOpenAt(forwardPlan.now())).isTrue();
        assertThat(record.effectiveAt(forwardPlan.now())).isFalse();
        clock.set(LocalDateTime.of(2026, 12, 31, 17, 1));
        assertThat(record.callInOpenAt(forwardPlan.now())).isFalse();
        assertThat(record.effectiveAt(forwardPlan.now())).isTrue();
        assertThat(forwardPlan.callInStatus(record)).isEqualTo("Effective from 31 December 2026 at 17:00");
        mvc.perform(get("/forward-plan/" + id).with(as(accounts, "councillor")))
                .andExpect(content().string(containsString("Effective from 31 December 2026 at 17:00")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Call in the decision"))));
    }
}
