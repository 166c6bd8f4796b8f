package org.scrutineer.recommendations.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.recommendations.CommitteeFigures;

class FiguresChartTests {

    @ParameterizedTest(name = "{0}% is {1} long, labelled \"{2}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -     | 0   | On time: no response due yet
            0.0   | 0   | On time: 0%
            33.3  | 160 | On time: 33.3%
            50.0  | 240 | On time: 50%
            100.0 | 480 | On time: 100%
            """)
    void drawsEachBarAsWideAsItsShareOfTheTrack(Double percent, int length, String label) {
        FiguresChart.Bar bar = FiguresChart.bar(100, percent, "On time: ", "no response due yet");
        assertThat(bar.length()).isEqualTo(length);
        assertThat(bar.label()).isEqualTo(label);
        assertThat(bar.labelX()).isGreaterThan(FiguresChart.BAR_WIDTH);
    }

    @Test
    void stacksOneGroupPerCommitteeBelowTheLegend() {
        FiguresChart chart = FiguresChart.of(List.of(
                new CommitteeFigures(2026, null, null, 4, 20, 3, 1, 33.3, 2, 45.0, 5, 3, 60.0, 1, 33.3, 1, 1),
                new CommitteeFigures(2026, new CommitteeId(9), "Place", 1, 3, 0, 0, null, 0, null, 0, 0, null, 0,
                        null, 0, 0)));
        assertThat(chart.groups()).extracting(FiguresChart.Group::name).containsExactly("All committees", "Place");
        assertThat(chart.groups().get(1).nameY() - chart.groups().get(0).nameY()).isEqualTo(FiguresChart.GROUP);
        assertThat(chart.groups().get(0).implemented().y()).isGreaterThan(chart.groups().get(0).onTime().y());
        assertThat(chart.height()).isEqualTo(FiguresChart.LEGEND + 2 * FiguresChart.GROUP + 4);
    }
}
