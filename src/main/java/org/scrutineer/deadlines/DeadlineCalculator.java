package org.scrutineer.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.scrutineer.deadlines.internal.DateText;

/**
 * Works out deadlines exactly as {@code shared/law/TIMESCALES.md} defines the four kinds of rule, where T is the
 * trigger and N the rule's count:
 * <ul>
 * <li>{@code before}: the latest date P such that at least N counted days lie strictly between P and T; P itself may
 * be any day. That is the day before the N-th counted day before T.</li>
 * <li>{@code after}: the N-th counted day strictly after T.</li>
 * <li>{@code earliest-after}: the day after the N-th counted day strictly after T.</li>
 * <li>{@code months}: with C the date N months after T with T's day of month, C minus one day; when the target
 * month has no such day, that month's last day. Never moved for weekends or holidays.</li>
 * </ul>
 * Stateless and thread-safe; counting walks day by day over a calendar that remembers its working days, with no
 * allocation per day.
 */
public final class DeadlineCalculator {

    /** Reason given for a day that did not count because the clock was stopped. */
    public static final String CLOCK_STOPPED = "Clock stopped";

    private static final long[] NO_PAUSES = new long[0];

    /** Where a walk over counted days ended, and what it skipped on the way. */
    private static final class Walk {
        long lastCounted;
        List<SkippedDay> skipped = List.of();

        void skip(long epochDay, String reason) {
            if (skipped.isEmpty()) {
                skipped = new ArrayList<>(4);
            }
            skipped.add(new SkippedDay(LocalDate.ofEpochDay(epochDay), reason));
        }
    }

    /**
     * Works out a deadline.
     *
     * @param rule     the rule
     * @param trigger  T, the trigger or event date (any day, including a weekend or holiday)
     * @param calendar the council's calendar
     * @return the deadline, with the days skipped and an explanation
     * @throws IllegalArgumentException if counting runs outside the supported years
     */
    public ComputedDeadline compute(DeadlineRule rule, LocalDate trigger, WorkingCalendar calendar) {
        return calculate(rule, trigger, calendar, List.of());
    }

    /**
     * Works out a deadline for a period that runs after its trigger, when the clock was stopped for a while (for
     * example while clarification of a request was sought). Days on which the clock was stopped do not count, and
     * are listed as skipped with the reason {@value #CLOCK_STOPPED} unless they would not have counted anyway.
     *
     * @param rule     an {@code after} or {@code earliest-after} rule
     * @param trigger  T, the trigger date
     * @param calendar the council's calendar
     * @param pauses   when the clock was stopped; may overlap, may be empty
     * @return the deadline
     * @throws IllegalArgumentException if pauses are given for a {@code before} or {@code months} rule
     */
    public ComputedDeadline computeWithPauses(DeadlineRule rule, LocalDate trigger, WorkingCalendar calendar,
            List<Pause> pauses) {
        Objects.requireNonNull(pauses, "pauses");
        if (!pauses.isEmpty() && (rule.kind() == RuleKind.BEFORE || rule.kind() == RuleKind.MONTHS)) {
            throw new IllegalArgumentException("The clock can only be stopped on a period that runs after its trigger "
                    + "(after or earliest-after), not on '" + rule.id() + "' (" + rule.kind().code() + ")");
        }
        return calculate(rule, trigger, calendar, pauses);
    }

    private ComputedDeadline calculate(DeadlineRule rule, LocalDate trigger, WorkingCalendar calendar,
            List<Pause> pauses) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(calendar, "calendar");
        long t = trigger.toEpochDay();
        LocalDate due;
        String explanation;
        List<SkippedDay> skipped = List.of();
        switch (rule.kind()) {
            case BEFORE -> {
                Walk walk = walk(t, rule.count(), -1, rule.counting(), calendar, NO_PAUSES);
                due = LocalDate.ofEpochDay(walk.lastCounted - 1);
                skipped = walk.skipped;
                Collections.reverse(skipped);
                explanation = explainDays(rule, trigger, calendar.nation(), due, walk.lastCounted, skipped, pauses);
            }
            case AFTER, EARLIEST_AFTER -> {
                Walk walk = walk(t, rule.count(), 1, rule.counting(), calendar, pauseRanges(pauses));
                due = LocalDate.ofEpochDay(rule.kind() == RuleKind.AFTER ? walk.lastCounted : walk.lastCounted + 1);
                skipped = walk.skipped;
                explanation = explainDays(rule, trigger, calendar.nation(), due, walk.lastCounted, skipped, pauses);
            }
            case MONTHS -> {
                LocalDate corresponding = trigger.plusMonths(rule.count()); // java.time clamps to the month's end
                boolean noSuchDay = corresponding.getDayOfMonth() != trigger.getDayOfMonth();
                due = noSuchDay ? corresponding : corresponding.minusDays(1);
                explanation = explainMonths(rule, trigger, due, corresponding, noSuchDay);
            }
            default -> throw new IllegalStateException("Unknown rule kind " + rule.kind());
        }
        return new ComputedDeadline(rule.id(), rule.kind(), rule.count(), rule.counting(), rule.source(), trigger,
                calendar.nation(), due, rule.closesAt(), rule.citation(), skipped, pauses, explanation);
    }

    /** Steps from T one day at a time in the given direction until N days have counted. */
    private static Walk walk(long trigger, int n, int step, Counting counting, WorkingCalendar calendar,
            long[] pauses) {
        Walk walk = new Walk();
        boolean working = counting == Counting.WORKING;
        if (!working && pauses.length == 0) {
            walk.lastCounted = trigger + (long) step * n;
            return walk;
        }
        long day = trigger;
        int counted = 0;
        while (counted < n) {
            day += step;
            if (working && !calendar.isWorkingEpochDay(day)) {
                if (Math.floorMod(day + 3, 7) < 5) { // epoch day 0 was a Thursday; 0..4 are Monday..Friday
                    walk.skip(day, calendar.weekdayReason(LocalDate.ofEpochDay(day)));
                }
                continue;
            }
            if (isPaused(day, pauses)) {
                walk.skip(day, CLOCK_STOPPED);
                continue;
            }
            counted++;
        }
        walk.lastCounted = day;
        return walk;
    }

    private static long[] pauseRanges(List<Pause> pauses) {
        if (pauses.isEmpty()) {
            return NO_PAUSES;
        }
        long[] ranges = new long[pauses.size() * 2];
        for (int i = 0; i < pauses.size(); i++) {
            Pause pause = Objects.requireNonNull(pauses.get(i), "pause");
            ranges[2 * i] = pause.from().toEpochDay();
            ranges[2 * i + 1] = pause.toInclusive().toEpochDay();
        }
        return ranges;
    }

    private static boolean isPaused(long day, long[] ranges) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (day >= ranges[i] && day <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    private static String explainDays(DeadlineRule rule, LocalDate trigger, Nation nation, LocalDate due,
            long lastCounted, List<SkippedDay> skipped, List<Pause> pauses) {
        boolean working = rule.counting() == Counting.WORKING;
        int n = rule.count();
        String unit = working ? (n == 1 ? "working day" : "working days") : (n == 1 ? "day" : "days");
        StringBuilder out = new StringBuilder(200);
        out.append(n).append(rule.kind() == RuleKind.AFTER ? " " : " clear ").append(unit)
                .append(rule.kind() == RuleKind.BEFORE ? " before " : " after ");
        DateText.append(out, trigger).append(", ");
        if (working) {
            out.append("skipping weekends, bank holidays in ").append(nation.displayName())
                    .append(" and council closure days");
        }
        else {
            out.append("counting every day");
        }
        if (rule.kind() == RuleKind.EARLIEST_AFTER) {
            out.append(": may happen from ");
            DateText.append(out, due).append(", the day after the ").append(DateText.ordinal(n))
                    .append(working ? " working day (" : " day (");
            DateText.append(out, LocalDate.ofEpochDay(lastCounted)).append(")");
        }
        else {
            out.append(": due by ");
            DateText.append(out, due);
            rule.closesAt().ifPresent(time -> out.append(" at ").append(time));
        }
        out.append('.');
        if (!pauses.isEmpty()) {
            out.append(" The clock was stopped ");
            for (int i = 0; i < pauses.size(); i++) {
                Pause pause = pauses.get(i);
                out.append(i == 0 ? "" : " and ");
                if (pause.from().equals(pause.toInclusive())) {
                    DateText.append(out.append("on "), pause.from());
                }
                else {
                    DateText.append(out.append("from "), pause.from()).append(" to ");
                    DateText.append(out, pause.toInclusive());
                }
            }
            out.append("; those days do not count.");
        }
        boolean first = true;
        for (SkippedDay day : skipped) {
            if (CLOCK_STOPPED.equals(day.reason())) {
                continue; // already explained by the pauses
            }
            out.append(first ? " Not counted: " : "; ");
            DateText.append(out, day.date()).append(", ").append(day.reason());
            first = false;
        }
        if (!first) {
            out.append('.');
        }
        return out.toString();
    }

    private static String explainMonths(DeadlineRule rule, LocalDate trigger, LocalDate due, LocalDate corresponding,
            boolean noSuchDay) {
        int n = rule.count();
        StringBuilder out = new StringBuilder(200);
        out.append(n).append(n == 1 ? " month" : " months").append(" beginning with ");
        DateText.append(out, trigger)
                .append(", by the calendar (an end date on a weekend or bank holiday is not moved): ends on ");
        DateText.append(out, due);
        if (noSuchDay) {
            out.append(": ").append(DateText.monthAndYear(corresponding)).append(" has no ")
                    .append(DateText.ordinal(trigger.getDayOfMonth()))
                    .append(" day, so the period ends on its last day.");
        }
        else {
            out.append(", the day before ");
            DateText.append(out, corresponding).append('.');
        }
        return out.toString();
    }
}
