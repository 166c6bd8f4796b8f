package org.scrutineer.deadlines;

import java.time.LocalDate;

/**
 * The council's executive–scrutiny protocol document.
 *
 * @param title its title
 * @param adoptedOn when council adopted it
 * @param lastReviewedOn when it was last reviewed
 * @param nextReviewOn when it is next due for review (the statutory scrutiny officer is reminded)
 * @param documentUrl where the document is published
 * @param version for optimistic locking
 */
public record Protocol(String title, LocalDate adoptedOn, LocalDate lastReviewedOn, LocalDate nextReviewOn,
        String documentUrl, int version) {
}
