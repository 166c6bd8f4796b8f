package org.scrutineer.deadlines;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The UK nation whose bank holidays a council observes. A council has exactly one nation; England and Wales share
 * one list of bank holidays.
 */
public enum Nation {

    /** England and Wales: one list of bank holidays. */
    ENGLAND_AND_WALES("england-and-wales", "England and Wales"),

    /**
     * Scotland: adds 2 January and St Andrew’s Day, has no Easter Monday, and its summer holiday is in early August.
     */
    SCOTLAND("scotland", "Scotland"),

    /** Northern Ireland: adds St Patrick’s Day and the Battle of the Boyne. */
    NORTHERN_IRELAND("northern-ireland", "Northern Ireland");

    private final String code;
    private final String displayName;

    Nation(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /**
     * The stable code used in settings, URLs and JSON; the same as GOV.UK's division name.
     *
     * @return for example {@code england-and-wales}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The name a person reads, for example "England and Wales".
     *
     * @return the display name
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Finds the nation with the given code.
     *
     * @param code one of {@code england-and-wales}, {@code scotland} or {@code northern-ireland}
     * @return the nation
     * @throws IllegalArgumentException if the code is null or not one of the three
     */
    @JsonCreator
    public static Nation fromCode(String code) {
        for (Nation nation : values()) {
            if (nation.code.equals(code)) {
                return nation;
            }
        }
        throw new IllegalArgumentException("Unknown nation code '" + code + "'; expected one of: "
                + Arrays.stream(values()).map(Nation::code).collect(Collectors.joining(", ")));
    }
}
