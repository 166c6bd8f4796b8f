package org.scrutineer.forwardplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.scrutineer.deadlines.DeadlineId;
import org.scrutineer.directory.Reference;

/**
 * An executive decision: its forward plan entry, the route by which it may be taken, and once taken its record and
 * call-in window.
 *
 * @param id its id
 * @param reference e.g. FP/2026/014
 * @param matter the matter
 * @param summary what is proposed
 * @param maker who takes it
 * @param makerPerson the cabinet member or officer taking it
 * @param portfolio the portfolio
 * @param leadMember the lead cabinet member
 * @param leadOfficer the lead officer
 * @param expectedOn when it is expected to be taken
 * @param keyDecision whether it is key
 * @param keyReasons why
 * @param financialEffect the expenditure or saving
 * @param wards the wards affected
 * @param documents the documents to be considered
 * @param consultation the consultation
 * @param inPrivate whether it is to be taken in private
 * @param exemptParagraph the Schedule 12A paragraph
 * @param privateReason why in private
 * @param plannedScrutiny the planned scrutiny engagement
 * @param route the route by which it may be taken
 * @param noticePublishedOn when the notice (forward plan entry) was published
 * @param noticeDue the last day to publish its notice for the expected date (key-decision-notice), kept from planning
 * @param chairInformedOn general exception: when the scrutiny chair was told and the notice published
 * @param chairInformed general exception: the chair told
 * @param exceptionReasons general exception or special urgency: why the decision cannot wait
 * @param earliestDecisionOn general exception: the earliest date it may be taken
 * @param urgencyAgreedBy special urgency: who agreed
 * @param urgencyAgreedAs special urgency: in which capacity
 * @param urgencyAgreedOn special urgency: when
 * @param state where it stands
 * @param decidedOn when it was taken
 * @param decision what was decided
 * @param reasons the reasons
 * @param alternatives alternatives considered and rejected
 * @param conflicts conflicts of interest declared
 * @param dispensations dispensations granted
 * @param recordPublishedOn when the record was published
 * @param callInDeadline the tracked call-in-expiry deadline
 * @param callInClosesOn the last day to call it in
 * @param callInClosesAt the time the window closes on that day
 * @param callInExemptReason why it is exempt from call-in, if it is
 * @param withdrawnReason why it was withdrawn
 * @param version for optimistic locking
 */
public record ExecutiveDecision(DecisionId id, String reference, String matter, String summary, DecisionMaker maker,
        Reference makerPerson, Reference portfolio, Reference leadMember, Reference leadOfficer, LocalDate expectedOn,
        boolean keyDecision, Set<KeyReason> keyReasons, BigDecimal financialEffect, List<Reference> wards,
        String documents, String consultation, boolean inPrivate, Integer exemptParagraph, String privateReason,
        String plannedScrutiny, DecisionRoute route, LocalDate noticePublishedOn, LocalDate noticeDue,
        LocalDate chairInformedOn, Reference chairInformed, String exceptionReasons, LocalDate earliestDecisionOn,
        Reference urgencyAgreedBy, UrgencyAgreedAs urgencyAgreedAs, LocalDate urgencyAgreedOn, DecisionState state,
        LocalDate decidedOn, String decision, String reasons, String alternatives, String conflicts,
        String dispensations, LocalDate recordPublishedOn, DeadlineId callInDeadline, LocalDate callInClosesOn,
        LocalTime callInClosesAt, String callInExemptReason, String withdrawnReason, int version) {

    /** When the call-in window closes (null before the record is published, or when exempt). */
    public LocalDateTime callInClosesAtTime() {
        return callInClosesOn == null ? null
                : callInClosesOn.atTime(callInClosesAt == null ? LocalTime.of(17, 0) : callInClosesAt);
    }

    /** Whether the decision can still be called in at a moment. */
    public boolean callInOpenAt(LocalDateTime now) {
        return state == DecisionState.RECORD_PUBLISHED && callInClosesAtTime() != null
                && !now.isAfter(callInClosesAtTime());
    }

    /**
     * Whether it has taken effect at a moment: its call-in window closed without a call-in, it is exempt from
     * call-in, or a call-in concluded.
     */
    public boolean effectiveAt(LocalDateTime now) {
        return state == DecisionState.EFFECTIVE || (state == DecisionState.RECORD_PUBLISHED
                && (callInExemptReason != null || (callInClosesAtTime() != null && now.isAfter(callInClosesAtTime()))));
    }

    /** Whether the decision has a record the public may read. */
    public boolean recordPublished() {
        return recordPublishedOn != null;
    }

    /** The page of the decision. */
    public String path() {
        return "/forward-plan/" + id;
    }
}
