package org.scrutineer.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrutineer.attendance.AttendanceFixtures.actor;
import static org.scrutineer.attendance.AttendanceFixtures.awaitDefaultInvitation;
import static org.scrutineer.attendance.AttendanceFixtures.childrenPortfolio;
import static org.scrutineer.attendance.AttendanceFixtures.item;
import static org.scrutineer.attendance.AttendanceFixtures.meeting;
import static org.scrutineer.attendance.AttendanceFixtures.person;
import static org.scrutineer.attendance.AttendanceFixtures.personOf;
import static org.scrutineer.attendance.AttendanceFixtures.plainItem;
import static org.scrutineer.attendance.AttendanceFixtures.unique;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.DeadlineState;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.CommitteeDetails;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Person;
import org.scrutineer.meetings.AgendaItemId;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingDetails;
import org.scrutineer.meetings.MeetingId;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.platform.ConflictException;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The attendance workflow on PostgreSQL with the demo council: the Children and Young People O&amp;S Committee
 * (chaired by scrutiny.chair), an item in the portfolio cabinet.member holds and chief.officer leads.
 */
@ScrutineerIntegrationTest
class AttendanceManagementIntegrationTests {

    @Autowired
    AttendanceManagement attendance;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditHistory audit;

    private Actor as(String username) {
        return actor(accounts, username);
    }

    private AttendanceRequestId require(AgendaItemId item, long person) {
        return attendance.ask(as("scrutiny.officer"), item, new NewRequest(RequestKind.REQUIREMENT, person,
                "Why waiting times have risen", "What will the new assessment team cost?"));
    }

    @Test
    void invitesTheCabinetMemberForThePortfolioByDefault() {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        AgendaItemId item = item(meetings, directory, m, unique("Assessment waiting times"));
        long cabinetMember = childrenPortfolio(directory).holder().id();
        AttendanceRequest invitation = awaitDefaultInvitation(attendance, item, cabinetMember);
        assertThat(invitation.kind()).isEqualTo(RequestKind.INVITATION);
        assertThat(invitation.state()).isEqualTo(RequestState.REQUESTED);
        assertThat(invitation.capacity()).isEqualTo(Capacity.CABINET_MEMBER);
        assertThat(invitation.address()).contains("cabinet member for Children and Young People");
        assertThat(invitation.noticeDue()).isEqualTo(deadlines.compute(AttendanceManagement.NOTICE_RULE,
                attendance.today().plusDays(40)).due());
    }

    @Test
    void requiringTheCabinetMemberReplacesTheDefaultInvitationAndTracksTheNoticeDeadline() {
        LocalDate day = attendance.today().plusDays(40);
        MeetingId m = meeting(meetings, directory, day);
        AgendaItemId item = item(meetings, directory, m, unique("Assessment waiting times"));
        long cabinetMember = personOf(accounts, "cabinet.member");
        AttendanceRequest invitation = awaitDefaultInvitation(attendance, item, cabinetMember);

        AttendanceRequestId id = require(item, cabinetMember);

        assertThat(attendance.request(Actor.SYSTEM, invitation.id()).state()).isEqualTo(RequestState.WITHDRAWN);
        assertThat(deadlines.require(invitation.deadlineId()).state()).isEqualTo(DeadlineState.CANCELLED);
        AttendanceRequest r = attendance.request(Actor.SYSTEM, id);
        assertThat(r.kind()).isEqualTo(RequestKind.REQUIREMENT);
        TrackedDeadline d = deadlines.require(r.deadlineId());
        assertThat(d.ruleId()).isEqualTo("notice-to-attend");
        assertThat(d.citation()).contains("s9FA");
        assertThat(d.due()).isEqualTo(r.noticeDue()).isBefore(day);
        assertThat(d.responsible()).contains(directory.scrutinySupport().get(0).id());
        assertThatThrownBy(() -> require(item, cabinetMember)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already asked");
    }

    @Test
    void sendingTheNoticeMeetsTheDeadlineAndWritesTheBriefingNote() {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        AgendaItemId item = item(meetings, directory, m, unique("Assessment waiting times"));
        AttendanceRequestId id = require(item, personOf(accounts, "chief.officer"));

        NoticeSent sent = attendance.sendNotice(as("scrutiny.officer"), id, attendance.today());

        assertThat(sent.request().state()).isEqualTo(RequestState.NOTICE_SENT);
        assertThat(sent.request().shortNotice()).isFalse();
        assertThat(sent.emailed()).isFalse();
        assertThat(sent.delivery()).contains("print the notice");
        TrackedDeadline d = deadlines.require(sent.request().deadlineId());
        assertThat(d.state()).isEqualTo(DeadlineState.MET);
        assertThat(d.metOn()).isEqualTo(attendance.today());
        AttendanceNotice notice = attendance.notice(as("chief.officer"), id);
        String text = notice.plainText();
        assertThat(notice.subject()).startsWith("Requirement to attend: Children and Young People");
        assertThat(text).contains("section 9FA of the Local Government Act 2000")
                .contains("To understand why waiting times for assessments have risen.")
                .contains("What has caused the rise?")
                .contains("What will the new assessment team cost?")
                .contains("Why waiting times have risen")
                .contains("need not answer any question that you would be entitled to refuse to answer")
                .contains("hold the council's executive to account")
                .contains("It is chaired by " + accounts.principal("scrutiny.chair").orElseThrow().view().displayName())
                .contains("Council Chamber, Town Hall")
                .contains(directory.scrutinySupport().get(0).fullName());
        assertThat(audit.historyOf(AttendanceManagement.REQUEST, id)).hasSizeGreaterThanOrEqualTo(2);
        assertThatThrownBy(() -> attendance.sendNotice(as("scrutiny.officer"), id, attendance.today()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already been sent");
    }

    @Test
    void flagsANoticeSentAfterItsDeadlineAsShortNotice() {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(3));
        AgendaItemId item = plainItem(meetings, m, unique("Partnership working"));
        AttendanceRequestId id = require(item, personOf(accounts, "chief.officer"));
        AttendanceRequest sent = attendance.sendNotice(as("scrutiny.chair"), id, attendance.today()).request();
        assertThat(sent.shortNotice()).isTrue();
        assertThat(deadlines.require(sent.deadlineId()).metLate()).isTrue();
    }

    @Test
    void requiresOnlyCabinetMembersAndOfficersButInvitesAnyone() {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        AgendaItemId item = plainItem(meetings, m, unique("Partnership working"));
        Person witness = person(directory, "Dr Nadia Farouk");
        assertThatThrownBy(() -> attendance.ask(as("scrutiny.officer"), item, new NewRequest(RequestKind.REQUIREMENT,
                witness.id().value(), "Hospital discharge", null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> "kind".equals(p.field()) && p.message().contains("s9FA")));
        AttendanceRequestId id = attendance.ask(as("scrutiny.officer"), item, new NewRequest(RequestKind.INVITATION,
                witness.id().value(), "Hospital discharge", null));
        assertThat(attendance.request(Actor.SYSTEM, id).capacity()).isEqualTo(Capacity.WITNESS);
        assertThatThrownBy(() -> attendance.ask(as("scrutiny.member"), item, new NewRequest(RequestKind.INVITATION,
                personOf(accounts, "councillor"), "Ward concerns", null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theChairRefusesASubstituteWithReasonsAndTheCabinetMemberThenConfirms() {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        AgendaItemId item = plainItem(meetings, m, unique("Partnership working"));
        AttendanceRequestId id = require(item, personOf(accounts, "cabinet.member"));
        attendance.sendNotice(as("scrutiny.officer"), id, attendance.today());
        long director = personOf(accounts, "chief.officer");

        assertThatThrownBy(() -> attendance.respond(as("cabinet.member"), id, null, new AttendanceResponse(
                ResponseKind.DECLINE, "  ", null))).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("reason"));
        AttendanceRequest proposed = attendance.respond(as("cabinet.member"), id, null, new AttendanceResponse(
                ResponseKind.PROPOSE_SUBSTITUTE, "The director knows the operational detail", director));
        assertThat(proposed.state()).isEqualTo(RequestState.SUBSTITUTE_PROPOSED);
        assertThat(proposed.proposedSubstitute().id()).isEqualTo(director);

        assertThatThrownBy(() -> attendance.decideSubstitution(as("scrutiny.officer"), id, null, false, "No"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.decideSubstitution(as("scrutiny.member"), id, null, false, "No"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.decideSubstitution(as("scrutiny.chair"), id, null, false, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("why the substitute is refused");
        assertThatThrownBy(() -> attendance.decideSubstitution(as("scrutiny.chair"), id, proposed.version() - 1, false,
                "Stale")).isInstanceOf(ConflictException.class);
        AttendanceRequest refused = attendance.decideSubstitution(as("scrutiny.chair"), id, proposed.version(), false,
                "The committee's questions are about the cabinet member's decisions");
        assertThat(refused.state()).isEqualTo(RequestState.NOTICE_SENT);
        assertThat(refused.substitutionDecision()).isEqualTo("REFUSED");
        assertThat(refused.person().id()).isEqualTo(personOf(accounts, "cabinet.member"));

        AttendanceRequest confirmed = attendance.respond(as("cabinet.member"), id, refused.version(),
                new AttendanceResponse(ResponseKind.CONFIRM, null, null));
        assertThat(confirmed.state()).isEqualTo(RequestState.CONFIRMED);
        assertThat(confirmed.substituted()).isFalse();
        assertThat(attendance.juniorOnly(item)).isFalse();
    }

    @Test
    void anAcceptedSubstituteBecomesTheAttendee() {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        AgendaItemId item = plainItem(meetings, m, unique("Partnership working"));
        long cabinetMember = personOf(accounts, "cabinet.member");
        AttendanceRequestId id = require(item, cabinetMember);
        attendance.sendNotice(as("scrutiny.officer"), id, attendance.today());
        long director = personOf(accounts, "chief.officer");
        attendance.respond(as("scrutiny.officer"), id, null, new AttendanceResponse(ResponseKind.PROPOSE_SUBSTITUTE,
                "On leave that week", director));
        AttendanceRequest accepted = attendance.decideSubstitution(as("scrutiny.chair"), id, null, true, null);
        assertThat(accepted.state()).isEqualTo(RequestState.CONFIRMED);
        assertThat(accepted.substituted()).isTrue();
        assertThat(accepted.person().id()).isEqualTo(director);
        assertThat(accepted.capacity()).isEqualTo(Capacity.CHIEF_OFFICER);
        assertThat(accepted.originalPerson().id()).isEqualTo(cabinetMember);
        assertThat(accepted.originalCapacity()).isEqualTo(Capacity.CABINET_MEMBER);
    }

    @Test
    void theResponsibleChiefOfficerNominatesJuniorStaffAndTheItemIsFlaggedToTheChair() {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        String title = unique("Social work caseloads");
        AgendaItemId item = item(meetings, directory, m, title);
        Person head = person(directory, directory.findPeople(null, null, true, 1, 500).items().stream()
                .filter(p -> "Head of Children's Social Care".equals(p.postTitle())).findFirst().orElseThrow()
                .fullName());
        Person junior = person(directory, "Kieran Moss");
        AttendanceRequestId id = require(item, head.id().value());
        attendance.sendNotice(as("scrutiny.officer"), id, attendance.today());

        assertThatThrownBy(() -> attendance.nominate(as("monitoring.officer"), id, null,
                new Nomination(List.of(junior.id().value()), false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.nominate(as("chief.officer"), id, null, new Nomination(List.of(), false)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at least one officer");
        assertThat(attendance.awaitingNomination(as("chief.officer"))).extracting(AttendanceRequest::id).contains(id);

        List<AttendanceRequestId> nominees = attendance.nominate(as("chief.officer"), id, null,
                new Nomination(List.of(junior.id().value()), false));

        assertThat(attendance.request(Actor.SYSTEM, id).state()).isEqualTo(RequestState.NOMINATED);
        AttendanceRequest nominee = attendance.request(Actor.SYSTEM, nominees.get(0));
        assertThat(nominee.state()).isEqualTo(RequestState.CONFIRMED);
        assertThat(nominee.parentId()).isEqualTo(id);
        assertThat(nominee.nominatedBy().id()).isEqualTo(personOf(accounts, "chief.officer"));
        assertThat(nominee.capacity()).isEqualTo(Capacity.OFFICER);
        assertThat(attendance.juniorOnly(item)).isTrue();
        assertThat(attendance.juniorOnlyUpcoming(as("scrutiny.chair"))).extracting(AttendanceRequest::itemTitle)
                .contains(title);
        assertThat(attendance.awaitingNomination(as("chief.officer"))).extracting(AttendanceRequest::id)
                .doesNotContain(id);

        // the head of service attends after all: the flag goes
        attendance.nominate(as("chief.officer"), id, null, new Nomination(List.of(person(directory, "Rosa Delgado")
                .id().value()), true));
        assertThat(attendance.request(Actor.SYSTEM, id).state()).isEqualTo(RequestState.CONFIRMED);
        assertThat(attendance.juniorOnly(item)).isFalse();
    }

    @Test
    void noticeDeadlinesFollowARescheduledMeeting() {
        LocalDate day = attendance.today().plusDays(40);
        MeetingId m = meeting(meetings, directory, day);
        AgendaItemId item = plainItem(meetings, m, unique("Partnership working"));
        AttendanceRequestId waiting = require(item, personOf(accounts, "chief.officer"));
        AttendanceRequestId sent = require(item, personOf(accounts, "cabinet.member"));
        attendance.sendNotice(as("scrutiny.officer"), sent, attendance.today());
        Meeting meeting = meetings.meeting(m);
        LocalDate later = day.plusDays(21);
        meetings.update(Actor.SYSTEM, m, meeting.version(), new MeetingDetails(meeting.committeeId().value(), later,
                LocalTime.of(18, 30), meeting.place(), null));

        LocalDate due = deadlines.compute(AttendanceManagement.NOTICE_RULE, later).due();
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(attendance.request(Actor.SYSTEM, waiting).noticeDue()).isEqualTo(due));
        AttendanceRequest moved = attendance.request(Actor.SYSTEM, waiting);
        assertThat(deadlines.require(moved.deadlineId()).due()).isEqualTo(due);
        assertThat(deadlines.deadlinesOf(AttendanceManagement.REQUEST, waiting.toString()))
                .anyMatch(d -> d.state() == DeadlineState.CANCELLED);
        assertThat(deadlines.require(attendance.request(Actor.SYSTEM, sent).deadlineId()).state())
                .isEqualTo(DeadlineState.MET);
    }

    @Test
    void openRequestsLapseWhenTheMeetingIsCancelled() {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        AgendaItemId item = plainItem(meetings, m, unique("Partnership working"));
        AttendanceRequestId id = require(item, personOf(accounts, "chief.officer"));
        SpeakingRequestId speech = attendance.askToSpeak(as("councillor"), item, null, "It affects my ward");
        meetings.cancel(Actor.SYSTEM, m, "Not quorate");
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(attendance.request(Actor.SYSTEM, id).state()).isEqualTo(RequestState.LAPSED));
        AttendanceRequest lapsed = attendance.request(Actor.SYSTEM, id);
        assertThat(lapsed.closedReason()).contains("Not quorate");
        assertThat(deadlines.require(lapsed.deadlineId()).state()).isEqualTo(DeadlineState.CANCELLED);
        assertThat(attendance.speakingRequest(speech).state()).isEqualTo(SpeakingState.LAPSED);
    }

    @Test
    void cancelsTheNoticeDeadlinesOfADeletedMeeting() {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        AgendaItemId item = plainItem(meetings, m, unique("Partnership working"));
        AttendanceRequest r = attendance.request(Actor.SYSTEM, require(item, personOf(accounts, "chief.officer")));
        meetings.delete(Actor.SYSTEM, m);
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(deadlines.require(r.deadlineId()).state()).isEqualTo(DeadlineState.CANCELLED));
    }

    @Test
    void theScrutinyOfficerTakesTheWitnessRegisterAfterTheMeeting() {
        LocalDate day = attendance.today().minusDays(2);
        MeetingId m = meeting(meetings, directory, day);
        AgendaItemId item = plainItem(meetings, m, unique("Partnership working"));
        AttendanceRequestId id = require(item, personOf(accounts, "chief.officer"));
        attendance.sendNotice(as("scrutiny.officer"), id, day.minusDays(20));
        attendance.respond(as("chief.officer"), id, null, new AttendanceResponse(ResponseKind.CONFIRM, null, null));
        long chiefExecutive = personOf(accounts, "chief.executive");
        assertThatThrownBy(() -> attendance.recordAttendanceByRight(as("scrutiny.officer"), m,
                personOf(accounts, "cabinet.member"))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("leader of the council and the chief executive");
        attendance.recordAttendanceByRight(as("scrutiny.officer"), m, chiefExecutive);

        assertThatThrownBy(() -> attendance.takeRegister(as("scrutiny.chair"), m, List.of(new WitnessLine(id.value(),
                true)))).isInstanceOf(AccessDeniedException.class);
        attendance.takeRegister(as("scrutiny.officer"), m, List.of(new WitnessLine(id.value(), true)));

        List<AttendanceRequest> register = attendance.register(Actor.SYSTEM, m);
        assertThat(register).extracting(r -> r.person().id() + ":" + r.attended())
                .containsExactlyInAnyOrder(personOf(accounts, "chief.officer") + ":true", chiefExecutive + ":true");
        AttendanceFigures figures = attendance.figures(null, day, day);
        assertThat(figures.chiefExecutive().meetingsAttended()).isGreaterThanOrEqualTo(1);
        assertThat(figures.chiefExecutive().flagged()).isFalse();

        MeetingId future = meeting(meetings, directory, attendance.today().plusDays(5));
        assertThatThrownBy(() -> attendance.takeRegister(as("scrutiny.officer"), future, List.of()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("once the meeting has taken place");
    }

    @Test
    void aCouncillorAsksToSpeakAndTheChairDecides() {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        AgendaItemId item = plainItem(meetings, m, unique("Partnership working"));
        assertThatThrownBy(() -> attendance.askToSpeak(as("scrutiny.member"), item, null, "I am a member"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Members of the committee");
        SpeakingRequestId id = attendance.askToSpeak(as("councillor"), item, null, "The closure affects my ward");
        assertThatThrownBy(() -> attendance.decideSpeaking(as("scrutiny.officer"), id, null, true, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.decideSpeaking(as("scrutiny.chair"), id, null, false, ""))
                .isInstanceOf(RuleViolationException.class);
        SpeakingRequest granted = attendance.decideSpeaking(as("scrutiny.chair"), id, null, true, null);
        assertThat(granted.state()).isEqualTo(SpeakingState.GRANTED);
        assertThat(granted.decidedBy()).isEqualTo(as("scrutiny.chair").name());
    }

    @Test
    void theChairInvitesTheLeaderToSpeakAtTheMeeting() {
        MeetingId m = meeting(meetings, directory, attendance.today().plusDays(40));
        long leader = personOf(accounts, "leader");
        assertThatThrownBy(() -> attendance.inviteToSpeak(as("scrutiny.officer"), m, leader))
                .isInstanceOf(AccessDeniedException.class);
        AttendanceRequestId id = attendance.inviteToSpeak(as("scrutiny.chair"), m, leader);
        AttendanceRequest r = attendance.request(Actor.SYSTEM, id);
        assertThat(r.kind()).isEqualTo(RequestKind.BY_RIGHT);
        assertThat(r.invitedToSpeak()).isTrue();
        assertThat(r.itemId()).isNull();
        assertThat(attendance.attendanceByRight(Actor.SYSTEM, m)).extracting(AttendanceRequest::id).containsExactly(id);
    }

    @Test
    void figuresCountOnlyMeetingsThatWereNotCancelled() {
        CommitteeId committee = directory.addCommittee(new CommitteeDetails(unique("Figures Scrutiny Committee"),
                CommitteeKind.OVERVIEW_AND_SCRUTINY, null, "For the figures test", null, null));
        LocalDate day = attendance.today().plusDays(30);
        MeetingId held = meetings.schedule(Actor.SYSTEM, new MeetingDetails(committee.value(), day, LocalTime.NOON,
                "Committee Room 1", null));
        MeetingId cancelled = meetings.schedule(Actor.SYSTEM, new MeetingDetails(committee.value(), day.plusDays(1),
                LocalTime.NOON, "Committee Room 1", null));
        long cabinetMember = personOf(accounts, "cabinet.member");
        long director = personOf(accounts, "chief.officer");
        for (MeetingId m : List.of(held, cancelled)) {
            AgendaItemId item = plainItem(meetings, m, unique("Budget monitoring"));
            AttendanceRequestId declined = attendance.ask(Actor.SYSTEM, item, new NewRequest(RequestKind.REQUIREMENT,
                    cabinetMember, "The budget", null));
            attendance.sendNotice(Actor.SYSTEM, declined, attendance.today());
            attendance.respond(Actor.SYSTEM, declined, null, new AttendanceResponse(ResponseKind.DECLINE,
                    "At the Local Government Association conference", null));
            AttendanceRequestId substituted = attendance.ask(Actor.SYSTEM, item, new NewRequest(RequestKind.REQUIREMENT,
                    personOf(accounts, "leader"), "The budget", null));
            attendance.sendNotice(Actor.SYSTEM, substituted, attendance.today());
            attendance.respond(Actor.SYSTEM, substituted, null, new AttendanceResponse(ResponseKind.PROPOSE_SUBSTITUTE,
                    "The director holds the figures", director));
            attendance.decideSubstitution(Actor.SYSTEM, substituted, null, true, "Agreed");
        }
        meetings.cancel(Actor.SYSTEM, cancelled, "No business");

        AttendanceFigures f = attendance.figures(committee.value(), day.minusDays(1), day.plusDays(2));

        assertThat(f.meetings()).isEqualTo(1);
        assertThat(f.requirements().made()).isEqualTo(2);
        assertThat(f.requirements().declined()).isEqualTo(1);
        assertThat(f.requirements().confirmed()).isEqualTo(1);
        assertThat(f.requirements().substituted()).isEqualTo(1);
        assertThat(f.requirements().confirmedPercent()).isEqualTo(50.0);
        assertThat(f.people()).anySatisfy(p -> {
            assertThat(p.person().id()).isEqualTo(cabinetMember);
            assertThat(p.asked()).isEqualTo(1);
            assertThat(p.declined()).isEqualTo(1);
        });
        assertThat(f.people()).anySatisfy(p -> {
            assertThat(p.person().id()).isEqualTo(personOf(accounts, "leader"));
            assertThat(p.sentSubstitute()).isEqualTo(1);
        });
    }
}
