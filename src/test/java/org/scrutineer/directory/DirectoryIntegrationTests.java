package org.scrutineer.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrutineer.directory.DirectoryFixtures.councillor;
import static org.scrutineer.directory.DirectoryFixtures.officer;
import static org.scrutineer.directory.DirectoryFixtures.uniqueName;
import static org.scrutineer.directory.DirectoryFixtures.witness;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scrutineer.audit.AuditAction;
import org.scrutineer.audit.AuditHistory;
import org.scrutineer.audit.FieldChange;
import org.scrutineer.platform.ConflictException;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.platform.RuleViolationException;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@ScrutineerIntegrationTest
class DirectoryIntegrationTests {

    @Autowired
    DirectoryManagement directory;

    @Autowired
    AuditHistory audit;

    @Test
    void recordsAPersonsCreationAndEachChangeInTheirHistory() {
        String family = uniqueName("Hist");
        PersonId id = directory.addPerson(witness(family));
        Person before = directory.requirePerson(id);

        PersonDetails changed = new PersonDetails(PersonKind.WITNESS, "Dr", "Wendy", family, "wendy@hospice.example",
                null, null, null, null, null, null, Set.of(), false, "Anytown Hospice Trust", true);
        directory.updatePerson(id, before.version(), changed);

        var history = audit.historyOf(DirectoryManagement.PERSON, id);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).action()).isEqualTo(AuditAction.CHANGED);
        assertThat(history.get(0).changes()).containsExactlyInAnyOrder(
                new FieldChange("Title", null, "Dr"),
                new FieldChange("Email", null, "wendy@hospice.example"),
                new FieldChange("Organisation", "Anytown Hospice", "Anytown Hospice Trust"));
        assertThat(history.get(1).action()).isEqualTo(AuditAction.CREATED);
        assertThat(history.get(1).changes()).contains(new FieldChange("Family name", null, family),
                new FieldChange("Kind", null, "External witness"));
        assertThat(directory.requirePerson(id).fullName()).isEqualTo("Dr Wendy " + family);
    }

    @Test
    void reportsEveryProblemWithAPersonAtOnce() {
        PersonDetails empty = new PersonDetails(PersonKind.OFFICER, null, " ", "", "not-an-email", null, null, null,
                null, null, null, Set.of(), false, null, true);
        assertThatThrownBy(() -> directory.addPerson(empty))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("givenName", "familyName", "email", "postTitle", "seniority"));
    }

    @Test
    void requiresAWardForACouncillor() {
        PersonDetails noWard = new PersonDetails(PersonKind.COUNCILLOR, null, "Nora", uniqueName("Ward"), null, null,
                null, null, null, null, null, Set.of(), false, null, true);
        assertThatThrownBy(() -> directory.addPerson(noWard))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("wardId"));
    }

    @Test
    void refusesAChangeMadeFromAStaleCopy() {
        PersonId id = directory.addPerson(witness(uniqueName("Stale")));
        Person read = directory.requirePerson(id);
        PersonDetails edited = new PersonDetails(PersonKind.WITNESS, null, "Wanda", read.familyName(), null, null,
                null, null, null, null, null, Set.of(), false, "Elsewhere", true);
        directory.updatePerson(id, read.version(), edited);
        assertThatThrownBy(() -> directory.updatePerson(id, read.version(), read.details()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void findsPeopleByAnyPartOfTheirName() {
        String family = uniqueName("Searchable");
        directory.addPerson(witness(family));
        assertThat(directory.findPeople("wendy " + family.substring(0, 12).toLowerCase(), null, true, 1, 10).items())
                .extracting(Person::familyName).containsExactly(family);
        assertThat(directory.findPeople(family, PersonKind.OFFICER, true, 1, 10).total()).isZero();
        assertThat(directory.findPeople("100%_", null, null, 1, 10).total()).isZero();
    }

    @Test
    void keepsOneChairAtATimeAndNoOverlappingSeats() {
        long ward = directory.wards().get(0).id();
        CommitteeId committee = directory.addCommittee(new CommitteeDetails(uniqueName("Panel"),
                CommitteeKind.OVERVIEW_AND_SCRUTINY, null, null, null, null));
        PersonId first = directory.addPerson(councillor(uniqueName("Chair"), ward));
        PersonId second = directory.addPerson(councillor(uniqueName("Rival"), ward));
        LocalDate may = LocalDate.of(2026, 5, 20);

        directory.addMembership(committee, first, MembershipRole.CHAIR, may, null);
        assertThatThrownBy(() -> directory.addMembership(committee, second, MembershipRole.CHAIR, may, null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessage()).contains("is already chair"));
        assertThatThrownBy(() -> directory.addMembership(committee, first, MembershipRole.MEMBER, may.plusDays(3), null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessage()).contains("already has a seat"));

        long seat = directory.currentMembers(committee).get(0).id();
        directory.endMembership(seat, may.plusMonths(6));
        directory.addMembership(committee, second, MembershipRole.CHAIR, may.plusMonths(6).plusDays(1), null);
        assertThat(directory.allMemberships(committee)).hasSize(2);
        assertThat(audit.historyOf(DirectoryManagement.MEMBERSHIP, seat)).hasSize(2);
    }

    @Test
    void onlyCoOptsPeopleWhoAreNotCouncillors() {
        CommitteeId committee = directory.addCommittee(new CommitteeDetails(uniqueName("Coopt"),
                CommitteeKind.OVERVIEW_AND_SCRUTINY, null, null, null, null));
        PersonId outsider = directory.addPerson(witness(uniqueName("Outsider")));
        assertThatThrownBy(() -> directory.addMembership(committee, outsider, MembershipRole.MEMBER,
                LocalDate.of(2026, 6, 1), null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessage()).contains("can only be co-opted members"));
        directory.addMembership(committee, outsider, MembershipRole.CO_OPTED_MEMBER, LocalDate.of(2026, 6, 1), null);
    }

    @Test
    void requiresAParentScrutinyCommitteeForATaskAndFinishGroup() {
        assertThatThrownBy(() -> directory.addCommittee(new CommitteeDetails(uniqueName("Orphan"),
                CommitteeKind.TASK_AND_FINISH, null, null, null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("parentId"));
    }

    @Test
    void namesOnlyAChiefOfficerAsAPortfoliosLeadOfficer() {
        PersonId head = directory.addPerson(officer(uniqueName("Head"), Seniority.HEAD_OF_SERVICE));
        assertThatThrownBy(() -> directory.addPortfolio(new PortfolioDetails(uniqueName("Libraries"), null, null,
                head.value(), null, true)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("leadOfficerId"));
    }

    @Test
    void describesAPersonsStandingForRoleDerivation() {
        long ward = directory.wards().get(0).id();
        PersonId member = directory.addPerson(councillor(uniqueName("Standing"), ward));
        CommitteeId committee = directory.addCommittee(new CommitteeDetails(uniqueName("Standing panel"),
                CommitteeKind.OVERVIEW_AND_SCRUTINY, null, null, null, null));
        directory.addMembership(committee, member, MembershipRole.VICE_CHAIR, LocalDate.now().minusDays(1), null);
        Standing standing = directory.standingOf(member);
        assertThat(standing.sitsOn(Set.of(CommitteeKind.OVERVIEW_AND_SCRUTINY), Set.of(MembershipRole.VICE_CHAIR)))
                .isTrue();
        assertThat(standing.sitsOn(Set.of(CommitteeKind.CABINET), Set.of(MembershipRole.values()))).isFalse();
    }
}
