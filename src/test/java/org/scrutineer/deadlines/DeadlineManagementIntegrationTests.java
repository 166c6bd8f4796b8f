package org.scrutineer.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@ScrutineerIntegrationTest
class DeadlineManagementIntegrationTests {

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    AuditHistory audit;

    private TrackDeadline request(String rule, LocalDate trigger) {
        PersonId someone = directory.findPeople(null, PersonKind.OFFICER, true, 1, 1).items().get(0).id();
        return new TrackDeadline("test-record", UUID.randomUUID().toString(), "Do the thing", null, rule, trigger,
                List.of(someone));
    }

    @Test
    void computesWithTheCouncilsProtocolFromItsEffectiveDate() {
        // The demo council's protocol sets the executive response at 56 days from 1 June 2024.
        assertThat(deadlines.compute(RuleCatalogue.EXECUTIVE_RESPONSE, LocalDate.of(2024, 5, 31)).due())
                .isEqualTo(LocalDate.of(2024, 7, 30));
        ComputedDeadline underProtocol = deadlines.compute(RuleCatalogue.EXECUTIVE_RESPONSE, LocalDate.of(2024, 6, 1));
        assertThat(underProtocol.due()).isEqualTo(LocalDate.of(2024, 7, 27));
        assertThat(underProtocol.source()).isEqualTo(RuleSource.PROTOCOL);
        assertThat(underProtocol.citation()).contains("Local Government Act 2000 s9FE").contains("council protocol");
    }

    @Test
    void keepsDeadlinesTriggeredBeforeAProtocolChange() {
        LocalDate meeting = LocalDate.of(2031, 3, 20);
        TrackedDeadline before = deadlines.track(request(RuleCatalogue.AGENDA_PUBLICATION, meeting));
        assertThat(before.due()).isEqualTo(LocalDate.of(2031, 3, 12));

        deadlines.changeRule(new ProtocolRuleChange(RuleCatalogue.AGENDA_PUBLICATION, LocalDate.of(2031, 3, 21),
                RuleKind.BEFORE, 7, Counting.WORKING, null, "Protocol para 3.1"));

        assertThat(deadlines.require(before.id()).due()).isEqualTo(LocalDate.of(2031, 3, 12));
        assertThat(deadlines.compute(RuleCatalogue.AGENDA_PUBLICATION, meeting).due())
                .as("triggered before the change").isEqualTo(LocalDate.of(2031, 3, 12));
        assertThat(deadlines.compute(RuleCatalogue.AGENDA_PUBLICATION, LocalDate.of(2031, 3, 27)).due())
                .as("7 clear working days before Thu 27 Mar 2031").isEqualTo(LocalDate.of(2031, 3, 17));
    }

    @Test
    void refusesAProtocolValueLooserThanTheLaw() {
        assertThatThrownBy(() -> deadlines.changeRule(new ProtocolRuleChange(RuleCatalogue.INFORMATION_REQUEST_RESPONSE,
                LocalDate.of(2032, 1, 1), RuleKind.AFTER, 15, Counting.WORKING, null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessage()).contains("only be stricter").contains("SI 2012/2089 reg 17"));
        assertThatThrownBy(() -> deadlines.changeRule(new ProtocolRuleChange(RuleCatalogue.EXECUTIVE_RESPONSE,
                LocalDate.of(2032, 1, 1), RuleKind.AFTER, 62, Counting.CALENDAR, null, null)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void letsTheCouncilSetCallInAsItChooses() {
        deadlines.changeRule(new ProtocolRuleChange(RuleCatalogue.CALL_IN_EXPIRY, LocalDate.of(2033, 1, 1),
                RuleKind.AFTER, 7, Counting.WORKING, java.time.LocalTime.of(12, 0), "Constitution 14.2"));
        ComputedDeadline c = deadlines.compute(RuleCatalogue.CALL_IN_EXPIRY, LocalDate.of(2033, 1, 4));
        assertThat(c.count()).isEqualTo(7);
        assertThat(c.closesAt()).contains(java.time.LocalTime.of(12, 0));
    }

    @Test
    void showsCallInExpiryAtFivePmOnTheFifthWorkingDay() {
        ComputedDeadline c = deadlines.compute(RuleCatalogue.CALL_IN_EXPIRY, LocalDate.of(2026, 12, 22));
        assertThat(c.due()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(c.closesAt()).contains(java.time.LocalTime.of(17, 0));
    }

    @Test
    void recordsMetLateAndExtensions() {
        TrackedDeadline d = deadlines.track(request(RuleCatalogue.INFORMATION_REQUEST_RESPONSE,
                LocalDate.of(2026, 12, 18)));
        assertThat(d.due()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(d.skipped()).extracting(SkippedDay::date).contains(LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1));

        assertThatThrownBy(() -> deadlines.extend(d.id(), LocalDate.of(2027, 1, 8), " ", null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems()).hasSize(2));
        TrackedDeadline extended = deadlines.extend(d.id(), LocalDate.of(2027, 1, 13), "Data held by a partner",
                "Cllr Chair");
        assertThat(extended.due()).isEqualTo(LocalDate.of(2027, 1, 13));
        assertThat(extended.computedDue()).isEqualTo(LocalDate.of(2027, 1, 6));

        TrackedDeadline met = deadlines.met(d.id(), LocalDate.of(2027, 1, 15));
        assertThat(met.metLate()).isTrue();
        assertThat(met.daysLate(LocalDate.of(2030, 1, 1))).isEqualTo(2);
        assertThat(audit.historyOf(DeadlineManagement.DEADLINE, d.id())).hasSize(3);
        assertThatThrownBy(() -> deadlines.met(d.id(), LocalDate.of(2027, 1, 16)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void stopsAndRestartsTheClockWhileClarificationIsSought() {
        TrackedDeadline d = deadlines.track(request(RuleCatalogue.INFORMATION_REQUEST_RESPONSE,
                LocalDate.of(2027, 2, 1)));
        assertThat(d.due()).isEqualTo(LocalDate.of(2027, 2, 15));
        deadlines.stopClock(d.id(), LocalDate.of(2027, 2, 3));
        TrackedDeadline restarted = deadlines.restartClock(d.id(), LocalDate.of(2027, 2, 10));
        // 3 to 9 February stopped: 5 working days (3, 4, 5, 8, 9) are not counted.
        assertThat(restarted.due()).isEqualTo(LocalDate.of(2027, 2, 22));
        assertThat(restarted.pauses()).containsExactly(new Pause(LocalDate.of(2027, 2, 3), LocalDate.of(2027, 2, 9)));
        assertThat(restarted.state()).isEqualTo(DeadlineState.OPEN);
    }

    @Test
    void refusesToStopTheClockOfABeforeRule() {
        TrackedDeadline d = deadlines.track(request(RuleCatalogue.AGENDA_PUBLICATION, LocalDate.of(2027, 3, 4)));
        assertThatThrownBy(() -> deadlines.stopClock(d.id(), LocalDate.of(2027, 2, 20)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void countsTheCouncilsClosureDays() {
        LocalDate closure = LocalDate.of(2034, 6, 7);
        long id = deadlines.addAdjustment(closure, CalendarAdjustment.Kind.CLOSURE, "Office move");
        ComputedDeadline c = deadlines.compute(RuleCatalogue.INFORMATION_REQUEST_RESPONSE, LocalDate.of(2034, 6, 5));
        assertThat(c.skipped()).extracting(SkippedDay::date).contains(closure);
        assertThat(c.due()).isEqualTo(LocalDate.of(2034, 6, 20));
        deadlines.removeAdjustment(id);
        assertThat(deadlines.compute(RuleCatalogue.INFORMATION_REQUEST_RESPONSE, LocalDate.of(2034, 6, 5)).due())
                .isEqualTo(LocalDate.of(2034, 6, 19));
    }

    @Test
    void refusesAResponsiblePersonWhoIsNotInTheDirectory() {
        assertThatThrownBy(() -> deadlines.track(new TrackDeadline("test-record", "x", "Do it", null,
                RuleCatalogue.AGENDA_PUBLICATION, LocalDate.of(2027, 3, 4), List.of(new PersonId(987_654_321L)))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(org.scrutineer.platform.FieldProblem::field).containsExactly("responsible"));
    }

    @Test
    void refusesADeadlineMetBeforeItsTrigger() {
        TrackedDeadline d = deadlines.track(request(RuleCatalogue.INFORMATION_REQUEST_RESPONSE,
                LocalDate.of(2027, 4, 1)));
        assertThatThrownBy(() -> deadlines.met(d.id(), LocalDate.of(2027, 3, 30)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesToRemoveADayThatIsNotABankHoliday() {
        assertThatThrownBy(() -> deadlines.addAdjustment(LocalDate.of(2035, 6, 6),
                CalendarAdjustment.Kind.REMOVED_BANK_HOLIDAY, "Not one"))
                .isInstanceOf(RuleViolationException.class);
    }
}
