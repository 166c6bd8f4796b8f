package org.scrutineer.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.platform.ScrutineerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The figures of the reports {@link FiguresFixtures#build} makes for a task-and-finish group of its own. */
@ScrutineerIntegrationTest
class RecommendationFiguresIntegrationTests {

    @Autowired
    RecommendationManagement m;

    @Autowired
    RecommendationFigures figures;

    @Autowired
    DirectoryManagement directory;

    @Test
    void countsACommitteesAgreedReportsResponsesAndImplementationInTheYear() {
        FiguresFixtures.Built built = FiguresFixtures.build(m, directory);
        int year = figures.currentYear();

        CommitteeFigures row = figures.figures(year).stream()
                .filter(f -> built.committee().equals(f.committeeId())).findFirst().orElseThrow();

        assertThat(row.municipalYear()).isEqualTo(year);
        assertThat(row.reportsAgreed()).isEqualTo(5);
        assertThat(row.recommendationsMade()).isEqualTo(9);
        assertThat(row.responsesDue()).isEqualTo(3);
        assertThat(row.responsesOnTime()).isEqualTo(1);
        assertThat(row.onTimePercent()).isEqualTo(33.3);
        assertThat(row.responsesGiven()).isEqualTo(2);
        assertThat(row.medianDaysToRespond()).isEqualTo((built.lateDays() + built.onTimeDays()) / 2.0);
        assertThat(row.decided()).isEqualTo(5);
        assertThat(row.accepted()).isEqualTo(3);
        assertThat(row.acceptancePercent()).isEqualTo(60.0);
        assertThat(row.implemented()).isEqualTo(1);
        assertThat(row.implementationPercent()).isEqualTo(33.3);
        assertThat(row.overdueResponses()).isEqualTo(1);
        assertThat(row.slippedActions()).isEqualTo(1);
    }

    @Test
    void addsTheSameReportsToTheCouncilWideRowOfTheYear() {
        int year = figures.currentYear();
        CommitteeFigures before = councilWide(year);

        FiguresFixtures.build(m, directory);
        CommitteeFigures after = councilWide(year);

        assertThat(after.reportsAgreed() - before.reportsAgreed()).isEqualTo(5);
        assertThat(after.recommendationsMade() - before.recommendationsMade()).isEqualTo(9);
        assertThat(after.responsesDue() - before.responsesDue()).isEqualTo(3);
        assertThat(after.responsesOnTime() - before.responsesOnTime()).isEqualTo(1);
        assertThat(after.responsesGiven() - before.responsesGiven()).isEqualTo(2);
        assertThat(after.decided() - before.decided()).isEqualTo(5);
        assertThat(after.accepted() - before.accepted()).isEqualTo(3);
        assertThat(after.implemented() - before.implemented()).isEqualTo(1);
        assertThat(after.overdueResponses() - before.overdueResponses()).isEqualTo(1);
        assertThat(after.slippedActions() - before.slippedActions()).isEqualTo(1);
        assertThat(figures.figures(year).get(0).councilWide()).isTrue();
    }

    @Test
    void givesEveryYearNewestFirstWhenNoYearIsAsked() {
        FiguresFixtures.build(m, directory);
        List<CommitteeFigures> all = figures.figures(null);

        assertThat(all).isNotEmpty();
        assertThat(all).extracting(CommitteeFigures::municipalYear).isSortedAccordingTo((a, b) -> b - a);
        assertThat(all.stream().filter(CommitteeFigures::councilWide).map(CommitteeFigures::municipalYear))
                .doesNotHaveDuplicates().containsAll(figures.years());
        assertThat(figures.years()).contains(figures.currentYear());
    }

    private CommitteeFigures councilWide(int year) {
        return figures.figures(year).stream().filter(CommitteeFigures::councilWide).findFirst()
                .orElse(new CommitteeFigures(year, null, null, 0, 0, 0, 0, null, 0, null, 0, 0, null, 0, null, 0, 0));
    }
}
