package org.scrutineer.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrutineer.deadlines.Nation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bank holiday calendar against its sources: every entry of GOV.UK's 2019–2028 lists for all three nations (read
 * here independently of the production loader), hand-worked years outside those lists (which come from Jollyday),
 * and, for every year from 2029 to 2199, an independent statement of the UK's substitute-day rules.
 */
class BankHolidaySourceTests {

    private static final int FIRST_PUBLISHED = 2019;
    private static final int LAST_PUBLISHED = 2028;

    /** GOV.UK's lists as read by this test: nation, then year, then (date, is substitute day). */
    private static Map<Nation, Map<Integer, Map<LocalDate, Boolean>>> govUk;

    @BeforeAll
    static void readGovUkListsIndependently() throws Exception {
        govUk = new HashMap<>();
        try (InputStream in = BankHolidaySourceTests.class.getResourceAsStream(
                "/deadlines/uk-bank-holidays-2019-2028.json")) {
            JsonNode divisions = JsonMapper.builder().build().readTree(in).get("divisions");
            for (Nation nation : Nation.values()) {
                Map<Integer, Map<LocalDate, Boolean>> years = new TreeMap<>();
                for (JsonNode event : divisions.get(nation.code())) {
                    LocalDate date = LocalDate.parse(event.get("date").asString());
                    boolean substitute = event.get("notes").asString().equals("common.substitute_day");
                    years.computeIfAbsent(date.getYear(), y -> new TreeMap<>()).put(date, substitute);
                }
                govUk.put(nation, years);
            }
        }
    }

    // ------------------------------------------------------------------------------------ GOV.UK, 2019–2028, exactly

    @ParameterizedTest
    @EnumSource(Nation.class)
    void govUkListCoversEveryYearFrom2019To2028(Nation nation) {
        assertThat(govUk.get(nation).keySet()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027,
                2028);
        for (int year = FIRST_PUBLISHED; year <= LAST_PUBLISHED; year++) {
            assertThat(HolidayCalendar.of(nation).isPublishedYear(year)).isTrue();
        }
        assertThat(HolidayCalendar.of(nation).isPublishedYear(2018)).isFalse();
        assertThat(HolidayCalendar.of(nation).isPublishedYear(2029)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void listsExactlyGovUksBankHolidaysEachYearFrom2019To2028(Nation nation) {
        HolidayCalendar calendar = HolidayCalendar.of(nation);
        for (int year = FIRST_PUBLISHED; year <= LAST_PUBLISHED; year++) {
            Set<LocalDate> expected = govUk.get(nation).get(year).keySet();
            List<LocalDate> actual = calendar.bankHolidays(year).stream().map(BankHoliday::date).toList();

            assertThat(actual).as("%s %d: no day missing and no day extra", nation, year)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void answersEveryDayFrom2019To2028AsGovUkDoes(Nation nation) {
        HolidayCalendar calendar = HolidayCalendar.of(nation);
        for (LocalDate day = LocalDate.of(FIRST_PUBLISHED, 1, 1); day.getYear() <= LAST_PUBLISHED;
                day = day.plusDays(1)) {
            boolean listed = govUk.get(nation).get(day.getYear()).containsKey(day);

            assertThat(calendar.isBankHoliday(day)).as("%s %s", nation, day).isEqualTo(listed);
            assertThat(calendar.bankHolidayName(day).isPresent()).as("%s %s has a name", nation, day).isEqualTo(listed);
        }
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void marksGovUksSubstituteDaysAsSubstitutes(Nation nation) {
        HolidayCalendar calendar = HolidayCalendar.of(nation);
        govUk.get(nation).values().forEach(year -> year.forEach((date, substitute) -> {
            BankHoliday holiday = calendar.bankHoliday(date).orElseThrow();
            assertThat(holiday.substitute()).as("%s %s", nation, date).isEqualTo(substitute);
            assertThat(holiday.displayName().endsWith(" (substitute day)")).isEqualTo(substitute);
        }));
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void givesEveryGovUkHolidayAReadableName(Nation nation) {
        for (int year = FIRST_PUBLISHED; year <= LAST_PUBLISHED; year++) {
            for (BankHoliday holiday : HolidayCalendar.of(nation).bankHolidays(year)) {
                assertThat(holiday.name()).as(holiday.date().toString()).doesNotContain("_").doesNotContain("common.")
                        .matches("^[0-9A-Z].*");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            england-and-wales | 2026-12-28 | Boxing Day (substitute day)
            england-and-wales | 2027-12-27 | Christmas Day (substitute day)
            england-and-wales | 2028-01-03 | New Year’s Day (substitute day)
            england-and-wales | 2026-04-03 | Good Friday
            england-and-wales | 2026-04-06 | Easter Monday
            england-and-wales | 2020-05-08 | Early May bank holiday (VE day)
            england-and-wales | 2022-06-02 | Spring bank holiday
            england-and-wales | 2022-06-03 | Platinum Jubilee bank holiday
            england-and-wales | 2022-09-19 | Bank holiday for the State Funeral of Queen Elizabeth II
            england-and-wales | 2023-05-08 | Bank holiday for the coronation of King Charles III
            england-and-wales | 2026-08-31 | Summer bank holiday
            scotland          | 2027-01-04 | 2nd January (substitute day)
            scotland          | 2026-01-02 | 2nd January
            scotland          | 2026-08-03 | Summer bank holiday
            scotland          | 2026-11-30 | St Andrew’s Day
            scotland          | 2025-12-01 | St Andrew’s Day (substitute day)
            scotland          | 2026-06-15 | World Cup bank holiday
            northern-ireland  | 2026-03-17 | St Patrick’s Day
            northern-ireland  | 2024-03-18 | St Patrick’s Day (substitute day)
            northern-ireland  | 2026-07-13 | Battle of the Boyne (Orangemen’s Day) (substitute day)
            """)
    void namesGovUkHolidaysAsPeopleKnowThem(String nation, LocalDate date, String name) {
        assertThat(HolidayCalendar.of(Nation.fromCode(nation)).bankHolidayName(date)).contains(name);
    }

    @ParameterizedTest(name = "{0} {1} is not a bank holiday")
    @CsvSource(delimiter = '|', textBlock = """
            scotland          | 2026-04-06 | no Easter Monday in Scotland
            scotland          | 2026-08-31 | no late August holiday in Scotland
            england-and-wales | 2026-01-02 | 2 January is Scottish
            england-and-wales | 2026-03-17 | St Patrick's Day is Northern Irish
            england-and-wales | 2026-07-13 | the Boyne is Northern Irish
            england-and-wales | 2026-06-15 | the World Cup holiday is Scottish
            england-and-wales | 2022-05-30 | the 2022 spring holiday moved to 2 June
            england-and-wales | 2020-05-04 | the 2020 early May holiday moved to 8 May
            england-and-wales | 2026-12-26 | Boxing Day 2026 is a Saturday; the holiday is Mon 28
            """)
    void doesNotListDaysThatAreNotBankHolidaysThere(String nation, LocalDate date, String why) {
        assertThat(HolidayCalendar.of(Nation.fromCode(nation)).isBankHoliday(date)).as(why).isFalse();
    }

    // ---------------------------------------------------------------------- outside GOV.UK's lists: Jollyday's rules

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            england-and-wales | 2018 | 01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26
            scotland          | 2018 | 01-01 01-02 03-30 05-07 05-28 08-06 11-30 12-25 12-26
            northern-ireland  | 2018 | 01-01 03-19 03-30 04-02 05-07 05-28 07-12 08-27 12-25 12-26
            england-and-wales | 2029 | 01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26
            scotland          | 2029 | 01-01 01-02 03-30 05-07 05-28 08-06 11-30 12-25 12-26
            northern-ireland  | 2029 | 01-01 03-19 03-30 04-02 05-07 05-28 07-12 08-27 12-25 12-26
            england-and-wales | 2030 | 01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26
            scotland          | 2030 | 01-01 01-02 04-19 05-06 05-27 08-05 12-02 12-25 12-26
            northern-ireland  | 2030 | 01-01 03-18 04-19 04-22 05-06 05-27 07-12 08-26 12-25 12-26
            england-and-wales | 2031 | 01-01 04-11 04-14 05-05 05-26 08-25 12-25 12-26
            scotland          | 2031 | 01-01 01-02 04-11 05-05 05-26 08-04 12-01 12-25 12-26
            northern-ireland  | 2031 | 01-01 03-17 04-11 04-14 05-05 05-26 07-14 08-25 12-25 12-26
            england-and-wales | 2032 | 01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28
            scotland          | 2032 | 01-01 01-02 03-26 05-03 05-31 08-02 11-30 12-27 12-28
            northern-ireland  | 2032 | 01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28
            england-and-wales | 2033 | 01-03 04-15 04-18 05-02 05-30 08-29 12-26 12-27
            scotland          | 2033 | 01-03 01-04 04-15 05-02 05-30 08-01 11-30 12-26 12-27
            northern-ireland  | 2033 | 01-03 03-17 04-15 04-18 05-02 05-30 07-12 08-29 12-26 12-27
            """)
    void listsHandWorkedBankHolidaysForYearsOutsideGovUksLists(String nation, int year, String monthDays) {
        Set<LocalDate> expected = Arrays.stream(monthDays.split(" "))
                .map(md -> LocalDate.parse(year + "-" + md)).collect(Collectors.toCollection(TreeSet::new));

        List<LocalDate> actual = HolidayCalendar.of(Nation.fromCode(nation)).bankHolidays(year).stream()
                .map(BankHoliday::date).toList();

        assertThat(actual).as("no day missing and no day extra").containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            northern-ireland  | 2029-03-19 | St Patrick’s Day (substitute day)
            northern-ireland  | 2029-07-12 | Battle of the Boyne (Orangemen’s Day)
            northern-ireland  | 2031-07-14 | Battle of the Boyne (Orangemen’s Day) (substitute day)
            scotland          | 2029-11-30 | St Andrew’s Day
            scotland          | 2030-12-02 | St Andrew’s Day (substitute day)
            scotland          | 2029-08-06 | Summer bank holiday
            scotland          | 2033-01-04 | 2nd January (substitute day)
            england-and-wales | 2029-03-30 | Good Friday
            england-and-wales | 2029-04-02 | Easter Monday
            england-and-wales | 2029-05-07 | Early May bank holiday
            england-and-wales | 2032-12-27 | Christmas Day (substitute day)
            england-and-wales | 2032-12-28 | Boxing Day (substitute day)
            england-and-wales | 2033-01-03 | New Year’s Day (substitute day)
            england-and-wales | 2033-12-27 | Christmas Day (substitute day)
            england-and-wales | 2033-12-26 | Boxing Day
            """)
    void namesRuleBasedHolidaysLikeGovUksIncludingSubstituteDays(String nation, LocalDate date, String name) {
        assertThat(HolidayCalendar.of(Nation.fromCode(nation)).bankHolidayName(date)).contains(name);
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void jollydayAgreesWithGovUkOnEveryDayFrom2019To2028(Nation nation) {
        RuleBasedBankHolidays rules = new RuleBasedBankHolidays();
        for (int year = FIRST_PUBLISHED; year <= LAST_PUBLISHED; year++) {
            Map<LocalDate, Boolean> byRule = new TreeMap<>();
            rules.holidays(nation, year).forEach(h -> byRule.put(h.date(), h.substitute()));

            assertThat(byRule).as("%s %d: dates and substitute days", nation, year)
                    .containsExactlyInAnyOrderEntriesOf(govUk.get(nation).get(year));
        }
    }

    /**
     * Jollyday against the UK's rules stated independently here, for every year from 2029 to 2199 (every way the
     * calendar falls, many times over) and for 2013–2018.
     */
    @ParameterizedTest
    @EnumSource(Nation.class)
    void jollydayFollowsTheUkRulesForEveryYearAfterGovUksLists(Nation nation) {
        RuleBasedBankHolidays rules = new RuleBasedBankHolidays();
        for (int year = 2013; year <= HolidayCalendar.MAX_YEAR; year++) {
            if (year >= FIRST_PUBLISHED && year <= LAST_PUBLISHED) {
                continue;
            }
            Set<LocalDate> byJollyday = rules.holidays(nation, year).stream().map(BankHoliday::date)
                    .collect(Collectors.toCollection(TreeSet::new));

            assertThat(byJollyday).as("%s %d", nation, year).isEqualTo(ukRules(nation, year));
        }
    }

    // -------------------------------------------------------------------------------------------------- other checks

    @Test
    void refusesYearsOutsideTheSupportedRange() {
        assertThatThrownBy(() -> HolidayCalendar.of(Nation.SCOTLAND).isBankHoliday(LocalDate.of(2200, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2200");
        assertThatThrownBy(() -> HolidayCalendar.of(Nation.SCOTLAND).bankHolidays(1969))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1969");
    }

    @Test
    void readsGovUksOwnFileShapeWithReadableTitles() {
        String json = """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                   {"title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": true}]},
                 "scotland": {"division": "scotland", "events": [
                   {"title": "St Andrew’s Day", "date": "2026-11-30", "notes": "", "bunting": true}]},
                 "northern-ireland": {"division": "northern-ireland", "events": [
                   {"title": "St Patrick’s Day", "date": "2026-03-17", "notes": "", "bunting": true}]}}
                """;

        GovUkBankHolidays lists = GovUkBankHolidays.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(lists.holidays(Nation.ENGLAND_AND_WALES))
                .containsExactly(new BankHoliday(LocalDate.of(2026, 12, 28), "Boxing Day", true));
        assertThat(lists.firstYear(Nation.SCOTLAND)).isEqualTo(2026);
    }

    @Test
    void refusesAListMissingANation() {
        String json = """
                {"divisions": {"england-and-wales": [{"date": "2026-12-25", "title": "christmas", "notes": ""}]}}
                """;

        assertThatThrownBy(() -> GovUkBankHolidays.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("scotland");
    }

    @Test
    void makesUnknownGovUkTitlesReadable() {
        assertThat(GovUkBankHolidays.readableName("kings_jubilee")).isEqualTo("Kings jubilee");
        assertThat(GovUkBankHolidays.readableName("christmas")).isEqualTo("Christmas Day");
    }

    /**
     * The UK's bank holidays by rule, written independently of Jollyday: Good Friday; Easter Monday except in
     * Scotland; the first and last Mondays of May; the last Monday of August, or the first in Scotland; and fixed
     * dates which, when they fall on a weekend or on another holiday, move to the next weekday that is not already a
     * holiday.
     */
    private static Set<LocalDate> ukRules(Nation nation, int year) {
        Set<LocalDate> days = new TreeSet<>();
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        if (nation != Nation.SCOTLAND) {
            days.add(easter.plusDays(1));
        }
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate august = LocalDate.of(year, Month.AUGUST, 1);
        days.add(nation == Nation.SCOTLAND ? august.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
                : august.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));

        List<LocalDate> fixed = switch (nation) {
            case ENGLAND_AND_WALES -> List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 25),
                    LocalDate.of(year, 12, 26));
            case SCOTLAND -> List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 2), LocalDate.of(year, 11, 30),
                    LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26));
            case NORTHERN_IRELAND -> List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 17),
                    LocalDate.of(year, 7, 12), LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26));
        };
        for (LocalDate day : fixed) {
            LocalDate taken = day;
            while (taken.getDayOfWeek().getValue() > 5 || days.contains(taken)) {
                taken = taken.plusDays(1);
            }
            days.add(taken);
        }
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm published in Nature, 1876). */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
