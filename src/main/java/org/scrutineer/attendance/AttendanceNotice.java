package org.scrutineer.attendance;

import java.time.LocalDate;
import java.util.List;

/**
 * The notice to attend as the person receives it: what is asked of them and why, the item's aims, lines of
 * questioning and the questions expected, and a briefing note for witnesses generated from the item (what scrutiny
 * is, what to expect at the meeting, how to prepare, who to contact).
 *
 * @param subject the e-mail subject and page heading
 * @param to the person it is addressed to
 * @param dated the day the notice was sent (or today, for a notice not yet sent)
 * @param replyBy when to reply by
 * @param sections the notice itself
 * @param briefing the briefing note for witnesses
 */
public record AttendanceNotice(String subject, String to, LocalDate dated, LocalDate replyBy,
        List<NoticeSection> sections, List<NoticeSection> briefing) {

    /** The notice and briefing note as plain text, for e-mail. */
    public String plainText() {
        StringBuilder s = new StringBuilder();
        s.append("To: ").append(to).append("\n\n");
        append(s, sections);
        s.append("BRIEFING NOTE FOR WITNESSES\n\n");
        append(s, briefing);
        return s.toString().strip() + "\n";
    }

    private static void append(StringBuilder s, List<NoticeSection> list) {
        for (NoticeSection section : list) {
            s.append(section.heading().toUpperCase()).append("\n\n");
            section.paragraphs().forEach(p -> s.append(p).append("\n\n"));
            section.points().forEach(p -> s.append("- ").append(p).append("\n"));
            if (!section.points().isEmpty()) {
                s.append("\n");
            }
        }
    }
}
