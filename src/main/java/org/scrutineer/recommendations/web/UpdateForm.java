package org.scrutineer.recommendations.web;

import java.time.LocalDate;

import org.scrutineer.recommendations.Progress;
import org.scrutineer.recommendations.UpdateDetails;
import org.springframework.format.annotation.DateTimeFormat;

/** An action owner's update. */
public class UpdateForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate postedOn;
    private Progress status;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate newTarget;
    private String reason;
    private String note;
    private String evidence;

    UpdateDetails details() {
        return new UpdateDetails(postedOn, status, newTarget, reason, note, evidence);
    }

    public LocalDate getPostedOn() { return postedOn; }
    public void setPostedOn(LocalDate postedOn) { this.postedOn = postedOn; }
    public Progress getStatus() { return status; }
    public void setStatus(Progress status) { this.status = status; }
    public LocalDate getNewTarget() { return newTarget; }
    public void setNewTarget(LocalDate newTarget) { this.newTarget = newTarget; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
}
