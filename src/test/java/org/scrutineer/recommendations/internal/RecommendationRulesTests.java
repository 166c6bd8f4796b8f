package org.scrutineer.recommendations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.platform.FieldProblem;
import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.Progress;
import org.scrutineer.recommendations.RecommendationDetails;
import org.scrutineer.recommendations.ReportDetails;
import org.scrutineer.recommendations.ResponseDecision;
import org.scrutineer.recommendations.ResponseDetails;
import org.scrutineer.recommendations.ResponseField;
import org.scrutineer.recommendations.UpdateDetails;

class RecommendationRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0} with the year starting in month {1} is in {2}/..")
    @CsvSource({
            "2026-11-23, 5, 2026",
            "2026-05-01, 5, 2026",
            "2026-04-30, 5, 2025",
            "2027-01-15, 5, 2026",
            "2026-04-01, 4, 2026",
            "2026-03-31, 4, 2025",
            "2026-01-01, 1, 2026",
            "2026-12-31, 1, 2026",
    })
    void placesADayInItsMunicipalYear(LocalDate day, int startMonth, int year) {
        assertThat(RecommendationRules.municipalYear(day, startMonth)).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0} {1} #{2} is {3}")
    @CsvSource({
            "SR, 2026, 4, SR(26/27)04",
            "SR, 2026, 12, SR(26/27)12",
            "SR, 2099, 1, SR(99/00)01",
            "OSC, 2019, 123, OSC(19/20)123",
    })
    void formatsReferences(String prefix, int year, int sequence, String expected) {
        assertThat(RecommendationRules.reference(prefix, year, sequence)).isEqualTo(expected);
        assertThat(RecommendationRules.parseReference(expected)).hasValueSatisfying(p -> {
            assertThat(p[0]).isEqualTo(year);
            assertThat(p[1]).isEqualTo(sequence);
        });
    }

    @ParameterizedTest
    @CsvSource({"SR(26/28)01", "SR26/27 01", "Report 4", "'(26/27)04'", "sr(25/26)1x"})
    void readsNoYearFromReferencesInAnotherForm(String reference) {
        assertThat(RecommendationRules.parseReference(reference)).isEmpty();
    }

    @Test
    void readsAReferenceWrittenInLowerCase() {
        assertThat(RecommendationRules.parseReference(" sr(25/26)07 ")).hasValueSatisfying(p -> {
            assertThat(p[0]).isEqualTo(2025);
            assertThat(p[1]).isEqualTo(7);
        });
    }

    @ParameterizedTest(name = "due {0}, done {1}: {2} days late")
    @CsvSource({"2027-01-23, 2027-01-23, 0", "2027-01-23, 2027-01-22, 0", "2027-01-23, 2027-01-24, 1",
            "2027-01-23, 2027-03-01, 37"})
    void countsDaysLate(LocalDate due, LocalDate done, int late) {
        assertThat(RecommendationRules.daysLate(due, done)).isEqualTo(late);
    }

    @ParameterizedTest(name = "{0} with reasons ''{1}'' gives {2} problems")
    @CsvSource({
            "ACCEPTED, , 0",
            "PARTIALLY_ACCEPTED, , 1",
            "PARTIALLY_ACCEPTED, 'Only the first part is affordable', 0",
            "REJECTED, , 1",
            "REJECTED, '   ', 1",
            "REJECTED, 'Already covered by the housing strategy', 0",
            "DEFERRED, , 1",
            "DEFERRED, 'Awaiting the budget', 0",
    })
    void requiresReasonsUnlessAcceptedInFull(ResponseDecision decision, String reasons, int problems) {
        ResponseDetails r = new ResponseDetails(1L, decision, reasons, "Act", 2L, 3L, TODAY.plusMonths(6), "Survey");
        List<FieldProblem> found = RecommendationRules.checkResponse(r, 4, Set.of(), true, "responses[0].");
        assertThat(found).hasSize(problems);
        found.forEach(p -> {
            assertThat(p.field()).isEqualTo("responses[0].reasons");
            assertThat(p.message()).startsWith("Recommendation 4: enter the reasons");
        });
    }

    @Test
    void requiresTheFieldsTheCommitteeAskedForWhenAccepted() {
        ResponseDetails bare = new ResponseDetails(1L, ResponseDecision.ACCEPTED, null, null, null, null, null, null);
        List<FieldProblem> found = RecommendationRules.checkResponse(bare, 2, EnumSet.allOf(ResponseField.class), true,
                "responses[1].");
        assertThat(found).extracting(FieldProblem::field).containsExactlyInAnyOrder("responses[1].proposedAction",
                "responses[1].cabinetMemberId", "responses[1].leadOfficerId", "responses[1].targetDate",
                "responses[1].successMeasure", "responses[1].reasons");
    }

    @Test
    void asksNothingButReasonsOfARejection() {
        ResponseDetails rejected = new ResponseDetails(1L, ResponseDecision.REJECTED, "Not affordable", null, null,
                null, null, null);
        assertThat(RecommendationRules.checkResponse(rejected, 1, EnumSet.allOf(ResponseField.class), true, ""))
                .isEmpty();
    }

    @Test
    void letsADraftLeaveTheDecisionOpenButNotAnApprovedResponse() {
        ResponseDetails open = new ResponseDetails(1L, null, null, null, null, null, null, null);
        assertThat(RecommendationRules.checkResponse(open, 1, Set.of(), false, "")).isEmpty();
        assertThat(RecommendationRules.checkResponse(open, 1, Set.of(), true, ""))
                .extracting(FieldProblem::field).containsExactly("decision");
    }

    @ParameterizedTest(name = "{0} new target {1} reason ''{2}'' note ''{3}'' evidence ''{4}'' → {5}")
    @CsvSource({
            "ON_TRACK, , , 'Consultation under way', , ''",
            "ON_TRACK, , , , , note",
            "SLIPPED, 2027-09-30, 'Contractor delay', , , ''",
            "SLIPPED, , 'Contractor delay', , , newTarget",
            "SLIPPED, 2027-09-30, , , , reason",
            "SLIPPED, 2027-03-31, 'Delay', , , newTarget",
            "NOT_ACHIEVED, , , , , reason",
            "NOT_ACHIEVED, , 'Funding withdrawn', , , ''",
            "ACHIEVED, , , , , evidence",
            "ACHIEVED, , , , 'Policy published 1 Nov', ''",
            "ON_TRACK, 2027-09-30, , 'Going well', , newTarget",
    })
    void checksAnUpdateByItsStatus(Progress status, LocalDate newTarget, String reason, String note, String evidence,
            String problemField) {
        UpdateDetails u = new UpdateDetails(TODAY, status, newTarget, reason, note, evidence);
        List<FieldProblem> found = RecommendationRules.checkUpdate(u, LocalDate.of(2027, 3, 31), TODAY);
        if (problemField.isEmpty()) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).extracting(FieldProblem::field).containsExactly(problemField);
        }
    }

    @Test
    void refusesAnUpdateDatedInTheFuture() {
        UpdateDetails u = new UpdateDetails(TODAY.plusDays(1), Progress.ON_TRACK, null, null, "Fine", null);
        assertThat(RecommendationRules.checkUpdate(u, null, TODAY)).extracting(FieldProblem::field)
                .containsExactly("postedOn");
    }

    @ParameterizedTest(name = "exempt paragraph {0} reason ''{1}'' summary ''{2}'' → {3} problems")
    @CsvSource({
            ", , , 0",
            "3, 'Commercial terms under negotiation', 'Costs of the contract', 0",
            "3, , 'Costs', 1",
            "3, 'Why', , 1",
            "8, 'Why', 'Summary', 1",
    })
    void needsReasoningAndASummaryForAnExemptReport(Integer paragraph, String reason, String summary, int problems) {
        ReportDetails d = new ReportDetails(1L, "Title", null, null, paragraph, reason, summary);
        assertThat(RecommendationRules.checkReport(d)).hasSize(problems);
    }

    @ParameterizedTest(name = "{0} addressee {1} partner ''{2}'' portfolio {3} → {4}")
    @CsvSource({
            "EXECUTIVE, , , 5, ''",
            "EXECUTIVE, , , , portfolioId",
            "CABINET_MEMBER, , , 5, addresseeId",
            "CABINET_MEMBER, 9, , 5, ''",
            "PARTNER, , , , partnerBody",
            "PARTNER, , 'Integrated care board', , ''",
    })
    void checksWhomARecommendationIsAddressedTo(Addressee to, Long addressee, String partner, Long portfolio,
            String problemField) {
        RecommendationDetails d = new RecommendationDetails("Do it", to, addressee, partner, portfolio, false, null);
        List<FieldProblem> found = RecommendationRules.checkRecommendation(d);
        if (problemField.isEmpty()) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).extracting(FieldProblem::field).containsExactly(problemField);
        }
    }
}
