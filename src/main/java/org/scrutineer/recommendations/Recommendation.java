package org.scrutineer.recommendations;

import java.time.LocalDate;

import org.scrutineer.directory.CommitteeId;
import org.scrutineer.directory.Reference;

/**
 * A numbered recommendation of a scrutiny report, with the executive's response and where implementation stands.
 *
 * @param id its id
 * @param reportId the report it belongs to
 * @param reportReference the report's reference
 * @param reportTitle the report's title
 * @param committeeId the committee that made it
 * @param committeeName the committee's name
 * @param municipalYear the report's municipal year
 * @param number its number in the report
 * @param text what the committee recommends
 * @param addressedTo whom it is addressed to
 * @param addressee the cabinet member it is addressed to, if one
 * @param partnerBody the partner body it is addressed to, if one
 * @param portfolio the cabinet portfolio it falls under
 * @param exempt whether its text is exempt information
 * @param publicSummary what the public see in its place when it is exempt
 * @param decision the executive's decision
 * @param reasons the executive's reasons
 * @param proposedAction the action the executive proposes
 * @param cabinetMember the responsible cabinet member
 * @param leadOfficer the lead officer
 * @param targetDate the target date in the response
 * @param successMeasure how success will be measured
 * @param stage where it stands
 * @param progress the latest implementation update's status
 * @param currentTarget the target date now (moved when an action slips)
 * @param lastUpdateOn the date of the latest update
 * @param signedOffOn when the committee signed it off as implemented
 * @param impactNote the difference it made, as the committee recorded at sign-off
 * @param nextReviewOn when the committee next reviews it
 * @param reportState the report's state
 * @param reportPublished whether the report is published
 * @param responseDue when the executive's response is due
 * @param responseGivenOn when the response was given
 * @param version for optimistic locking
 */
public record Recommendation(RecommendationId id, ReportId reportId, String reportReference, String reportTitle,
        CommitteeId committeeId, String committeeName, int municipalYear, int number, String text,
        Addressee addressedTo, Reference addressee, String partnerBody, Reference portfolio, boolean exempt,
        String publicSummary, ResponseDecision decision, String reasons, String proposedAction,
        Reference cabinetMember, Reference leadOfficer, LocalDate targetDate, String successMeasure, Stage stage,
        Progress progress, LocalDate currentTarget, LocalDate lastUpdateOn, LocalDate signedOffOn, String impactNote,
        LocalDate nextReviewOn, ReportState reportState, boolean reportPublished, LocalDate responseDue,
        LocalDate responseGivenOn, int version) {

    /** Its reference: the report's and its number, e.g. {@code SR(26/27)04.3}. */
    public String reference() {
        return reportReference + "." + number;
    }

    /** Its page. */
    public String path() {
        return "/recommendations/" + id;
    }

    /** Whether the executive's response is overdue. */
    public boolean responseOverdueOn(LocalDate today) {
        return stage == Stage.AWAITING_RESPONSE && responseDue != null && today.isAfter(responseDue);
    }

    /** Whether the action has slipped or was not achieved and it is still open. */
    public boolean slipped() {
        return stage.monitored() && (progress == Progress.SLIPPED || progress == Progress.NOT_ACHIEVED);
    }

    /** Whether the action is past its target date without being achieved. */
    public boolean pastTargetOn(LocalDate today) {
        return stage.monitored() && currentTarget != null && today.isAfter(currentTarget)
                && progress != Progress.ACHIEVED;
    }

    /** Whether no update has been posted within the given number of days (since the response, if none yet). */
    public boolean staleOn(LocalDate today, int staleAfterDays) {
        if (!stage.monitored()) {
            return false;
        }
        LocalDate last = lastUpdateOn != null ? lastUpdateOn : responseGivenOn;
        return last != null && last.plusDays(staleAfterDays).isBefore(today);
    }

    /** Red, amber or green, as trackers show it; grey for drafts and closed ones. */
    public Rag ragOn(LocalDate today, int staleAfterDays) {
        if (responseOverdueOn(today) || slipped() || pastTargetOn(today)) {
            return Rag.RED;
        }
        if (stage == Stage.DEFERRED || staleOn(today, staleAfterDays) || stage == Stage.AWAITING_RESPONSE) {
            return Rag.AMBER;
        }
        if (stage == Stage.IN_PROGRESS || stage == Stage.IMPLEMENTED) {
            return Rag.GREEN;
        }
        return Rag.GREY;
    }
}
