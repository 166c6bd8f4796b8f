package org.scrutineer.forwardplan.web;

import java.time.LocalDate;

import org.scrutineer.forwardplan.DecisionRecordDetails;
import org.springframework.format.annotation.DateTimeFormat;

/** The record of a decision (SI 2012/2089 regs 12-13), as typed. */
public class RecordForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;
    private String decision;
    private String reasons;
    private String alternatives;
    private String conflicts;
    private String dispensations;
    private String callInExemptReason;
    private int version;

    DecisionRecordDetails details() {
        return new DecisionRecordDetails(decidedOn, decision, reasons, alternatives, blankToNull(conflicts),
                blankToNull(dispensations), blankToNull(callInExemptReason));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public String getAlternatives() { return alternatives; }
    public void setAlternatives(String alternatives) { this.alternatives = alternatives; }
    public String getConflicts() { return conflicts; }
    public void setConflicts(String conflicts) { this.conflicts = conflicts; }
    public String getDispensations() { return dispensations; }
    public void setDispensations(String dispensations) { this.dispensations = dispensations; }
    public String getCallInExemptReason() { return callInExemptReason; }
    public void setCallInExemptReason(String callInExemptReason) { this.callInExemptReason = callInExemptReason; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
