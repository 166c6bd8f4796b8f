package org.scrutineer.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.directory.CommitteeId;

class RecommendationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Recommendation rec(Stage stage, Progress progress, LocalDate responseDue, LocalDate responseGiven,
            LocalDate target, LocalDate lastUpdate) {
        return new Recommendation(new RecommendationId(1), new ReportId(1), "SR(26/27)01", "Title",
                new CommitteeId(1), "Committee", 2026, 1, "Text", Addressee.EXECUTIVE, null, null, null, false, null,
                null, null, null, null, null, target, null, stage, progress, target, lastUpdate, null, null, null,
                ReportState.NOTICE_SERVED, false, responseDue, responseGiven, 0);
    }

    @ParameterizedTest(name = "{0}, {1}, due {2}, given {3}, target {4}, updated {5} → {6}")
    @CsvSource({
            "DRAFT, , , , , , GREY",
            "AWAITING_RESPONSE, , 2026-12-01, , , , AMBER",
            "AWAITING_RESPONSE, , 2026-11-23, , , , AMBER",
            "AWAITING_RESPONSE, , 2026-11-22, , , , RED",
            "IN_PROGRESS, , , 2026-10-01, 2027-06-01, , GREEN",
            "IN_PROGRESS, ON_TRACK, , 2026-01-01, 2027-06-01, 2026-11-01, GREEN",
            "IN_PROGRESS, ON_TRACK, , 2026-01-01, 2027-06-01, 2026-07-01, AMBER",
            "IN_PROGRESS, , , 2026-05-01, 2027-06-01, , AMBER",
            "IN_PROGRESS, SLIPPED, , 2026-01-01, 2027-06-01, 2026-11-01, RED",
            "IN_PROGRESS, NOT_ACHIEVED, , 2026-01-01, 2027-06-01, 2026-11-01, RED",
            "IN_PROGRESS, ON_TRACK, , 2026-01-01, 2026-11-01, 2026-11-01, RED",
            "IN_PROGRESS, ACHIEVED, , 2026-01-01, 2026-11-01, 2026-11-01, GREEN",
            "DEFERRED, , , 2026-10-01, , , AMBER",
            "REJECTED, , , 2026-10-01, , , GREY",
            "IMPLEMENTED, ACHIEVED, , 2026-01-01, 2026-06-01, 2026-05-01, GREEN",
    })
    void ratesARecommendationRedAmberOrGreen(Stage stage, Progress progress, LocalDate due, LocalDate given,
            LocalDate target, LocalDate lastUpdate, Rag rag) {
        assertThat(rec(stage, progress, due, given, target, lastUpdate).ragOn(TODAY, 120)).isEqualTo(rag);
    }

    @ParameterizedTest(name = "last update {0}, response {1}: stale after 120 days is {2}")
    @CsvSource({"2026-07-26, 2026-01-01, false", "2026-07-25, 2026-01-01, true", ", 2026-07-26, false",
            ", 2026-07-25, true"})
    void flagsAnActionWithNoRecentUpdateAsStale(LocalDate lastUpdate, LocalDate given, boolean stale) {
        assertThat(rec(Stage.IN_PROGRESS, null, null, given, null, lastUpdate).staleOn(TODAY, 120)).isEqualTo(stale);
    }
}
