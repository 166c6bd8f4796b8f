package org.scrutineer.audit;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the history, as shown on a record's page.
 *
 * @param id the entry's position in the chain
 * @param occurredAt when the change was made
 * @param actor who made it (a username, or {@code system})
 * @param recordType the kind of record, e.g. {@code person}
 * @param recordId the record's id
 * @param action created, changed or deleted
 * @param changes the fields that changed
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String recordType, String recordId,
        AuditAction action, List<FieldChange> changes) {
}
