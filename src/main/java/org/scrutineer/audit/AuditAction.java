package org.scrutineer.audit;

/** What happened to a record. */
public enum AuditAction {
    CREATED, CHANGED, DELETED
}
