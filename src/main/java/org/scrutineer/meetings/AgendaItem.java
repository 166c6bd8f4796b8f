package org.scrutineer.meetings;

import java.time.LocalDate;

/**
 * An item on a meeting's agenda. Read through {@link MeetingManagement}, which withholds a private item's aims,
 * questions, report and minutes from those not entitled to exempt information ({@link #withheld()}).
 *
 * @param id its id
 * @param meetingId the meeting
 * @param number its number on the agenda (1, 2, ...)
 * @param title the title
 * @param purpose why it is on the agenda
 * @param aims the session's aims and objectives
 * @param linesOfQuestioning the key lines of questioning
 * @param aimsAgreedOn when the aims were agreed with the executive
 * @param aimsAgreedWith with whom
 * @param reportText the covering report
 * @param portfolioId the portfolio concerned
 * @param portfolioTitle its title
 * @param portfolioHolderId the portfolio's cabinet member (invited by default)
 * @param directorateId the directorate concerned
 * @param directorateName its name
 * @param inPrivate whether it is taken in private
 * @param exemptParagraph the Schedule 12A paragraph
 * @param privateReason the public interest reasoning
 * @param publicSummary what the public are told about a private item
 * @param minutes the minutes of the item
 * @param resolutions what the committee resolved
 * @param reportId the scrutiny report holding the recommendations made on the day, once recorded
 * @param withheld whether the private content was withheld from the reader
 * @param version for optimistic locking
 */
public record AgendaItem(AgendaItemId id, MeetingId meetingId, int number, String title, String purpose,
        String aims, String linesOfQuestioning, LocalDate aimsAgreedOn, String aimsAgreedWith, String reportText,
        Long portfolioId, String portfolioTitle, Long portfolioHolderId, Long directorateId, String directorateName,
        boolean inPrivate, Integer exemptParagraph, String privateReason, String publicSummary, String minutes,
        String resolutions, Long reportId, boolean withheld, int version) {

    /** Whether the aims were agreed beforehand with the executive. */
    public boolean aimsAgreed() {
        return aimsAgreedOn != null;
    }

    /** The item as someone not entitled to exempt information sees it. */
    public AgendaItem publicView() {
        if (!inPrivate) {
            return this;
        }
        return new AgendaItem(id, meetingId, number, title, purpose, null, null, aimsAgreedOn, null, null,
                portfolioId, portfolioTitle, portfolioHolderId, directorateId, directorateName, true,
                exemptParagraph, null, publicSummary, null, null, reportId, true, version);
    }

    /** The item before its minutes are published. */
    public AgendaItem withoutMinutes() {
        return new AgendaItem(id, meetingId, number, title, purpose, aims, linesOfQuestioning, aimsAgreedOn,
                aimsAgreedWith, reportText, portfolioId, portfolioTitle, portfolioHolderId, directorateId,
                directorateName, inPrivate, exemptParagraph, privateReason, publicSummary, null, null, reportId,
                withheld, version);
    }

    /** The details a scrutiny officer edits. */
    public AgendaItemDetails details() {
        return new AgendaItemDetails(title, purpose, aims, linesOfQuestioning, aimsAgreedOn, aimsAgreedWith,
                reportText, portfolioId, directorateId, inPrivate, exemptParagraph, privateReason, publicSummary);
    }
}
