package org.scrutineer.deadlines;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A new protocol value for a rule, from a date.
 *
 * @param ruleId the rule it replaces
 * @param effectiveFrom the first trigger date it applies to
 * @param kind the kind of rule (e.g. {@code after} 56 calendar days instead of {@code months} 2)
 * @param count N
 * @param counting working or calendar (null for months)
 * @param closesAt a closing time on the due day (call-in)
 * @param note the protocol's paragraph or wording
 */
public record ProtocolRuleChange(String ruleId, LocalDate effectiveFrom, RuleKind kind, Integer count,
        Counting counting, LocalTime closesAt, String note) {
}
