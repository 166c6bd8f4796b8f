package org.scrutineer.attendance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.scrutineer.attendance.AttendanceFixtures.meeting;
import static org.scrutineer.attendance.AttendanceFixtures.person;
import static org.scrutineer.attendance.AttendanceFixtures.personOf;
import static org.scrutineer.attendance.AttendanceFixtures.plainItem;
import static org.scrutineer.attendance.AttendanceFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The attendance API as the demo council's scrutiny officer, chair, members, cabinet member and chief officer call it. */
@ScrutineerIntegrationTest
class AttendanceApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    AttendanceManagement attendance;

    private ResultActions call(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(accounts, user)).with(csrf()));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String itemPath(MeetingId m, AgendaItemId i) {
        return "/api/v1/meetings/" + m + "/items/" + i;
    }

    private long requirement(MeetingId m, AgendaItemId item, long person) throws Exception {
        String created = call(json(post(itemPath(m, item) + "/attendance-requests"), """
                {"kind": "REQUIREMENT", "personId": %d, "address": "Why waiting times have risen",
                 "questions": "What will the new team cost?"}""".formatted(person)), "scrutiny.officer")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*/api/v1/attendance-requests/\\d+")))
                .andExpect(jsonPath("$.kind").value("REQUIREMENT"))
                .andExpect(jsonPath("$.state").value("REQUESTED"))
                .andExpect(jsonPath("$.noticeDue").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    @Test
    void takesARequirementFromNoticeThroughARefusedSubstituteToConfirmation() throws Exception {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        AgendaItemId item = plainItem(meetings, m, unique("Assessment waiting times"));
        long cabinetMember = personOf(accounts, "cabinet.member");
        long id = requirement(m, item, cabinetMember);
        String path = "/api/v1/attendance-requests/" + id;

        call(json(post(path + "/notice"), "{\"sentOn\": \"" + attendance.today() + "\"}"), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.request.state").value("NOTICE_SENT"))
                .andExpect(jsonPath("$.request.shortNotice").value(false))
                .andExpect(jsonPath("$.emailed").value(false));
        call(get(path), "cabinet.member")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notice.subject").value(containsString("Requirement to attend")))
                .andExpect(jsonPath("$.notice.text").value(containsString("need not answer any question")))
                .andExpect(jsonPath("$.notice.briefing[0].heading").value("What scrutiny is"));

        // a decline needs a reason
        call(json(post(path + "/response"), "{\"response\": \"DECLINE\"}"), "cabinet.member")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        // someone else cannot reply for the cabinet member
        call(json(post(path + "/response"), "{\"response\": \"CONFIRM\"}"), "scrutiny.member")
                .andExpect(status().isForbidden());
        call(json(post(path + "/response"), """
                {"response": "PROPOSE_SUBSTITUTE", "substituteId": %d, "reason": "The director knows the detail"}"""
                .formatted(personOf(accounts, "chief.officer"))), "cabinet.member")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBSTITUTE_PROPOSED"))
                .andExpect(jsonPath("$.proposedSubstitute.id").value(personOf(accounts, "chief.officer")));

        // a member (or a scrutiny officer) cannot decide: the chair acts for the committee
        call(json(post(path + "/substitution-decision"), "{\"accept\": true}"), "scrutiny.member")
                .andExpect(status().isForbidden());
        call(json(post(path + "/substitution-decision"), "{\"accept\": true}"), "scrutiny.officer")
                .andExpect(status().isForbidden());
        call(json(post(path + "/substitution-decision"), "{\"accept\": false}"), "scrutiny.chair")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        call(json(post(path + "/substitution-decision"), """
                {"accept": false, "reason": "The questions are about the cabinet member's own decisions", "version": 0}"""),
                "scrutiny.chair")
                .andExpect(status().isConflict());
        String refused = call(json(post(path + "/substitution-decision"), """
                {"accept": false, "reason": "The questions are about the cabinet member's own decisions"}"""),
                "scrutiny.chair")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("NOTICE_SENT"))
                .andExpect(jsonPath("$.substitutionDecision").value("REFUSED"))
                .andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(refused, "$.version");

        call(json(post(path + "/response"), "{\"response\": \"CONFIRM\", \"version\": " + version + "}"),
                "cabinet.member")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CONFIRMED"))
                .andExpect(jsonPath("$.person.id").value(cabinetMember))
                .andExpect(jsonPath("$.substituted").value(false));
        call(get(itemPath(m, item) + "/attendance-requests"), "councillor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].state").value("CONFIRMED"));
        call(get("/api/v1/attendance/mine"), "cabinet.member")
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
    }

    @Test
    void refusesToRequireAnExternalWitnessNamingTheField() throws Exception {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        AgendaItemId item = plainItem(meetings, m, unique("Hospital discharge"));
        long witness = person(directory, "Dr Nadia Farouk").id().value();
        call(json(post(itemPath(m, item) + "/attendance-requests"), """
                {"kind": "REQUIREMENT", "personId": %d, "address": "Discharge delays"}""".formatted(witness)),
                "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("s9FA")));
        call(json(post(itemPath(m, item) + "/attendance-requests"), """
                {"kind": "INVITATION", "personId": %d, "address": "Discharge delays"}""".formatted(witness)),
                "scrutiny.member")
                .andExpect(status().isForbidden());
        call(json(post(itemPath(m, item) + "/attendance-requests"), """
                {"kind": "INVITATION", "personId": %d, "address": "Discharge delays"}""".formatted(witness)),
                "scrutiny.chair")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.capacity").value("WITNESS"));
    }

    @Test
    void theResponsibleChiefOfficerNominatesOfficers() throws Exception {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        AgendaItemId item = plainItem(meetings, m, unique("Social work caseloads"));
        long director = personOf(accounts, "chief.officer");
        long id = requirement(m, item, director);
        String path = "/api/v1/attendance-requests/" + id;
        call(json(post(path + "/notice"), "{}"), "scrutiny.officer").andExpect(status().isOk());
        long junior = person(directory, "Kieran Moss").id().value();
        call(json(post(path + "/nominations"), "{\"officerIds\": [%d]}".formatted(junior)), "monitoring.officer")
                .andExpect(status().isForbidden());
        call(json(post(path + "/nominations"), "{\"officerIds\": []}"), "chief.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("officerIds"));
        call(json(post(path + "/nominations"), "{\"officerIds\": [%d]}".formatted(junior)), "chief.officer")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].person.id").value(junior))
                .andExpect(jsonPath("$[0].state").value("CONFIRMED"))
                .andExpect(jsonPath("$[0].parentId").value(id))
                .andExpect(jsonPath("$[0].capacity").value("OFFICER"));
        call(get(path), "scrutiny.chair")
                .andExpect(jsonPath("$.request.state").value("NOMINATED"))
                .andExpect(jsonPath("$.nominees[0].person.id").value(junior))
                .andExpect(jsonPath("$.itemJuniorOnly").value(true));
    }

    @Test
    void takesTheWitnessRegisterAndCountsItInTheFigures() throws Exception {
        LocalDate day = attendance.today().minusDays(1);
        MeetingId m = meeting(meetings, directory, day);
        AgendaItemId item = plainItem(meetings, m, unique("Budget monitoring"));
        long id = requirement(m, item, personOf(accounts, "chief.officer"));
        String path = "/api/v1/attendance-requests/" + id;
        call(json(post(path + "/notice"), "{\"sentOn\": \"" + day.minusDays(20) + "\"}"), "scrutiny.officer")
                .andExpect(status().isOk());
        call(json(post(path + "/response"), "{\"response\": \"CONFIRM\"}"), "scrutiny.officer")
                .andExpect(status().isOk());
        call(json(put("/api/v1/meetings/" + m + "/witnesses"), "{\"lines\": [{\"requestId\": %d, \"present\": true}]}"
                .formatted(id)), "scrutiny.chair")
                .andExpect(status().isForbidden());
        call(json(put("/api/v1/meetings/" + m + "/witnesses"), "{\"lines\": [{\"requestId\": %d, \"present\": true}]}"
                .formatted(id)), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].attended").value(true));
        call(json(post("/api/v1/meetings/" + m + "/attendance-by-right"), "{\"personId\": %d}"
                .formatted(personOf(accounts, "chief.executive"))), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("BY_RIGHT"))
                .andExpect(jsonPath("$.attended").value(true));
        long committee = AttendanceFixtures.childrenCommittee(directory).id().value();
        call(get("/api/v1/attendance/figures?committee=" + committee + "&from=" + day + "&to=" + day), "councillor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committee.id").value(committee))
                .andExpect(jsonPath("$.requirements.made").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.chiefExecutive.flagged").value(false));
        call(get("/api/v1/attendance/figures?from=" + day + "&to=" + day.minusDays(1)), "councillor")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void aCouncillorAsksToSpeakAndOnlyTheChairDecides() throws Exception {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        AgendaItemId item = plainItem(meetings, m, unique("Library closures"));
        call(json(post(itemPath(m, item) + "/speaking-requests"), "{\"reason\": \"\"}"), "councillor")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        String created = call(json(post(itemPath(m, item) + "/speaking-requests"),
                "{\"reason\": \"The closure is in my ward\"}"), "councillor")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("REQUESTED"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        call(json(post("/api/v1/speaking-requests/" + id + "/decision"), "{\"grant\": true}"), "scrutiny.member")
                .andExpect(status().isForbidden());
        call(json(post("/api/v1/speaking-requests/" + id + "/decision"), "{\"grant\": false}"), "scrutiny.chair")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        call(json(post("/api/v1/speaking-requests/" + id + "/decision"), "{\"grant\": true}"), "scrutiny.chair")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("GRANTED"));
        call(get(itemPath(m, item) + "/speaking-requests"), "councillor")
                .andExpect(jsonPath("$[0].state").value("GRANTED"));
    }

    @Test
    void answersNotFoundForAnItemOfAnotherMeeting() throws Exception {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        MeetingId other = meeting(meetings, directory, attendance.today().plusDays(41));
        AgendaItemId item = plainItem(meetings, m, unique("Library closures"));
        call(get(itemPath(other, item) + "/attendance-requests"), "scrutiny.officer")
                .andExpect(status().isNotFound());
    }
}
