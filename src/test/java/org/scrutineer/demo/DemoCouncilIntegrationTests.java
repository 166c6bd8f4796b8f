package org.scrutineer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Role;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Seniority;
import org.scrutineer.directory.StatutoryRole;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.scrutineer.accounts.Actor;
import org.scrutineer.recommendations.CommentKind;
import org.scrutineer.recommendations.DraftComment;
import org.scrutineer.recommendations.Progress;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.RecommendationManagement;
import org.scrutineer.recommendations.ReportState;
import org.scrutineer.recommendations.ResponseDecision;
import org.scrutineer.recommendations.ResponseState;
import org.scrutineer.recommendations.ScrutinyReport;
import org.scrutineer.recommendations.Stage;
import org.scrutineer.recommendations.TrackerQuery;
import org.scrutineer.recommendations.TrackerSort;
import org.scrutineer.recommendations.TrackerStatus;
import org.springframework.beans.factory.annotation.Autowired;

@ScrutineerIntegrationTest
class DemoCouncilIntegrationTests {

    @Autowired
    DirectoryManagement directory;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditHistory audit;

    @Autowired
    RecommendationManagement recommendations;

    @Test
    void loadsAnytownBoroughCouncil() {
        var council = directory.council().orElseThrow();
        assertThat(council.name()).isEqualTo("Anytown Borough Council");
        assertThat(council.nation()).isEqualTo("england-and-wales");
        assertThat(directory.wards()).hasSize(15);
        assertThat(directory.parties()).hasSize(3);
        assertThat(directory.findPeople(null, PersonKind.COUNCILLOR, true, 1, 1).total()).isGreaterThanOrEqualTo(45);
        assertThat(directory.committees(CommitteeKind.OVERVIEW_AND_SCRUTINY, false)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(directory.committees(CommitteeKind.TASK_AND_FINISH, false)).isNotEmpty();
        assertThat(directory.committees(CommitteeKind.CABINET, false)).hasSize(1);
        assertThat(directory.committees(CommitteeKind.FULL_COUNCIL, false)).hasSize(1);
        var cabinet = directory.committees(CommitteeKind.CABINET, false).get(0);
        assertThat(directory.currentMembers(cabinet.id())).hasSize(8);
        assertThat(directory.portfolios(false)).hasSize(8)
                .allSatisfy(p -> assertThat(p.holder()).isNotNull())
                .allSatisfy(p -> assertThat(p.leadOfficer()).isNotNull());
        for (StatutoryRole role : StatutoryRole.values()) {
            assertThat(directory.holdersOf(role)).as(role.name()).hasSize(1);
        }
        long chiefOfficers = directory.findPeople(null, PersonKind.OFFICER, true, 1, 500).items().stream()
                .filter(p -> p.seniority() == Seniority.CHIEF_OFFICER).count();
        long heads = directory.findPeople(null, PersonKind.OFFICER, true, 1, 500).items().stream()
                .filter(p -> p.seniority() == Seniority.HEAD_OF_SERVICE).count();
        assertThat(chiefOfficers).isEqualTo(6);
        assertThat(heads).isGreaterThanOrEqualTo(20);
    }

    @Test
    void auditsTheDemoCouncilLikeAnyOtherChange() {
        var anyPerson = directory.findPeople(null, null, true, 1, 1).items().get(0);
        assertThat(audit.historyOf(DirectoryManagement.PERSON, anyPerson.id())).hasSize(1);
    }

    @ParameterizedTest(name = "{0} has {1}")
    @CsvSource(delimiter = '|', textBlock = """
            scrutiny.officer   | SCRUTINY_OFFICER OFFICER
            statutory.scrutiny.officer | SCRUTINY_OFFICER OFFICER
            scrutiny.chair     | SCRUTINY_CHAIR SCRUTINY_MEMBER COUNCILLOR
            scrutiny.member    | SCRUTINY_MEMBER COUNCILLOR
            councillor         | COUNCILLOR
            cabinet.member     | CABINET_MEMBER COUNCILLOR
            leader             | LEADER CABINET_MEMBER COUNCILLOR
            chief.officer      | CHIEF_OFFICER OFFICER
            monitoring.officer | MONITORING_OFFICER CHIEF_OFFICER OFFICER
            chief.executive    | HEAD_OF_PAID_SERVICE CHIEF_OFFICER OFFICER
            admin              | ADMINISTRATOR
            """)
    void givesEachDemoSignInItsRoles(String username, String expected) {
        Set<Role> wanted = Arrays.stream(expected.split("\\s+")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        assertThat(accounts.checkPassword(username, DemoCouncil.DEMO_PASSWORD)).get()
                .satisfies(u -> assertThat(u.view().roles()).isEqualTo(wanted));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Fly-tipping enforcement                              | DRAFT
            Children's social care placements                    | SHARED
            Hospital discharge delays                            | AGREED
            Home to school transport                             | NOTICE_SERVED
            Support for young carers                             | NOTICE_SERVED
            Waiting times for education, health and care plans   | RESPONDED
            Damp and mould in council homes                      | RESPONDED
            Town centre regeneration                             | RESPONDED
            """)
    void hasAScrutinyReportInEveryState(String title, ReportState state) {
        ScrutinyReport report = demoReport(title);
        assertThat(report.state()).isEqualTo(state);
        assertThat(recommendations.recommendationsOf(Actor.SYSTEM, report.id())).hasSizeBetween(3, 7);
    }

    @Test
    void hasAResponseOverdueByMoreThanTwoMonthsSinceNoticeAndOneNotYetDue() {
        LocalDate today = recommendations.today();
        ScrutinyReport overdue = demoReport("Home to school transport");
        assertThat(overdue.responseOverdueOn(today)).isTrue();
        assertThat(overdue.noticeServedOn()).isBefore(today.minusMonths(2));
        assertThat(overdue.responseDeadline()).isNotNull();
        assertThat(tracker(TrackerStatus.OVERDUE_RESPONSE, "Home to school transport")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.responseOverdueOn(today)).isTrue());

        ScrutinyReport notDue = demoReport("Support for young carers");
        assertThat(notDue.responseOverdueOn(today)).isFalse();
        assertThat(notDue.responseDue()).isAfter(today);
        assertThat(notDue.responseState()).isEqualTo(ResponseState.DRAFT);
    }

    @Test
    void hasASlippedActionWithItsNewDateAndReason() {
        List<Recommendation> slipped = tracker(TrackerStatus.SLIPPED, "education, health and care plans");
        assertThat(slipped).anySatisfy(r -> {
            assertThat(r.progress()).isEqualTo(Progress.SLIPPED);
            assertThat(r.currentTarget()).isAfter(r.targetDate());
            assertThat(recommendations.updates(Actor.SYSTEM, r.id())).anySatisfy(u -> {
                assertThat(u.status()).isEqualTo(Progress.SLIPPED);
                assertThat(u.newTarget()).isEqualTo(r.currentTarget());
                assertThat(u.reason()).isNotBlank();
            });
        });
    }

    @Test
    void hasResponsesOnTimeAndLateWithEveryKindOfDecision() {
        ScrutinyReport onTime = demoReport("Waiting times for education, health and care plans");
        ScrutinyReport late = demoReport("Damp and mould in council homes");
        assertThat(onTime.respondedLate()).isFalse();
        assertThat(late.respondedLate()).isTrue();
        assertThat(late.responseDaysLate()).isPositive();
        List<Recommendation> decided = recommendations.recommendationsOf(Actor.SYSTEM, onTime.id());
        assertThat(decided).extracting(Recommendation::decision).containsAll(EnumSet.allOf(ResponseDecision.class));
        assertThat(decided).filteredOn(r -> r.decision() != ResponseDecision.ACCEPTED)
                .allSatisfy(r -> assertThat(r.reasons()).isNotBlank());
    }

    @Test
    void hasARecommendationSignedOffWithItsImpactAndPublishedReports() {
        List<Recommendation> implemented = tracker(TrackerStatus.IMPLEMENTED, "education, health and care plans");
        assertThat(implemented).anySatisfy(r -> assertThat(r.impactNote()).isNotBlank());
        assertThat(List.of("Home to school transport", "Waiting times for education, health and care plans",
                "Damp and mould in council homes", "Town centre regeneration"))
                .allSatisfy(title -> assertThat(demoReport(title).published()).as(title).isTrue());
        assertThat(demoReport("Fly-tipping enforcement").published()).isFalse();
    }

    @Test
    void showsThePublicTheSummaryOfTheExemptRecommendation() {
        ScrutinyReport report = demoReport("Town centre regeneration");
        assertThat(report.exemptParagraph()).isEqualTo(3);
        List<Recommendation> published = recommendations.publishedRecommendations(report.id());
        assertThat(published).filteredOn(Recommendation::exempt).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo(r.publicSummary()).doesNotContain("£4.2m");
            assertThat(r.proposedAction()).startsWith("Withheld");
        });
        assertThat(recommendations.publishedReport(report.id()).body()).satisfiesAnyOf(
                body -> assertThat(body).isNull(), body -> assertThat(body).doesNotContain("£4.2m"));
    }

    @Test
    void givesTheCabinetMemberChiefOfficerAndChairSomethingToActOn() {
        var cabinetMember = user("cabinet.member");
        var chiefOfficer = user("chief.officer");
        var chair = user("scrutiny.chair");

        // The draft shared with both of them, each of whom has commented.
        ScrutinyReport shared = demoReport("Children's social care placements");
        List<DraftComment> comments = recommendations.comments(cabinetMember, shared.id());
        assertThat(comments).extracting(DraftComment::authorName)
                .containsExactlyInAnyOrder(cabinetMember.name(), chiefOfficer.name());
        assertThat(comments).extracting(DraftComment::kind)
                .containsExactlyInAnyOrder(CommentKind.FACTUAL_ACCURACY, CommentKind.FEASIBILITY);
        assertThat(recommendations.comments(chiefOfficer, shared.id())).hasSize(2);

        // A response the chief officer drafted, for the cabinet member to approve.
        ScrutinyReport drafted = demoReport("Support for young carers");
        assertThat(drafted.responseDraftedBy().name()).isEqualTo(chiefOfficer.name());
        assertThat(recommendations.recommendationsOf(cabinetMember, drafted.id()))
                .anySatisfy(r -> assertThat(r.cabinetMember().name()).isEqualTo(cabinetMember.name()));

        // Actions the chief officer leads on, one slipped; one achieved for the chair's committee to sign off.
        List<Recommendation> ehcp = recommendations.recommendationsOf(chair,
                demoReport("Waiting times for education, health and care plans").id());
        assertThat(ehcp).anySatisfy(r -> {
            assertThat(r.progress()).isEqualTo(Progress.SLIPPED);
            assertThat(r.leadOfficer().name()).isEqualTo(chiefOfficer.name());
        });
        assertThat(ehcp).anySatisfy(r -> {
            assertThat(r.stage()).isEqualTo(Stage.IN_PROGRESS);
            assertThat(r.progress()).isEqualTo(Progress.ACHIEVED);
        });
        assertThat(directory.currentMembers(ehcp.get(0).committeeId()))
                .anySatisfy(m -> assertThat(m.personId()).isEqualTo(chair.person()));
    }

    private Actor user(String username) {
        return Actor.of(accounts.principal(username).orElseThrow().view());
    }

    private ScrutinyReport demoReport(String title) {
        return recommendations.tracker(Actor.SYSTEM, query(null, title)).items().stream()
                .filter(r -> r.reportTitle().equals(title))
                .map(r -> recommendations.report(Actor.SYSTEM, r.reportId()))
                .findFirst().orElseThrow(() -> new AssertionError("No demo report " + title));
    }

    private List<Recommendation> tracker(TrackerStatus status, String text) {
        return recommendations.tracker(Actor.SYSTEM, query(status, text)).items();
    }

    private static TrackerQuery query(TrackerStatus status, String text) {
        return new TrackerQuery(null, null, null, null, status, null, text, TrackerSort.REFERENCE, 1, 500);
    }
}
