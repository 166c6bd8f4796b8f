package org.scrutineer.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.recommendations.internal.Figures;

class RecommendationFiguresTests {

    @ParameterizedTest(name = "median of [{0}] is {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -              | -
            30             | 30.0
            30 60          | 45.0
            10 20 90       | 20.0
            10 11          | 10.5
            0 0 0 56       | 0.0
            5 9 14 200     | 11.5
            1 2 3 4 5 6 7  | 4.0
            """)
    void takesTheMiddleValueOrTheMeanOfTheTwoMiddleOnes(String ascending, Double expected) {
        int[] days = ascending == null ? new int[0]
                : Arrays.stream(ascending.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertThat(RecommendationFigures.median(days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} of {1} is {2}%")
    @CsvSource(nullValues = "-", textBlock = """
            0, 0, -
            5, 0, -
            0, 3, 0.0
            1, 3, 33.3
            2, 3, 66.7
            3, 3, 100.0
            1, 8, 12.5
            1, 6, 16.7
            1, 7, 14.3
            2, 7, 28.6
            1, 200, 0.5
            1, 2000, 0.1
            1, 3000, 0.0
            """)
    void givesARateToOneDecimalPlaceRoundingHalvesUpAndNoneWithoutAWhole(long part, long whole, Double expected) {
        assertThat(RecommendationFigures.percent(part, whole)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                       | due | on time | days     | decided | accepted | implemented | on time % | median | accepted % | implemented %
            nothing due yet              | 0   | 0       | -        | 0       | 0        | 0           | -         | -      | -          | -
            one late, one on time        | 2   | 1       | 40 70    | 8       | 6        | 3           | 50.0      | 55.0   | 75.0       | 50.0
            overdue counts against       | 3   | 1       | 30       | 4       | 4        | 0           | 33.3      | 30.0   | 100.0      | 0.0
            all rejected                 | 1   | 1       | 21       | 5       | 0        | 0           | 100.0     | 21.0   | 0.0        | -
            """)
    void derivesTheRatesFromTheCounts(String description, int due, int onTime, String days, int decided,
            int accepted, int implemented, Double onTimePercent, Double median, Double acceptancePercent,
            Double implementationPercent) {
        int[] given = days == null ? new int[0] : Arrays.stream(days.split(" ")).mapToInt(Integer::parseInt).toArray();
        CommitteeFigures f = RecommendationFigures.of(new Figures.Counts(2026, 7L, "A committee", 4, 20, due, onTime,
                given.length, given, decided, accepted, implemented, 1, 2));
        assertThat(f.onTimePercent()).isEqualTo(onTimePercent);
        assertThat(f.medianDaysToRespond()).isEqualTo(median);
        assertThat(f.acceptancePercent()).isEqualTo(acceptancePercent);
        assertThat(f.implementationPercent()).isEqualTo(implementationPercent);
        assertThat(f.councilWide()).isFalse();
        assertThat(f.municipalYearLabel()).isEqualTo("2026/27");
    }

    @ParameterizedTest
    @CsvSource({"2026, 2026/27", "1999, 1999/00", "2009, 2009/10"})
    void writesTheMunicipalYearAsPeopleDo(int year, String label) {
        assertThat(RecommendationFigures.yearLabel(year)).isEqualTo(label);
    }
}
