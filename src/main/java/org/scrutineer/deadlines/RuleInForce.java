package org.scrutineer.deadlines;

import java.time.LocalDate;

/**
 * A rule as it applies to triggers on a given day: the statutory default, or the council's protocol value.
 *
 * @param rule the rule (its {@code source} says statute, protocol or local)
 * @param effectiveFrom when the protocol value took effect (null for a statutory default)
 * @param note the protocol's wording or reference (null for a statutory default)
 */
public record RuleInForce(DeadlineRule rule, LocalDate effectiveFrom, String note) {
}
