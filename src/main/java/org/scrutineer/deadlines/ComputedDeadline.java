package org.scrutineer.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline worked out from a rule and a trigger date, with everything needed to show how: the rule, its citation,
 * the days skipped and a sentence a person can check against a calendar.
 *
 * @param ruleId      the rule that produced it, for example {@code agenda-publication}
 * @param kind        the rule's kind
 * @param count       the rule's N: counted days for day rules, months for months rules
 * @param counting    which days counted; {@code null} for months rules
 * @param source      whether the rule's value is statutory, a protocol override or left to the council
 * @param trigger     T: the trigger or event date
 * @param nation      the nation whose bank holidays applied
 * @param due         the deadline: for {@code before}, the latest date; for {@code after} and {@code months}, the
 *                    last day; for {@code earliest-after}, the earliest date
 * @param closesAt    the time the window closes on the due date (call-in: 17:00 by default), or empty for the end
 *                    of the day; never {@code null}
 * @param citation    the rule's citation
 * @param skipped     the days in the counting window that did not count, other than weekends: bank holidays,
 *                    closure days and days the clock was stopped, in date order
 * @param pauses      the stretches during which the clock was stopped (empty unless computed with pauses)
 * @param explanation a sentence naming the count, counting, trigger, due date and skipped days
 */
public record ComputedDeadline(
        String ruleId,
        RuleKind kind,
        int count,
        Counting counting,
        RuleSource source,
        LocalDate trigger,
        Nation nation,
        LocalDate due,
        Optional<LocalTime> closesAt,
        String citation,
        List<SkippedDay> skipped,
        List<Pause> pauses,
        String explanation) {

    /**
     * Validates and copies the deadline; see the record's description for each component.
     *
     * @param ruleId      the rule's id
     * @param kind        the rule's kind
     * @param count       the rule's N
     * @param counting    which days counted, or {@code null} for months rules
     * @param source      where the rule's value comes from
     * @param trigger     T
     * @param nation      the nation whose bank holidays applied
     * @param due         the deadline
     * @param closesAt    the closing time on the due date; {@code null} is taken as empty
     * @param citation    the rule's citation
     * @param skipped     the days not counted, other than weekends
     * @param pauses      when the clock was stopped
     * @param explanation the sentence explaining the date
     * @throws NullPointerException if a value other than {@code counting} or {@code closesAt} is null
     */
    public ComputedDeadline {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(explanation, "explanation");
        closesAt = closesAt == null ? Optional.empty() : closesAt;
        skipped = List.copyOf(skipped);
        pauses = List.copyOf(pauses);
    }

    /**
     * The moment the window closes, when the rule closes at a set time (call-in).
     *
     * @return the due date at the closing time, or empty if the window runs to the end of the due date
     */
    public Optional<LocalDateTime> closesAtDateTime() {
        return closesAt.map(due::atTime);
    }
}
