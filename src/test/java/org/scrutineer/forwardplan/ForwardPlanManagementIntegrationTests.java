package org.scrutineer.forwardplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.DeadlineState;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ScrutineerIntegrationTest
class ForwardPlanManagementIntegrationTests {

    @Autowired
    ForwardPlanManagement forwardPlan;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditHistory audit;

    private final LocalDate today = LocalDate.now(ForwardPlanManagement.LOCAL);

    private Actor actor(String username) {
        return Actor.of(accounts.principal(username).orElseThrow().view());
    }

    private CallInRequest callIn(List<Long> signatories) {
        return new CallInRequest(Set.of(CallInGround.ALTERNATIVES_NOT_CONSIDERED), "The options appraisal left out "
                + "bringing the service in house", signatories, ForwardPlanFixtures.scrutinyCommittee(directory));
    }

    @Test
    void aDecisionNoticedAheadIsTakenCalledInReferredBackAndTakesEffectOnReconsideration() {
        Actor officer = actor("scrutiny.officer");
        DecisionId id = forwardPlan.plan(officer, ForwardPlanFixtures.keyDecision(directory, today.minusDays(10)));
        assertThatThrownBy(() -> forwardPlan.publicDecision(id)).isInstanceOf(NotFoundException.class);
        forwardPlan.publishNotice(officer, id, today.minusDays(40));
        ExecutiveDecision noticed = forwardPlan.decision(officer, id);
        assertThat(noticed.state()).isEqualTo(DecisionState.ON_FORWARD_PLAN);
        assertThat(noticed.noticeDue()).isEqualTo(deadlines.compute("key-decision-notice", today.minusDays(10)).due());
        forwardPlan.recordDecision(officer, id, noticed.version(), new DecisionRecordDetails(today.minusDays(10),
                "Award the contract to the preferred bidder", "Best value on quality and price",
                "Extend the current contract; bring the service in house", "None", null, null));
        ExecutiveDecision published = forwardPlan.publishRecord(officer, id, today.minusDays(1));
        assertThat(published.state()).isEqualTo(DecisionState.RECORD_PUBLISHED);
        assertThat(published.callInClosesOn()).isEqualTo(deadlines.compute("call-in-expiry", today.minusDays(1)).due());
        assertThat(forwardPlan.callInStatus(published)).startsWith("Subject to call-in until");

        List<Long> signatories = ForwardPlanFixtures.signatories(directory, 3);
        assertThatThrownBy(() -> forwardPlan.callIn(officer, id, callIn(signatories.subList(1, 3))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message).anySatisfy(t -> {
                            assertThat(t.toList().get(0)).isEqualTo("signatoryIds");
                            assertThat((String) t.toList().get(1)).contains("the chair of an overview and scrutiny "
                                    + "committee and 2 other non-executive councillors (3 in all)");
                        }));
        assertThat(forwardPlan.decision(officer, id).state()).isEqualTo(DecisionState.RECORD_PUBLISHED);

        CallIn made = forwardPlan.callIn(officer, id, callIn(signatories));
        assertThat(made.state()).isEqualTo(CallInState.AWAITING_COMMITTEE);
        assertThat(made.signatories()).hasSize(3);
        assertThat(made.meetingBy()).isEqualTo(today.plusDays(forwardPlan.settings().callInMeetingDays()));
        ExecutiveDecision suspended = forwardPlan.decision(officer, id);
        assertThat(suspended.state()).isEqualTo(DecisionState.CALLED_IN);
        assertThat(forwardPlan.callInStatus(suspended)).contains("implementation suspended");
        assertThat(forwardPlan.callInDeadline(suspended).orElseThrow().state()).isEqualTo(DeadlineState.MET);

        forwardPlan.decideCallIn(officer, id, made.version(), CallInOutcome.REFERRED_BACK, today,
                "Consider the in-house option properly", null);
        assertThat(forwardPlan.decision(officer, id).state()).isEqualTo(DecisionState.REFERRED_BACK);
        assertThat(forwardPlan.callIn(id).orElseThrow().reconsiderBy())
                .isEqualTo(today.plusDays(forwardPlan.settings().reconsiderationDays()));
        forwardPlan.reconsider(officer, id, today, "Award the contract, with an in-house comparator at year three");
        ExecutiveDecision effective = forwardPlan.publicDecision(id);
        assertThat(effective.state()).isEqualTo(DecisionState.EFFECTIVE);
        assertThat(effective.decision()).contains("in-house comparator");
        assertThat(forwardPlan.callIn(id).orElseThrow().state()).isEqualTo(CallInState.CONCLUDED);
        assertThat(audit.historyOf(ForwardPlanManagement.DECISION, id)).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void aKeyDecisionTwentyDaysAfterItsNoticeIsRefusedUntilTheChairIsToldUnderTheGeneralException() {
        Actor officer = actor("scrutiny.officer");
        DecisionDetails details = ForwardPlanFixtures.keyDecision(directory, today.plusDays(40));
        DecisionId id = forwardPlan.plan(officer, details);
        forwardPlan.publishNotice(officer, id, today);
        DecisionDetails sooner = new DecisionDetails(details.matter(), details.summary(), details.maker(),
                details.makerId(), details.portfolioId(), details.leadMemberId(), details.leadOfficerId(),
                today.plusDays(20), true, details.keyReasons(), details.financialEffect(), details.wardIds(),
                details.documents(), details.consultation(), false, null, null, details.plannedScrutiny());
        int version = forwardPlan.decision(officer, id).version();
        assertThatThrownBy(() -> forwardPlan.update(officer, id, version, sooner))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("expectedOn");
                            assertThat(p.message()).contains("key-decision-notice").contains("SI 2012/2089 reg 9");
                        }));
        assertThatThrownBy(() -> forwardPlan.useGeneralException(officer, id, null, today, "Grant deadline"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("chairId"));
        long chair = ForwardPlanFixtures.signatories(directory, 1).get(0);
        forwardPlan.useGeneralException(officer, id, chair, today, "The grant offer lapses at the end of the month");
        ExecutiveDecision excepted = forwardPlan.decision(officer, id);
        assertThat(excepted.route()).isEqualTo(DecisionRoute.GENERAL_EXCEPTION);
        assertThat(excepted.earliestDecisionOn())
                .isEqualTo(deadlines.compute("general-exception-earliest-decision", today).due());
        forwardPlan.update(officer, id, excepted.version(), sooner);
        assertThat(forwardPlan.decision(officer, id).expectedOn()).isEqualTo(today.plusDays(20));
    }

    @Test
    void aNoticePublishedTooLateIsRefusedWithTheRuleAndCitation() {
        Actor officer = actor("scrutiny.officer");
        DecisionId id = forwardPlan.plan(officer, ForwardPlanFixtures.keyDecision(directory, today.plusDays(10)));
        assertThatThrownBy(() -> forwardPlan.publishNotice(officer, id, today))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("key-decision-notice")
                .hasMessageContaining("SI 2012/2089 reg 9");
        assertThat(forwardPlan.decision(officer, id).state()).isEqualTo(DecisionState.PLANNED);
    }

    @Test
    void specialUrgencyNeedsTheChairsAgreementAndMayExemptTheDecisionFromCallIn() {
        Actor officer = actor("scrutiny.officer");
        DecisionId id = forwardPlan.plan(officer, ForwardPlanFixtures.keyDecision(directory, today));
        long notAChair = ForwardPlanFixtures.signatories(directory, 2).get(1);
        assertThatThrownBy(() -> forwardPlan.useSpecialUrgency(officer, id, notAChair, UrgencyAgreedAs.SCRUTINY_CHAIR,
                today, "Storm damage")).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("agreedById"));
        long chair = ForwardPlanFixtures.signatories(directory, 1).get(0);
        forwardPlan.useSpecialUrgency(officer, id, chair, UrgencyAgreedAs.SCRUTINY_CHAIR, today,
                "Storm damage to the sea wall must be repaired before the spring tides");
        ExecutiveDecision d = forwardPlan.decision(officer, id);
        forwardPlan.recordDecision(officer, id, d.version(), new DecisionRecordDetails(today, "Repair the sea wall",
                "Risk of flooding", "Temporary barriers", null, null, "Urgent, with the scrutiny chair's consent"));
        ExecutiveDecision published = forwardPlan.publishRecord(officer, id, today);
        assertThat(published.state()).isEqualTo(DecisionState.EFFECTIVE);
        assertThat(published.callInDeadline()).isNull();
        assertThat(forwardPlan.callInStatus(published)).contains("exempt from call-in");
        assertThat(forwardPlan.specialUrgencyReport(today.minusDays(1), today)).extracting(ExecutiveDecision::id)
                .contains(id);
        assertThatThrownBy(() -> forwardPlan.callIn(officer, id, callIn(ForwardPlanFixtures.signatories(directory, 3))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("exempt from call-in");
    }

    @Test
    void aDecisionAboveTheThresholdMustBeKeyAndOnlyTheExecutiveSidePlansIt() {
        DecisionDetails notKey = new DecisionDetails("Buy gritters", null, DecisionMaker.CABINET, null, null, null,
                null, today.plusDays(60), false, Set.of(), new BigDecimal("750000"), List.of(), null, null, false, null,
                null, null);
        assertThatThrownBy(() -> forwardPlan.plan(actor("scrutiny.officer"), notKey))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("keyDecision"));
        assertThatThrownBy(() -> forwardPlan.plan(actor("scrutiny.member"),
                ForwardPlanFixtures.keyDecision(directory, today.plusDays(60))))
                .isInstanceOf(AccessDeniedException.class);
        DecisionId id = forwardPlan.plan(actor("cabinet.member"),
                ForwardPlanFixtures.keyDecision(directory, today.plusDays(60)));
        assertThatThrownBy(() -> forwardPlan.decision(actor("councillor"), id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCommitteeFlagsADecisionForPreDecisionScrutiny() {
        Actor officer = actor("scrutiny.officer");
        DecisionId id = forwardPlan.plan(officer, ForwardPlanFixtures.keyDecision(directory, today.plusDays(45)));
        forwardPlan.publishNotice(officer, id, today);
        long committee = ForwardPlanFixtures.scrutinyCommittee(directory);
        forwardPlan.flagForPreDecisionScrutiny(officer, id, committee, "Consider the specification in January");
        assertThat(forwardPlan.preDecisionScrutiny(id)).singleElement()
                .satisfies(f -> assertThat(f.committeeId()).isEqualTo(committee));
        assertThat(forwardPlan.flaggedBy(committee)).anyMatch(f -> f.decisionId().equals(id));
        assertThatThrownBy(() -> forwardPlan.flagForPreDecisionScrutiny(officer, id, committee, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already flagged");
        assertThatThrownBy(() -> forwardPlan.flagForPreDecisionScrutiny(actor("councillor"), id, committee, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDecisionWithdrawnBeforeItsNoticeWasPublishedStaysOutOfPublicView() {
        Actor officer = actor("scrutiny.officer");
        DecisionDetails unpublished = ForwardPlanFixtures.keyDecision(directory, today.plusDays(50));
        DecisionId draft = forwardPlan.plan(officer, unpublished);
        forwardPlan.withdraw(officer, draft, forwardPlan.decision(officer, draft).version(), "Dropped");
        assertThatThrownBy(() -> forwardPlan.publicDecision(draft)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> forwardPlan.decision(actor("councillor"), draft)).isInstanceOf(NotFoundException.class);
        assertThat(forwardPlan.forwardPlan(null, null, null, null, null, null, null, unpublished.matter(), 1, 10)
                .items()).isEmpty();
        assertThat(forwardPlan.decision(officer, draft).state()).isEqualTo(DecisionState.WITHDRAWN);

        DecisionDetails noticed = ForwardPlanFixtures.keyDecision(directory, today.plusDays(50));
        DecisionId published = forwardPlan.plan(officer, noticed);
        forwardPlan.publishNotice(officer, published, today);
        forwardPlan.withdraw(officer, published, forwardPlan.decision(officer, published).version(), "Dropped");
        assertThat(forwardPlan.publicDecision(published).withdrawnReason()).isEqualTo("Dropped");
        assertThat(forwardPlan.forwardPlan(null, null, null, null, null, null, null, noticed.matter(), 1, 10)
                .items()).extracting(ExecutiveDecision::id).containsExactly(published);
    }
}
