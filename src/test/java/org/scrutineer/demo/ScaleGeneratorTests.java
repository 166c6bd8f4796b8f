package org.scrutineer.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
}
