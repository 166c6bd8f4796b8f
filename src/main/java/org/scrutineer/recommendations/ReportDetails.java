package org.scrutineer.recommendations;

/**
 * The fields of a report the scrutiny officer writes.
 *
 * @param committeeId the committee or task-and-finish group making it
 * @param title the title
 * @param summary a short summary
 * @param body the text
 * @param exemptParagraph the Schedule 12A paragraph (1–7) when it contains exempt information
 * @param exemptReason the public interest reasoning, required with a paragraph
 * @param publicSummary what the public see in place of exempt text, required with a paragraph
 */
public record ReportDetails(Long committeeId, String title, String summary, String body, Integer exemptParagraph,
        String exemptReason, String publicSummary) {
}
