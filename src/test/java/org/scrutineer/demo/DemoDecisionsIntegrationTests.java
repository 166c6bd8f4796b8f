package org.scrutineer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.accounts.Actor;
import org.scrutineer.forwardplan.CallInOutcome;
import org.scrutineer.forwardplan.CallInState;
import org.scrutineer.forwardplan.DecisionRoute;
import org.scrutineer.forwardplan.DecisionState;
import org.scrutineer.forwardplan.ExecutiveDecision;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.scrutineer.forwardplan.KeyReason;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo council's forward plan: a decision in every state, each as its story says. */
@ScrutineerIntegrationTest
class DemoDecisionsIntegrationTests {

    @Autowired
    ForwardPlanManagement forwardPlan;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Special educational needs and disabilities (SEND) sufficiency strategy | PLANNED
            Award of the highways maintenance term contract                       | ON_FORWARD_PLAN
            Home to school transport policy                                       | ON_FORWARD_PLAN
            Renewal of the library service's e-book                               | ON_FORWARD_PLAN
            Acceptance of Local Authority Housing Fund grant                      | ON_FORWARD_PLAN
            Emergency repairs to the Harbour sea wall                             | EFFECTIVE
            Purchase of 40 homes for temporary accommodation                      | DECIDED
            Fees paid to care homes for older people                              | RECORD_PUBLISHED
            Award of the leisure centres management contract                      | RECORD_PUBLISHED
            Introduction of evening parking charges                               | CALLED_IN
            Removal of the subsidy for bus routes 22 and 23                       | REFERRED_BACK
            Changes to garden waste collection charges                            | EFFECTIVE
            Disposal of the former Kingsmead leisure centre site                  | REFERRED_TO_COUNCIL
            Closure of Oakwood library                                            | WITHDRAWN
            Variation of the waste collection contract for food waste             | RECORD_PUBLISHED
            """)
    void loadsEachDemoDecisionInTheStateItsStorySays(String matter, DecisionState state) {
        assertThat(demo(matter).state()).isEqualTo(state);
    }

    @Test
    void coversEveryStateOfAnExecutiveDecision() {
        Set<DecisionState> states = List.of("SEND", "highways maintenance term", "Home to school transport policy", "e-book",
                "Housing Fund", "sea wall", "temporary accommodation", "care homes", "leisure centres management",
                "evening parking", "bus routes", "garden waste", "Kingsmead", "Oakwood library", "food waste")
                .stream().map(m -> demo(m).state()).collect(Collectors.toCollection(() -> EnumSet.noneOf(
                        DecisionState.class)));
        assertThat(states).containsExactlyInAnyOrder(DecisionState.values());
    }

    @Test
    void keyDecisionsByExpenditureAndByWardsAndOneNotKeyAreOnTheForwardPlan() {
        ExecutiveDecision highways = demo("highways maintenance term");
        assertThat(highways.keyReasons()).containsExactly(KeyReason.EXPENDITURE);
        assertThat(highways.noticePublishedOn()).isBeforeOrEqualTo(highways.noticeDue());
        ExecutiveDecision transport = demo("Home to school transport policy");
        assertThat(transport.keyReasons()).containsExactly(KeyReason.WARDS);
        assertThat(transport.wards()).hasSize(15);
        assertThat(demo("e-book").keyDecision()).isFalse();
    }

    @Test
    void theGeneralExceptionAndSpecialUrgencyRoutesAreRecordedWithTheChair() {
        ExecutiveDecision fund = demo("Housing Fund");
        assertThat(fund.route()).isEqualTo(DecisionRoute.GENERAL_EXCEPTION);
        assertThat(fund.chairInformed().name()).isNotBlank();
        assertThat(fund.earliestDecisionOn()).isAfter(fund.chairInformedOn());
        ExecutiveDecision seaWall = demo("sea wall");
        assertThat(seaWall.route()).isEqualTo(DecisionRoute.SPECIAL_URGENCY);
        assertThat(seaWall.callInExemptReason()).contains("scrutiny chair");
        assertThat(seaWall.callInDeadline()).isNull();
        assertThat(forwardPlan.callInStatus(seaWall)).startsWith("Effective: exempt from call-in");
        assertThat(forwardPlan.specialUrgencyReport(seaWall.urgencyAgreedOn(), seaWall.urgencyAgreedOn()))
                .extracting(ExecutiveDecision::id).contains(seaWall.id());
    }

    @Test
    void aDecisionInPrivateHasBothNoticesRepresentationsAndTheResponse() {
        ExecutiveDecision homes = demo("temporary accommodation");
        assertThat(homes.inPrivate()).isTrue();
        assertThat(homes.exemptParagraph()).isEqualTo(3);
        assertThat(forwardPlan.privateNotice(homes.id())).hasValueSatisfying(n -> {
            assertThat(n.intentionPublishedOn()).isNotNull();
            assertThat(n.finalPublishedOn()).isNotNull();
            assertThat(n.intentionLate()).isFalse();
            assertThat(n.finalLate()).isFalse();
            assertThat(n.representations()).contains("Anytown Homes");
            assertThat(n.response()).isNotBlank();
        });
        assertThat(homes.recordPublished()).isFalse();
    }

    @Test
    void oneDecisionIsOpenToCallInAndAnotherTookEffectWhenItsWindowClosed() {
        ExecutiveDecision fees = demo("care homes");
        assertThat(fees.callInOpenAt(forwardPlan.now())).isTrue();
        assertThat(forwardPlan.callInStatus(fees)).startsWith("Subject to call-in until");
        assertThat(forwardPlan.callInDeadline(fees)).isPresent();
        ExecutiveDecision leisure = demo("leisure centres management");
        assertThat(leisure.callInOpenAt(forwardPlan.now())).isFalse();
        assertThat(leisure.effectiveAt(forwardPlan.now())).isTrue();
        assertThat(forwardPlan.callInStatus(leisure)).startsWith("Effective from");
    }

    @Test
    void callInsAwaitTheCommitteeOrWereReferredBackReconsideredOrSentToCouncil() {
        assertThat(forwardPlan.callIn(demo("evening parking").id())).hasValueSatisfying(c -> {
            assertThat(c.state()).isEqualTo(CallInState.AWAITING_COMMITTEE);
            assertThat(c.signatories()).hasSize(3);
            assertThat(c.committeeName()).startsWith("Place and Economy");
        });
        assertThat(forwardPlan.callIn(demo("bus routes").id())).hasValueSatisfying(c -> {
            assertThat(c.outcome()).isEqualTo(CallInOutcome.REFERRED_BACK);
            assertThat(c.reconsiderBy()).isAfter(c.heardOn());
        });
        ExecutiveDecision garden = demo("garden waste");
        assertThat(garden.decision()).contains("concession");
        assertThat(forwardPlan.callIn(garden.id())).hasValueSatisfying(c -> {
            assertThat(c.state()).isEqualTo(CallInState.CONCLUDED);
            assertThat(c.reconsideredOn()).isNotNull();
        });
        assertThat(forwardPlan.callIn(demo("Kingsmead").id())).hasValueSatisfying(c -> {
            assertThat(c.outcome()).isEqualTo(CallInOutcome.REFERRED_TO_COUNCIL);
            assertThat(c.councilDate()).isAfter(forwardPlan.today());
        });
    }

    @Test
    void aCommitteeFlaggedOneForPreDecisionScrutinyAndRequiredAReg18ReportOnAnother() {
        ExecutiveDecision transport = demo("Home to school transport policy");
        assertThat(forwardPlan.preDecisionScrutiny(transport.id())).singleElement().satisfies(f -> {
            assertThat(f.committeeName()).startsWith("Children and Young People");
            assertThat(f.flaggedBy()).isNotEqualTo(Actor.SYSTEM.name());
            assertThat(forwardPlan.flaggedBy(f.committeeId())).anyMatch(x -> x.decisionId().equals(transport.id()));
        });
        ExecutiveDecision variation = demo("food waste");
        assertThat(variation.keyDecision()).isFalse();
        assertThat(forwardPlan.keyDecisionReports(variation.id())).singleElement()
                .satisfies(r -> assertThat(r.reportBy()).isAfter(forwardPlan.today()));
    }

    @Test
    void theWithdrawnDecisionSaysWhyAndThePlannedOneIsNotPublic() {
        assertThat(demo("Oakwood library").withdrawnReason()).contains("community library");
        ExecutiveDecision send = demo("SEND");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> forwardPlan.publicDecision(send.id()))
                .isInstanceOf(NotFoundException.class);
    }

    /** The one demo decision whose matter holds the words (seen as the forward plan's keepers see it). */
    private ExecutiveDecision demo(String words) {
        List<ExecutiveDecision> found = forwardPlan.forwardPlan(Actor.SYSTEM, null, LocalDate.of(2000, 1, 1), null,
                null, null, null, words, 1, 50).items().stream()
                .toList();
        assertThat(found).as(words).isNotEmpty();
        // the demo's own decision is the first made with these words; tests sharing the database make later ones
        return found.stream().min(java.util.Comparator.comparingLong(d -> d.id().value())).orElseThrow();
    }
}
