package org.scrutineer.deadlines;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rule that turns a trigger date into a deadline, with the citation that gives it force.
 *
 * @param id          stable kebab-case id, for example {@code agenda-publication}
 * @param kind        how the date is worked out
 * @param count       N: counted days for day rules, months for {@link RuleKind#MONTHS}; at least 1
 * @param counting    which days count; {@code null} exactly when {@code kind} is {@link RuleKind#MONTHS}
 * @param description what the deadline is for, in the words Democratic Services use
 * @param citation    the legislation or local instrument, for example "SI 2012/2089 reg 9"
 * @param source      whether the value is statutory, a protocol override or left to the council
 * @param closesAt    the time of day the window closes on the due date (call-in closes at 17:00), or empty for
 *                    "by the end of the day"; never {@code null}
 */
public record DeadlineRule(
        String id,
        RuleKind kind,
        int count,
        Counting counting,
        String description,
        String citation,
        RuleSource source,
        Optional<LocalTime> closesAt) {

    /** Largest count of days a day rule may have (about four years of working days). */
    public static final int MAX_DAYS = 1_000;

    /** Largest count of months a months rule may have. */
    public static final int MAX_MONTHS = 120;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Validates the rule; see the record's description for each component.
     *
     * @param id          stable kebab-case id
     * @param kind        how the date is worked out
     * @param count       N
     * @param counting    which days count; {@code null} exactly for months rules
     * @param description what the deadline is for
     * @param citation    the legislation or local instrument
     * @param source      statute, protocol or local
     * @param closesAt    the closing time on the due date; {@code null} is taken as empty
     * @throws IllegalArgumentException if a value is missing, the id is not kebab-case, the count is out of range,
     *                                  or counting is given for a months rule or missing for a day rule
     */
    public DeadlineRule {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "Rule id must be kebab-case (for example 'agenda-publication'), was '" + id + "'");
        }
        require(kind, "kind", id);
        require(source, "source", id);
        if (kind == RuleKind.MONTHS) {
            if (counting != null) {
                throw new IllegalArgumentException(
                        "Rule '" + id + "' counts months, so it takes no counting (was " + counting.code() + ")");
            }
            if (count < 1 || count > MAX_MONTHS) {
                throw new IllegalArgumentException(
                        "Rule '" + id + "' must count between 1 and " + MAX_MONTHS + " months, was " + count);
            }
        }
        else {
            if (counting == null) {
                throw new IllegalArgumentException(
                        "Rule '" + id + "' counts days, so it needs a counting (working or calendar)");
            }
            if (count < 1 || count > MAX_DAYS) {
                throw new IllegalArgumentException(
                        "Rule '" + id + "' must count between 1 and " + MAX_DAYS + " days, was " + count);
            }
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("Rule '" + id + "' needs a description");
        }
        if (citation == null || citation.isBlank()) {
            throw new IllegalArgumentException("Rule '" + id + "' needs a citation");
        }
        closesAt = closesAt == null ? Optional.empty() : closesAt;
    }

    /**
     * A rule whose window runs to the end of the due date.
     *
     * @param id          stable kebab-case id
     * @param kind        how the date is worked out
     * @param count       N
     * @param counting    which days count; {@code null} for months rules
     * @param description what the deadline is for
     * @param citation    the legislation or local instrument
     * @param source      statute, protocol or local
     */
    public DeadlineRule(String id, RuleKind kind, int count, Counting counting, String description, String citation,
            RuleSource source) {
        this(id, kind, count, counting, description, citation, source, Optional.empty());
    }

    /**
     * This rule with another count, for example a protocol value replacing the statutory default.
     *
     * @param newCount the new N
     * @param newSource where the new value comes from
     * @return a new rule; this one is unchanged
     */
    public DeadlineRule withCount(int newCount, RuleSource newSource) {
        return new DeadlineRule(id, kind, newCount, counting, description, citation, newSource, closesAt);
    }

    /**
     * This rule closing at another time of day (for example a council's call-in window closing at 12:00).
     *
     * @param time the closing time, or {@code null} for the end of the day
     * @return a new rule; this one is unchanged
     */
    public DeadlineRule withClosesAt(LocalTime time) {
        return new DeadlineRule(id, kind, count, counting, description, citation, source, Optional.ofNullable(time));
    }

    private static void require(Object value, String name, String id) {
        if (Objects.isNull(value)) {
            throw new IllegalArgumentException("Rule '" + id + "' needs a " + name);
        }
    }
}
