package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.scrutineer.accounts.AccountsFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Membership;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.scrutineer.recommendations.RecommendationManagement;
import org.scrutineer.recommendations.ReportId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ScrutineerIntegrationTest
class MeetingPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    RecommendationManagement recommendations;

    private static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long personOf(String username) {
        return accounts.principal(username).orElseThrow().view().personId().value();
    }

    private long children() {
        return directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false).stream()
                .filter(c -> c.name().startsWith("Children")).findFirst().orElseThrow().id().value();
    }

    private static long idFrom(MvcResult result, String pattern) {
        return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(pattern, "$1"));
    }

    private static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String field,
            LocalDate day) {
        return request.param(field + ".day", Integer.toString(day.getDayOfMonth()))
                .param(field + ".month", Integer.toString(day.getMonthValue()))
                .param(field + ".year", Integer.toString(day.getYear()));
    }

    /** Schedules a meeting of the Children and Young People committee through the page; returns its id. */
    private MeetingId schedule(LocalDate day, String place) throws Exception {
        MvcResult result = mvc.perform(date(post("/meetings"), "date", day).with(csrf())
                        .with(as(accounts, "scrutiny.officer")).param("committeeId", Long.toString(children()))
                        .param("startsAt", "6:30pm").param("place", place))
                .andExpect(status().is3xxRedirection()).andReturn();
        return new MeetingId(idFrom(result, "/meetings/(\\d+)"));
    }

    private AgendaItemId addItem(MeetingId meeting, String title, boolean inPrivate) throws Exception {
        MockHttpServletRequestBuilder request = post("/meetings/" + meeting + "/items").with(csrf())
                .with(as(accounts, "scrutiny.officer")).param("title", title)
                .param("purpose", "To scrutinise the service.")
                .param("aims", "Aims for " + title).param("linesOfQuestioning", "Why has demand risen?");
        if (inPrivate) {
            request.param("inPrivate", "true").param("exemptParagraph", "3")
                    .param("privateReason", "Contract prices would prejudice the re-tender.")
                    .param("publicSummary", "Public summary for " + title);
        }
        mvc.perform(request).andExpect(redirectedUrl("/meetings/" + meeting + "#agenda"));
        return meetings.items(Actor.SYSTEM, meeting).stream().filter(i -> i.title().equals(title)).findFirst()
                .orElseThrow().id();
    }

    @Test
    void runsAMeetingFromSchedulingToRecommendationsInTheTracker() throws Exception {
        LocalDate today = LocalDate.now();
        String place = unique("Committee Room 1");
        MeetingId id = schedule(today, place);
        Meeting scheduled = meetings.meeting(id);
        assertThat(scheduled.startsAt()).hasToString("18:30");
        mvc.perform(get("/meetings/" + id).with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(place)))
                .andExpect(content().string(containsString("Agenda overdue")))
                .andExpect(content().string(containsString("agenda-publication")));

        // an item with its aims agreed beforehand with the executive
        String title = unique("Home to school transport");
        MvcResult added = mvc.perform(date(post("/meetings/" + id + "/items"), "aimsAgreedOn", today.minusDays(7))
                        .with(csrf()).with(as(accounts, "scrutiny.officer")).param("title", title)
                        .param("purpose", "To scrutinise spending on SEND transport.")
                        .param("aims", "Understand why costs rose by a third")
                        .param("linesOfQuestioning", "Why did the contract costs rise?\nWhat are the alternatives?")
                        .param("aimsAgreedWith", "The cabinet member and the Strategic Director"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + id + "#agenda");
        AgendaItem item = meetings.items(Actor.SYSTEM, id).get(0);
        assertThat(item.title()).isEqualTo(title);
        assertThat(item.aimsAgreedOn()).isEqualTo(today.minusDays(7));
        mvc.perform(get("/meetings/" + id + "/items/" + item.id()).with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Understand why costs rose by a third")))
                .andExpect(content().string(containsString("The cabinet member and the Strategic Director")))
                .andExpect(content().string(containsString("/meetings/" + id + "/items/" + item.id() + "/attendance")));

        // published today, well inside the five clear working days: late, with the rule and its citation
        mvc.perform(date(post("/meetings/" + id + "/publish"), "publishedOn", today).with(csrf())
                        .with(as(accounts, "scrutiny.officer")))
                .andExpect(redirectedUrl("/meetings/" + id));
        assertThat(meetings.meeting(id).agendaLate()).isTrue();
        mvc.perform(get("/meetings/" + id).with(as(accounts, "scrutiny.officer")))
                .andExpect(content().string(containsString("Agenda published late")))
                .andExpect(content().string(containsString("agenda-publication")))
                .andExpect(content().string(containsString("Local Government Act 1972 s100B")))
                .andExpect(content().string(not(containsString("Agenda overdue"))));
        mvc.perform(get("/meetings").param("committee", Long.toString(children())).param("status", "AGENDA_PUBLISHED")
                        .param("when", "upcoming").with(as(accounts, "scrutiny.member")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(place)))
                .andExpect(content().string(containsString("Agenda published late")));

        // the register: one member sends apologies and a councillor from outside the committee substitutes
        List<Membership> members = meetings.membersOn(meetings.meeting(id));
        mvc.perform(get("/meetings/" + id + "/register").with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(members.get(0).personName())));
        MockHttpServletRequestBuilder register = post("/meetings/" + id + "/register").with(csrf())
                .with(as(accounts, "scrutiny.officer"));
        for (int i = 0; i < members.size(); i++) {
            register.param("lines[" + i + "].personId", Long.toString(members.get(i).personId().value()))
                    .param("lines[" + i + "].attendance", i == 1 ? "APOLOGIES" : "PRESENT");
        }
        register.param("substitutes[0].personId", "").param("substitutes[0].substituteForId", "")
                .param("substitutes[1].personId", Long.toString(personOf("councillor")))
                .param("substitutes[1].substituteForId", Long.toString(members.get(1).personId().value()));
        mvc.perform(register).andExpect(redirectedUrl("/meetings/" + id + "#register"));
        assertThat(meetings.meeting(id).status()).isEqualTo(MeetingStatus.HELD);
        assertThat(meetings.register(id)).anySatisfy(e -> {
            assertThat(e.person().value()).isEqualTo(personOf("councillor"));
            assertThat(e.attendance()).isEqualTo(Attendance.SUBSTITUTE);
            assertThat(e.substituteFor()).isEqualTo(members.get(1).personId());
        });
        mvc.perform(get("/meetings/" + id).with(as(accounts, "scrutiny.officer")))
                .andExpect(content().string(containsString("Substitute for " + members.get(1).personName())));

        // a declaration, then the minutes with the version read
        mvc.perform(post("/meetings/" + id + "/items/" + item.id() + "/declarations").with(csrf())
                        .with(as(accounts, "scrutiny.officer"))
                        .param("personId", Long.toString(members.get(0).personId().value()))
                        .param("kind", "OTHER_REGISTRABLE").param("nature", "Governor of a special school")
                        .param("leftRoom", "false"))
                .andExpect(redirectedUrl("/meetings/" + id + "/items/" + item.id() + "#declarations"));
        int version = meetings.item(Actor.SYSTEM, item.id()).version();
        mvc.perform(post("/meetings/" + id + "/items/" + item.id() + "/minutes").with(csrf())
                        .with(as(accounts, "scrutiny.officer")).param("version", Integer.toString(version))
                        .param("minutes", "The committee heard from the Strategic Director.")
                        .param("resolutions", "That the report be noted."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/" + id + "/items/" + item.id() + "/minutes").with(csrf())
                        .with(as(accounts, "scrutiny.officer")).param("version", Integer.toString(version))
                        .param("minutes", "A stale copy"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("changed by someone else")))
                .andExpect(content().string(containsString("A stale copy")));
        mvc.perform(get("/meetings/" + id + "/items/" + item.id()).with(as(accounts, "scrutiny.officer")))
                .andExpect(content().string(containsString("The committee heard from the Strategic Director.")))
                .andExpect(content().string(containsString("Governor of a special school")));

        // recommendations made on the day: a blank row is skipped, and the rows go to the tracker as one report
        String portfolio = Long.toString(directory.portfolios(false).stream()
                .filter(p -> p.title().equals("Children and Young People")).findFirst().orElseThrow().id());
        String text = unique("Publish the SEND transport eligibility policy in plain English");
        mvc.perform(post("/meetings/" + id + "/items/" + item.id() + "/recommendations").with(csrf())
                        .with(as(accounts, "scrutiny.officer"))
                        .param("recommendations[0].text", "").param("recommendations[0].addressedTo", "EXECUTIVE")
                        .param("recommendations[1].text", text).param("recommendations[1].addressedTo", "EXECUTIVE")
                        .param("recommendations[1].portfolioId", portfolio)
                        .param("recommendations[2].text", "Report back on the re-tender")
                        .param("recommendations[2].addressedTo", "PARTNER")
                        .param("recommendations[2].portfolioId", portfolio))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("#recommendations2.partnerBody")))
                .andExpect(content().string(containsString(text)));
        assertThat(meetings.item(Actor.SYSTEM, item.id()).reportId()).isNull();
        mvc.perform(post("/meetings/" + id + "/items/" + item.id() + "/recommendations").with(csrf())
                        .with(as(accounts, "scrutiny.officer"))
                        .param("recommendations[0].text", "").param("recommendations[0].addressedTo", "EXECUTIVE")
                        .param("recommendations[1].text", text).param("recommendations[1].addressedTo", "EXECUTIVE")
                        .param("recommendations[1].portfolioId", portfolio)
                        .param("recommendations[2].text", "Report back on the re-tender")
                        .param("recommendations[2].portfolioId", portfolio)
                        .param("recommendations[2].addressedTo", "CABINET_MEMBER")
                        .param("recommendations[2].addresseeId", Long.toString(personOf("cabinet.member"))))
                .andExpect(redirectedUrl("/meetings/" + id + "/items/" + item.id() + "#recommendations"));
        Long report = meetings.item(Actor.SYSTEM, item.id()).reportId();
        assertThat(report).isNotNull();
        assertThat(recommendations.recommendationsOf(Actor.SYSTEM, new ReportId(report)))
                .extracting(r -> r.text()).containsExactly(text, "Report back on the re-tender");
        mvc.perform(get("/meetings/" + id + "/items/" + item.id()).with(as(accounts, "scrutiny.officer")))
                .andExpect(content().string(containsString("/recommendations/reports/" + report)));
        mvc.perform(get("/recommendations").param("q", text).with(as(accounts, "scrutiny.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text)));

        mvc.perform(date(post("/meetings/" + id + "/minutes"), "publishedOn", today).with(csrf())
                        .with(as(accounts, "scrutiny.officer")))
                .andExpect(redirectedUrl("/meetings/" + id));
        assertThat(meetings.meeting(id).minutesPublishedOn()).isEqualTo(today);
    }

    @Test
    void keepsWhatWasTypedWhenAPrivateItemHasNoParagraph() throws Exception {
        MeetingId id = schedule(LocalDate.now().plusDays(40), unique("Committee Room 2"));
        mvc.perform(post("/meetings/" + id + "/items").with(csrf()).with(as(accounts, "scrutiny.officer"))
                        .param("title", "Re-tendering the transport contract")
                        .param("aims", "Test the evaluation criteria").param("inPrivate", "true")
                        .param("privateReason", "Bidders' prices would prejudice the council's position")
                        .param("publicSummary", "The committee considers the re-tender"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Select the paragraph of Schedule 12A")))
                .andExpect(content().string(containsString("href=\"#exemptParagraph\"")))
                .andExpect(content().string(containsString("Re-tendering the transport contract")))
                .andExpect(content().string(containsString("Test the evaluation criteria")))
                .andExpect(content().string(containsString("Bidders&#39; prices would prejudice")));
        assertThat(meetings.meeting(id).itemCount()).isZero();
    }

    @Test
    void keepsAMistypedDateAndTimeAndSaysWhatIsWrong() throws Exception {
        String place = unique("Council Chamber");
        mvc.perform(post("/meetings").with(csrf()).with(as(accounts, "scrutiny.officer"))
                        .param("committeeId", Long.toString(children())).param("date.day", "31")
                        .param("date.month", "2").param("date.year", "2027").param("startsAt", "half six")
                        .param("place", place))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The date of the meeting must be a real date")))
                .andExpect(content().string(containsString("Enter the start time in hours and minutes")))
                .andExpect(content().string(containsString("value=\"31\"")))
                .andExpect(content().string(containsString("half six")))
                .andExpect(content().string(containsString(place)));
        assertThat(meetings.meetings(children(), null, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31), false, 1,
                200).items()).noneMatch(m -> m.place().equals(place));
    }

    @Test
    void refusesAChangeToAMeetingSomeoneElseChangedFirst() throws Exception {
        LocalDate day = LocalDate.now().plusDays(50);
        MeetingId id = schedule(day, unique("Committee Room 3"));
        int read = meetings.meeting(id).version();
        mvc.perform(date(post("/meetings/" + id), "date", day).with(csrf()).with(as(accounts, "scrutiny.officer"))
                        .param("committeeId", Long.toString(children())).param("startsAt", "18:00")
                        .param("place", "Room A").param("version", Integer.toString(read)))
                .andExpect(redirectedUrl("/meetings/" + id));
        mvc.perform(date(post("/meetings/" + id), "date", day).with(csrf()).with(as(accounts, "scrutiny.officer"))
                        .param("committeeId", Long.toString(children())).param("startsAt", "19:00")
                        .param("place", "Room B").param("version", Integer.toString(read)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("changed by someone else")))
                .andExpect(content().string(containsString("Room B")));
        assertThat(meetings.meeting(id).place()).isEqualTo("Room A");
    }

    @Test
    void showsAPrivateItemsTitleAndSummaryButNotItsAimsToACouncillorNotOnTheCommittee() throws Exception {
        MeetingId id = schedule(LocalDate.now().plusDays(30), unique("Committee Room 4"));
        String title = unique("Residential placements contract");
        AgendaItemId item = addItem(id, title, true);
        mvc.perform(get("/meetings/" + id + "/items/" + item).with(as(accounts, "councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Public summary for " + title)))
                .andExpect(content().string(containsString("Not for publication — Schedule 12A paragraph 3")))
                .andExpect(content().string(not(containsString("Aims for " + title))))
                .andExpect(content().string(not(containsString("Contract prices would prejudice"))));
        mvc.perform(get("/meetings/" + id).with(as(accounts, "councillor")))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Public summary for " + title)));
        mvc.perform(get("/meetings/" + id + "/items/" + item).with(as(accounts, "scrutiny.member")))
                .andExpect(content().string(containsString("Aims for " + title)))
                .andExpect(content().string(containsString("Contract prices would prejudice")))
                .andExpect(content().string(containsString("Exempt information")));
    }

    @Test
    void movesItemsUpAndDownTheAgenda() throws Exception {
        MeetingId id = schedule(LocalDate.now().plusDays(35), unique("Committee Room 5"));
        AgendaItemId first = addItem(id, unique("First"), false);
        AgendaItemId second = addItem(id, unique("Second"), false);
        mvc.perform(post("/meetings/" + id + "/items/" + second + "/move").param("direction", "up").with(csrf())
                        .with(as(accounts, "scrutiny.officer")))
                .andExpect(redirectedUrl("/meetings/" + id + "#agenda"));
        assertThat(meetings.items(Actor.SYSTEM, id)).extracting(AgendaItem::id).containsExactly(second, first);
        mvc.perform(post("/meetings/" + id + "/items/" + second + "/remove").with(csrf())
                        .with(as(accounts, "scrutiny.officer")))
                .andExpect(redirectedUrl("/meetings/" + id + "#agenda"));
        assertThat(meetings.items(Actor.SYSTEM, id)).extracting(AgendaItem::number).containsExactly(1);
    }

    @Test
    void letsACouncillorDeclareTheirOwnInterestButNoOneElses() throws Exception {
        MeetingId id = schedule(LocalDate.now().plusDays(55), unique("Committee Room 7"));
        AgendaItemId item = addItem(id, unique("Libraries strategy"), false);
        mvc.perform(get("/meetings/" + id + "/items/" + item).with(as(accounts, "scrutiny.member")))
                .andExpect(content().string(containsString("Declare an interest")))
                .andExpect(content().string(not(containsString("Select the member"))));
        mvc.perform(post("/meetings/" + id + "/items/" + item + "/declarations").with(csrf())
                        .with(as(accounts, "scrutiny.member")).param("kind", "NON_REGISTRABLE")
                        .param("nature", "My sister is a librarian"))
                .andExpect(redirectedUrl("/meetings/" + id + "/items/" + item + "#declarations"));
        mvc.perform(post("/meetings/" + id + "/items/" + item + "/declarations").with(csrf())
                        .with(as(accounts, "scrutiny.member")).param("kind", "NON_REGISTRABLE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter the nature of the interest")));
        assertThat(meetings.declarationsOn(item)).singleElement().satisfies(d -> {
            assertThat(d.person().value()).isEqualTo(personOf("scrutiny.member"));
            assertThat(d.nature()).isEqualTo("My sister is a librarian");
        });
    }

    @Test
    void refusesAScrutinyMemberEveryChange() throws Exception {
        LocalDate day = LocalDate.now().plusDays(45);
        MeetingId id = schedule(day, unique("Committee Room 6"));
        AgendaItemId item = addItem(id, unique("Budget monitoring"), false);
        String base = "/meetings/" + id;
        mvc.perform(get("/meetings/new").with(as(accounts, "scrutiny.member"))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/edit").with(as(accounts, "scrutiny.member"))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/register").with(as(accounts, "scrutiny.member"))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/items/new").with(as(accounts, "scrutiny.member"))).andExpect(status().isForbidden());
        for (MockHttpServletRequestBuilder request : List.of(
                date(post("/meetings"), "date", day).param("committeeId", Long.toString(children()))
                        .param("startsAt", "18:30").param("place", "The member's kitchen"),
                date(post(base), "date", day).param("committeeId", Long.toString(children()))
                        .param("startsAt", "18:30").param("place", "Elsewhere").param("version", "0"),
                date(post(base + "/publish"), "publishedOn", LocalDate.now()),
                post(base + "/cancel").param("reason", "Not quorate"),
                post(base + "/delete"),
                post(base + "/register"),
                post(base + "/items").param("title", "An item of my own"),
                post(base + "/items/" + item).param("title", "Retitled").param("version", "0"),
                post(base + "/items/" + item + "/move").param("direction", "down"),
                post(base + "/items/" + item + "/remove"),
                post(base + "/items/" + item + "/minutes").param("minutes", "My minutes").param("version", "0"),
                post(base + "/items/" + item + "/recommendations").param("recommendations[0].text", "Mine"),
                post(base + "/items/" + item + "/declarations")
                        .param("personId", Long.toString(personOf("scrutiny.chair")))
                        .param("kind", "NON_REGISTRABLE").param("nature", "For someone else"))) {
            mvc.perform(request.with(csrf()).with(as(accounts, "scrutiny.member"))).andExpect(status().isForbidden());
        }
        Meeting after = meetings.meeting(id);
        assertThat(after.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(after.place()).startsWith("Committee Room 6");
        assertThat(meetings.items(Actor.SYSTEM, id)).extracting(AgendaItem::title).doesNotContain("Retitled",
                "An item of my own");
    }
}
