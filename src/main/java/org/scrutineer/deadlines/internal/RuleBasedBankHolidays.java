package org.scrutineer.deadlines.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scrutineer.deadlines.Nation;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Bank holidays worked out by rule, for years GOV.UK's published lists do not cover. Uses Jollyday's United Kingdom
 * calendar ({@code gb}) with the subdivisions {@code eng} (England and Wales are identical in Jollyday; {@code wls}
 * gives the same days), {@code sct} and {@code nir}.
 * <p>
 * Jollyday's rules were checked against every GOV.UK entry for 2019–2028 and against hand-worked years outside that
 * range (including every kind of substitute day); they agree, so no rules of our own are needed. Jollyday cannot
 * know one-off days proclaimed in future; administrators add those as calendar adjustments.
 */
public final class RuleBasedBankHolidays {

    // Readable names for Jollyday's property keys, matching the names used for GOV.UK's lists.
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("NEW_YEAR", "New Year’s Day"),
            Map.entry("2ND_JANUARY", "2nd January"),
            Map.entry("christian.GOOD_FRIDAY", "Good Friday"),
            Map.entry("christian.EASTER_MONDAY", "Easter Monday"),
            Map.entry("EARLY_MAY_BANK_HOLIDAY", "Early May bank holiday"),
            Map.entry("SPRING_BANK_HOLIDAY", "Spring bank holiday"),
            Map.entry("SUMMER_BANK_HOLIDAY", "Summer bank holiday"),
            Map.entry("ST_ANDREW", "St Andrew’s Day"),
            Map.entry("ST_PATRICK", "St Patrick’s Day"),
            Map.entry("BATTLE_BOYNE", "Battle of the Boyne (Orangemen’s Day)"),
            Map.entry("CHRISTMAS", "Christmas Day"),
            Map.entry("BOXING_DAY", "Boxing Day"),
            Map.entry("QUEENS_PLATINUM_JUBILEE", "Platinum Jubilee bank holiday"),
            Map.entry("QUEENS_STATE_FUNERAL", "Bank holiday for the State Funeral of Queen Elizabeth II"),
            Map.entry("KINGS_CORONATION", "Bank holiday for the coronation of King Charles III"),
            Map.entry("WORLD_CUP_BANK_HOLIDAY", "World Cup bank holiday"));

    private static final class Manager {
        // Loading Jollyday's XML is slow, so it happens once and only when a year outside GOV.UK's lists is asked for.
        static final HolidayManager UNITED_KINGDOM = HolidayManager.getInstance(ManagerParameters.create("gb"));
    }

    /**
     * The jollyday subdivision id for a nation.
     *
     * @param nation the nation
     * @return {@code eng}, {@code sct} or {@code nir}
     */
    public static String subdivision(Nation nation) {
        return switch (nation) {
            case ENGLAND_AND_WALES -> "eng";
            case SCOTLAND -> "sct";
            case NORTHERN_IRELAND -> "nir";
        };
    }

    /**
     * The bank holidays of a nation in a year, by rule.
     *
     * @param nation the nation
     * @param year   the year
     * @return the holidays taken in that year, in date order
     */
    public List<BankHoliday> holidays(Nation nation, int year) {
        List<BankHoliday> result = new ArrayList<>();
        for (Holiday holiday : fetch(nation, year)) {
            LocalDate taken = holiday.getDate(); // the observed date: a substitute day when moved off a weekend
            if (taken.getYear() != year) {
                continue;
            }
            boolean substitute = !taken.equals(holiday.getActualDate());
            String name = NAMES.getOrDefault(holiday.getPropertiesKey(), holiday.getDescription(Locale.UK));
            result.add(new BankHoliday(taken, name, substitute));
        }
        result.sort(Comparator.comparing(BankHoliday::date));
        return result;
    }

    private static synchronized java.util.Set<Holiday> fetch(Nation nation, int year) {
        // Jollyday does not document its managers as thread-safe; calls are rare (once per nation and year).
        return Manager.UNITED_KINGDOM.getHolidays(Year.of(year), subdivision(nation));
    }
}
