package org.scrutineer.home.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.Protocol;
import org.scrutineer.deadlines.TrackDeadline;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonDetails;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Seniority;
import org.scrutineer.directory.StatutoryRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home page lists the deadlines a user is responsible for under "Needs your attention", overdue ones marked
 * Overdue, and shows the statutory scrutiny officer the protocol's review when it is near. Its own database
 * (no demo council), because it changes the council's protocol.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeadlineAttentionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    DeadlineManagement deadlines;

    @Test
    void listsTheDeadlinesAUserIsResponsibleForWithOverdueOnesMarked() throws Exception {
        PersonId officer = officer(false);
        String username = account(officer);
        String overdueTitle = unique("Supply the papers for IR");
        String runningTitle = unique("Answer the question in IR");
        String metTitle = unique("Already answered IR");
        TrackedDeadline overdue = deadlines.track(new TrackDeadline("information-request", overdueTitle,
                overdueTitle, null, "information-request-response", LocalDate.of(2024, 3, 1), List.of(officer)));
        deadlines.track(new TrackDeadline("information-request", runningTitle, runningTitle,
                "/information-requests/" + runningTitle, "information-request-response", LocalDate.now(),
                List.of(officer)));
        TrackedDeadline met = deadlines.track(new TrackDeadline("information-request", metTitle, metTitle, null,
                "information-request-response", LocalDate.now(), List.of(officer)));
        deadlines.met(met.id(), LocalDate.now());

        String page = home(username);

        assertThat(page).contains("Needs your attention");
        String overdueItem = item(page, overdueTitle);
        assertThat(overdueItem).contains("Overdue").contains("href=\"/deadlines/" + overdue.id() + "\"")
                .contains("due Fri 15 Mar 2024")
                .contains("Last day to supply a document an O&amp;S member asked for")
                .contains("— SI 2012/2089 reg 17");
        String runningItem = item(page, runningTitle);
        assertThat(runningItem).doesNotContain("Overdue")
                .contains("href=\"/information-requests/" + runningTitle + "\"");
        assertThat(page.indexOf(overdueTitle)).as("overdue first").isLessThan(page.indexOf(runningTitle));
        String attention = page.substring(page.indexOf("Needs your attention"), page.indexOf("id=\"recently-met\""));
        assertThat(attention).doesNotContain(metTitle);
        assertThat(page.substring(page.indexOf("id=\"recently-met\""))).contains(metTitle);
    }

    @Test
    void showsTheStatutoryScrutinyOfficerTheProtocolReviewFromThirtyDaysBefore() throws Exception {
        String statutory = account(officer(true));
        String colleague = account(officer(false));
        String title = unique("Executive-Scrutiny Protocol");

        saveProtocol(title, LocalDate.now().plusDays(31));
        assertThat(home(statutory)).doesNotContain("Review " + title);

        saveProtocol(title, LocalDate.now().plusDays(10));
        assertThat(item(home(statutory), "Review " + title)).doesNotContain("Overdue")
                .contains("href=\"/deadlines/protocol\"").contains("last reviewed");
        assertThat(home(colleague)).doesNotContain("Review " + title);

        saveProtocol(title, LocalDate.now().minusDays(1));
        assertThat(item(home(statutory), "Review " + title)).contains("Overdue");
    }

    private void saveProtocol(String title, LocalDate nextReview) {
        int version = deadlines.protocol().map(Protocol::version).orElse(0);
        deadlines.saveProtocol(new Protocol(title, LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 1), nextReview,
                null, version));
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(as(accounts, username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    /** The list item of the attention list that holds a title. */
    private static String item(String page, String title) {
        return Arrays.stream(page.split("<li")).filter(s -> s.contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No item " + title + " in\n" + page));
    }

    /** An officer who supports scrutiny (as the statutory scrutiny officer, when asked), or an ordinary one. */
    private PersonId officer(boolean statutoryScrutinyOfficer) {
        return directory.addPerson(new PersonDetails(PersonKind.OFFICER, null, "Test", unique("Officer"), null, null,
                null, null, "Scrutiny officer", null, Seniority.OTHER_OFFICER,
                statutoryScrutinyOfficer ? Set.of(StatutoryRole.STATUTORY_SCRUTINY_OFFICER) : Set.of(),
                !statutoryScrutinyOfficer, null, true));
    }

    private String account(PersonId person) {
        String username = unique("user");
        accounts.createAccount(username, "a long test password", person, false);
        return username;
    }

    private static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
