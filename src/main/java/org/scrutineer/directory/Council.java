package org.scrutineer.directory;

/**
 * The council this deployment serves.
 *
 * @param name e.g. "Anytown Borough Council"
 * @param nation {@code england-and-wales}, {@code scotland} or {@code northern-ireland}: selects bank holidays
 * @param website the council's public website
 * @param contactEmail Democratic Services' address for the public
 * @param municipalYearStartMonth the month the municipal year begins (May for most English councils)
 * @param version for optimistic locking
 */
public record Council(String name, String nation, String website, String contactEmail, int municipalYearStartMonth,
        int version) {

    /** The nations a council may be in. */
    public static final java.util.List<String> NATIONS = java.util.List.of("england-and-wales", "scotland",
            "northern-ireland");
}
