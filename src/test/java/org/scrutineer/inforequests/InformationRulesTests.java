package org.scrutineer.inforequests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.inforequests.internal.InformationRules;
import org.scrutineer.platform.FieldProblem;

class InformationRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);

    @ParameterizedTest(name = "{0} with note ''{1}'', ground {2}, reasons ''{3}'' on {4} -> [{5}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            PROVIDED        | Attached       | -                  | -                 | 2026-11-10 | -
            PROVIDED        | -              | -                  | -                 | 2026-11-10 | response
            REFUSED         | -              | EXEMPT_NOT_RELEVANT| Not relevant      | 2026-11-10 | -
            REFUSED         | -              | -                  | -                 | 2026-11-10 | refusalGround refusalReasons
            REFUSED         | -              | POLITICAL_ADVICE   | '   '             | 2026-11-10 | refusalReasons
            PARTLY_PROVIDED | Part attached  | EXEMPT_NOT_RELEVANT| Names withheld    | 2026-11-10 | -
            PARTLY_PROVIDED | Part attached  | -                  | -                 | 2026-11-10 | refusalGround refusalReasons
            PARTLY_PROVIDED | -              | POLITICAL_ADVICE   | Advice withheld   | 2026-11-10 | response
            -               | -              | -                  | -                 | 2026-11-10 | outcome
            PROVIDED        | Attached       | -                  | -                 | 2026-11-24 | respondedOn
            PROVIDED        | Attached       | -                  | -                 | 2026-11-01 | respondedOn
            PROVIDED        | Attached       | -                  | -                 | -          | respondedOn
            """)
    void refusalsAndPartialProvisionNeedTheGroundAndAWrittenStatementOfReasons(Outcome outcome, String response,
            RefusalGround ground, String reasons, LocalDate on, String fields) {
        List<FieldProblem> problems = InformationRules.response(new ResponseDetails(outcome, response, ground, reasons,
                on), RECEIVED, TODAY);
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder(fields == null ? new String[0] : fields.split(" "));
    }

    @ParameterizedTest(name = "{0} -> quarter from {1}, expected {2} days on is {3}")
    @CsvSource(textBlock = """
            2026-04-01, 2026-04-01, 45, 2026-08-14
            2026-06-30, 2026-04-01, 45, 2026-08-14
            2026-07-01, 2026-07-01, 30, 2026-10-30
            2026-12-31, 2026-10-01, 0,  2026-12-31
            2027-02-15, 2027-01-01, 60, 2027-05-30
            """)
    void quartersRunFromAprilJulyOctoberAndJanuary(LocalDate day, LocalDate quarter, int days, LocalDate expected) {
        assertThat(InformationRules.quarterStart(day)).isEqualTo(quarter);
        assertThat(InformationRules.expectedOn(quarter, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            2026-04-01, IR(26/27)
            2027-03-31, IR(26/27)
            2026-03-31, IR(25/26)
            2099-12-31, IR(99/00)
            """)
    void referencesCarryTheMunicipalYear(LocalDate received, String prefix) {
        assertThat(InformationRules.referencePrefix(received)).isEqualTo(prefix);
    }

    @ParameterizedTest(name = "received {1} for the quarter from {0}, today {2} -> missing {3}")
    @CsvSource(nullValues = "-", textBlock = """
            2026-07-01, -,          2026-11-23, true
            2026-07-01, 2026-11-20, 2026-11-23, false
            2026-07-01, -,          2026-11-14, false
            2026-07-01, -,          2026-11-15, true
            """)
    void aQuarterlyReportIsMissingOnceItsExpectedDateHasPassed(LocalDate quarter, LocalDate received, LocalDate today,
            boolean missing) {
        StandingArrangement a = new StandingArrangement(1, 1, "Health", "Quarterly performance report", null, null,
                null, null, 45, LocalDate.of(2026, 4, 1), null);
        Map<LocalDate, LocalDate> receipts = received == null ? Map.of() : Map.of(quarter, received);
        assertThat(InformationRules.quarters(a, receipts, today, 8))
                .filteredOn(q -> q.quarterStart().equals(quarter)).singleElement()
                .satisfies(q -> {
                    assertThat(q.expectedOn()).isEqualTo(LocalDate.of(2026, 11, 14));
                    assertThat(q.missing()).isEqualTo(missing);
                    assertThat(q.quarterLabel()).isEqualTo("Q2 2026/27");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            complete               | 1 | 2 | MEMBER | Item 5  | Budget  | To test | 3 | 2026-11-20 | -
            nothing                | - | - | -      | -       | -       | -       | - | -          | committeeId requestedById requestedAs relatesTo what why responsibleOfficerId receivedOn
            received in the future | 1 | 2 | CHAIR  | Item 5  | Budget  | To test | 3 | 2026-11-24 | receivedOn
            blank words            | 1 | 2 | CHAIR  | ' '     | ' '     | ' '     | 3 | 2026-11-20 | relatesTo what why
            """)
    void aRequestNamesWhatWhyWhatItRelatesToAndWhenItWasReceived(String name, Long committee, Long by,
            RequestedAs as, String relatesTo, String what, String why, Long officer, LocalDate received,
            String fields) {
        List<FieldProblem> problems = InformationRules.request(new RequestDetails(committee, by, as, null, relatesTo,
                what, why, null, officer, received), TODAY);
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder(fields == null ? new String[0] : fields.split(" "));
    }
}
