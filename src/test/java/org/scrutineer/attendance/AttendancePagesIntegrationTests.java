package org.scrutineer.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.scrutineer.attendance.AttendanceFixtures.meeting;
import static org.scrutineer.attendance.AttendanceFixtures.person;
import static org.scrutineer.attendance.AttendanceFixtures.personOf;
import static org.scrutineer.attendance.AttendanceFixtures.plainItem;
import static org.scrutineer.attendance.AttendanceFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The attendance pages, posted to as the demo council's users would, without JavaScript. */
@ScrutineerIntegrationTest
class AttendancePagesIntegrationTests {

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

    private ResultActions as(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(org.scrutineer.accounts.AccountsFixtures.as(accounts, user)).with(csrf()));
    }

    private static String itemPage(MeetingId m, AgendaItemId i) {
        return "/meetings/" + m + "/items/" + i + "/attendance";
    }

    /** The request created most recently for a person on an item. */
    private AttendanceRequest requestOf(AgendaItemId item, long person) {
        List<AttendanceRequest> list = attendance.requestsFor(Actor.SYSTEM, item).stream()
                .filter(r -> r.person().id() == person).toList();
        return list.get(list.size() - 1);
    }

    @Test
    void walksARequirementThroughThePages() throws Exception {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        String title = unique("Assessment waiting times");
        AgendaItemId item = plainItem(meetings, m, title);
        long cabinetMember = personOf(accounts, "cabinet.member");

        as(get(itemPage(m, item)), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ask someone to attend")))
                .andExpect(content().string(containsString(title)));
        // a request without what to address is refused, with what was typed kept
        as(post(itemPage(m, item) + "/requests").param("kind", "REQUIREMENT")
                .param("personId", Long.toString(cabinetMember)).param("questions", "QUESTION-KEPT-771"), "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter what they are asked to address")))
                .andExpect(content().string(containsString("QUESTION-KEPT-771")))
                .andExpect(content().string(containsString("govuk-error-summary")));
        as(post(itemPage(m, item) + "/requests").param("kind", "REQUIREMENT")
                .param("personId", Long.toString(cabinetMember)).param("address", "Why waiting times have risen"),
                "scrutiny.officer")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(itemPage(m, item) + "#r" + requestOf(item, cabinetMember).id()));
        AttendanceRequest r = requestOf(item, cabinetMember);
        String requestPage = "/attendance/requests/" + r.id();

        // the notice, sent from the item's page, sends the officer back there
        as(post(requestPage + "/notice").param("from", "item").param("sentOn", attendance.today().plusDays(3).toString()),
                "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("cannot be in the future")))
                .andExpect(content().string(containsString("id=\"r" + r.id() + "-notice-sentOn\"")));
        as(post(requestPage + "/notice").param("from", "item").param("sentOn", attendance.today().toString()),
                "scrutiny.officer")
                .andExpect(redirectedUrl(itemPage(m, item) + "#r" + r.id()));

        // the cabinet member sees it at home and on their list, and proposes the director
        as(get("/"), "cabinet.member").andExpect(content().string(containsString(
                "Reply to the requirement to attend the Children and Young People")));
        as(get("/attendance"), "cabinet.member").andExpect(content().string(containsString(title)));
        as(post(requestPage + "/response").param("from", "request").param("response", "DECLINE"), "cabinet.member")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter why they cannot attend")))
                .andExpect(content().string(containsString("href=\"#r" + r.id() + "-response-reason\"")));
        as(post(requestPage + "/response").param("from", "request").param("response", "PROPOSE_SUBSTITUTE")
                .param("substituteId", Long.toString(personOf(accounts, "chief.officer")))
                .param("reason", "The director knows the operational detail"), "cabinet.member")
                .andExpect(redirectedUrl(requestPage));

        // the chair decides: a member may not, and a refusal needs reasons
        as(post(requestPage + "/substitution").param("accept", "true"), "scrutiny.member")
                .andExpect(status().isForbidden());
        as(get("/"), "scrutiny.chair").andExpect(content().string(containsString("Decide on the substitute proposed")));
        as(post(requestPage + "/substitution").param("from", "request").param("accept", "false"), "scrutiny.chair")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter why the substitute is refused")));
        as(post(requestPage + "/substitution").param("from", "request").param("accept", "false")
                .param("reason", "The committee's questions are for the cabinet member"), "scrutiny.chair")
                .andExpect(redirectedUrl(requestPage));
        as(post(requestPage + "/response").param("from", "request").param("response", "CONFIRM"), "cabinet.member")
                .andExpect(redirectedUrl(requestPage));

        as(get(requestPage), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmed")))
                .andExpect(content().string(containsString("Refused by")))
                .andExpect(content().string(containsString("The committee&#39;s questions are for the cabinet member")))
                .andExpect(content().string(containsString("Briefing note for witnesses")))
                .andExpect(content().string(containsString("notice-to-attend")));
        as(get(requestPage + "/notice"), "cabinet.member")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("need not answer any question")));
    }

    @Test
    void flagsAnItemAttendedOnlyByJuniorStaffToTheChair() throws Exception {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        String title = unique("Children's social work caseloads");
        AgendaItemId item = plainItem(meetings, m, title);
        long director = personOf(accounts, "chief.officer");
        attendance.ask(Actor.SYSTEM, item, new NewRequest(RequestKind.REQUIREMENT, director, "Caseloads", null));
        AttendanceRequest r = requestOf(item, director);
        attendance.sendNotice(Actor.SYSTEM, r.id(), attendance.today());
        long junior = person(directory, "Kieran Moss").id().value();

        as(get("/attendance/requests/" + r.id()), "chief.officer")
                .andExpect(content().string(containsString("Nominate the officers who attend")));
        as(post("/attendance/requests/" + r.id() + "/nomination").param("from", "item").param("officerIds", "", "", ""),
                "chief.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Select at least one officer to attend")));
        as(post("/attendance/requests/" + r.id() + "/nomination").param("from", "item")
                .param("officerIds", Long.toString(junior), "", ""), "chief.officer")
                .andExpect(redirectedUrl(itemPage(m, item) + "#r" + r.id()));

        as(get(itemPage(m, item)), "scrutiny.chair")
                .andExpect(content().string(containsString("id=\"junior-only\"")))
                .andExpect(content().string(containsString("Kieran Moss")));
        as(get("/"), "scrutiny.chair")
                .andExpect(content().string(containsString("Only junior officers are confirmed for item")))
                .andExpect(content().string(containsString(title.replace("'", "&#39;"))));
    }

    @Test
    void takesTheWitnessRegisterOnItsPage() throws Exception {
        LocalDate day = attendance.today().minusDays(3);
        MeetingId m = meeting(meetings, directory, day);
        AgendaItemId item = plainItem(meetings, m, unique("Budget monitoring"));
        long director = personOf(accounts, "chief.officer");
        AttendanceRequestId id = attendance.ask(Actor.SYSTEM, item, new NewRequest(RequestKind.INVITATION, director,
                "The budget", null));
        attendance.sendNotice(Actor.SYSTEM, id, day.minusDays(14));
        attendance.respond(Actor.SYSTEM, id, null, new AttendanceResponse(ResponseKind.CONFIRM, null, null));

        as(get("/meetings/" + m + "/witnesses"), "scrutiny.officer")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Save the register")))
                .andExpect(content().string(containsString("present-" + id)));
        as(post("/meetings/" + m + "/witnesses").param("present-" + id, "true"), "scrutiny.officer")
                .andExpect(redirectedUrl("/meetings/" + m + "/witnesses"));
        as(post("/meetings/" + m + "/witnesses/by-right").param("personId",
                Long.toString(personOf(accounts, "cabinet.member"))), "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Only the leader of the council and the chief executive")));
        as(post("/meetings/" + m + "/witnesses/by-right").param("personId",
                Long.toString(personOf(accounts, "leader"))), "scrutiny.officer")
                .andExpect(redirectedUrl("/meetings/" + m + "/witnesses"));
        assertThat(attendance.register(Actor.SYSTEM, m)).extracting(a -> a.person().id() + ":" + a.attended())
                .contains(director + ":true", personOf(accounts, "leader") + ":true");
        as(get("/meetings/" + m + "/witnesses"), "councillor")
                .andExpect(content().string(containsString("Present")))
                .andExpect(content().string(not(containsString("Save the register"))));

        MeetingId future = meeting(meetings, directory, attendance.today().plusDays(9));
        as(post("/meetings/" + future + "/witnesses"), "scrutiny.officer")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("once the meeting has taken place")));
    }

    @Test
    void aCouncillorAsksToSpeakAndTheChairRefusesWithReasons() throws Exception {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        AgendaItemId item = plainItem(meetings, m, unique("Library closures"));
        as(get(itemPage(m, item)), "councillor")
                .andExpect(content().string(containsString("Ask to speak on this item")))
                .andExpect(content().string(not(containsString("Ask someone to attend"))));
        as(post(itemPage(m, item) + "/speakers").param("reason", ""), "councillor")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("href=\"#speak-request-reason\"")));
        as(post(itemPage(m, item) + "/speakers").param("reason", "The library is in my ward"), "councillor")
                .andExpect(redirectedUrl(itemPage(m, item) + "#speaking"));
        long id = attendance.speakingRequests(Actor.SYSTEM, item).get(0).id().value();
        as(post(itemPage(m, item) + "/speakers/" + id + "/decision").param("grant", "false"), "scrutiny.chair")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter why the request to speak is refused")));
        as(post(itemPage(m, item) + "/speakers/" + id + "/decision").param("grant", "false")
                .param("reason", "The item is about the whole borough"), "scrutiny.chair")
                .andExpect(redirectedUrl(itemPage(m, item) + "#speaking"));
        as(get(itemPage(m, item)), "councillor")
                .andExpect(content().string(containsString("The item is about the whole borough")));
    }

    @Test
    void showsTheFiguresAndDownloadsThemAsCsv() throws Exception {
        as(get("/attendance/figures"), "scrutiny.chair")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Requirements (s9FA)")))
                .andExpect(content().string(containsString("The chief executive at scrutiny")));
        as(get("/attendance/figures.csv").param("from", "2026-04-01").param("to", "2027-03-31"), "scrutiny.chair")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(content().string(startsWith("Committee,From,To,Meetings (not cancelled)")))
                .andExpect(content().string(containsString("Requirements to attend,")));
        as(get("/attendance/figures").param("from", "2026-04-01").param("to", "2026-03-01"), "scrutiny.chair")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The end of the period must be on or after its start")));
    }
}
