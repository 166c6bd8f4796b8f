package org.scrutineer.recommendations;

import java.time.LocalDate;
import java.util.Set;

import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.Reference;

/**
 * A scrutiny report from a committee or task-and-finish review, with what has happened to it.
 *
 * @param id its id
 * @param reference its reference, e.g. {@code SR(26/27)04}
 * @param municipalYear the year the municipal year starts in
 * @param committeeId the committee (or task-and-finish group) that made it
 * @param committeeName the committee's name
 * @param title the title
 * @param summary a short summary
 * @param body the report's text
 * @param exemptParagraph the Schedule 12A paragraph when the report contains exempt information, else null
 * @param exemptReason the public interest reasoning for withholding it
 * @param publicSummary what the public see in place of exempt text
 * @param state where it stands
 * @param requiredFields the response fields the committee made mandatory for recommendations it accepts
 * @param sharedOn when the draft was first shared
 * @param agreedOn when the committee agreed it
 * @param agreedAt the meeting at which it was agreed
 * @param noticeServedOn when notice was served on the executive
 * @param responseDeadline the tracked {@code executive-response} deadline
 * @param responseDue when the response is due
 * @param responseState where the executive response stands (null before one is drafted)
 * @param responseDraftedBy who drafted the response
 * @param responseApprovedBy who approved it
 * @param approvedVia whether a cabinet member or cabinet approved it
 * @param cabinetDate the cabinet meeting that approved it
 * @param responseGivenOn when the response was given
 * @param responseDaysLate how many days after the due date it was given (0 when on time)
 * @param responseSummary the executive's covering summary
 * @param publishedOn when it was published
 * @param imported whether it came from an imported spreadsheet tracker
 * @param version for optimistic locking
 */
public record ScrutinyReport(ReportId id, String reference, int municipalYear, CommitteeId committeeId,
        String committeeName, String title, String summary, String body, Integer exemptParagraph, String exemptReason,
        String publicSummary, ReportState state, Set<ResponseField> requiredFields, LocalDate sharedOn,
        LocalDate agreedOn, String agreedAt, LocalDate noticeServedOn, DeadlineId responseDeadline,
        LocalDate responseDue, ResponseState responseState, Reference responseDraftedBy, Reference responseApprovedBy,
        Approval approvedVia, LocalDate cabinetDate, LocalDate responseGivenOn, Integer responseDaysLate,
        String responseSummary, LocalDate publishedOn, boolean imported, int version) {

    /** Whether the report contains exempt information. */
    public boolean exempt() {
        return exemptParagraph != null;
    }

    /** Whether it has been published. */
    public boolean published() {
        return publishedOn != null;
    }

    /** Whether the response is due and has not been given by the due date. */
    public boolean responseOverdueOn(LocalDate today) {
        return state == ReportState.NOTICE_SERVED && responseDue != null && today.isAfter(responseDue);
    }

    /** Whether the response was given after its due date. */
    public boolean respondedLate() {
        return responseDaysLate != null && responseDaysLate > 0;
    }

    /** The municipal year as people write it: 2026/27. */
    public String municipalYearLabel() {
        return municipalYear + "/" + String.format("%02d", (municipalYear + 1) % 100);
    }

    /** The report's page. */
    public String path() {
        return "/recommendations/reports/" + id;
    }
}
