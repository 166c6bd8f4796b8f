/**
 * Deadlines: counting rules, bank holidays per nation, the catalogue of statutory rules with their citations,
 * a council's protocol values, tracked deadlines and their reminders, so that every date the product shows names
 * the rule that produced it and the days it skipped.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines",
        allowedDependencies = {"platform", "audit", "directory"})
package org.scrutineer.deadlines;
