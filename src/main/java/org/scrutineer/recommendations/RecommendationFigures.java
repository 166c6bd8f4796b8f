package org.scrutineer.recommendations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.Council;
import org.scrutineer.directory.DirectoryManagement;
import org.scrutineer.recommendations.internal.Figures;
import org.scrutineer.recommendations.internal.RecommendationRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracker's figures (issue 4, point 8): per committee and municipal year, and for the whole council in each
 * year, how many reports were agreed and recommendations made, how many executive responses fell due and how
 * many came on time, the median days from notice to response, and the acceptance and implementation rates, with
 * the responses overdue and actions slipped today. Counted in the database over agreed reports only (never drafts);
 * the figures hold no report text, so every signed-in user may see them.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationFigures {

    private final Figures figures;
    private final DirectoryManagement directory;
    private final Clock clock;

    RecommendationFigures(Figures figures, DirectoryManagement directory, Optional<Clock> clock) {
        this.figures = figures;
        this.directory = directory;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /**
     * The figures for a municipal year (the year it starts in), or for every year when {@code year} is null:
     * each year's council-wide row first, then its committees by name; newest year first.
     */
    public List<CommitteeFigures> figures(Integer year) {
        return figures.counts(year, LocalDate.now(clock)).stream().map(RecommendationFigures::of).toList();
    }

    /** The municipal years that have agreed reports, newest first. */
    public List<Integer> years() {
        return figures.years();
    }

    /** The municipal year today falls in, by the council's start month (May unless it says otherwise). */
    public int currentYear() {
        return RecommendationRules.municipalYear(LocalDate.now(clock),
                directory.council().map(Council::municipalYearStartMonth).orElse(5));
    }

    /** A municipal year as people write it: 2026/27. */
    public static String yearLabel(int year) {
        return year + "/" + String.format("%02d", (year + 1) % 100);
    }

    static CommitteeFigures of(Figures.Counts c) {
        return new CommitteeFigures(c.municipalYear(), c.committeeId() == null ? null : new CommitteeId(c.committeeId()),
                c.committeeName(), c.reportsAgreed(), c.recommendationsMade(), c.responsesDue(), c.responsesOnTime(),
                percent(c.responsesOnTime(), c.responsesDue()), c.responsesGiven(), median(c.daysToRespond()),
                c.decided(), c.accepted(), percent(c.accepted(), c.decided()), c.implemented(),
                percent(c.implemented(), c.accepted()), c.overdueResponses(), c.slippedActions());
    }

    /** {@code part} as a percentage of {@code whole}, to one decimal place (half up); null when whole is 0. */
    static Double percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /**
     * The median of values in ascending order: the middle one, or the mean of the two middle ones when there is an
     * even number; null when there are none.
     */
    static Double median(int[] ascending) {
        int n = ascending.length;
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? (double) ascending[n / 2] : (ascending[n / 2 - 1] + ascending[n / 2]) / 2.0;
    }
}
