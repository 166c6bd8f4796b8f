package org.scrutineer.deadlines;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The four kinds of deadline rule defined in {@code shared/law/TIMESCALES.md}. T is the trigger or event date and N
 * the rule's count.
 */
public enum RuleKind {

    /** The latest date P such that at least N counted days lie strictly between P and T; P may be any day. */
    BEFORE("before"),

    /** The N-th counted day strictly after T: the last day of a period that starts after a trigger. */
    AFTER("after"),

    /** The day after the N-th counted day strictly after T: the earliest date something may happen. */
    EARLIEST_AFTER("earliest-after"),

    /**
     * The last day of a period of N months beginning with T: the day before the date N months on with the same
     * day of month, or the last day of the target month when it has no such day. Never moved for weekends or
     * holidays.
     */
    MONTHS("months");

    private final String code;

    RuleKind(String code) {
        this.code = code;
    }

    /**
     * The code used in TIMESCALES.md, settings and JSON.
     *
     * @return for example {@code earliest-after}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Finds the kind with the given code.
     *
     * @param code one of {@code before}, {@code after}, {@code earliest-after} or {@code months}
     * @return the kind
     * @throws IllegalArgumentException if the code is null or unknown
     */
    @JsonCreator
    public static RuleKind fromCode(String code) {
        for (RuleKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown rule kind '" + code + "'; expected one of: "
                + Arrays.stream(values()).map(RuleKind::code).collect(Collectors.joining(", ")));
    }
}
