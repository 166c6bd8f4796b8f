package org.scrutineer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
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
import org.springframework.beans.factory.annotation.Autowired;

@ScrutineerIntegrationTest
class DemoCouncilIntegrationTests {

    @Autowired
    DirectoryManagement directory;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditHistory audit;

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
}
