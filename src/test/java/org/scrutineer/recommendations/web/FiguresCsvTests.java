package org.scrutineer.recommendations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.recommendations.CommitteeFigures;

class FiguresCsvTests {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Place and Economy                  | Place and Economy
            Children, Young People             | "Children, Young People"
            The "Place" panel                  | "The ""Place"" panel"
            =HYPERLINK("x")                    | "'=HYPERLINK(""x"")"
            @SUM(1)                            | '@SUM(1)
            -1                                 | '-1
            """)
    void quotesCellsThatNeedItAndDisarmsFormulas(String value, String expected) {
        assertThat(FiguresCsv.cell(value)).isEqualTo(expected);
    }

    @Test
    void writesOneLinePerRowWithWholeNumbersWithoutDecimalsAndEmptyCellsForNoRate() {
        String csv = FiguresCsv.of(List.of(
                new CommitteeFigures(2026, null, null, 4, 20, 3, 1, 33.3, 2, 45.0, 5, 3, 60.0, 1, 33.3, 1, 1),
                new CommitteeFigures(2026, new CommitteeId(9), "Scrutiny, Place", 1, 3, 0, 0, null, 0, null, 0, 0,
                        null, 0, null, 0, 0)));
        assertThat(csv.split("\r\n")).containsExactly(FiguresCsv.HEADER,
                "2026/27,All committees,4,20,3,1,33.3,2,45,5,3,60,1,33.3,1,1",
                "2026/27,\"Scrutiny, Place\",1,3,0,0,,0,,0,0,,0,,0,0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0.0   | 0%
            33.3  | 33.3%
            100.0 | 100%
            12.5  | 12.5%
            """)
    void writesPercentagesWithoutATrailingZero(double value, String expected) {
        assertThat(FiguresController.percent(value)).isEqualTo(expected);
    }
}
