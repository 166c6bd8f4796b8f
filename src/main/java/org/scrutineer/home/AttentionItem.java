package org.scrutineer.home;

import java.time.LocalDate;

/**
 * Something a user should act on, shown on their home page.
 *
 * @param title what it is, e.g. "Respond to SR(26/27)04"
 * @param detail one line of context (rule, committee, who asked)
 * @param path where to act on it
 * @param due when it is due (null when undated)
 * @param overdue whether the due date has passed
 */
public record AttentionItem(String title, String detail, String path, LocalDate due, boolean overdue) {
}
