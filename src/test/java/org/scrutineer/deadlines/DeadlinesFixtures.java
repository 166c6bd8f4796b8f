package org.scrutineer.deadlines;

/**
 * Rules and calendars shared by the deadlines tests.
 */
final class DeadlinesFixtures {

    static final RuleCatalogue CATALOGUE = RuleCatalogue.statutoryDefaults();

    private DeadlinesFixtures() {
    }

    /** A rule of the given shape, for testing the arithmetic of a kind rather than a catalogue entry. */
    static DeadlineRule rule(RuleKind kind, int count, Counting counting) {
        return new DeadlineRule("test-rule", kind, count, counting, "A rule under test", "Test citation",
                RuleSource.STATUTE);
    }

    /** A rule parsed from TIMESCALES.md's codes, as written in the tests' tables. */
    static DeadlineRule rule(String kind, int count, String counting) {
        RuleKind ruleKind = RuleKind.fromCode(kind);
        return rule(ruleKind, count, ruleKind == RuleKind.MONTHS ? null : Counting.fromCode(counting));
    }

    static WorkingCalendar calendar(String nationCode) {
        return WorkingCalendar.of(Nation.fromCode(nationCode));
    }
}
