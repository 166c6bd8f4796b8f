package org.scrutineer.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutineer.recommendations.internal.RecommendationRules;

class ScaleGeneratorTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            generate --scale 10  | 10
            generate --scale=3   | 3
            generate             | 1
            """)
    void readsTheScaleInEitherSpelling(String line, int expected) {
        assertThat(ScaleGenerator.scaleOf(line.split(" "))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate --scale ten", "generate --scale="})
    void refusesAScaleThatIsNotANumber(String line) {
        assertThatThrownBy(() -> ScaleGenerator.scaleOf(line.split(" "))).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest(name = "{0} (year from month {1}), report {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2017-06-01 | 5 | 1   | SR(17/18)01
            2018-04-30 | 5 | 12  | SR(17/18)12
            2018-05-01 | 5 | 7   | SR(18/19)07
            2026-11-23 | 5 | 134 | SR(26/27)134
            2026-03-31 | 4 | 3   | SR(25/26)03
            2026-04-01 | 4 | 1   | SR(26/27)01
            2099-12-31 | 5 | 9   | SR(99/00)09
            """)
    void numbersGeneratedReportsAsTheRecommendationsModuleDoes(String day, int startMonth, int sequence,
            String expected) {
        LocalDate on = LocalDate.parse(day);
        int year = GeneratedReports.municipalYear(on, startMonth);
        assertThat(year).isEqualTo(RecommendationRules.municipalYear(on, startMonth));
        assertThat(GeneratedReports.reference("SR", year, sequence))
                .isEqualTo(RecommendationRules.reference("SR", year, sequence)).isEqualTo(expected);
        assertThat(RecommendationRules.parseReference(expected)).get()
                .satisfies(parsed -> assertThat(parsed).containsExactly(year, sequence));
    }
}
