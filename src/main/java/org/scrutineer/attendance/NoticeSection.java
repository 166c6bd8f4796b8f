package org.scrutineer.attendance;

import java.util.List;

/**
 * One section of a notice to attend or of its briefing note.
 *
 * @param heading the section's heading
 * @param paragraphs its paragraphs, in order
 * @param points a list after the paragraphs (may be empty)
 */
public record NoticeSection(String heading, List<String> paragraphs, List<String> points) {

    public NoticeSection {
        paragraphs = List.copyOf(paragraphs);
        points = List.copyOf(points);
    }
}
