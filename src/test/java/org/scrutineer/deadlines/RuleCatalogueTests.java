package org.scrutineer.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The statutory catalogue row by row against TIMESCALES.md, and the codes and checks of the types it is made of.
 */
class RuleCatalogueTests {

    private final RuleCatalogue catalogue = RuleCatalogue.statutoryDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            agenda-publication                  | before         | 5  | working  | Local Government Act 1972 s100B; SI 2012/2089 reg 7            | STATUTE
            key-decision-notice                 | before         | 28 | calendar | SI 2012/2089 reg 9                                             | STATUTE
            private-meeting-intention-notice    | before         | 28 | calendar | SI 2012/2089 reg 5(2)                                          | STATUTE
            private-meeting-final-notice        | before         | 5  | working  | SI 2012/2089 reg 5(4)                                          | STATUTE
            general-exception-earliest-decision | earliest-after | 5  | working  | SI 2012/2089 reg 10                                            | STATUTE
            information-request-response        | after          | 10 | working  | SI 2012/2089 reg 17                                            | STATUTE
            executive-response                  | months         | 2  | –        | Local Government Act 2000 s9FE                                 | STATUTE
            call-in-expiry                      | after          | 5  | working  | Local Government Act 2000 s9F; local (council constitution)    | LOCAL
            """)
    void holdsEveryRowOfTheTimescalesCatalogue(String id, String kind, int count, String counting, String citation,
            RuleSource source) {
        DeadlineRule rule = catalogue.find(id).orElseThrow();

        assertThat(rule.kind().code()).isEqualTo(kind);
        assertThat(rule.count()).isEqualTo(count);
        assertThat(rule.counting() == null ? "–" : rule.counting().code()).isEqualTo(counting);
        assertThat(rule.citation()).isEqualTo(citation);
        assertThat(rule.source()).isEqualTo(source);
        assertThat(rule.description()).isNotBlank();
    }

    @Test
    void listsRulesInTheOrderOfTheTimescalesTable() {
        assertThat(catalogue.all()).extracting(DeadlineRule::id).containsExactly(
                "agenda-publication", "key-decision-notice", "private-meeting-intention-notice",
                "private-meeting-final-notice", "general-exception-earliest-decision", "information-request-response",
                "executive-response", "call-in-expiry");
    }

    @Test
    void onlyCallInClosesAtATimeOfDayAndItIsFiveOClock() {
        assertThat(catalogue.require("call-in-expiry").closesAt()).contains(LocalTime.of(17, 0));
        assertThat(catalogue.all()).filteredOn(rule -> !rule.id().equals("call-in-expiry"))
                .allSatisfy(rule -> assertThat(rule.closesAt()).isEmpty());
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(catalogue.find("no-such-rule")).isEmpty();
        assertThat(catalogue.find(null)).isEmpty();
    }

    @Test
    void requireNamesTheKnownRulesWhenTheIdIsUnknown() {
        assertThatThrownBy(() -> catalogue.require("no-such-rule"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-rule").hasMessageContaining("call-in-expiry");
    }

    @Test
    void protocolOverrideReplacesTheRuleInPlaceAndLeavesTheDefaultsAlone() {
        DeadlineRule twentyEightDays = new DeadlineRule("executive-response", RuleKind.AFTER, 28, Counting.CALENDAR,
                "Executive response within 28 days", "Council protocol para 4.2", RuleSource.PROTOCOL);

        RuleCatalogue council = catalogue.with(twentyEightDays);

        assertThat(council.require("executive-response")).isEqualTo(twentyEightDays);
        assertThat(council.all()).extracting(DeadlineRule::id).containsExactlyElementsOf(
                catalogue.all().stream().map(DeadlineRule::id).toList());
        assertThat(catalogue.require("executive-response").kind()).isEqualTo(RuleKind.MONTHS);
    }

    @Test
    void addsARuleWithANewIdAtTheEnd() {
        DeadlineRule record = new DeadlineRule("decision-record-publication", RuleKind.AFTER, 2, Counting.WORKING,
                "Publication of the record of an executive decision", "SI 2012/2089 regs 12-13; local default",
                RuleSource.LOCAL);

        assertThat(catalogue.with(record).all()).last().isEqualTo(record);
    }

    @Test
    void refusesTwoRulesWithTheSameId() {
        DeadlineRule rule = catalogue.require("agenda-publication");

        assertThatThrownBy(() -> RuleCatalogue.of(List.of(rule, rule)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agenda-publication");
    }

    @Test
    void withCountKeepsEverythingElse() {
        DeadlineRule stricter = catalogue.require("information-request-response").withCount(7, RuleSource.PROTOCOL);

        assertThat(stricter.count()).isEqualTo(7);
        assertThat(stricter.source()).isEqualTo(RuleSource.PROTOCOL);
        assertThat(stricter.citation()).isEqualTo("SI 2012/2089 reg 17");
    }

    // --------------------------------------------------------------------------------------------- rule validation

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            id not kebab-case           | Agenda_Publication | before | 5    | working  | counts  | cites  | kebab-case
            blank id                    | ''                 | before | 5    | working  | counts  | cites  | kebab-case
            zero days                   | a-rule             | after  | 0    | working  | counts  | cites  | between 1 and
            too many days               | a-rule             | after  | 1001 | working  | counts  | cites  | between 1 and
            months with a counting      | a-rule             | months | 2    | calendar | counts  | cites  | no counting
            days without a counting     | a-rule             | before | 5    |          | counts  | cites  | needs a counting
            too many months             | a-rule             | months | 121  |          | counts  | cites  | between 1 and
            blank description           | a-rule             | before | 5    | working  | ' '     | cites  | description
            blank citation              | a-rule             | before | 5    | working  | counts  | ' '    | citation
            """)
    void refusesAnInvalidRule(String situation, String id, String kind, int count, String counting,
            String description, String citation, String message) {
        assertThatThrownBy(() -> new DeadlineRule(id, RuleKind.fromCode(kind), count,
                counting == null ? null : Counting.fromCode(counting), description, citation, RuleSource.STATUTE))
                .as(situation).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void treatsAMissingClosingTimeAsTheEndOfTheDay() {
        DeadlineRule rule = new DeadlineRule("a-rule", RuleKind.AFTER, 1, Counting.WORKING, "d", "c",
                RuleSource.LOCAL, null);

        assertThat(rule.closesAt()).isEqualTo(Optional.empty());
    }

    // ------------------------------------------------------------------------------------------------------- codes

    @ParameterizedTest
    @CsvSource({"england-and-wales, ENGLAND_AND_WALES", "scotland, SCOTLAND", "northern-ireland, NORTHERN_IRELAND"})
    void readsNationCodes(String code, Nation nation) {
        assertThat(Nation.fromCode(code)).isEqualTo(nation);
        assertThat(nation.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"before, BEFORE", "after, AFTER", "earliest-after, EARLIEST_AFTER", "months, MONTHS"})
    void readsRuleKindCodes(String code, RuleKind kind) {
        assertThat(RuleKind.fromCode(code)).isEqualTo(kind);
        assertThat(kind.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"working, WORKING", "calendar, CALENDAR"})
    void readsCountingCodes(String code, Counting counting) {
        assertThat(Counting.fromCode(code)).isEqualTo(counting);
        assertThat(counting.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nation   | wales           | england-and-wales, scotland, northern-ireland
            nation   | England         | england-and-wales, scotland, northern-ireland
            kind     | within          | before, after, earliest-after, months
            counting | –               | working, calendar
            counting | WORKING         | working, calendar
            """)
    void refusesUnknownCodesNamingTheKnownOnes(String type, String code, String known) {
        Runnable parse = switch (type) {
            case "nation" -> () -> Nation.fromCode(code);
            case "kind" -> () -> RuleKind.fromCode(code);
            default -> () -> Counting.fromCode(code);
        };

        assertThatThrownBy(parse::run).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + code + "'").hasMessageContaining(known);
    }

    @Test
    void refusesNullCodes() {
        assertThatThrownBy(() -> Nation.fromCode(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleKind.fromCode(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Counting.fromCode(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
