package org.scrutineer.meetings;

import java.time.LocalDate;

/**
 * What the scrutiny officer enters for an agenda item.
 *
 * @param title the item's title
 * @param purpose why it is on the agenda and what the committee is asked to do
 * @param aims the session's aims and objectives
 * @param linesOfQuestioning the key lines of questioning
 * @param aimsAgreedOn when the aims were agreed with the cabinet member and officers (the guide recommends it)
 * @param aimsAgreedWith with whom they were agreed
 * @param reportText the item's report (the covering report; further documents are attached)
 * @param portfolioId the cabinet portfolio concerned
 * @param directorateId the directorate concerned
 * @param inPrivate whether the item is taken in private
 * @param exemptParagraph the Schedule 12A paragraph (1–7) when in private
 * @param privateReason the public interest reasoning for excluding the public
 * @param publicSummary what the public are told about a private item (LGA 2000 s9FG)
 */
public record AgendaItemDetails(String title, String purpose, String aims, String linesOfQuestioning,
        LocalDate aimsAgreedOn, String aimsAgreedWith, String reportText, Long portfolioId, Long directorateId,
        boolean inPrivate, Integer exemptParagraph, String privateReason, String publicSummary) {
}
