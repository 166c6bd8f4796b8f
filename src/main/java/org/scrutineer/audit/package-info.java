/**
 * Audit: the append-only, tamper-evident history of every change to a business record — who, when, which
 * record, which fields changed from what to what — written in the same transaction as the change and chained
 * by hash so that altering or removing an entry is detected by {@link org.scrutineer.audit.AuditHistory#verify()}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "platform")
package org.scrutineer.audit;
