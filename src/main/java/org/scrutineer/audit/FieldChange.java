package org.scrutineer.audit;

/**
 * One field's change in an audit entry.
 *
 * @param field the field's name
 * @param from the value before (null when created or empty)
 * @param to the value after (null when deleted or emptied)
 */
public record FieldChange(String field, String from, String to) {
}
