package org.scrutineer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.deadlines.DeadlineState;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.home.AttentionItem;
import org.scrutineer.home.AttentionSource;
import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.Attendance;
import org.scrutineer.meetings.Meeting;
import org.scrutineer.meetings.MeetingManagement;
import org.scrutineer.meetings.MeetingStatus;
import org.scrutineer.meetings.RegisterEntry;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.RecommendationManagement;
import org.scrutineer.recommendations.ReportId;
import org.scrutineer.recommendations.ReportState;
import org.scrutineer.recommendations.ScrutinyReport;
import org.scrutineer.recommendations.TrackerQuery;
import org.scrutineer.recommendations.TrackerSort;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo council's year of meetings ({@link DemoMeetings}). Other tests add meetings to the same committees, so
 * every assertion looks only at the demo's own, told apart by the places the demo meets in.
 */
@ScrutineerIntegrationTest
class DemoMeetingsIntegrationTests {

    @Autowired
    MeetingManagement meetings;

    @Autowired
    RecommendationManagement recommendations;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditHistory audit;

    @Autowired
    List<AttentionSource> attention;

    @ParameterizedTest(name = "{0}")
    @EnumSource(MeetingStatus.class)
    void hasMeetingsInEveryState(MeetingStatus status) {
        assertThat(demoMeetings()).filteredOn(m -> m.status() == status).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Children and Young People Overview and Scrutiny Committee       | 8 | 12
            Health and Adult Social Care Overview and Scrutiny Committee    | 8 | 12
            Place and Economy Overview and Scrutiny Committee               | 8 | 12
            Hospital Discharge Task and Finish Group                        | 1 | 5
            """)
    void meetsAboutMonthlyFromSevenMonthsAgoToFourMonthsAhead(String committee, int least, int most) {
        LocalDate today = meetings.today();
        List<Meeting> its = demoMeetings().stream().filter(m -> m.committeeName().equals(committee)).toList();
        assertThat(its).hasSizeBetween(least, most)
                .allSatisfy(m -> assertThat(m.date()).isBetween(today.minusMonths(8), today.plusMonths(5)))
                .anySatisfy(m -> assertThat(m.date()).isBefore(today));
    }

    @Test
    void flagsTheAgendaPublishedLateWithItsDeadlinesRuleAndCitation() {
        Meeting late = demoMeetings().stream().filter(Meeting::agendaLate).findFirst().orElseThrow();
        assertThat(late.agendaPublishedOn()).isAfter(late.agendaDue());
        TrackedDeadline deadline = meetings.agendaDeadline(late).orElseThrow();
        assertThat(deadline.ruleId()).isEqualTo(MeetingManagement.AGENDA_RULE);
        assertThat(deadline.citation()).contains("s100B");
        assertThat(deadline.state()).isEqualTo(DeadlineState.MET);
        assertThat(deadline.metLate()).isTrue();
        assertThat(meetings.figures(late.committeeId().value(), late.date(), late.date()).agendasLate())
                .isPositive();
        assertThat(demoMeetings()).filteredOn(m -> m.agendaPublishedOn() != null && !m.agendaLate()).isNotEmpty();
    }

    @Test
    void cancelledAMeetingWithItsReason() {
        assertThat(demoMeetings()).filteredOn(m -> m.status() == MeetingStatus.CANCELLED)
                .allSatisfy(m -> assertThat(m.cancelledReason()).contains("National Planning Policy Framework"));
    }

    @Test
    void heldMeetingsHaveTheirRegisterWithASubstituteDeclarationsMinutesAndResolutions() {
        List<Meeting> held = demoMeetings().stream().filter(m -> m.status() == MeetingStatus.HELD).toList();
        assertThat(held).isNotEmpty();
        for (Meeting m : held) {
            List<RegisterEntry> register = meetings.register(m.id());
            RegisterEntry apologies = register.stream().filter(e -> e.attendance() == Attendance.APOLOGIES)
                    .findFirst().orElseThrow(() -> new AssertionError("No apologies at " + m.title()));
            assertThat(register).as(m.title()).filteredOn(e -> e.attendance() == Attendance.SUBSTITUTE)
                    .singleElement().satisfies(e -> assertThat(e.substituteFor()).isEqualTo(apologies.person()));
            assertThat(register).as(m.title()).filteredOn(e -> e.attendance() == Attendance.PRESENT)
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(meetings.items(Actor.SYSTEM, m.id())).as(m.title())
                    .allSatisfy(i -> assertThat(i.minutes()).isNotBlank())
                    .allSatisfy(i -> assertThat(i.resolutions()).isNotBlank());
        }
        assertThat(held).filteredOn(m -> m.minutesPublishedOn() != null).isNotEmpty();
        assertThat(held).filteredOn(m -> m.minutesPublishedOn() == null).isNotEmpty();
        List<Meeting> declared = held.stream().filter(m -> !meetings.declarations(m.id()).isEmpty()).toList();
        assertThat(declared).hasSizeGreaterThanOrEqualTo(3);
        assertThat(declared).anySatisfy(m -> assertThat(meetings.declarations(m.id()))
                .anySatisfy(d -> assertThat(d.leftRoom()).isTrue()));
        assertThat(audit.historyOf(MeetingManagement.MEETING, held.get(0).id())).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void itemsCarryAimsAndQuestionsAgreedWithTheCabinetMemberAndDirectorWithPortfolioAndDirectorate() {
        List<AgendaItem> items = new ArrayList<>();
        demoMeetings().stream().filter(m -> m.status() == MeetingStatus.HELD)
                .forEach(m -> items.addAll(meetings.items(Actor.SYSTEM, m.id())));
        List<AgendaItem> agreed = items.stream().filter(AgendaItem::aimsAgreed).toList();
        assertThat(agreed).hasSizeGreaterThan(30).allSatisfy(i -> {
            assertThat(i.purpose()).isNotBlank();
            assertThat(i.aims()).isNotBlank();
            assertThat(i.linesOfQuestioning()).startsWith("1. ");
            assertThat(i.portfolioId()).isNotNull();
            assertThat(i.directorateName()).isNotBlank();
            assertThat(i.aimsAgreedWith()).contains(directory.requirePortfolio(i.portfolioId()).holder().name())
                    .containsAnyOf("Director", "Chief Executive");
        });
    }

    @Test
    void takesAnItemInPrivateUnderParagraphThreeAndShowsOthersOnlyItsSummary() {
        List<AgendaItem> exempt = new ArrayList<>();
        demoMeetings().forEach(m -> meetings.items(Actor.SYSTEM, m.id()).stream().filter(AgendaItem::inPrivate)
                .forEach(exempt::add));
        assertThat(exempt).isNotEmpty().allSatisfy(i -> {
            assertThat(i.exemptParagraph()).isEqualTo(3);
            assertThat(i.privateReason()).contains("public interest");
            assertThat(i.publicSummary()).contains("paragraph 3 of Schedule 12A");
        });
        AgendaItem market = exempt.stream().filter(i -> i.title().contains("Market Hall")).findFirst().orElseThrow();
        assertThat(market.reportText()).contains("£4.2m");
        assertThat(meetings.meeting(market.meetingId()).partlyPrivate()).isTrue();
        AgendaItem outsider = meetings.item(actor("councillor"), market.id());
        assertThat(outsider.withheld()).isTrue();
        assertThat(String.valueOf(outsider)).doesNotContain("£4.2m");
        assertThat(meetings.publicItems(market.meetingId())).filteredOn(i -> i.id().equals(market.id()))
                .singleElement().satisfies(i -> assertThat(String.valueOf(i)).doesNotContain("£4.2m"));
    }

    @Test
    void putsTheRecommendationsMadeOnTheDayInTheTracker() {
        AgendaItem item = demoMeetings().stream().filter(m -> m.status() == MeetingStatus.HELD)
                .flatMap(m -> meetings.items(Actor.SYSTEM, m.id()).stream()).filter(i -> i.reportId() != null)
                .findFirst().orElseThrow();
        Meeting meeting = meetings.meeting(item.meetingId());
        ScrutinyReport report = recommendations.report(Actor.SYSTEM, new ReportId(item.reportId()));
        assertThat(report.state()).isEqualTo(ReportState.AGREED);
        assertThat(report.agreedOn()).isEqualTo(meeting.date());
        assertThat(report.title()).isEqualTo(item.title());
        List<Recommendation> tracked = recommendations.tracker(Actor.SYSTEM, new TrackerQuery(null, null, null, null,
                null, null, "elective home education", TrackerSort.REFERENCE, 1, 50)).items();
        assertThat(tracked).filteredOn(r -> r.reportId().equals(report.id())).hasSize(3);
    }

    @Test
    void showsTheScrutinyOfficerAnAgendaDueWithinTheFortnightAndAnUpcomingAgendaPublished() {
        LocalDate today = meetings.today();
        List<Meeting> due = demoMeetings().stream().filter(m -> m.status() == MeetingStatus.SCHEDULED)
                .filter(m -> !m.agendaDue().isBefore(today) && !m.agendaDue().isAfter(today.plusDays(14))).toList();
        assertThat(due).isNotEmpty();
        var officer = accounts.principal("scrutiny.officer").orElseThrow().view();
        List<AttentionItem> home = attention.stream().flatMap(a -> a.itemsFor(officer).stream()).toList();
        assertThat(home).anySatisfy(i -> {
            assertThat(i.path()).isEqualTo(MeetingManagement.meetingPath(due.get(0).id()));
            assertThat(i.overdue()).isFalse();
        });
        assertThat(demoMeetings()).filteredOn(m -> m.status() == MeetingStatus.AGENDA_PUBLISHED)
                .anySatisfy(m -> assertThat(m.date()).isAfter(today));
        assertThat(demoMeetings()).filteredOn(m -> m.status() == MeetingStatus.SCHEDULED)
                .allSatisfy(m -> assertThat(m.agendaDue()).isAfterOrEqualTo(today));
    }

    /** The demo's meetings, every page of them. */
    private List<Meeting> demoMeetings() {
        List<Meeting> demo = new ArrayList<>();
        for (int page = 1; ; page++) {
            var found = meetings.meetings(null, null, null, null, false, page, 200);
            found.items().stream().filter(m -> DemoMeetings.PLACES.contains(m.place())).forEach(demo::add);
            if ((long) page * 200 >= found.total()) {
                return demo;
            }
        }
    }

    private Actor actor(String username) {
        return Actor.of(accounts.principal(username).orElseThrow().view());
    }
}
