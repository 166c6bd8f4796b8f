package org.scrutineer.deadlines;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, ordered set of deadline rules, one per id. {@link #statutoryDefaults()} is the catalogue in
 * {@code shared/law/TIMESCALES.md} for English principal councils; {@link #with(DeadlineRule)} derives a council's
 * catalogue from it when its protocol replaces a value.
 */
public final class RuleCatalogue {

    /** Latest date to publish a meeting's agenda and reports. */
    public static final String AGENDA_PUBLICATION = "agenda-publication";
    /** Latest date to publish notice of a key decision. */
    public static final String KEY_DECISION_NOTICE = "key-decision-notice";
    /** First notice of intention to hold an executive meeting in private. */
    public static final String PRIVATE_MEETING_INTENTION_NOTICE = "private-meeting-intention-notice";
    /** Further notice of a private meeting, with representations and the response. */
    public static final String PRIVATE_MEETING_FINAL_NOTICE = "private-meeting-final-notice";
    /** Earliest date a key decision may be taken under general exception. */
    public static final String GENERAL_EXCEPTION_EARLIEST_DECISION = "general-exception-earliest-decision";
    /** Last day to supply a document an overview and scrutiny member asked for. */
    public static final String INFORMATION_REQUEST_RESPONSE = "information-request-response";
    /** Last day for the executive to respond to an overview and scrutiny report or recommendations. */
    public static final String EXECUTIVE_RESPONSE = "executive-response";
    /** Last day to call in an executive decision. */
    public static final String CALL_IN_EXPIRY = "call-in-expiry";

    /** When the call-in window closes on its last day unless the council's constitution says otherwise. */
    public static final LocalTime DEFAULT_CALL_IN_CLOSING_TIME = LocalTime.of(17, 0);

    private static final RuleCatalogue STATUTORY_DEFAULTS = new RuleCatalogue(List.of(
            new DeadlineRule(AGENDA_PUBLICATION, RuleKind.BEFORE, 5, Counting.WORKING,
                    "Latest date to publish a meeting's agenda and reports (T = meeting date)",
                    "Local Government Act 1972 s100B; SI 2012/2089 reg 7", RuleSource.STATUTE),
            new DeadlineRule(KEY_DECISION_NOTICE, RuleKind.BEFORE, 28, Counting.CALENDAR,
                    "Latest date to publish notice of a key decision (T = decision date)",
                    "SI 2012/2089 reg 9", RuleSource.STATUTE),
            new DeadlineRule(PRIVATE_MEETING_INTENTION_NOTICE, RuleKind.BEFORE, 28, Counting.CALENDAR,
                    "First notice of intention to hold an executive meeting in private (T = meeting date)",
                    "SI 2012/2089 reg 5(2)", RuleSource.STATUTE),
            new DeadlineRule(PRIVATE_MEETING_FINAL_NOTICE, RuleKind.BEFORE, 5, Counting.WORKING,
                    "Further notice of a private meeting, with representations and the response (T = meeting date)",
                    "SI 2012/2089 reg 5(4)", RuleSource.STATUTE),
            new DeadlineRule(GENERAL_EXCEPTION_EARLIEST_DECISION, RuleKind.EARLIEST_AFTER, 5, Counting.WORKING,
                    "Earliest date a key decision may be taken under general exception "
                            + "(T = date the O&S chair was told and notice published)",
                    "SI 2012/2089 reg 10", RuleSource.STATUTE),
            new DeadlineRule(INFORMATION_REQUEST_RESPONSE, RuleKind.AFTER, 10, Counting.WORKING,
                    "Last day to supply a document an O&S member asked for "
                            + "(T = date the executive received the request)",
                    "SI 2012/2089 reg 17", RuleSource.STATUTE),
            new DeadlineRule(EXECUTIVE_RESPONSE, RuleKind.MONTHS, 2, null,
                    "Last day for the executive to respond to an O&S report or recommendations "
                            + "(T = date it received them, or the notice if later)",
                    "Local Government Act 2000 s9FE", RuleSource.STATUTE),
            new DeadlineRule(CALL_IN_EXPIRY, RuleKind.AFTER, 5, Counting.WORKING,
                    "Last day to call in an executive decision (T = date the decision record was published); "
                            + "the window closes at the closing time that day",
                    "Local Government Act 2000 s9F; local (council constitution)", RuleSource.LOCAL,
                    Optional.of(DEFAULT_CALL_IN_CLOSING_TIME))));

    private final Map<String, DeadlineRule> rulesById;

    private RuleCatalogue(List<DeadlineRule> rules) {
        Map<String, DeadlineRule> byId = new LinkedHashMap<>();
        for (DeadlineRule rule : rules) {
            if (rule == null) {
                throw new IllegalArgumentException("A catalogue cannot hold a null rule");
            }
            if (byId.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalArgumentException("Rule id '" + rule.id() + "' appears twice in the catalogue");
            }
        }
        this.rulesById = byId;
    }

    /**
     * The statutory defaults for English principal councils, in the order of TIMESCALES.md's table.
     *
     * @return the shared default catalogue
     */
    public static RuleCatalogue statutoryDefaults() {
        return STATUTORY_DEFAULTS;
    }

    /**
     * A catalogue of the given rules, in the given order.
     *
     * @param rules rules with distinct ids
     * @return the catalogue
     * @throws IllegalArgumentException if two rules share an id
     */
    public static RuleCatalogue of(List<DeadlineRule> rules) {
        return new RuleCatalogue(List.copyOf(rules));
    }

    /**
     * Looks a rule up by id.
     *
     * @param id for example {@code call-in-expiry}
     * @return the rule, or empty if the catalogue has no rule with that id
     */
    public Optional<DeadlineRule> find(String id) {
        return Optional.ofNullable(rulesById.get(id));
    }

    /**
     * Looks a rule up by id when its absence would be a programming error.
     *
     * @param id for example {@code call-in-expiry}
     * @return the rule
     * @throws IllegalArgumentException if the catalogue has no rule with that id
     */
    public DeadlineRule require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "No deadline rule '" + id + "'; known rules: " + String.join(", ", rulesById.keySet())));
    }

    /**
     * Every rule, in catalogue order.
     *
     * @return an unmodifiable list
     */
    public List<DeadlineRule> all() {
        return List.copyOf(rulesById.values());
    }

    /**
     * This catalogue with one rule replaced (same id, same position) or, for a new id, added at the end.
     *
     * @param rule the replacing or new rule
     * @return a new catalogue; this one is unchanged
     */
    public RuleCatalogue with(DeadlineRule rule) {
        List<DeadlineRule> rules = new ArrayList<>(rulesById.values());
        int position = -1;
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(rule.id())) {
                position = i;
            }
        }
        if (position >= 0) {
            rules.set(position, rule);
        }
        else {
            rules.add(rule);
        }
        return new RuleCatalogue(rules);
    }

    @Override
    public String toString() {
        return "RuleCatalogue" + rulesById.keySet();
    }
}
