package org.scrutineer.recommendations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.recommendations.ImportField;
import org.scrutineer.recommendations.Progress;
import org.scrutineer.recommendations.ResponseDecision;

/** How the cells of a council's spreadsheet tracker are read, and how its columns are guessed. */
class ImportValuesTests {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03-31            | 2025-03-31
            2025-3-1              | 2025-03-01
            31/03/2025            | 2025-03-31
            1/4/2025              | 2025-04-01
            04/05/2025            | 2025-05-04
            31-03-2025            | 2025-03-31
            31.03.2025            | 2025-03-31
            31/03/25              | 2025-03-31
            3 Mar 2025            | 2025-03-03
            3 MAR 2025            | 2025-03-03
            3 March 2025          | 2025-03-03
            3rd March 2025        | 2025-03-03
            21st Sept 2024        | 2024-09-21
            21 Sep 2024           | 2024-09-21
            03-Mar-2025           | 2025-03-03
            Monday 3 March 2025   | 2025-03-03
            2025-03-31 00:00      | 2025-03-31
            2025-03-31T14:30:00   | 2025-03-31
            31/03/2025 10:00      | 2025-03-31
            """)
    void readsDatesAsPeopleTypeThemDayFirst(String cell, LocalDate expected) {
        assertThat(ImportValues.date(cell, false, false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} from an XLSX is {1}")
    @CsvSource({"45747, 2025-03-31", "45292, 2024-01-01", "45747.5, 2025-03-31"})
    void readsExcelDayNumbersFromWorkbooks(String cell, LocalDate expected) {
        assertThat(ImportValues.date(cell, true, false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "target {0} is {1}")
    @CsvSource({"March 2026, 2026-03-31", "Feb 2028, 2028-02-29", "Sept 2026, 2026-09-30", "06/2026, 2026-06-30"})
    void readsAMonthAloneAsItsLastDayForTargets(String cell, LocalDate expected) {
        assertThat(ImportValues.date(cell, false, true)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' is no date")
    @CsvSource(value = {"''", "N/A", "n/a", "TBC", "Ongoing", "-"}, emptyValue = "")
    void readsPlaceholdersAsNoDate(String cell) {
        assertThat(ImportValues.date(cell, false, true)).isNull();
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @CsvSource({"31/02/2025", "2025-13-01", "soon", "12/31/2025", "1/1/1900", "45747", "March 2026"})
    void refusesWhatIsNotADateWithAMessage(String cell) {
        assertThatThrownBy(() -> ImportValues.date(cell, false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(cell);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Accepted                     | ACCEPTED
            accepted                     | ACCEPTED
            ACCEPTED IN FULL             | ACCEPTED
            Agreed                       | ACCEPTED
            Approved                     | ACCEPTED
            Yes                          | ACCEPTED
            Partially Accepted           | PARTIALLY_ACCEPTED
            Partially accepted           | PARTIALLY_ACCEPTED
            Part accepted                | PARTIALLY_ACCEPTED
            Part-accepted                | PARTIALLY_ACCEPTED
            Partly agreed                | PARTIALLY_ACCEPTED
            Accepted in part             | PARTIALLY_ACCEPTED
            Accepted in principle        | PARTIALLY_ACCEPTED
            Partial                      | PARTIALLY_ACCEPTED
            Rejected                     | REJECTED
            Not accepted                 | REJECTED
            Not agreed                   | REJECTED
            Declined                     | REJECTED
            No                           | REJECTED
            Deferred                     | DEFERRED
            On hold                      | DEFERRED
            Postponed                    | DEFERRED
            Pending                      | none
            Awaiting response            | none
            N/A                          | none
            """)
    void readsDecisionsForgivingly(String cell, ResponseDecision expected) {
        assertThat(ImportValues.decision(cell)).isEqualTo(expected);
    }

    @Test
    void refusesADecisionItDoesNotKnowSayingWhatItKnows() {
        assertThatThrownBy(() -> ImportValues.decision("Noted"))
                .hasMessage("'Noted' is not a decision Scrutineer knows: use accepted, partially accepted, rejected "
                        + "or deferred");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Green                        | ON_TRACK
            G                            | ON_TRACK
            green - on track             | ON_TRACK
            Amber                        | ON_TRACK
            A                            | ON_TRACK
            At risk                      | ON_TRACK
            On track                     | ON_TRACK
            In progress                  | ON_TRACK
            Not yet complete             | ON_TRACK
            Red                          | SLIPPED
            R                            | SLIPPED
            Red - delayed by contractor  | SLIPPED
            Amber - slipped              | SLIPPED
            Slipped                      | SLIPPED
            Delayed                      | SLIPPED
            Overdue                      | SLIPPED
            Completed                    | ACHIEVED
            Complete                     | ACHIEVED
            Achieved                     | ACHIEVED
            Implemented                  | ACHIEVED
            Green - completed            | ACHIEVED
            Blue                         | ACHIEVED
            Done                         | ACHIEVED
            Not achieved                 | NOT_ACHIEVED
            Red - not achieved           | NOT_ACHIEVED
            Not implemented              | NOT_ACHIEVED
            Abandoned                    | NOT_ACHIEVED
            Grey                         | none
            Not started                  | none
            N/A                          | none
            """)
    void readsProgressFromWordsBeforeColours(String cell, Progress expected) {
        assertThat(ImportValues.progress(cell)).isEqualTo(expected);
    }

    @Test
    void refusesProgressItDoesNotKnow() {
        assertThatThrownBy(() -> ImportValues.progress("Purple")).hasMessageContaining("'Purple'");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"3, 3", "3.0, 3", "R3, 3", "Rec 3, 3", "Recommendation 12, 12", "(4), 4", "4., 4", "No. 5, 5", "999, 999"})
    void readsRecommendationNumbers(String cell, int expected) {
        assertThat(ImportValues.number(cell)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @CsvSource({"3a", "0", "1000", "three", "3.5"})
    void refusesWhatIsNotARecommendationNumber(String cell) {
        assertThatThrownBy(() -> ImportValues.number(cell)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} starts in {1}")
    @CsvSource({"2025/26, 2025", "2025-26, 2025", "2025/2026, 2025", "25/26, 2025", "2025, 2025", "1999/00, 1999"})
    void readsMunicipalYears(String cell, int expected) {
        assertThat(ImportValues.municipalYear(cell)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @CsvSource({"2025/27", "next year", "2025/24"})
    void refusesWhatIsNotAMunicipalYear(String cell) {
        assertThatThrownBy(() -> ImportValues.municipalYear(cell)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Cllr Anne Smith        | anne smith
            Councillor Anne Smith  | anne smith
            Smith, Anne            | anne smith
            ANNE  SMITH            | anne smith
            Dr Zoë O'Neill         | zoe o neill
            """)
    void matchesPeopleByNameWithoutTitles(String cell, String expected) {
        assertThat(ImportValues.personName(cell)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Place and Economy Overview and Scrutiny Committee | place and economy overview and scrutiny
            place & economy O&S                               | place and economy overview and scrutiny
            Place and Economy Overview & Scrutiny             | place and economy overview and scrutiny
            """)
    void matchesCommitteesByNameIgnoringCaseAndAbbreviations(String cell, String expected) {
        assertThat(ImportValues.committeeName(cell)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Cabinet Member for Housing | housing
            Housing portfolio          | housing
            Children & Young People    | children and young people
            """)
    void matchesPortfoliosByTitle(String cell, String expected) {
        assertThat(ImportValues.portfolioTitle(cell)).isEqualTo(expected);
    }

    @Test
    void takesOffTheQuoteACsvExportPutsBeforeAFormulaLikeCell() {
        assertThat(ImportValues.clean("'=SUM(A1)")).isEqualTo("=SUM(A1)");
        assertThat(ImportValues.clean("'-")).isEqualTo("-");
        assertThat(ImportValues.clean("'Tis the season")).isEqualTo("'Tis the season");
    }

    @Test
    void guessesTheColumnsOfATypicalCouncilTracker() {
        Map<ImportField, String> guess = ImportValues.guess(List.of("Ref", "Origin Committee", "Date", "Rec No",
                "Recommendation", "Executive Date", "Lead Member", "Lead Officer", "Action taken", "RAG status",
                "Notes"));
        assertThat(guess).containsEntry(ImportField.REPORT_REFERENCE, "Ref")
                .containsEntry(ImportField.COMMITTEE, "Origin Committee")
                .containsEntry(ImportField.DATE_AGREED, "Date")
                .containsEntry(ImportField.NUMBER, "Rec No")
                .containsEntry(ImportField.TEXT, "Recommendation")
                .containsEntry(ImportField.RESPONSE_DUE, "Executive Date")
                .containsEntry(ImportField.CABINET_MEMBER, "Lead Member")
                .containsEntry(ImportField.LEAD_OFFICER, "Lead Officer")
                .containsEntry(ImportField.PROPOSED_ACTION, "Action taken")
                .containsEntry(ImportField.PROGRESS, "RAG status")
                .doesNotContainValue("Notes");
    }

    @Test
    void guessesEveryColumnOfScrutineersOwnExport() {
        Map<ImportField, String> guess = ImportValues.guess(org.scrutineer.recommendations.RecommendationExports.COLUMNS);
        assertThat(guess).containsEntry(ImportField.REPORT_REFERENCE, "Reference")
                .containsEntry(ImportField.REPORT_TITLE, "Report")
                .containsEntry(ImportField.COMMITTEE, "Committee")
                .containsEntry(ImportField.MUNICIPAL_YEAR, "Municipal year")
                .containsEntry(ImportField.DATE_AGREED, "Date agreed")
                .containsEntry(ImportField.NUMBER, "No.")
                .containsEntry(ImportField.TEXT, "Recommendation")
                .containsEntry(ImportField.PORTFOLIO, "Portfolio")
                .containsEntry(ImportField.RESPONSE_DUE, "Response due")
                .containsEntry(ImportField.RESPONSE_DATE, "Response given")
                .containsEntry(ImportField.DECISION, "Decision")
                .containsEntry(ImportField.REASONS, "Reasons")
                .containsEntry(ImportField.PROPOSED_ACTION, "Proposed action")
                .containsEntry(ImportField.CABINET_MEMBER, "Cabinet member")
                .containsEntry(ImportField.LEAD_OFFICER, "Lead officer")
                .containsEntry(ImportField.TARGET_DATE, "Target date")
                .containsEntry(ImportField.PROGRESS, "Progress")
                .containsEntry(ImportField.LAST_UPDATE, "Last update")
                .containsEntry(ImportField.SIGNED_OFF, "Signed off")
                .containsEntry(ImportField.IMPACT, "Impact");
    }

    @ParameterizedTest(name = "{0} is guessed as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Reference                  | REPORT_REFERENCE
            Scrutiny Ref.              | REPORT_REFERENCE
            Portfolio Holder           | CABINET_MEMBER
            Cabinet Portfolio          | PORTFOLIO
            Addressed to               | PORTFOLIO
            Response                   | DECISION
            Executive Response Date    | RESPONSE_DATE
            Target completion date     | TARGET_DATE
            Date of last update        | LAST_UPDATE
            Lead Officer Name          | LEAD_OFFICER
            """)
    void guessesAColumnFromItsHeader(String header, ImportField field) {
        assertThat(ImportValues.guess(List.of(header))).containsEntry(field, header);
    }
}
