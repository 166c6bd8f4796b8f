package org.scrutineer.inforequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrutineer.inforequests.InformationRequestsFixtures.actor;
import static org.scrutineer.inforequests.InformationRequestsFixtures.memberAsksChiefOfficer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.scrutineer.accounts.AccountManagement;
import org.scrutineer.accounts.Actor;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.deadlines.DeadlineManagement;
import org.scrutineer.deadlines.DeadlineState;
import org.scrutineer.deadlines.TrackedDeadline;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.directory.PersonId;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.NotFoundException;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@ScrutineerIntegrationTest
class InformationRequestManagementIntegrationTests {

    @Autowired
    InformationRequestManagement requests;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditHistory audit;

    @Autowired
    TransactionTemplate transactions;

    private final LocalDate today = LocalDate.now();

    private InformationRequestId ask(String what, LocalDate receivedOn) {
        return requests.create(actor(accounts, "scrutiny.member"),
                memberAsksChiefOfficer(accounts, directory, what, receivedOn));
    }

    @Test
    void aRequestStartsTheRegulation17DeadlineWithRemindersToTheOfficerAndChiefOfficers() {
        LocalDate received = today.minusDays(1);
        InformationRequestId id = ask("Placement costs by provider", received);
        InformationRequest r = requests.request(actor(accounts, "scrutiny.member"), id);
        assertThat(r.reference()).startsWith(org.scrutineer.inforequests.internal.InformationRules.referencePrefix(received));
        assertThat(r.state()).isEqualTo(RequestState.RECEIVED);
        TrackedDeadline d = requests.deadline(r).orElseThrow();
        assertThat(d.ruleId()).isEqualTo("information-request-response");
        assertThat(d.citation()).contains("SI 2012/2089 reg 17");
        assertThat(d.due()).isEqualTo(deadlines.compute("information-request-response", received).due())
                .isEqualTo(r.due());
        assertThat(d.responsible()).contains(new PersonId(r.responsibleOfficerId()));
        assertThat(r.directorateId()).as("taken from the officer").isNotNull();
        assertThat(audit.historyOf(InformationRequestManagement.REQUEST, id)).hasSize(1);
        assertThat(requests.events(Actor.SYSTEM, id)).extracting(RequestEvent::kind).containsExactly("Received");
    }

    @Test
    void onlyMembersOfTheCommitteeAskAndOutsidersCannotSeeTheRequest() {
        RequestDetails asCouncillor = new RequestDetails(
                InformationRequestsFixtures.membersCommittee(accounts, directory),
                actor(accounts, "councillor").person().value(), RequestedAs.MEMBER, null, "Item 1", "Anything",
                "Because", null, actor(accounts, "chief.officer").person().value(), today);
        assertThatThrownBy(() -> requests.create(actor(accounts, "councillor"), asCouncillor))
                .isInstanceOf(AccessDeniedException.class);
        RequestDetails asCommittee = new RequestDetails(asCouncillor.committeeId(),
                actor(accounts, "scrutiny.member").person().value(), RequestedAs.COMMITTEE, null, "Item 1",
                "Anything", "Because", null, asCouncillor.responsibleOfficerId(), today);
        assertThatThrownBy(() -> requests.create(actor(accounts, "scrutiny.member"), asCommittee))
                .as("a member alone cannot ask for the committee").isInstanceOf(AccessDeniedException.class);
        InformationRequestId id = ask("Agency staff numbers", today);
        assertThatThrownBy(() -> requests.request(actor(accounts, "councillor"), id))
                .isInstanceOf(NotFoundException.class);
        assertThat(requests.requests(actor(accounts, "councillor"), null, null, null, false, false, 1, 200).items())
                .noneMatch(r -> r.id().equals(id));
        assertThat(requests.request(actor(accounts, "chief.officer"), id).what()).isEqualTo("Agency staff numbers");
    }

    @Test
    void aRefusalWithoutAStatementOfReasonsIsRefusedAndNothingChanges() {
        InformationRequestId id = ask("Legal advice on the contract", today.minusDays(2));
        Actor officer = actor(accounts, "chief.officer");
        InformationRequest before = requests.request(officer, id);
        assertThatThrownBy(() -> requests.respond(officer, id, before.version(),
                new ResponseDetails(Outcome.REFUSED, null, RefusalGround.EXEMPT_NOT_RELEVANT, " ", today)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("refusalReasons"));
        InformationRequest after = requests.request(officer, id);
        assertThat(after.state()).isEqualTo(RequestState.RECEIVED);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(requests.deadline(after).orElseThrow().state()).isEqualTo(DeadlineState.OPEN);
        requests.respond(officer, id, before.version(), new ResponseDetails(Outcome.REFUSED, null,
                RefusalGround.EXEMPT_NOT_RELEVANT, "The advice concerns a matter not under review", today));
        InformationRequest refused = requests.request(officer, id);
        assertThat(refused.state()).isEqualTo(RequestState.REFUSED);
        assertThat(refused.refusalReasons()).isEqualTo("The advice concerns a matter not under review");
        assertThat(requests.deadline(refused).orElseThrow().state()).isEqualTo(DeadlineState.MET);
    }

    @Test
    void onlyTheExecutiveAnswers() {
        InformationRequestId id = ask("Budget lines", today);
        InformationRequest r = requests.request(Actor.SYSTEM, id);
        for (String user : List.of("scrutiny.member", "scrutiny.officer", "councillor", "cabinet.member")) {
            assertThatThrownBy(() -> requests.respond(actor(accounts, user), id, r.version(),
                    new ResponseDetails(Outcome.PROVIDED, "Attached", null, null, today)))
                    .as(user).isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
        }
    }

    @Test
    void clarificationStopsTheClockAndTheAnswerRestartsIt() {
        LocalDate received = today.minusDays(20);
        InformationRequestId id = ask("Waiting list by school", received);
        Actor officer = actor(accounts, "chief.officer");
        InformationRequest r = requests.request(officer, id);
        requests.acknowledge(officer, id, r.version(), received.plusDays(1));
        r = requests.request(officer, id);
        requests.seekClarification(officer, id, r.version(), "Which schools: primary or secondary?",
                received.plusDays(2));
        r = requests.request(officer, id);
        assertThat(r.state()).isEqualTo(RequestState.CLARIFICATION_SOUGHT);
        assertThat(requests.deadline(r).orElseThrow().state()).isEqualTo(DeadlineState.STOPPED);
        assertThat(r.overdueOn(today)).as("no response is owed while the clock is stopped").isFalse();
        LocalDate before = r.due();
        requests.clarify(actor(accounts, "scrutiny.member"), id, r.version(), "Secondary schools only",
                received.plusDays(12));
        InformationRequest resumed = requests.request(officer, id);
        assertThat(resumed.state()).isEqualTo(RequestState.ACKNOWLEDGED);
        assertThat(resumed.due()).isAfter(before);
        assertThat(resumed.due()).isEqualTo(requests.deadline(resumed).orElseThrow().due());
        assertThat(requests.events(officer, id)).extracting(RequestEvent::kind).containsExactly("Received",
                "Acknowledged", "Clarification sought (clock stopped)", "Clarification given (clock restarted)");
    }

    @Test
    void aLateAnswerCountsAgainstTheDirectorateInTheFigures() {
        LocalDate received = today.minusDays(40);
        InformationRequestId id = ask("Complaints by ward", received);
        Actor officer = actor(accounts, "chief.officer");
        InformationRequest r = requests.request(officer, id);
        List<InformationFigures> before = requests.figures(true, received, received);
        requests.respond(officer, id, r.version(), new ResponseDetails(Outcome.PROVIDED,
                "The figures are attached", null, null, today));
        InformationRequest answered = requests.request(officer, id);
        assertThat(answered.answeredLate()).isTrue();
        assertThat(requests.deadline(answered).orElseThrow().metLate()).isTrue();
        InformationFigures after = requests.figures(true, received, received).stream()
                .filter(f -> f.name().equals(answered.directorateName())).findFirst().orElseThrow();
        long answeredBefore = before.stream().filter(f -> f.name().equals(answered.directorateName()))
                .mapToLong(InformationFigures::answered).sum();
        assertThat(after.answered()).isEqualTo(answeredBefore + 1);
        assertThat(after.onTime()).isLessThan(after.answered());
        assertThat(after.medianDaysToAnswer()).isNotNull();
    }

    @Test
    void aMissedDeadlineEscalatesTheRequestToTheChiefOfficer() {
        InformationRequestId id = ask("Staff turnover", today.minusDays(30));
        InformationRequest r = requests.request(Actor.SYSTEM, id);
        assertThat(r.overdueOn(today)).isTrue();
        TrackedDeadline d = requests.deadline(r).orElseThrow();
        transactions.executeWithoutResult(s -> deadlines.announceMissed(d));
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> requests.request(Actor.SYSTEM, id).escalatedOn() != null);
        InformationRequest escalated = requests.request(Actor.SYSTEM, id);
        assertThat(escalated.escalatedToName()).isNotBlank();
        assertThat(requests.events(Actor.SYSTEM, id)).extracting(RequestEvent::kind).contains("Escalated");
        assertThat(requests.requests(actor(accounts, "scrutiny.member"), null, null, null, false, true, 1, 200).items())
                .anyMatch(x -> x.id().equals(id));
    }

    @Test
    void aQuarterlyReportThatHasNotComeIsFlaggedUntilItIsRecorded() {
        long committee = InformationRequestsFixtures.membersCommittee(accounts, directory);
        String title = "Quarterly finance report " + java.util.UUID.randomUUID();
        long arrangement = requests.addArrangement(actor(accounts, "scrutiny.officer"), committee, title, null, null,
                0, today.minusYears(1));
        List<QuarterlyReport> missing = requests.missingReports(committee).stream()
                .filter(q -> q.arrangement().id() == arrangement).toList();
        assertThat(missing).isNotEmpty();
        QuarterlyReport latest = missing.get(0);
        requests.recordReceipt(actor(accounts, "scrutiny.officer"), arrangement, latest.quarterStart(), today, null);
        assertThat(requests.missingReports(committee)).noneMatch(q -> q.arrangement().id() == arrangement
                && q.quarterStart().equals(latest.quarterStart()));
        assertThatThrownBy(() -> requests.recordReceipt(actor(accounts, "scrutiny.officer"), arrangement,
                latest.quarterStart(), today, null)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already recorded");
        assertThatThrownBy(() -> requests.addArrangement(actor(accounts, "scrutiny.member"), committee, title, null,
                null, 0, today)).isInstanceOf(AccessDeniedException.class);
    }
}
