package org.scrutineer.audit;

/**
 * A creation to record in bulk (see {@link AuditHistory#createdAll}), for generators and imports.
 *
 * @param recordType the kind of record
 * @param recordId its id
 * @param snapshot the record's state after creation (a record or a map)
 */
public record PendingAuditEntry(String recordType, String recordId, Object snapshot) {
}
