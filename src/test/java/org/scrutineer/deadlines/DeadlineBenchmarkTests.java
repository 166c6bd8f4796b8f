package org.scrutineer.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A plain timing check, not a precise benchmark: after a warm-up, one thread computes a million mixed deadlines (every
 * catalogue rule, every nation, a council with closures, triggers spread over 2019–2030) and must manage more than
 * 100,000 a second. Runs in about a second.
 */
class DeadlineBenchmarkTests {

    private static final int WARM_UP = 300_000;
    private static final int MEASURED = 1_000_000;
    private static final double REQUIRED_PER_SECOND = 100_000;

    @Test
    void computesMoreThanOneHundredThousandDeadlinesPerSecondOnOneCore() {
        DeadlineCalculator calculator = new DeadlineCalculator();
        List<DeadlineRule> rules = RuleCatalogue.statutoryDefaults().all();
        WorkingCalendar[] calendars = {
                WorkingCalendar.of(Nation.ENGLAND_AND_WALES),
                WorkingCalendar.of(Nation.SCOTLAND),
                WorkingCalendar.of(Nation.NORTHERN_IRELAND),
                WorkingCalendar.of(Nation.ENGLAND_AND_WALES, CalendarAdjustments.NONE
                        .withClosure(LocalDate.of(2026, 12, 24), "Christmas Eve closure")
                        .withClosure(LocalDate.of(2027, 12, 24), "Christmas Eve closure"))};
        LocalDate[] triggers = new LocalDate[4096];
        LocalDate first = LocalDate.of(2019, 1, 1);
        for (int i = 0; i < triggers.length; i++) {
            triggers[i] = first.plusDays((i * 37L) % 4383); // 2019 to 2030, in a scattered order
        }

        long checksum = run(calculator, rules, calendars, triggers, WARM_UP);
        long start = System.nanoTime();
        checksum += run(calculator, rules, calendars, triggers, MEASURED);
        long elapsed = System.nanoTime() - start;

        long perSecond = Math.round(MEASURED / (elapsed / 1e9));
        System.out.println("deadline computations per second (one core): " + perSecond);
        assertThat(checksum).isNotZero();
        assertThat((double) perSecond).isGreaterThan(REQUIRED_PER_SECOND);
    }

    private static long run(DeadlineCalculator calculator, List<DeadlineRule> rules, WorkingCalendar[] calendars,
            LocalDate[] triggers, int computations) {
        long checksum = 0;
        int ruleCount = rules.size();
        for (int i = 0; i < computations; i++) {
            ComputedDeadline deadline = calculator.compute(rules.get(i % ruleCount),
                    triggers[(i / ruleCount) & (triggers.length - 1)], calendars[(i >>> 3) & 3]);
            checksum += deadline.due().toEpochDay() + deadline.explanation().length() + deadline.skipped().size();
        }
        return checksum;
    }
}
