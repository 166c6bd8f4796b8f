package org.scrutineer.recommendations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scrutineer.platform.TabularData;
import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.ImportField;
import org.scrutineer.recommendations.ImportProblem;
import org.scrutineer.recommendations.ImportRow;
import org.scrutineer.recommendations.Progress;
import org.scrutineer.recommendations.ReportState;
import org.scrutineer.recommendations.ResponseDecision;
import org.scrutineer.recommendations.Stage;
import org.scrutineer.recommendations.internal.ImportedRows.Existing;
import org.scrutineer.recommendations.internal.ImportedRows.Lookups;
import org.scrutineer.recommendations.internal.ImportedRows.Named;
import org.scrutineer.recommendations.internal.ImportedRows.PlannedReport;
import org.scrutineer.recommendations.internal.ImportedRows.PortfolioEntry;

/** How a tracker's rows become reports and recommendations, before anything is saved. */
class ImportedRowsTests {

    private static final List<String> HEADERS = List.of("Ref", "Origin committee", "Date", "Rec No", "Recommendation",
            "Portfolio", "Response date", "Decision", "Lead member", "Lead officer", "Target", "RAG", "Signed off");

    private static final Lookups LOOKUPS = lookups();

    private static Lookups lookups() {
        Map<String, List<Named>> committees = new HashMap<>();
        committees.put(ImportValues.committeeName("Place and Economy Overview and Scrutiny Committee"),
                List.of(new Named(10, "Place and Economy Overview and Scrutiny Committee")));
        committees.put(ImportValues.committeeName("Children and Young People Overview and Scrutiny Committee"),
                List.of(new Named(11, "Children and Young People Overview and Scrutiny Committee")));
        List<PortfolioEntry> portfolios = List.of(new PortfolioEntry(20, "Housing", 30L),
                new PortfolioEntry(21, "Transport and Highways", 31L),
                new PortfolioEntry(22, "Deputy Leader; Finance and Resources", 32L));
        Map<String, List<Named>> councillors = new HashMap<>();
        councillors.put("anne smith", List.of(new Named(30, "Cllr Anne Smith")));
        councillors.put("bob jones", List.of(new Named(31, "Cllr Bob Jones")));
        councillors.put("sam patel", List.of(new Named(33, "Cllr Sam Patel"), new Named(34, "Cllr Sam Patel")));
        Map<String, List<Named>> officers = new HashMap<>();
        officers.put("simon achebe", List.of(new Named(40, "Simon Achebe")));
        return new Lookups(committees, portfolios, councillors, officers, 5, "SR");
    }

    private static final Existing NOTHING = new Existing(Map.of(), Map.of(), Map.of());

    private static ImportedRows read(List<String>... rows) {
        List<List<String>> data = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            data.add(rows[i]);
            numbers.add(i + 2);
        }
        Map<ImportField, String> mapping = new EnumMap<>(ImportValues.guess(HEADERS));
        return ImportedRows.read(new TabularData(HEADERS, data, numbers), mapping, false, LOOKUPS, NOTHING);
    }

    private static List<String> row(String... cells) {
        List<String> row = new ArrayList<>(Arrays.asList(cells));
        while (row.size() < HEADERS.size()) {
            row.add("");
        }
        return row;
    }

    @Test
    void makesOneReportOfTheRowsWithOneReferenceNumberedFromIt() {
        ImportedRows rows = read(
                row("SR(24/25)03", "Place and Economy O&S", "12/03/2025", "1", "Review bus subsidies", "Transport and Highways"),
                row("sr(24/25)03", "Place and Economy O&S", "12/03/2025", "2", "Publish the bus strategy", "Housing"));

        assertThat(rows.errors()).isEmpty();
        assertThat(rows.reports()).hasSize(1);
        PlannedReport report = rows.reports().get(0);
        assertThat(report.reference()).isEqualTo("SR(24/25)03");
        assertThat(report.values().municipalYear()).isEqualTo(2024);
        assertThat(report.sequence()).isEqualTo(3);
        assertThat(report.values().committeeId()).isEqualTo(10);
        assertThat(report.values().state()).isEqualTo(ReportState.AGREED);
        assertThat(report.values().title()).isEqualTo("Scrutiny report SR(24/25)03");
        assertThat(report.recommendations()).extracting(r -> r.values().portfolioId()).containsExactly(21L, 20L);
        assertThat(report.recommendations()).extracting(r -> r.values().stage()).containsOnly(Stage.AGREED);
        assertThat(rows.rows()).extracting(ImportRow::action).containsOnly(ImportRow.Action.CREATE);
        assertThat(rows.counts().reportsCreated()).isEqualTo(1);
        assertThat(rows.counts().recommendationsCreated()).isEqualTo(2);
    }

    @Test
    void takesTheMunicipalYearFromTheDateAgreedWhenTheReferenceDoesNotSay() {
        ImportedRows rows = read(
                row("HSC-2019-04", "Place and Economy O&S", "2 April 2020", "1", "Do it", "Housing"),
                row("HSC-2019-05", "Place and Economy O&S", "2 June 2020", "1", "Do it", "Housing"));

        assertThat(rows.reports()).extracting(r -> r.values().municipalYear()).containsExactly(2019, 2020);
        assertThat(rows.reports()).extracting(PlannedReport::sequence).containsOnlyNulls();
    }

    @Test
    void reportsEveryProblemWithItsRowAndColumn() {
        ImportedRows rows = read(
                row("SR(24/25)04", "Health Scrutiny", "12/03/2025", "1", "Text", "Housing"),
                row("SR(24/25)05", "Place and Economy O&S", "31/02/2025", "x", "", "Parks"),
                row("SR(24/25)06", "Place and Economy O&S", "12/03/2025", "1", "Text", "Housing", "", "Noted",
                        "Sam Patel", "Jo Nobody"));

        assertThat(rows.errors()).extracting(ImportProblem::text).containsExactly(
                "Row 2: Committee 'Health Scrutiny' is not in the directory",
                "Row 3: Date agreed: '31/02/2025' is not a date: use a date such as 31/03/2025, 2025-03-31 or 31 Mar 2025",
                "Row 3: Recommendation number: 'x' is not a recommendation number: use a whole number from 1 to 999",
                "Row 3: Recommendation is empty",
                "Row 3: Portfolio 'Parks' is not in the directory",
                "Row 4: Decision: 'Noted' is not a decision Scrutineer knows: use accepted, partially accepted, "
                        + "rejected or deferred",
                "Row 4: Cabinet member 'Sam Patel' matches more than one councillor: use the full name as the "
                        + "directory has it",
                "Row 4: Lead officer 'Jo Nobody' is not in the directory");
        assertThat(rows.errors().get(0).column()).isEqualTo("Origin committee");
        assertThat(rows.reports()).isEmpty();
        assertThat(rows.rows()).extracting(ImportRow::action).containsOnly(ImportRow.Action.ERROR);
    }

    @Test
    void refusesALaterRowThatDisagreesAboutItsReportOrRepeatsANumber() {
        ImportedRows rows = read(
                row("SR(24/25)07", "Place and Economy O&S", "12/03/2025", "1", "One", "Housing"),
                row("SR(24/25)07", "Children and Young People Overview and Scrutiny Committee", "12/03/2025", "2",
                        "Two", "Housing"),
                row("SR(24/25)07", "Place and Economy O&S", "13/03/2025", "3", "Three", "Housing"),
                row("SR(24/25)07", "Place and Economy O&S", "12/03/2025", "1", "One again", "Housing"));

        assertThat(rows.errors()).extracting(ImportProblem::text).containsExactly(
                "Row 3: Committee 'Children and Young People Overview and Scrutiny Committee' differs from row 2's "
                        + "('Place and Economy O&S') for the same report SR(24/25)07",
                "Row 4: Date agreed 2025-03-13 differs from row 2's (2025-03-12) for the same report SR(24/25)07",
                "Row 5: Recommendation 1 of SR(24/25)07 is also on row 2");
        assertThat(rows.reports().get(0).recommendations()).hasSize(1);
        assertThat(rows.counts().rowsSkipped()).isEqualTo(3);
    }

    @Test
    void recordsAReportWithADecisionAsRespondedWithStagesFromDecisionsAndSignOff() {
        ImportedRows rows = read(
                row("SR(23/24)01", "Place and Economy O&S", "2023-10-01", "1", "One", "Housing", "2023-12-01",
                        "Accepted", "Anne Smith", "Simon Achebe", "March 2024", "Green"),
                row("SR(23/24)01", "Place and Economy O&S", "2023-10-01", "2", "Two", "", "2023-12-08",
                        "Part accepted", "Bob Jones", "", "", "Red"),
                row("SR(23/24)01", "Place and Economy O&S", "2023-10-01", "3", "Three", "Housing", "", "Rejected"),
                row("SR(23/24)01", "Place and Economy O&S", "2023-10-01", "4", "Four", "Housing", "", "Deferred"),
                row("SR(23/24)01", "Place and Economy O&S", "2023-10-01", "5", "Five", "Housing", "", "Accepted",
                        "", "", "", "Completed", "2024-06-30"));

        assertThat(rows.errors()).isEmpty();
        PlannedReport report = rows.reports().get(0);
        assertThat(report.values().state()).isEqualTo(ReportState.RESPONDED);
        assertThat(report.values().responseGivenOn()).isEqualTo(LocalDate.of(2023, 12, 8));
        var recs = report.recommendations();
        assertThat(recs).extracting(r -> r.values().decision()).containsExactly(ResponseDecision.ACCEPTED,
                ResponseDecision.PARTIALLY_ACCEPTED, ResponseDecision.REJECTED, ResponseDecision.DEFERRED,
                ResponseDecision.ACCEPTED);
        assertThat(recs).extracting(r -> r.values().stage()).containsExactly(Stage.IN_PROGRESS, Stage.IN_PROGRESS,
                Stage.REJECTED, Stage.DEFERRED, Stage.IMPLEMENTED);
        assertThat(recs).extracting(r -> r.values().progress()).containsExactly(Progress.ON_TRACK, Progress.SLIPPED,
                null, null, Progress.ACHIEVED);
        assertThat(recs.get(0).values().targetDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(recs.get(0).values().currentTarget()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(recs.get(0).values().cabinetMemberId()).isEqualTo(30L);
        assertThat(recs.get(0).values().leadOfficerId()).isEqualTo(40L);
        // no portfolio given: the lead member's only portfolio
        assertThat(recs.get(1).values().portfolioId()).isEqualTo(21L);
        assertThat(recs.get(1).values().addressedTo()).isEqualTo(Addressee.EXECUTIVE);
        assertThat(recs.get(4).values().signedOffOn()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void refusesARecommendationWithoutADecisionInAReportThatWasRespondedTo() {
        ImportedRows rows = read(
                row("SR(23/24)02", "Place and Economy O&S", "2023-10-01", "1", "One", "Housing", "2023-12-01",
                        "Accepted"),
                row("SR(23/24)02", "Place and Economy O&S", "2023-10-01", "2", "Two", "Housing"),
                row("SR(23/24)03", "Place and Economy O&S", "2023-10-01", "1", "One", "Housing", "", "", "", "", "",
                        "Green"));

        assertThat(rows.errors()).extracting(ImportProblem::text).containsExactly(
                "Row 3: Report SR(23/24)02 has the executive's response, but recommendation 2 has no decision: enter "
                        + "accepted, partially accepted, rejected or deferred",
                "Row 4: Progress is recorded, but the executive's decision is not: enter accepted, partially "
                        + "accepted, rejected or deferred");
    }

    @Test
    void addressesARecommendationToACabinetMemberNamedInThePortfolioColumn() {
        ImportedRows rows = read(row("SR(24/25)08", "Place and Economy O&S", "12/03/2025", "1", "Text",
                "Cllr Anne Smith"));

        var values = rows.reports().get(0).recommendations().get(0).values();
        assertThat(values.addressedTo()).isEqualTo(Addressee.CABINET_MEMBER);
        assertThat(values.addresseeId()).isEqualTo(30L);
        assertThat(values.portfolioId()).isEqualTo(20L);
    }

    @Test
    void matchesAPortfolioByAPartOfItsTitleThatOnlyItHas() {
        ImportedRows rows = read(row("SR(24/25)09", "Place and Economy O&S", "12/03/2025", "1", "Text", "Finance"),
                row("SR(24/25)09", "Place and Economy O&S", "12/03/2025", "2", "Text", "Cabinet Member for Housing"));

        assertThat(rows.reports().get(0).recommendations()).extracting(r -> r.values().portfolioId())
                .containsExactly(22L, 20L);
    }
}
