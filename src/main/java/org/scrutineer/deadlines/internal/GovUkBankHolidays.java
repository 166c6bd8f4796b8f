package org.scrutineer.deadlines.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scrutineer.deadlines.Nation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GOV.UK's published bank holiday lists, per nation, read from the bundled JSON file
 * ({@value #RESOURCE}). Within the years a list covers, it is the source of truth.
 * <p>
 * Reads the bundled shape ({@code {"divisions": {"england-and-wales": [{"date", "title", "notes"}...]}}}) and also
 * GOV.UK's own shape ({@code {"england-and-wales": {"events": [...]}}}), whose titles are already readable.
 */
public final class GovUkBankHolidays {

    /** Classpath location of the bundled lists. */
    public static final String RESOURCE = "/deadlines/uk-bank-holidays-2019-2028.json";

    private static final String SUBSTITUTE_NOTE = "common.substitute_day";

    // Readable names for GOV.UK's title keys, worded as GOV.UK's bank holidays page words them.
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("new_year", "New Year’s Day"),
            Map.entry("2nd_january", "2nd January"),
            Map.entry("good_friday", "Good Friday"),
            Map.entry("easter_monday", "Easter Monday"),
            Map.entry("early_may", "Early May bank holiday"),
            Map.entry("early_may_ve", "Early May bank holiday (VE day)"),
            Map.entry("spring", "Spring bank holiday"),
            Map.entry("summer", "Summer bank holiday"),
            Map.entry("late_august", "Summer bank holiday"),
            Map.entry("st_andrew", "St Andrew’s Day"),
            Map.entry("st_patrick", "St Patrick’s Day"),
            Map.entry("battle_boyne", "Battle of the Boyne (Orangemen’s Day)"),
            Map.entry("christmas", "Christmas Day"),
            Map.entry("boxing_day", "Boxing Day"),
            Map.entry("queen_platinum", "Platinum Jubilee bank holiday"),
            Map.entry("queens_bank_holiday", "Bank holiday for the State Funeral of Queen Elizabeth II"),
            Map.entry("kings_coronation", "Bank holiday for the coronation of King Charles III"),
            Map.entry("world_cup", "World Cup bank holiday"));

    private final Map<Nation, List<BankHoliday>> holidays;

    private GovUkBankHolidays(Map<Nation, List<BankHoliday>> holidays) {
        this.holidays = holidays;
    }

    /**
     * Reads the bundled lists from the classpath.
     *
     * @return the lists for all three nations
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static GovUkBankHolidays bundled() {
        try (InputStream in = GovUkBankHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Bank holiday list " + RESOURCE + " is not on the classpath");
            }
            return read(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    /**
     * Reads lists in the bundled or GOV.UK shape.
     *
     * @param json the JSON document
     * @return the lists for all three nations
     * @throws IllegalStateException if a nation's list is missing or an entry has no valid date or title
     */
    public static GovUkBankHolidays read(InputStream json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        JsonNode divisions = root.has("divisions") ? root.get("divisions") : root;
        Map<Nation, List<BankHoliday>> byNation = new EnumMap<>(Nation.class);
        for (Nation nation : Nation.values()) {
            JsonNode division = divisions.path(nation.code());
            JsonNode events = division.isArray() ? division : division.path("events");
            if (!events.isArray() || events.isEmpty()) {
                throw new IllegalStateException("Bank holiday list has no entries for " + nation.code());
            }
            List<BankHoliday> list = new ArrayList<>();
            for (JsonNode event : events) {
                String date = event.path("date").asString("");
                String title = event.path("title").asString("");
                if (date.isEmpty() || title.isEmpty()) {
                    throw new IllegalStateException(
                            "Bank holiday entry without date or title for " + nation.code() + ": " + event);
                }
                String notes = event.path("notes").asString("");
                list.add(new BankHoliday(LocalDate.parse(date), readableName(title), isSubstitute(notes)));
            }
            list.sort(Comparator.comparing(BankHoliday::date));
            byNation.put(nation, List.copyOf(list));
        }
        return new GovUkBankHolidays(byNation);
    }

    /**
     * Every listed bank holiday of a nation, in date order.
     *
     * @param nation the nation
     * @return the list
     */
    public List<BankHoliday> holidays(Nation nation) {
        return holidays.get(nation);
    }

    /**
     * First year the nation's list covers.
     *
     * @param nation the nation
     * @return the year of its earliest entry
     */
    public int firstYear(Nation nation) {
        return holidays.get(nation).get(0).date().getYear();
    }

    /**
     * Last year the nation's list covers.
     *
     * @param nation the nation
     * @return the year of its latest entry
     */
    public int lastYear(Nation nation) {
        List<BankHoliday> list = holidays.get(nation);
        return list.get(list.size() - 1).date().getYear();
    }

    static String readableName(String title) {
        String known = NAMES.get(title);
        if (known != null) {
            return known;
        }
        if (title.indexOf('_') < 0) {
            return title; // GOV.UK's own file already has readable titles
        }
        String words = title.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.UK) + words.substring(1);
    }

    private static boolean isSubstitute(String notes) {
        return SUBSTITUTE_NOTE.equals(notes) || notes.toLowerCase(Locale.UK).contains("substitute");
    }
}
