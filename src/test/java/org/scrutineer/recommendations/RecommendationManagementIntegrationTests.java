package org.scrutineer.recommendations;

import org.scrutineer.accounts.Actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.platform.ConflictException;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ScrutineerIntegrationTest
class RecommendationManagementIntegrationTests {

    @Autowired
    RecommendationManagement recommendations;

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditHistory audit;

    private final LocalDate today = LocalDate.now();

    private Actor actor(String username) {
        return Actor.of(accounts.principal(username).orElseThrow().view());
    }

    @Test
    void servesNoticeWithTheResponseDeadlineInForceAndThePortfolioOwnersResponsible() {
        ReportId id = RecommendationsFixtures.draft(recommendations, 2);
        recommendations.agree(Actor.SYSTEM, id, today.minusDays(3), "Committee", Set.of());
        TrackedDeadline d = recommendations.serveNotice(actor("scrutiny.officer"), id, today.minusDays(2));
        assertThat(d.ruleId()).isEqualTo("executive-response");
        assertThat(d.due()).isEqualTo(deadlines.compute("executive-response", today.minusDays(2)).due());
        assertThat(d.citation()).contains("s9FE");
        List<Recommendation> recs = recommendations.recommendationsOf(Actor.SYSTEM, id);
        Portfolio first = recommendations.portfolios().stream()
                .filter(p -> p.id() == recs.get(0).portfolio().id()).findFirst().orElseThrow();
        assertThat(d.responsible()).contains(new PersonId(first.holder().id()), new PersonId(first.leadOfficer().id()));
        ScrutinyReport r = recommendations.report(Actor.SYSTEM, id);
        assertThat(r.state()).isEqualTo(ReportState.NOTICE_SERVED);
        assertThat(r.responseDue()).isEqualTo(d.due());
        assertThat(recs).allMatch(x -> x.stage() == Stage.AWAITING_RESPONSE);
        assertThatThrownBy(() -> recommendations.serveNotice(Actor.SYSTEM, id, today))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already been served");
    }

    @Test
    void recordsALateResponseWithHowLate() {
        ReportId id = RecommendationsFixtures.draft(recommendations, 1);
        recommendations.agree(Actor.SYSTEM, id, today.minusMonths(5), "Committee", Set.of());
        recommendations.serveNotice(Actor.SYSTEM, id, today.minusMonths(5));
        LocalDate due = recommendations.report(Actor.SYSTEM, id).responseDue();
        assertThat(recommendations.report(Actor.SYSTEM, id).responseOverdueOn(today)).isTrue();
        recommendations.saveResponse(Actor.SYSTEM, id, null, RecommendationsFixtures.acceptAll(recommendations, id, today));
        ScrutinyReport given = recommendations.approveResponse(Actor.SYSTEM, id, Approval.CABINET, today, null);
        assertThat(given.respondedLate()).isTrue();
        assertThat(given.responseDaysLate()).isEqualTo((int) java.time.temporal.ChronoUnit.DAYS.between(due, today));
        TrackedDeadline d = deadlines.require(given.responseDeadline());
        assertThat(d.metLate()).isTrue();
    }

    @Test
    void refusesARejectionWithoutReasonsAndKeepsTheSavedDraft() {
        ReportId id = RecommendationsFixtures.noticeServed(recommendations, 2, today);
        List<ResponseDetails> good = RecommendationsFixtures.acceptAll(recommendations, id, today);
        recommendations.saveResponse(Actor.SYSTEM, id, "First draft", good);
        ResponseDetails rejected = new ResponseDetails(good.get(1).recommendationId(), ResponseDecision.REJECTED, " ",
                null, null, null, null, null);
        assertThatThrownBy(() -> recommendations.saveResponse(Actor.SYSTEM, id, "Second draft",
                List.of(good.get(0), rejected)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("responses[1].reasons"));
        ScrutinyReport r = recommendations.report(Actor.SYSTEM, id);
        assertThat(r.responseSummary()).isEqualTo("First draft");
        assertThat(recommendations.recommendationsOf(Actor.SYSTEM, id))
                .allMatch(x -> x.decision() == ResponseDecision.ACCEPTED && "We will do it".equals(x.proposedAction()));
    }

    @Test
    void approvesOnlyAResponseToEveryRecommendation() {
        ReportId id = RecommendationsFixtures.noticeServed(recommendations, 2, today);
        List<ResponseDetails> all = RecommendationsFixtures.acceptAll(recommendations, id, today);
        recommendations.saveResponse(Actor.SYSTEM, id, null, List.of(all.get(0)));
        assertThatThrownBy(() -> recommendations.approveResponse(Actor.SYSTEM, id, Approval.CABINET, today, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Recommendation 2");
        assertThatThrownBy(() -> recommendations.approveResponse(Actor.SYSTEM, id, Approval.CABINET, null, null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("cabinetDate"));
    }

    @Test
    void showsTheDraftResponseOnlyToThoseWhoDraftOrApproveItUntilItIsGiven() {
        ReportId id = RecommendationsFixtures.noticeServed(recommendations, 1, today);
        Recommendation rec = recommendations.recommendationsOf(Actor.SYSTEM, id).get(0);
        recommendations.saveResponse(Actor.SYSTEM, id, "Draft covering note",
                RecommendationsFixtures.acceptAll(recommendations, id, today));
        assertThat(recommendations.recommendation(actor("councillor"), rec.id()).decision()).isNull();
        assertThat(recommendations.recommendationsOf(actor("scrutiny.member"), id).get(0).proposedAction()).isNull();
        assertThat(recommendations.disclosed(actor("councillor"), recommendations.report(actor("councillor"), id))
                .responseSummary()).isNull();
        assertThat(recommendations.recommendation(actor("chief.officer"), rec.id()).decision())
                .isEqualTo(ResponseDecision.ACCEPTED);
        assertThat(recommendations.recommendation(actor("scrutiny.officer"), rec.id()).proposedAction())
                .isEqualTo("We will do it");
        assertThat(recommendations.seesHistory(actor("councillor"), rec)).isFalse();
        assertThat(recommendations.seesHistory(actor("chief.officer"), rec)).isTrue();
        assertThat(recommendations.tracker(actor("councillor"), new TrackerQuery(null, null,
                recommendations.recommendationsOf(Actor.SYSTEM, id).get(0).cabinetMember().id(), null, null, null,
                null, null, 1, 500)).items()).extracting(Recommendation::id).doesNotContain(rec.id());
        recommendations.approveResponse(Actor.SYSTEM, id, Approval.CABINET, today, null);
        assertThat(recommendations.recommendation(actor("councillor"), rec.id()).decision())
                .isEqualTo(ResponseDecision.ACCEPTED);
        assertThat(recommendations.seesHistory(actor("councillor"), rec)).isTrue();
    }

    @Test
    void countsLatenessFromTheDeadlineAsExtendedAndAcceptsOneAlreadyMarkedMet() {
        ReportId extended = RecommendationsFixtures.draft(recommendations, 1);
        recommendations.agree(Actor.SYSTEM, extended, today.minusMonths(4), "Committee", Set.of());
        TrackedDeadline d = recommendations.serveNotice(Actor.SYSTEM, extended, today.minusMonths(4));
        deadlines.extend(d.id(), today.plusDays(5), "Awaiting the budget", "Chair of the committee");
        recommendations.saveResponse(Actor.SYSTEM, extended, null,
                RecommendationsFixtures.acceptAll(recommendations, extended, today));
        assertThat(recommendations.approveResponse(Actor.SYSTEM, extended, Approval.CABINET, today, null)
                .respondedLate()).isFalse();

        ReportId met = RecommendationsFixtures.noticeServed(recommendations, 1, today);
        deadlines.met(recommendations.report(Actor.SYSTEM, met).responseDeadline(), today);
        recommendations.saveResponse(Actor.SYSTEM, met, null, RecommendationsFixtures.acceptAll(recommendations, met, today));
        assertThatThrownBy(() -> recommendations.approveResponse(actor("leader"), met, Approval.CABINET_MEMBER, null,
                today.minusDays(1))).isInstanceOf(RuleViolationException.class).hasMessageContaining("dated the day");
        assertThat(recommendations.approveResponse(actor("leader"), met, Approval.CABINET_MEMBER, null, null).state())
                .isEqualTo(ReportState.RESPONDED);
    }

    @Test
    void refusesToOverwriteOrApproveAResponseChangedSinceItWasRead() {
        ReportId id = RecommendationsFixtures.noticeServed(recommendations, 1, today);
        int read = recommendations.report(Actor.SYSTEM, id).version();
        List<ResponseDetails> responses = RecommendationsFixtures.acceptAll(recommendations, id, today);
        recommendations.saveResponse(actor("chief.officer"), id, read, "First officer's draft", responses);
        assertThatThrownBy(() -> recommendations.saveResponse(actor("chief.officer"), id, read, "Second officer's",
                responses)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> recommendations.approveResponse(actor("leader"), id, read, Approval.CABINET_MEMBER,
                null, null)).isInstanceOf(ConflictException.class);
        assertThat(recommendations.report(Actor.SYSTEM, id).responseSummary()).isEqualTo("First officer's draft");
        int current = recommendations.report(Actor.SYSTEM, id).version();
        assertThat(recommendations.approveResponse(actor("leader"), id, current, Approval.CABINET_MEMBER, null, null)
                .state()).isEqualTo(ReportState.RESPONDED);
    }

    @Test
    void followsTheResponseDeadlineWhenItIsExtended() {
        ReportId id = RecommendationsFixtures.noticeServed(recommendations, 1, today);
        ScrutinyReport served = recommendations.report(Actor.SYSTEM, id);
        LocalDate later = served.responseDue().plusWeeks(3);
        deadlines.extend(served.responseDeadline(), later, "Cabinet meets after the due date", "Chair of the committee");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(recommendations.report(Actor.SYSTEM, id).responseDue()).isEqualTo(later));
        assertThat(audit.historyOf(DeadlineManagement.DEADLINE, served.responseDeadline()))
                .anyMatch(e -> e.toString().contains("Cabinet meets after the due date"));
    }

    @Test
    void withholdsAnExemptRecommendationsImpactNoteFromThoseNotEntitled() {
        ReportId id = RecommendationsFixtures.draft(recommendations, 0);
        Portfolio p = recommendations.portfolios().get(0);
        RecommendationId rec = recommendations.addRecommendation(Actor.SYSTEM, id, new RecommendationDetails(
                "Renegotiate the contract", Addressee.EXECUTIVE, null, null, p.id(), true, "About a contract"));
        recommendations.agree(Actor.SYSTEM, id, today, "Committee", Set.of());
        recommendations.serveNotice(Actor.SYSTEM, id, today);
        recommendations.saveResponse(Actor.SYSTEM, id, null, RecommendationsFixtures.acceptAll(recommendations, id, today));
        recommendations.approveResponse(Actor.SYSTEM, id, Approval.CABINET, today, null);
        recommendations.review(Actor.SYSTEM, rec, today, ReviewOutcome.SIGNED_OFF, "IMPACT-SECRET-3309 saved money");
        assertThat(recommendations.timeline(actor("councillor"), rec)).extracting(TimelineEvent::detail)
                .noneMatch(detail -> detail != null && detail.contains("IMPACT-SECRET-3309"));
        assertThat(recommendations.reviews(actor("councillor"), rec)).extracting(Review::note)
                .noneMatch(note -> note.contains("IMPACT-SECRET-3309"));
        assertThat(recommendations.timeline(actor("scrutiny.officer"), rec)).extracting(TimelineEvent::detail)
                .anyMatch(detail -> detail != null && detail.contains("IMPACT-SECRET-3309"));
    }

    @Test
    void letsOnlyTheCabinetMemberForThePortfolioApprove() {
        ReportId id = RecommendationsFixtures.draft(recommendations, 0);
        Portfolio housing = recommendations.portfolios().stream().filter(p -> p.title().equals("Housing"))
                .findFirst().orElseThrow();
        recommendations.addRecommendation(Actor.SYSTEM, id, new RecommendationDetails("Inspect every damp home",
                Addressee.EXECUTIVE, null, null, housing.id(), false, null));
        recommendations.agree(Actor.SYSTEM, id, today, "Committee", Set.of());
        recommendations.serveNotice(Actor.SYSTEM, id, today);
        recommendations.saveResponse(actor("chief.officer"), id, null,
                RecommendationsFixtures.acceptAll(recommendations, id, today));
        // cabinet.member holds Children and Young People, not Housing
        assertThatThrownBy(() -> recommendations.approveResponse(actor("cabinet.member"), id, Approval.CABINET_MEMBER,
                null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recommendations.saveResponse(actor("councillor"), id, null, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        ScrutinyReport given = recommendations.approveResponse(actor("leader"), id, Approval.CABINET_MEMBER, null, null);
        assertThat(given.state()).isEqualTo(ReportState.RESPONDED);
        assertThat(given.responseApprovedBy().name())
                .isEqualTo(accounts.principal("leader").orElseThrow().view().displayName());
    }

    @Test
    void tracksImplementationFromUpdatesToSignOff() {
        ReportId id = RecommendationsFixtures.responded(recommendations, 1, today);
        Recommendation r = recommendations.recommendationsOf(Actor.SYSTEM, id).get(0);
        assertThat(r.stage()).isEqualTo(Stage.IN_PROGRESS);
        assertThat(r.nextReviewOn()).isEqualTo(today.plusMonths(recommendations.settings().reviewCycleMonths()));
        LocalDate newTarget = r.currentTarget().plusMonths(3);
        recommendations.postUpdate(Actor.SYSTEM, r.id(), new UpdateDetails(today, Progress.SLIPPED, newTarget,
                "Contractor went into administration", null, null));
        Recommendation slipped = recommendations.recommendation(Actor.SYSTEM, r.id());
        assertThat(slipped.currentTarget()).isEqualTo(newTarget);
        assertThat(slipped.targetDate()).isEqualTo(r.targetDate());
        assertThat(slipped.slipped()).isTrue();
        assertThat(slipped.ragOn(today, 120)).isEqualTo(Rag.RED);
        assertThatThrownBy(() -> recommendations.review(Actor.SYSTEM, r.id(), today, ReviewOutcome.SIGNED_OFF, ""))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("impactNote"));
        recommendations.review(Actor.SYSTEM, r.id(), today, ReviewOutcome.KEPT_OPEN, "Come back in six months");
        recommendations.review(Actor.SYSTEM, r.id(), today, ReviewOutcome.SIGNED_OFF, "Fewer complaints");
        Recommendation done = recommendations.recommendation(Actor.SYSTEM, r.id());
        assertThat(done.stage()).isEqualTo(Stage.IMPLEMENTED);
        assertThat(done.impactNote()).isEqualTo("Fewer complaints");
        assertThat(recommendations.reviews(Actor.SYSTEM, r.id())).hasSize(2);
        assertThat(recommendations.timeline(Actor.SYSTEM, r.id())).extracting(TimelineEvent::title)
                .contains("Update: Slipped", "Committee review: Signed off as implemented");
        assertThatThrownBy(() -> recommendations.postUpdate(Actor.SYSTEM, r.id(), new UpdateDetails(today,
                Progress.ON_TRACK, null, null, "More", null)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("signed this recommendation off");
        assertThat(audit.historyOf(RecommendationManagement.RECOMMENDATION, r.id())).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void freezesTheReportOnceAgreedAndNumbersReportsByMunicipalYear() {
        ReportId first = RecommendationsFixtures.draft(recommendations, 3);
        ReportId second = RecommendationsFixtures.draft(recommendations, 1);
        ScrutinyReport a = recommendations.report(Actor.SYSTEM, first);
        ScrutinyReport b = recommendations.report(Actor.SYSTEM, second);
        assertThat(a.reference()).matches("SR\\(\\d\\d/\\d\\d\\)\\d{2,}");
        assertThat(RecommendationRulesAccess.sequence(b.reference()))
                .isEqualTo(RecommendationRulesAccess.sequence(a.reference()) + 1);
        List<Recommendation> recs = recommendations.recommendationsOf(Actor.SYSTEM, first);
        recommendations.removeRecommendation(Actor.SYSTEM, recs.get(0).id());
        assertThat(recommendations.recommendationsOf(Actor.SYSTEM, first)).extracting(Recommendation::number)
                .containsExactly(1, 2);
        assertThatThrownBy(() -> recommendations.updateReport(Actor.SYSTEM, first, a.version() + 7, new ReportDetails(a.committeeId().value(), "New", null, null, null, null, null)))
                .isInstanceOf(ConflictException.class);
        recommendations.agree(Actor.SYSTEM, first, today, "Committee", Set.of());
        assertThatThrownBy(() -> recommendations.addRecommendation(Actor.SYSTEM, first, new RecommendationDetails(
                "Late idea", Addressee.PARTNER, null, "Police", null, false, null)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("can no longer be changed");
        assertThatThrownBy(() -> recommendations.createReport(actor("scrutiny.chair"), new ReportDetails(
                a.committeeId().value(), "Chair's own", null, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void putsOverdueResponsesThenSlippedActionsFirst() {
        ReportId slippedReport = RecommendationsFixtures.responded(recommendations, 1, today);
        Recommendation slipped = recommendations.recommendationsOf(Actor.SYSTEM, slippedReport).get(0);
        recommendations.postUpdate(Actor.SYSTEM, slipped.id(), new UpdateDetails(today, Progress.NOT_ACHIEVED, null,
                "Budget cut", null, null));
        ReportId overdue = RecommendationsFixtures.draft(recommendations, 1);
        recommendations.agree(Actor.SYSTEM, overdue, today.minusMonths(6), "Committee", Set.of());
        recommendations.serveNotice(Actor.SYSTEM, overdue, today.minusMonths(6));
        List<Recommendation> page = recommendations.tracker(actor("councillor"), new TrackerQuery(null, null, null,
                null, null, null, null, TrackerSort.PRIORITY, 1, 500)).items();
        int overdueAt = indexOf(page, overdue);
        int slippedAt = indexOf(page, slippedReport);
        assertThat(overdueAt).isNotNegative();
        assertThat(slippedAt).isGreaterThan(overdueAt);
        assertThat(page.subList(0, overdueAt)).allMatch(r -> r.responseOverdueOn(today));
        assertThat(page.subList(overdueAt, slippedAt)).allMatch(r -> r.responseOverdueOn(today) || r.slipped()
                || r.pastTargetOn(today));
        assertThat(recommendations.tracker(actor("councillor"), new TrackerQuery(null, null, null, null,
                TrackerStatus.SLIPPED, null, null, null, 1, 500)).items()).extracting(Recommendation::reportId)
                .contains(slippedReport).doesNotContain(overdue);
    }

    private static int indexOf(List<Recommendation> page, ReportId report) {
        for (int i = 0; i < page.size(); i++) {
            if (page.get(i).reportId().equals(report)) {
                return i;
            }
        }
        return -1;
    }

    /** Reads the number at the end of a reference. */
    private static final class RecommendationRulesAccess {
        static int sequence(String reference) {
            return Integer.parseInt(reference.replaceAll(".*\\)", ""));
        }
    }
}
