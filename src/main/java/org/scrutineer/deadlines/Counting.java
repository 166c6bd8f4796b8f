package org.scrutineer.deadlines;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which days a day-counting rule counts.
 * <p>
 * A {@link RuleKind#MONTHS months} rule counts calendar months, not days, so it has no counting: wherever a
 * {@code Counting} is carried for a rule ({@link DeadlineRule#counting()}, {@link ComputedDeadline#counting()}) it is
 * {@code null} for months rules and shown as "–". There is deliberately no {@code NONE} value, so that every
 * {@code Counting} can answer whether a given day counts.
 */
public enum Counting {

    /** Monday to Friday, except the nation's bank holidays and the council's own closure days. */
    WORKING("working"),

    /** Every day. */
    CALENDAR("calendar");

    private final String code;

    Counting(String code) {
        this.code = code;
    }

    /**
     * The code used in TIMESCALES.md, settings and JSON.
     *
     * @return {@code working} or {@code calendar}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Finds the counting with the given code.
     *
     * @param code {@code working} or {@code calendar}
     * @return the counting
     * @throws IllegalArgumentException if the code is null or unknown (including "–", which stands for no counting)
     */
    @JsonCreator
    public static Counting fromCode(String code) {
        for (Counting counting : values()) {
            if (counting.code.equals(code)) {
                return counting;
            }
        }
        throw new IllegalArgumentException("Unknown counting '" + code + "'; expected one of: "
                + Arrays.stream(values()).map(Counting::code).collect(Collectors.joining(", "))
                + " (months rules have no counting)");
    }
}
