package org.scrutineer.deadlines.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.scrutineer.deadlines.Nation;

/**
 * The bank holidays of one nation. For the years GOV.UK's bundled lists cover (2019–2028) those lists are the
 * source of truth; other years come from rules ({@link RuleBasedBankHolidays}). Each year is worked out once, on
 * first use, and kept, so a lookup is a hash lookup. Thread-safe and immutable in effect.
 */
public final class HolidayCalendar {

    /** Earliest year the engine counts in. */
    public static final int MIN_YEAR = 1970;

    /** Latest year the engine counts in. */
    public static final int MAX_YEAR = 2199;

    private static final class Shared {
        static final Map<Nation, HolidayCalendar> BY_NATION = load();

        private static Map<Nation, HolidayCalendar> load() {
            GovUkBankHolidays published = GovUkBankHolidays.bundled();
            RuleBasedBankHolidays rules = new RuleBasedBankHolidays();
            Map<Nation, HolidayCalendar> map = new EnumMap<>(Nation.class);
            for (Nation nation : Nation.values()) {
                map.put(nation, new HolidayCalendar(nation, published, rules));
            }
            return map;
        }
    }

    private record YearHolidays(Map<LocalDate, BankHoliday> byDate, List<BankHoliday> inOrder) {
    }

    private final Nation nation;
    private final GovUkBankHolidays published;
    private final RuleBasedBankHolidays rules;
    private final int firstPublishedYear;
    private final int lastPublishedYear;
    private final AtomicReferenceArray<YearHolidays> years = new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);

    /**
     * A calendar from the given sources (tests use this; the application uses {@link #of(Nation)}).
     *
     * @param nation    the nation
     * @param published GOV.UK's lists
     * @param rules     rules for years the lists do not cover
     */
    public HolidayCalendar(Nation nation, GovUkBankHolidays published, RuleBasedBankHolidays rules) {
        this.nation = Objects.requireNonNull(nation, "nation");
        this.published = Objects.requireNonNull(published, "published");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.firstPublishedYear = published.firstYear(nation);
        this.lastPublishedYear = published.lastYear(nation);
    }

    /**
     * The shared calendar for a nation, from the bundled GOV.UK lists and Jollyday's rules.
     *
     * @param nation the nation
     * @return its calendar
     */
    public static HolidayCalendar of(Nation nation) {
        return Shared.BY_NATION.get(Objects.requireNonNull(nation, "nation"));
    }

    /**
     * The nation whose holidays these are.
     *
     * @return the nation
     */
    public Nation nation() {
        return nation;
    }

    /**
     * Whether GOV.UK's bundled list covers the year (otherwise the year comes from rules).
     *
     * @param year the year
     * @return true for the years of the published list
     */
    public boolean isPublishedYear(int year) {
        return year >= firstPublishedYear && year <= lastPublishedYear;
    }

    /**
     * Whether the date is a bank holiday of this nation.
     *
     * @param date the date
     * @return true if it is
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}–{@value #MAX_YEAR}
     */
    public boolean isBankHoliday(LocalDate date) {
        return year(date.getYear()).byDate().containsKey(date);
    }

    /**
     * The bank holiday on a date.
     *
     * @param date the date
     * @return the holiday, or empty if the date is not one
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}–{@value #MAX_YEAR}
     */
    public Optional<BankHoliday> bankHoliday(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).byDate().get(date));
    }

    /**
     * The name of the bank holiday on a date, for example "New Year’s Day (substitute day)".
     *
     * @param date the date
     * @return the name, or empty if the date is not a bank holiday
     */
    public Optional<String> bankHolidayName(LocalDate date) {
        return bankHoliday(date).map(BankHoliday::displayName);
    }

    /**
     * Every bank holiday of a year, in date order.
     *
     * @param year the year
     * @return an unmodifiable list
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}–{@value #MAX_YEAR}
     */
    public List<BankHoliday> bankHolidays(int year) {
        return year(year).inOrder();
    }

    private YearHolidays year(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(
                    "Bank holidays are known for " + MIN_YEAR + " to " + MAX_YEAR + " only, not " + year);
        }
        int index = year - MIN_YEAR;
        YearHolidays cached = years.get(index);
        if (cached == null) {
            // Two threads may both work a year out; the results are equal, and the first one stored is kept.
            years.compareAndSet(index, null, load(year));
            cached = years.get(index);
        }
        return cached;
    }

    private YearHolidays load(int year) {
        List<BankHoliday> list;
        if (isPublishedYear(year)) {
            list = new ArrayList<>();
            for (BankHoliday holiday : published.holidays(nation)) {
                if (holiday.date().getYear() == year) {
                    list.add(holiday);
                }
            }
        }
        else {
            list = rules.holidays(nation, year);
        }
        Map<LocalDate, BankHoliday> byDate = new HashMap<>();
        for (BankHoliday holiday : list) {
            byDate.put(holiday.date(), holiday);
        }
        return new YearHolidays(Map.copyOf(byDate), List.copyOf(list));
    }
}
