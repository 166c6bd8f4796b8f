package org.scrutineer.deadlines;

import java.util.Optional;

/**
 * The catalogue Scrutineer uses: the statutory rules of TIMESCALES.md plus the local timescales the law leaves to
 * each council's protocol (with their usual defaults), which councils may set freely.
 */
final class LocalRules {

    /** Notice to a cabinet member or officer required to attend (LGA 2000 s9FA: "reasonable notice"). */
    static final String NOTICE_TO_ATTEND = "notice-to-attend";
    /** Publication of the record of an executive decision (regs 12–13: "as soon as reasonably practicable"). */
    static final String DECISION_RECORD_PUBLICATION = "decision-record-publication";

    static final RuleCatalogue CATALOGUE = RuleCatalogue.statutoryDefaults()
            .with(new DeadlineRule(NOTICE_TO_ATTEND, RuleKind.BEFORE, 10, Counting.WORKING,
                    "Latest date to give notice to a cabinet member or officer required to attend (T = meeting date)",
                    "Local Government Act 2000 s9FA; local (executive-scrutiny protocol)", RuleSource.LOCAL,
                    Optional.empty()))
            .with(new DeadlineRule(DECISION_RECORD_PUBLICATION, RuleKind.AFTER, 2, Counting.WORKING,
                    "Last day to publish the record of an executive decision (T = decision date)",
                    "SI 2012/2089 regs 12-13; local (council constitution)", RuleSource.LOCAL, Optional.empty()));

    private LocalRules() {
    }
}
