package org.scrutineer.inforequests;

import java.time.LocalDate;

/**
 * Something that happened to a request.
 *
 * @param on the day
 * @param kind what happened, e.g. "Clarification sought"
 * @param text what was said
 * @param by who did it
 */
public record RequestEvent(LocalDate on, String kind, String text, String by) {
}
