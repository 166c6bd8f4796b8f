package org.scrutineer.forwardplan;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The council's constitution as it bears on the forward plan and call-in ({@code scrutineer.forward-plan.*}).
 *
 * @param referencePrefix the prefix of forward plan references, e.g. FP
 * @param keyThreshold the expenditure or saving above which a decision is key (in pounds)
 * @param keyWards the number of wards a decision must significantly affect to be key
 * @param callInSignatories how many councillors must sign a call-in
 * @param callInRequiresChair whether one of them must chair an overview and scrutiny committee
 * @param callInMeetingDays the committee must meet within this many calendar days of a valid call-in
 * @param reconsiderationDays the decision maker must reconsider within this many calendar days of a referral back
 */
@ConfigurationProperties("scrutineer.forward-plan")
public record ForwardPlanSettings(@DefaultValue("FP") String referencePrefix,
        @DefaultValue("500000") BigDecimal keyThreshold, @DefaultValue("2") int keyWards,
        @DefaultValue("3") int callInSignatories, @DefaultValue("true") boolean callInRequiresChair,
        @DefaultValue("15") int callInMeetingDays, @DefaultValue("10") int reconsiderationDays) {

    public ForwardPlanSettings {
        if (referencePrefix == null || !referencePrefix.matches("[A-Z]{1,6}")) {
            throw new IllegalArgumentException("scrutineer.forward-plan.reference-prefix must be 1 to 6 capital letters");
        }
        if (keyThreshold == null || keyThreshold.signum() <= 0) {
            throw new IllegalArgumentException("scrutineer.forward-plan.key-threshold must be a positive amount");
        }
        if (keyWards < 2) {
            throw new IllegalArgumentException("scrutineer.forward-plan.key-wards must be at least 2 (reg 8)");
        }
        if (callInSignatories < 1 || callInSignatories > 50) {
            throw new IllegalArgumentException("scrutineer.forward-plan.call-in-signatories must be 1 to 50");
        }
        if (callInMeetingDays < 1 || reconsiderationDays < 1) {
            throw new IllegalArgumentException("scrutineer.forward-plan meeting and reconsideration periods must be at least 1 day");
        }
    }

    /** The signatory rule in words, as the refusal names it. */
    public String callInRule() {
        return callInRequiresChair
                ? "the chair of an overview and scrutiny committee and " + (callInSignatories - 1)
                        + " other non-executive councillors (" + callInSignatories + " in all)"
                : "any " + callInSignatories + " non-executive councillors";
    }
}
