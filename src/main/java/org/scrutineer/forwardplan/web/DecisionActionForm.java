package org.scrutineer.forwardplan.web;

import java.time.LocalDate;

import org.scrutineer.forwardplan.CallInOutcome;
import org.scrutineer.forwardplan.UrgencyAgreedAs;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The decision page's small forms, as typed: each form uses its own fields (several share the page, and an id may
 * appear on a page only once), and the page shows again with one error summary when an action breaks a rule.
 */
public class DecisionActionForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate noticePublishedOn;

    private Long chairId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate informedOn;
    private String exceptionReasons;

    private Long agreedById;
    private UrgencyAgreedAs agreedAs;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate agreedOn;
    private String urgencyReasons;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate intentionOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate finalOn;
    private String representations;
    private String response;

    private Long flagCommitteeId;
    private String flagNote;

    private String withdrawReason;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate recordPublishedOn;

    private CallInOutcome outcome;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heardOn;
    private String concerns;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate councilDate;
    private int callInVersion;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reconsideredOn;
    private String reconsideration;

    private Long reportCommitteeId;
    private String reportReasons;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportBy;

    private int version;

    /** The forms as they first appear: dates that are usually today filled in. */
    static DecisionActionForm on(LocalDate today) {
        DecisionActionForm f = new DecisionActionForm();
        f.noticePublishedOn = today;
        f.informedOn = today;
        f.agreedOn = today;
        f.recordPublishedOn = today;
        f.heardOn = today;
        f.reconsideredOn = today;
        return f;
    }

    public LocalDate getNoticePublishedOn() { return noticePublishedOn; }
    public void setNoticePublishedOn(LocalDate noticePublishedOn) { this.noticePublishedOn = noticePublishedOn; }
    public Long getChairId() { return chairId; }
    public void setChairId(Long chairId) { this.chairId = chairId; }
    public LocalDate getInformedOn() { return informedOn; }
    public void setInformedOn(LocalDate informedOn) { this.informedOn = informedOn; }
    public String getExceptionReasons() { return exceptionReasons; }
    public void setExceptionReasons(String exceptionReasons) { this.exceptionReasons = exceptionReasons; }
    public Long getAgreedById() { return agreedById; }
    public void setAgreedById(Long agreedById) { this.agreedById = agreedById; }
    public UrgencyAgreedAs getAgreedAs() { return agreedAs; }
    public void setAgreedAs(UrgencyAgreedAs agreedAs) { this.agreedAs = agreedAs; }
    public LocalDate getAgreedOn() { return agreedOn; }
    public void setAgreedOn(LocalDate agreedOn) { this.agreedOn = agreedOn; }
    public String getUrgencyReasons() { return urgencyReasons; }
    public void setUrgencyReasons(String urgencyReasons) { this.urgencyReasons = urgencyReasons; }
    public LocalDate getIntentionOn() { return intentionOn; }
    public void setIntentionOn(LocalDate intentionOn) { this.intentionOn = intentionOn; }
    public LocalDate getFinalOn() { return finalOn; }
    public void setFinalOn(LocalDate finalOn) { this.finalOn = finalOn; }
    public String getRepresentations() { return representations; }
    public void setRepresentations(String representations) { this.representations = representations; }
    public String getResponse() { return response; }
    public void setResponse(String response) { this.response = response; }
    public Long getFlagCommitteeId() { return flagCommitteeId; }
    public void setFlagCommitteeId(Long flagCommitteeId) { this.flagCommitteeId = flagCommitteeId; }
    public String getFlagNote() { return flagNote; }
    public void setFlagNote(String flagNote) { this.flagNote = flagNote; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String withdrawReason) { this.withdrawReason = withdrawReason; }
    public LocalDate getRecordPublishedOn() { return recordPublishedOn; }
    public void setRecordPublishedOn(LocalDate recordPublishedOn) { this.recordPublishedOn = recordPublishedOn; }
    public CallInOutcome getOutcome() { return outcome; }
    public void setOutcome(CallInOutcome outcome) { this.outcome = outcome; }
    public LocalDate getHeardOn() { return heardOn; }
    public void setHeardOn(LocalDate heardOn) { this.heardOn = heardOn; }
    public String getConcerns() { return concerns; }
    public void setConcerns(String concerns) { this.concerns = concerns; }
    public LocalDate getCouncilDate() { return councilDate; }
    public void setCouncilDate(LocalDate councilDate) { this.councilDate = councilDate; }
    public int getCallInVersion() { return callInVersion; }
    public void setCallInVersion(int callInVersion) { this.callInVersion = callInVersion; }
    public LocalDate getReconsideredOn() { return reconsideredOn; }
    public void setReconsideredOn(LocalDate reconsideredOn) { this.reconsideredOn = reconsideredOn; }
    public String getReconsideration() { return reconsideration; }
    public void setReconsideration(String reconsideration) { this.reconsideration = reconsideration; }
    public Long getReportCommitteeId() { return reportCommitteeId; }
    public void setReportCommitteeId(Long reportCommitteeId) { this.reportCommitteeId = reportCommitteeId; }
    public String getReportReasons() { return reportReasons; }
    public void setReportReasons(String reportReasons) { this.reportReasons = reportReasons; }
    public LocalDate getReportBy() { return reportBy; }
    public void setReportBy(LocalDate reportBy) { this.reportBy = reportBy; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
