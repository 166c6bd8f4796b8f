package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.scrutineer.meetings.MeetingOutputsFixtures.childrenCommittee;
import static org.scrutineer.meetings.MeetingOutputsFixtures.marker;
import static org.scrutineer.meetings.MeetingOutputsFixtures.openItem;
import static org.scrutineer.meetings.MeetingOutputsFixtures.schedule;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.deadlines.RuleCatalogue;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The meetings API as its users call it: the demo council's scrutiny officer runs the meeting; a member of the
 * Children and Young People O&amp;S Committee ({@code scrutiny.member}) reads its private item; a councillor on no
 * scrutiny committee ({@code councillor}) reads only its public summary and may change nothing.
 */
@ScrutineerIntegrationTest
class MeetingsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    MeetingManagement management;

    @Test
    void walksAMeetingFromSchedulingToTheRecommendationsMadeOnTheDay() throws Exception {
        long committee = childrenCommittee(directory).id().value();
        LocalDate today = management.today();
        LocalDate day = today.minusDays(2);
        String place = marker("Council Chamber");

        // The scrutiny officer schedules the meeting: its agenda deadline is tracked with rule and citation.
        String created = call(json(post("/api/v1/meetings"), """
                {"committeeId": %d, "date": "%s", "startsAt": "18:30", "place": "%s", "notes": "Webcast live."}"""
                .formatted(committee, day, place)), "scrutiny.officer")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*/api/v1/meetings/\\d+")))
                .andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andExpect(jsonPath("$.startsAt").value("18:30:00"))
                .andExpect(jsonPath("$.committee.id").value(committee))
                .andExpect(jsonPath("$.agendaDeadline.rule").value(RuleCatalogue.AGENDA_PUBLICATION))
                .andExpect(jsonPath("$.agendaDeadline.citation").value(containsString("Local Government Act 1972 s100B")))
                .andExpect(jsonPath("$.agendaDeadline.due").exists())
                .andExpect(jsonPath("$.agendaLate").value(false))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        long meeting = id(created);
        LocalDate due = LocalDate.parse(JsonPath.read(created, "$.agendaDeadline.due"));
        assertThat(due).isBefore(day.minusDays(5));

        // An open item and a private one under paragraph 3.
        Portfolio children = directory.portfolios(false).stream()
                .filter(p -> p.title().equals("Children and Young People")).findFirst().orElseThrow();
        String secret = marker("SECRET");
        String title = marker("API walk: school transport overspend");
        long open = id(call(json(post("/api/v1/meetings/" + meeting + "/items"), """
                {"title": "%s", "purpose": "To scrutinise transport",
                 "aims": "Understand the overspend", "linesOfQuestioning": "Why did costs rise?",
                 "aimsAgreedOn": "%s", "aimsAgreedWith": "The cabinet member and the director",
                 "portfolioId": %d}""".formatted(title, day.minusDays(20), children.id())), "scrutiny.officer")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*/api/v1/meetings/" + meeting + "/items/\\d+")))
                .andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.portfolio.name").value("Children and Young People"))
                .andExpect(jsonPath("$.portfolioHolderId").value(children.holder().id()))
                .andReturn().getResponse().getContentAsString());
        long exempt = id(call(json(post("/api/v1/meetings/" + meeting + "/items"), """
                {"title": "API walk: residential care contract", "aims": "Aims %s", "reportText": "Report %s",
                 "inPrivate": true, "exemptParagraph": 3, "privateReason": "Reason %s",
                 "publicSummary": "The committee will review a contract."}""".formatted(secret, secret, secret)),
                "scrutiny.officer")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(2))
                .andExpect(jsonPath("$.inPrivate").value(true))
                .andReturn().getResponse().getContentAsString());

        // A member of the committee reads the private item; a councillor not on it reads its summary only.
        call(get("/api/v1/meetings/" + meeting), "scrutiny.member")
                .andExpect(jsonPath("$.items[1].aims").value("Aims " + secret))
                .andExpect(jsonPath("$.items[1].privateReason").value("Reason " + secret))
                .andExpect(jsonPath("$.items[1].withheld").value(false));
        call(get("/api/v1/meetings/" + meeting), "councillor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[1].withheld").value(true))
                .andExpect(jsonPath("$.items[1].exemptParagraph").value(3))
                .andExpect(jsonPath("$.items[1].publicSummary").value("The committee will review a contract."))
                .andExpect(jsonPath("$.items[0].aims").value("Understand the overspend"))
                .andExpect(content().string(not(containsString(secret))));
        call(get("/api/v1/meetings/" + meeting + "/items/" + exempt), "councillor")
                .andExpect(jsonPath("$.aims").doesNotExist())
                .andExpect(jsonPath("$.reportText").doesNotExist());

        // Published the day before the meeting, after its deadline: flagged late with the rule.
        call(json(post("/api/v1/meetings/" + meeting + "/publish-agenda"), """
                {"publishedOn": "%s"}""".formatted(day.minusDays(1))), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AGENDA_PUBLISHED"))
                .andExpect(jsonPath("$.agendaPublishedOn").value(day.minusDays(1).toString()))
                .andExpect(jsonPath("$.agendaLate").value(true))
                .andExpect(jsonPath("$.agendaDeadline.late").value(true))
                .andExpect(jsonPath("$.agendaDeadline.due").value(due.toString()))
                .andExpect(jsonPath("$.agendaDeadline.state").value("MET"))
                .andExpect(jsonPath("$.agendaDeadline.rule").value(RuleCatalogue.AGENDA_PUBLICATION))
                .andExpect(jsonPath("$.links.publicAgendaPack").value("/public/meetings/" + meeting + "/agenda.pdf"));

        // The register: every member present; the meeting is held.
        String lines = management.membersOn(management.meeting(new MeetingId(meeting))).stream()
                .map(ms -> "{\"personId\": %d, \"attendance\": \"PRESENT\"}".formatted(ms.personId().value()))
                .collect(Collectors.joining(", "));
        call(json(put("/api/v1/meetings/" + meeting + "/register"), "{\"lines\": [" + lines + "]}"),
                "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].attendance").value("PRESENT"));
        call(get("/api/v1/meetings/" + meeting), "scrutiny.officer")
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.heldOn").value(day.toString()));

        // A member declares an interest of their own; the minutes are recorded.
        long memberId = accounts.principal("scrutiny.member").orElseThrow().view().personId().value();
        long declaration = id(call(json(post("/api/v1/meetings/" + meeting + "/items/" + open + "/declarations"), """
                {"personId": %d, "kind": "NON_REGISTRABLE", "nature": "My child uses the service", "leftRoom": false}"""
                .formatted(memberId)), "scrutiny.member")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.itemNumber").value(1))
                .andReturn().getResponse().getContentAsString());
        call(get("/api/v1/meetings/" + meeting + "/declarations"), "councillor")
                .andExpect(jsonPath("$[*].id", hasItem((int) declaration)));
        int version = JsonPath.read(call(get("/api/v1/meetings/" + meeting + "/items/" + open), "scrutiny.officer")
                .andReturn().getResponse().getContentAsString(), "$.version");
        call(json(put("/api/v1/meetings/" + meeting + "/items/" + open + "/minutes"), """
                {"minutes": "The director explained the overspend.", "resolutions": "To recommend a review.",
                 "version": %d}""".formatted(version)), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minutes").value("The director explained the overspend."))
                .andExpect(jsonPath("$.version").value(version + 1));

        // The recommendations made on the day become an agreed report in the tracker.
        String made = call(json(post("/api/v1/meetings/" + meeting + "/items/" + open + "/recommendations"), """
                {"recommendations": [{"text": "Review the eligibility policy", "addressedTo": "EXECUTIVE",
                  "portfolioId": %d}]}""".formatted(children.id())), "scrutiny.officer")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*/api/v1/reports/\\d+")))
                .andExpect(jsonPath("$.itemId").value(open))
                .andExpect(jsonPath("$.report.page").value(matchesPattern("/recommendations/reports/\\d+")))
                .andReturn().getResponse().getContentAsString();
        long report = ((Number) JsonPath.read(made, "$.report.id")).longValue();
        call(get("/api/v1/reports/" + report), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("AGREED"))
                .andExpect(jsonPath("$.agreedOn").value(day.toString()))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.recommendations[0].text").value("Review the eligibility policy"));
        call(get("/api/v1/meetings/" + meeting + "/items/" + open), "councillor")
                .andExpect(jsonPath("$.report.id").value(report));

        // The minutes are published; the declaration recorded in error is withdrawn by its maker.
        call(json(post("/api/v1/meetings/" + meeting + "/publish-minutes"), "{}"), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minutesPublishedOn").value(today.toString()));
        call(delete("/api/v1/meetings/" + meeting + "/declarations/" + declaration), "scrutiny.member")
                .andExpect(status().isNoContent());
        call(get("/api/v1/meetings/" + meeting + "/declarations"), "scrutiny.officer")
                .andExpect(jsonPath("$[*].id", not(hasItem((int) declaration))));

        // The list finds it by committee, status and dates.
        call(get("/api/v1/meetings").param("committee", Long.toString(committee)).param("status", "HELD")
                .param("from", day.toString()).param("to", day.toString()), "councillor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) meeting)))
                .andExpect(jsonPath("$.items[*].status", not(hasItem("SCHEDULED"))));
    }

    @Test
    void changesAMeetingAndAnItemOnlyWithTheVersionRead() throws Exception {
        long committee = childrenCommittee(directory).id().value();
        LocalDate day = management.today().plusDays(40);
        MeetingId meeting = schedule(management, committee, day);
        AgendaItemId item = openItem(management, meeting, marker("Early help"));
        String body = """
                {"committeeId": %d, "date": "%s", "startsAt": "10:00", "place": "%s", "version": %d}""";
        call(json(put("/api/v1/meetings/" + meeting), body.formatted(committee, day.plusDays(1), marker("Room 1"), 0)),
                "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(day.plusDays(1).toString()))
                .andExpect(jsonPath("$.startsAt").value("10:00:00"))
                .andExpect(jsonPath("$.version").value(1));
        call(json(put("/api/v1/meetings/" + meeting), body.formatted(committee, day, marker("Room 2"), 0)),
                "scrutiny.officer")
                .andExpect(status().isConflict());
        call(json(put("/api/v1/meetings/" + meeting), """
                {"committeeId": %d, "date": "%s", "startsAt": "10:00", "place": "Room 3"}""".formatted(committee, day)),
                "scrutiny.officer")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));

        String itemBody = """
                {"title": "Early help, revised", "version": %d}""";
        call(json(put("/api/v1/meetings/" + meeting + "/items/" + item), itemBody.formatted(0)), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Early help, revised"))
                .andExpect(jsonPath("$.version").value(1));
        call(json(put("/api/v1/meetings/" + meeting + "/items/" + item), itemBody.formatted(0)), "scrutiny.officer")
                .andExpect(status().isConflict());

        // A second item moves up; the first is removed and the rest renumber.
        AgendaItemId second = openItem(management, meeting, marker("Youth justice"));
        call(json(post("/api/v1/meetings/" + meeting + "/items/" + second + "/move"), "{\"direction\": \"UP\"}"),
                "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(second.value()))
                .andExpect(jsonPath("$[1].id").value(item.value()));
        call(delete("/api/v1/meetings/" + meeting + "/items/" + second), "scrutiny.officer")
                .andExpect(status().isNoContent());
        call(get("/api/v1/meetings/" + meeting + "/items"), "scrutiny.officer")
                .andExpect(jsonPath("$[0].id").value(item.value()))
                .andExpect(jsonPath("$[0].number").value(1));

        // Cancelled with a reason, it shows as such; a deleted one is gone.
        call(json(post("/api/v1/meetings/" + meeting + "/cancel"), "{\"reason\": \"Not quorate\"}"), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelledReason").value("Not quorate"))
                .andExpect(jsonPath("$.agendaDeadline.state").value("CANCELLED"));
        MeetingId mistake = schedule(management, committee, day.plusDays(7));
        call(delete("/api/v1/meetings/" + mistake), "scrutiny.officer").andExpect(status().isNoContent());
        call(get("/api/v1/meetings/" + mistake), "scrutiny.officer").andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {}                                                                     | committeeId,date,startsAt,place
            {"committeeId": 999999999, "date": "2027-01-01", "startsAt": "18:00", "place": "Hall"} | committeeId
            {"committeeId": COMMITTEE, "date": "1899-01-01", "startsAt": "18:00", "place": "Hall"} | date
            {"committeeId": COMMITTEE, "date": "2027-01-01", "place": " "}                      | startsAt,place
            """)
    void refusesAMeetingThatBreaksARuleNamingTheFields(String body, String fields) throws Exception {
        String committee = Long.toString(childrenCommittee(directory).id().value());
        call(json(post("/api/v1/meetings"), body.replace("COMMITTEE", committee)), "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems(fields.split(","))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"title": ""}                                                                 | title
            {"title": "Contract", "inPrivate": true}                                      | exemptParagraph,privateReason,publicSummary
            {"title": "Contract", "inPrivate": true, "exemptParagraph": 8, "privateReason": "R", "publicSummary": "S"} | exemptParagraph
            {"title": "Aims", "aimsAgreedOn": "2026-01-01"}                                | aims,aimsAgreedWith
            {"title": "Portfolio", "portfolioId": 999999999}                              | portfolioId
            """)
    void refusesAnItemThatBreaksARuleNamingTheFields(String body, String fields) throws Exception {
        MeetingId meeting = schedule(management, childrenCommittee(directory).id().value(),
                management.today().plusDays(50));
        call(json(post("/api/v1/meetings/" + meeting + "/items"), body), "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems(fields.split(","))));
    }

    @Test
    void refusesAgendaAndRegisterBeforeTheirTime() throws Exception {
        MeetingId meeting = schedule(management, childrenCommittee(directory).id().value(),
                management.today().plusDays(20));
        call(json(post("/api/v1/meetings/" + meeting + "/publish-agenda"), "{}"), "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Add at least one item before publishing the agenda"));
        openItem(management, meeting, marker("Item"));
        call(json(post("/api/v1/meetings/" + meeting + "/publish-agenda"), """
                {"publishedOn": "%s"}""".formatted(management.today().plusDays(1))), "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("publishedOn"));
        call(json(put("/api/v1/meetings/" + meeting + "/register"), "{\"lines\": []}"), "scrutiny.officer")
                .andExpect(status().isUnprocessableContent());
        call(json(post("/api/v1/meetings/" + meeting + "/cancel"), "{\"reason\": \"\"}"), "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void refusesChangesFromAnyoneButAScrutinyOfficer() throws Exception {
        long committee = childrenCommittee(directory).id().value();
        MeetingId meeting = schedule(management, committee, management.today().plusDays(25));
        AgendaItemId item = openItem(management, meeting, marker("Item"));
        for (String user : List.of("councillor", "scrutiny.chair", "cabinet.member")) {
            call(json(post("/api/v1/meetings"), """
                    {"committeeId": %d, "date": "2027-03-01", "startsAt": "18:00", "place": "Hall"}"""
                    .formatted(committee)), user).andExpect(status().isForbidden());
            call(json(post("/api/v1/meetings/" + meeting + "/items"), "{\"title\": \"Mine\"}"), user)
                    .andExpect(status().isForbidden());
            call(json(put("/api/v1/meetings/" + meeting + "/items/" + item), "{\"title\": \"Mine\", \"version\": 0}"),
                    user).andExpect(status().isForbidden());
            call(json(post("/api/v1/meetings/" + meeting + "/publish-agenda"), "{}"), user)
                    .andExpect(status().isForbidden());
            call(delete("/api/v1/meetings/" + meeting + "/items/" + item), user).andExpect(status().isForbidden());
        }
        // a councillor may not declare for someone else
        long other = management.membersOn(management.meeting(meeting)).stream()
                .filter(ms -> ms.role() == MembershipRole.CHAIR).findFirst().orElseThrow().personId().value();
        call(json(post("/api/v1/meetings/" + meeting + "/items/" + item + "/declarations"), """
                {"personId": %d, "kind": "NON_REGISTRABLE", "nature": "Neighbour"}""".formatted(other)), "councillor")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/meetings/" + meeting)).andExpect(status().isUnauthorized());
    }

    @Test
    void answersNotFoundForMeetingsAndItemsThatAreNotThere() throws Exception {
        MeetingId meeting = schedule(management, childrenCommittee(directory).id().value(),
                management.today().plusDays(30));
        MeetingId other = schedule(management, childrenCommittee(directory).id().value(),
                management.today().plusDays(31));
        AgendaItemId elsewhere = openItem(management, other, marker("Elsewhere"));
        call(get("/api/v1/meetings/999999999"), "scrutiny.officer").andExpect(status().isNotFound());
        call(get("/api/v1/meetings/999999999/items"), "scrutiny.officer").andExpect(status().isNotFound());
        call(get("/api/v1/meetings/" + meeting + "/items/999999999"), "scrutiny.officer")
                .andExpect(status().isNotFound());
        call(get("/api/v1/meetings/" + meeting + "/items/" + elsewhere), "scrutiny.officer")
                .andExpect(status().isNotFound());
        call(json(put("/api/v1/meetings/" + meeting + "/items/" + elsewhere), "{\"title\": \"X\", \"version\": 0}"),
                "scrutiny.officer").andExpect(status().isNotFound());
        call(delete("/api/v1/meetings/" + meeting + "/declarations/999999999"), "scrutiny.officer")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/meetings/999999999")).andExpect(status().isNotFound());
        // the public API needs no sign-in
        mvc.perform(get("/api/v1/public/meetings/" + meeting)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andExpect(jsonPath("$.items").isEmpty());
        management.cancel(Actor.SYSTEM, other, "Moved");
    }

    @Test
    void documentsTheApiInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/meetings'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/meetings'].post.responses['422']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/meetings/{id}'].put.responses['409']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/meetings/{id}/items/{itemId}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/v1/meetings/{id}/items/{itemId}/recommendations'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/meetings/{id}'].get").exists())
                .andExpect(jsonPath("$.components.schemas.PublicItem.properties.aims.description")
                        .value("an open item's aims and objectives"));
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(accounts, user)).with(csrf()));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
