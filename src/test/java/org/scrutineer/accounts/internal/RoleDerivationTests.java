package org.scrutineer.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.accounts.Role;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.CommitteeKind;
import org.scrutineer.directory.Membership;
import org.scrutineer.directory.MembershipRole;
import org.scrutineer.directory.Person;
import org.scrutineer.directory.PersonId;
import org.scrutineer.directory.PersonKind;
import org.scrutineer.directory.Portfolio;
import org.scrutineer.directory.Seniority;
import org.scrutineer.directory.Standing;
import org.scrutineer.directory.StatutoryRole;

class RoleDerivationTests {

    /**
     * kind | seniority | statutory roles | supports scrutiny | seats (KIND:ROLE) | holds portfolio | admin | roles.
     */
    @ParameterizedTest(name = "{0} {1} {2} {4} -> {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            COUNCILLOR | - | - | false | -                                    | false | false | COUNCILLOR
            COUNCILLOR | - | - | false | OVERVIEW_AND_SCRUTINY:MEMBER          | false | false | COUNCILLOR SCRUTINY_MEMBER
            COUNCILLOR | - | - | false | OVERVIEW_AND_SCRUTINY:CHAIR           | false | false | COUNCILLOR SCRUTINY_MEMBER SCRUTINY_CHAIR
            COUNCILLOR | - | - | false | TASK_AND_FINISH:VICE_CHAIR            | false | false | COUNCILLOR SCRUTINY_MEMBER SCRUTINY_CHAIR
            COUNCILLOR | - | - | false | FULL_COUNCIL:CHAIR                    | false | false | COUNCILLOR
            COUNCILLOR | - | - | false | CABINET:MEMBER                        | false | false | COUNCILLOR CABINET_MEMBER
            COUNCILLOR | - | - | false | -                                    | true  | false | COUNCILLOR CABINET_MEMBER
            COUNCILLOR | - | - | false | CABINET:CHAIR                         | true  | false | COUNCILLOR CABINET_MEMBER LEADER
            COUNCILLOR | - | - | false | CABINET:VICE_CHAIR                    | true  | false | COUNCILLOR CABINET_MEMBER
            WITNESS    | - | - | false | OVERVIEW_AND_SCRUTINY:CO_OPTED_MEMBER | false | false | SCRUTINY_MEMBER
            WITNESS    | - | - | false | -                                    | false | false | -
            OFFICER    | OTHER_OFFICER   | -                          | false | - | false | false | OFFICER
            OFFICER    | OTHER_OFFICER   | -                          | true  | - | false | false | OFFICER SCRUTINY_OFFICER
            OFFICER    | HEAD_OF_SERVICE | STATUTORY_SCRUTINY_OFFICER | false | - | false | false | OFFICER SCRUTINY_OFFICER
            OFFICER    | HEAD_OF_SERVICE | -                          | false | - | false | false | OFFICER
            OFFICER    | CHIEF_OFFICER   | -                          | false | - | false | false | OFFICER CHIEF_OFFICER
            OFFICER    | CHIEF_OFFICER   | MONITORING_OFFICER         | false | - | false | false | OFFICER CHIEF_OFFICER MONITORING_OFFICER
            OFFICER    | CHIEF_OFFICER   | CHIEF_FINANCE_OFFICER      | false | - | false | false | OFFICER CHIEF_OFFICER
            OFFICER    | CHIEF_EXECUTIVE | -                          | false | - | false | false | OFFICER CHIEF_OFFICER HEAD_OF_PAID_SERVICE
            OFFICER    | OTHER_OFFICER   | -                          | false | - | false | true  | OFFICER ADMINISTRATOR
            """)
    void derivesRolesFromStandingInTheDirectory(PersonKind kind, Seniority seniority, StatutoryRole statutory,
            boolean scrutiny, String seat, boolean holdsPortfolio, boolean admin, String expected) {
        Person person = new Person(new PersonId(1), kind, null, "A", "B", "A B", null, null, null, null, null, null,
                seniority, statutory == null ? Set.of() : Set.of(statutory), scrutiny, null, true, 0);
        List<Membership> seats = new ArrayList<>();
        if (seat != null) {
            String[] parts = seat.split(":");
            seats.add(new Membership(1, new CommitteeId(1), "C", CommitteeKind.valueOf(parts[0]), person.id(), "A B",
                    MembershipRole.valueOf(parts[1]), LocalDate.of(2026, 5, 20), null));
        }
        List<Portfolio> portfolios = holdsPortfolio
                ? List.of(new Portfolio(1, "Housing", null, null, null, null, true, 0)) : List.of();
        Set<Role> roles = RoleDerivation.rolesOf(new Standing(person, seats, portfolios, List.of()), admin);
        Set<Role> wanted = expected == null ? Set.of()
                : Arrays.stream(expected.split("\\s+")).map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        assertThat(roles).isEqualTo(wanted);
    }

    @ParameterizedTest
    @CsvSource({"true, ADMINISTRATOR", "false, ''"})
    void givesAFormerPersonNoRolesButAdministration(boolean admin, String expected) {
        Person former = new Person(new PersonId(1), PersonKind.COUNCILLOR, null, "A", "B", "A B", null, null, null,
                null, null, null, null, Set.of(), false, null, false, 0);
        Set<Role> roles = RoleDerivation.rolesOf(new Standing(former, List.of(), List.of(), List.of()), admin);
        assertThat(roles).isEqualTo(expected.isEmpty() ? Set.of() : Set.of(Role.valueOf(expected)));
    }
}
