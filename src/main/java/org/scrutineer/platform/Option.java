package org.scrutineer.platform;

/**
 * One choice in a select list or radio group.
 *
 * @param value what the form sends
 * @param label what the person reads
 */
public record Option(String value, String label) {
}
