package org.scrutineer.audit;

/**
 * A change to record in bulk (see {@link AuditHistory#changedAll}), for imports.
 *
 * @param recordType the kind of record
 * @param recordId its id
 * @param before the record's state before the change (a record or a map)
 * @param after its state after
 */
public record PendingAuditChange(String recordType, String recordId, Object before, Object after) {
}
