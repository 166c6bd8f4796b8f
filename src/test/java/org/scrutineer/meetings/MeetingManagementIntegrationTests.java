package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.DeadlineState;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.Membership;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.RecommendationDetails;
import org.scrutineer.recommendations.RecommendationManagement;
import org.scrutineer.recommendations.ReportId;
import org.scrutineer.recommendations.ReportState;
import org.scrutineer.recommendations.ScrutinyReport;
import org.scrutineer.recommendations.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ScrutineerIntegrationTest
class MeetingManagementIntegrationTests {

    @Autowired
    MeetingManagement meetings;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    RecommendationManagement recommendations;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditHistory audit;

    @Autowired
    List<org.scrutineer.home.AttentionSource> attention;

    private final LocalDate today = LocalDate.now();

    private Actor actor(String username) {
        return Actor.of(accounts.principal(username).orElseThrow().view());
    }

    /** The committee scrutiny.member sits on. */
    private CommitteeId membersCommittee() {
        PersonId member = actor("scrutiny.member").person();
        return directory.standingOf(member).currentMemberships().stream()
                .filter(m -> m.committeeKind().isScrutiny()).findFirst().orElseThrow().committeeId();
    }

    @Test
    void schedulingTracksTheAgendaPublicationDeadlineWithItsRuleAndCitation() {
        LocalDate on = today.plusDays(40);
        MeetingId id = MeetingsFixtures.schedule(meetings, MeetingsFixtures.scrutinyCommittee(directory), on);
        Meeting m = meetings.meeting(id);
        assertThat(m.status()).isEqualTo(MeetingStatus.SCHEDULED);
        TrackedDeadline d = meetings.agendaDeadline(m).orElseThrow();
        assertThat(d.ruleId()).isEqualTo("agenda-publication");
        assertThat(d.citation()).contains("Local Government Act 1972 s100B");
        assertThat(d.due()).isEqualTo(deadlines.compute("agenda-publication", on).due()).isEqualTo(m.agendaDue());
        assertThat(d.recordType()).isEqualTo(MeetingManagement.MEETING);
        assertThat(d.responsible()).isNotEmpty();
        assertThat(audit.historyOf(MeetingManagement.MEETING, id)).hasSize(1);
    }

    @Test
    void flagsAnAgendaPublishedAfterItsDeadlineAndCountsIt() {
        CommitteeId committee = MeetingsFixtures.scrutinyCommittee(directory);
        LocalDate on = today.plusDays(1);
        MeetingFigures before = meetings.figures(committee.value(), on, on);
        MeetingId id = MeetingsFixtures.schedule(meetings, committee, on);
        MeetingsFixtures.openItem(meetings, directory, id, "Bus services");
        Meeting published = meetings.publishAgenda(actor("scrutiny.officer"), id, today);
        assertThat(published.agendaLate()).isTrue();
        assertThat(published.status()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
        TrackedDeadline d = meetings.agendaDeadline(published).orElseThrow();
        assertThat(d.state()).isEqualTo(DeadlineState.MET);
        assertThat(d.metLate()).isTrue();
        MeetingFigures after = meetings.figures(committee.value(), on, on);
        assertThat(after.agendasLate()).isEqualTo(before.agendasLate() + 1);
        assertThat(after.agendasPublished()).isEqualTo(before.agendasPublished() + 1);
    }

    @Test
    void anAgendaPublishedInTimeIsNotFlagged() {
        MeetingId id = MeetingsFixtures.schedule(meetings, MeetingsFixtures.scrutinyCommittee(directory),
                today.plusDays(30));
        MeetingsFixtures.openItem(meetings, directory, id, "Libraries");
        assertThat(meetings.publishAgenda(Actor.SYSTEM, id, today).agendaLate()).isFalse();
        assertThatThrownBy(() -> meetings.publishAgenda(Actor.SYSTEM, id, today))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("only be published once");
    }

    @Test
    void refusesToPublishAnEmptyAgendaOrOneDatedInTheFuture() {
        MeetingId id = MeetingsFixtures.schedule(meetings, MeetingsFixtures.scrutinyCommittee(directory),
                today.plusDays(30));
        assertThatThrownBy(() -> meetings.publishAgenda(Actor.SYSTEM, id, today))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at least one item");
        MeetingsFixtures.openItem(meetings, directory, id, "Parks");
        assertThatThrownBy(() -> meetings.publishAgenda(Actor.SYSTEM, id, today.plusDays(1)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("future");
    }

    @Test
    void movingAMeetingMovesItsAgendaDeadline() {
        MeetingId id = MeetingsFixtures.schedule(meetings, MeetingsFixtures.scrutinyCommittee(directory),
                today.plusDays(30));
        Meeting m = meetings.meeting(id);
        TrackedDeadline old = meetings.agendaDeadline(m).orElseThrow();
        LocalDate moved = today.plusDays(44);
        meetings.update(actor("scrutiny.officer"), id, m.version(),
                new MeetingDetails(m.committeeId().value(), moved, LocalTime.of(10, 0), m.place(), null));
        Meeting after = meetings.meeting(id);
        assertThat(deadlines.require(old.id()).state()).isEqualTo(DeadlineState.CANCELLED);
        assertThat(after.agendaDue()).isEqualTo(deadlines.compute("agenda-publication", moved).due());
        assertThat(meetings.agendaDeadline(after).orElseThrow().state()).isEqualTo(DeadlineState.OPEN);
    }

    @Test
    void numbersItemsInAgendaOrderAndRenumbersWhenOneMovesOrGoes() {
        MeetingId id = MeetingsFixtures.schedule(meetings, MeetingsFixtures.scrutinyCommittee(directory),
                today.plusDays(30));
        AgendaItemId a = MeetingsFixtures.openItem(meetings, directory, id, "Apologies");
        MeetingsFixtures.openItem(meetings, directory, id, "Minutes");
        AgendaItemId c = MeetingsFixtures.openItem(meetings, directory, id, "Care homes");
        meetings.moveItem(Actor.SYSTEM, c, true);
        assertThat(meetings.items(Actor.SYSTEM, id)).extracting(AgendaItem::title)
                .containsExactly("Apologies", "Care homes", "Minutes");
        meetings.removeItem(Actor.SYSTEM, a);
        assertThat(meetings.items(Actor.SYSTEM, id)).extracting(AgendaItem::number, AgendaItem::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Care homes"),
                        org.assertj.core.groups.Tuple.tuple(2, "Minutes"));
        assertThatThrownBy(() -> meetings.moveItem(Actor.SYSTEM, c, true))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already first");
    }

    @Test
    void aPrivateItemNeedsItsParagraphReasonAndPublicSummary() {
        MeetingId id = MeetingsFixtures.schedule(meetings, MeetingsFixtures.scrutinyCommittee(directory),
                today.plusDays(30));
        assertThatThrownBy(() -> meetings.addItem(Actor.SYSTEM, id, new AgendaItemDetails("Contract", null, null,
                null, null, null, null, null, null, true, null, null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("exemptParagraph", "privateReason", "publicSummary"));
        assertThat(meetings.items(Actor.SYSTEM, id)).isEmpty();
    }

    @Test
    void withholdsAPrivateItemsContentFromThoseNotEntitled() {
        CommitteeId committee = membersCommittee();
        MeetingId id = MeetingsFixtures.schedule(meetings, committee, today.plusDays(20));
        String marker = "MARKER-" + java.util.UUID.randomUUID();
        AgendaItemId item = MeetingsFixtures.privateItem(meetings, id, marker);
        assertThat(meetings.item(actor("scrutiny.officer"), item).aims()).contains(marker);
        assertThat(meetings.item(actor("scrutiny.member"), item).reportText()).contains(marker);
        AgendaItem outsider = meetings.item(actor("councillor"), item);
        assertThat(outsider.withheld()).isTrue();
        assertThat(String.valueOf(outsider)).doesNotContain(marker);
        assertThat(outsider.publicSummary()).isEqualTo("The committee considered a contract award.");
        assertThat(meetings.publicItems(id)).isEmpty();
        meetings.publishAgenda(Actor.SYSTEM, id, today);
        assertThat(meetings.publicItems(id)).singleElement()
                .satisfies(i -> assertThat(String.valueOf(i)).doesNotContain(marker));
        assertThat(meetings.meeting(id).partlyPrivate()).isTrue();
    }

    @Test
    void takesTheRegisterWithASubstituteForAMemberWhoSentApologies() {
        CommitteeId committee = MeetingsFixtures.scrutinyCommittee(directory);
        MeetingId id = MeetingsFixtures.schedule(meetings, committee, today.minusDays(1));
        MeetingsFixtures.openItem(meetings, directory, id, "Schools");
        meetings.publishAgenda(Actor.SYSTEM, id, today.minusDays(9));
        Meeting m = meetings.meeting(id);
        List<Long> members = meetings.membersOn(m).stream().map(Membership::personId).map(PersonId::value)
                .distinct().toList();
        long substitute = directory.findPeople(null, PersonKind.COUNCILLOR, true, 1, 200).items().stream()
                .map(p -> p.id().value()).filter(p -> !members.contains(p)).findFirst().orElseThrow();
        List<RegisterLine> lines = new ArrayList<>();
        lines.add(new RegisterLine(members.get(0), Attendance.APOLOGIES, null));
        for (Long p : members.subList(1, members.size())) {
            lines.add(new RegisterLine(p, Attendance.PRESENT, null));
        }
        lines.add(new RegisterLine(substitute, Attendance.SUBSTITUTE, members.get(0)));
        meetings.takeRegister(actor("scrutiny.officer"), id, lines);
        assertThat(meetings.meeting(id).status()).isEqualTo(MeetingStatus.HELD);
        List<RegisterEntry> register = meetings.register(id);
        assertThat(register).hasSize(members.size() + 1);
        assertThat(register).filteredOn(e -> e.attendance() == Attendance.SUBSTITUTE).singleElement()
                .satisfies(e -> assertThat(e.substituteFor().value()).isEqualTo(members.get(0)));
    }

    @Test
    void refusesARegisterMissingAMemberOrMarkingAnOutsiderPresent() {
        MeetingId id = MeetingsFixtures.schedule(meetings, MeetingsFixtures.scrutinyCommittee(directory),
                today.minusDays(1));
        MeetingsFixtures.openItem(meetings, directory, id, "Housing");
        meetings.publishAgenda(Actor.SYSTEM, id, today.minusDays(9));
        List<Long> members = meetings.membersOn(meetings.meeting(id)).stream().map(x -> x.personId().value())
                .distinct().toList();
        assertThatThrownBy(() -> meetings.takeRegister(Actor.SYSTEM, id,
                List.of(new RegisterLine(members.get(0), Attendance.PRESENT, null))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("every member");
        long outsider = directory.findPeople(null, PersonKind.COUNCILLOR, true, 1, 200).items().stream()
                .map(p -> p.id().value()).filter(p -> !members.contains(p)).findFirst().orElseThrow();
        assertThatThrownBy(() -> meetings.takeRegister(Actor.SYSTEM, id,
                List.of(new RegisterLine(outsider, Attendance.PRESENT, null))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("substitutes");
        assertThat(meetings.meeting(id).status()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
    }

    @Test
    void recordsTheRecommendationsMadeOnTheDayAsAnAgreedReportInTheTracker() {
        MeetingId id = MeetingsFixtures.held(meetings, directory, today);
        AgendaItem item = meetings.items(Actor.SYSTEM, id).get(0);
        long portfolio = directory.portfolios(false).get(0).id();
        ReportId report = meetings.recordRecommendations(actor("scrutiny.officer"), item.id(), List.of(
                new RecommendationDetails("Publish waiting times monthly", Addressee.EXECUTIVE, null, null, portfolio,
                        false, null),
                new RecommendationDetails("Report back in six months", Addressee.EXECUTIVE, null, null, portfolio,
                        false, null)));
        ScrutinyReport r = recommendations.report(Actor.SYSTEM, report);
        assertThat(r.state()).isEqualTo(ReportState.AGREED);
        assertThat(r.agreedOn()).isEqualTo(meetings.meeting(id).date());
        assertThat(r.title()).isEqualTo(item.title());
        assertThat(recommendations.recommendationsOf(Actor.SYSTEM, report)).extracting(Recommendation::stage)
                .containsOnly(Stage.AGREED);
        assertThat(meetings.item(Actor.SYSTEM, item.id()).reportId()).isEqualTo(report.value());
        assertThatThrownBy(() -> meetings.recordRecommendations(Actor.SYSTEM, item.id(), List.of(
                new RecommendationDetails("Again", Addressee.EXECUTIVE, null, null, portfolio, false, null))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already recorded");
    }

    @Test
    void refusesRecommendationsBeforeTheMeetingIsHeldAndNamesTheBadRow() {
        MeetingId upcoming = MeetingsFixtures.schedule(meetings, MeetingsFixtures.scrutinyCommittee(directory),
                today.plusDays(10));
        AgendaItemId item = MeetingsFixtures.openItem(meetings, directory, upcoming, "Roads");
        assertThatThrownBy(() -> meetings.recordRecommendations(Actor.SYSTEM, item, List.of(
                new RecommendationDetails("Fix roads", Addressee.EXECUTIVE, null, null, null, false, null))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("held");
        MeetingId held = MeetingsFixtures.held(meetings, directory, today);
        AgendaItem first = meetings.items(Actor.SYSTEM, held).get(0);
        assertThatThrownBy(() -> meetings.recordRecommendations(Actor.SYSTEM, first.id(), List.of()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("recommendations[0].text"));
        assertThat(meetings.item(Actor.SYSTEM, first.id()).reportId()).isNull();
    }

    @Test
    void onlyScrutinyOfficersRunMeetings() {
        CommitteeId committee = MeetingsFixtures.scrutinyCommittee(directory);
        MeetingDetails details = new MeetingDetails(committee.value(), today.plusDays(30), LocalTime.NOON, "Room 1",
                null);
        for (String user : List.of("councillor", "scrutiny.member", "scrutiny.chair", "cabinet.member", "admin")) {
            assertThatThrownBy(() -> meetings.schedule(actor(user), details))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(meetings.schedule(actor("scrutiny.officer"), details)).isNotNull();
    }

    @Test
    void cancellingAMeetingEndsItsAgendaDeadlineAndAHeldMeetingCannotBeCancelled() {
        MeetingId id = MeetingsFixtures.schedule(meetings, MeetingsFixtures.scrutinyCommittee(directory),
                today.plusDays(30));
        assertThatThrownBy(() -> meetings.cancel(Actor.SYSTEM, id, " "))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("why");
        meetings.cancel(Actor.SYSTEM, id, "Not quorate");
        Meeting m = meetings.meeting(id);
        assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(meetings.agendaDeadline(m).orElseThrow().state()).isEqualTo(DeadlineState.CANCELLED);
        MeetingId held = MeetingsFixtures.held(meetings, directory, today);
        assertThatThrownBy(() -> meetings.cancel(Actor.SYSTEM, held, "Too late"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already been held");
    }

    @Test
    void aCouncillorDeclaresTheirOwnInterestButNotAnothers() {
        MeetingId id = MeetingsFixtures.schedule(meetings, MeetingsFixtures.scrutinyCommittee(directory),
                today.plusDays(30));
        AgendaItemId item = MeetingsFixtures.openItem(meetings, directory, id, "Leisure centres");
        Actor member = actor("scrutiny.member");
        long declared = meetings.declare(member, item, member.person().value(), InterestKind.OTHER_REGISTRABLE,
                "Trustee of the leisure trust", true);
        assertThat(meetings.declarationsOn(item)).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(declared);
            assertThat(d.leftRoom()).isTrue();
        });
        Long other = actor("scrutiny.chair").person().value();
        assertThatThrownBy(() -> meetings.declare(member, item, other, InterestKind.NON_REGISTRABLE, "Friend", false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.declare(member, item, member.person().value(), null, " ", false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("kind", "nature"));
    }

    @Test
    void remindsScrutinyOfficersOfAgendasDueAndNobodyElse() {
        MeetingId id = MeetingsFixtures.schedule(meetings, MeetingsFixtures.scrutinyCommittee(directory),
                today.plusDays(3));
        String title = "Publish the agenda for " + meetings.meeting(id).title();
        var officer = accounts.principal("scrutiny.officer").orElseThrow().view();
        var councillor = accounts.principal("councillor").orElseThrow().view();
        assertThat(attention.stream().flatMap(a -> a.itemsFor(officer).stream()))
                .anySatisfy(i -> {
                    assertThat(i.title()).isEqualTo(title);
                    assertThat(i.overdue()).isTrue();
                    assertThat(i.path()).isEqualTo("/meetings/" + id);
                });
        assertThat(attention.stream().flatMap(a -> a.itemsFor(councillor).stream()))
                .noneMatch(i -> i.title().equals(title));
    }
}
