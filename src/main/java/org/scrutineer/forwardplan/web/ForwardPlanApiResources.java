package org.scrutineer.forwardplan.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scrutineer.deadlines.RuleCatalogue;
import org.scrutineer.directory.Reference;
import org.scrutineer.forwardplan.CallIn;
import org.scrutineer.forwardplan.CallInGround;
import org.scrutineer.forwardplan.CallInOutcome;
import org.scrutineer.forwardplan.CallInState;
import org.scrutineer.forwardplan.DecisionId;
import org.scrutineer.forwardplan.DecisionMaker;
import org.scrutineer.forwardplan.DecisionRoute;
import org.scrutineer.forwardplan.DecisionState;
import org.scrutineer.forwardplan.ExecutiveDecision;
import org.scrutineer.forwardplan.ForwardPlanManagement;
import org.scrutineer.forwardplan.KeyDecisionReport;
import org.scrutineer.forwardplan.KeyReason;
import org.scrutineer.forwardplan.PreDecisionScrutiny;
import org.scrutineer.forwardplan.PrivateMeetingNotice;
import org.scrutineer.forwardplan.UrgencyAgreedAs;
import org.scrutineer.platform.ResultPage;

/**
 * What the forward plan's JSON API answers with, signed in and public alike: view records of the module as plain
 * data, dates in ISO 8601, people and committees as {@code {id, name}}, the moment a call-in window closes as a local
 * date-time in Europe/London. A decision's record (what was decided and why) is sent once it is published, and
 * before that only to those who keep the decision.
 */
final class ForwardPlanApiResources {

    private ForwardPlanApiResources() {
    }

    /** The notice a key decision needs: the latest day to publish it for the decision's date, and the rule. */
    record NoticeRuleResource(
            @Schema(description = "the rule, key-decision-notice: 28 clear days before the decision")
            String rule,
            @Schema(description = "the latest day the notice may be published for the decision's expected date")
            LocalDate latestNoticeOn, String citation) {
    }

    /** The general exception route (reg 10). */
    record GeneralExceptionResource(
            @Schema(description = "the overview and scrutiny chair who was told") Reference chair,
            LocalDate informedOn, String reasons,
            @Schema(description = "general-exception-earliest-decision: 5 clear working days after the chair was "
                    + "told and notice published") LocalDate earliestDecisionOn) {
    }

    /** The special urgency route (reg 11). */
    record SpecialUrgencyResource(Reference agreedBy, UrgencyAgreedAs agreedAs, LocalDate agreedOn, String reasons) {
    }

    /** The notices of a decision to be taken in private (reg 5). */
    record PrivateNoticeResource(LocalDate intentionPublishedOn,
            @Schema(description = "private-meeting-intention-notice: 28 clear days before") LocalDate intentionDue,
            boolean intentionLate, String representations, String response, LocalDate finalPublishedOn,
            @Schema(description = "private-meeting-final-notice: 5 clear working days before") LocalDate finalDue,
            boolean finalLate) {

        static PrivateNoticeResource of(PrivateMeetingNotice n) {
            return n == null ? null : new PrivateNoticeResource(n.intentionPublishedOn(), n.intentionDue(),
                    n.intentionLate(), n.representations(), n.response(), n.finalPublishedOn(), n.finalDue(),
                    n.finalLate());
        }
    }

    /** The record of a decision taken (regs 12-13). */
    record DecisionRecordResource(LocalDate decidedOn, String decision, String reasons,
            @Schema(description = "alternative options considered and rejected") String alternatives,
            @Schema(description = "conflicts of interest declared by any member consulted") String conflicts,
            @Schema(description = "dispensations granted") String dispensations,
            @Schema(description = "when the record was published, which opened the call-in window")
            LocalDate publishedOn) {

        static DecisionRecordResource of(ExecutiveDecision d) {
            return new DecisionRecordResource(d.decidedOn(), d.decision(), d.reasons(), d.alternatives(),
                    d.conflicts(), d.dispensations(), d.recordPublishedOn());
        }
    }

    /** A call-in of the decision and, once heard, what the committee decided. */
    record CallInResource(long id, Set<CallInGround> grounds, String explanation, List<Reference> signatories,
            Instant submittedAt, Reference committee,
            @Schema(description = "the committee must meet by this date") LocalDate meetingBy, CallInState state,
            LocalDate heardOn, CallInOutcome outcome, String concerns,
            @Schema(description = "referred back: the decision maker must reconsider by this date")
            LocalDate reconsiderBy, LocalDate reconsideredOn,
            @Schema(description = "the decision as confirmed or amended on reconsideration") String reconsideration,
            @Schema(description = "referred to full council: the council meeting") LocalDate councilDate,
            @Schema(description = "send it back to record the committee's decision; a stale one is refused with 409")
            int version) {

        static CallInResource of(CallIn c) {
            return c == null ? null : new CallInResource(c.id(), c.grounds(), c.explanation(), c.signatories(),
                    c.submittedAt(), c.committeeId() == null ? null : new Reference(c.committeeId(), c.committeeName()),
                    c.meetingBy(), c.state(), c.heardOn(), c.outcome(), c.concerns(), c.reconsiderBy(),
                    c.reconsideredOn(), c.reconsideration(), c.councilDate(), c.version());
        }
    }

    /** A committee's flag that it will scrutinise the decision before it is taken. */
    record PreDecisionScrutinyResource(Reference committee, String note, String flaggedBy, LocalDate flaggedOn) {

        static PreDecisionScrutinyResource of(PreDecisionScrutiny f) {
            return new PreDecisionScrutinyResource(new Reference(f.committeeId(), f.committeeName()), f.note(),
                    f.flaggedBy(), f.flaggedOn());
        }
    }

    /** A report to council the committee required (reg 18). */
    record KeyDecisionReportResource(long id, String committee, LocalDate requiredOn, LocalDate reportBy,
            String reasons, LocalDate reportedOn) {

        static KeyDecisionReportResource of(KeyDecisionReport r) {
            return new KeyDecisionReportResource(r.id(), r.committeeName(), r.requiredOn(), r.reportBy(), r.reasons(),
                    r.reportedOn());
        }
    }

    /** Where the decision stands on call-in, worked out at the moment of the request. */
    record CallInWindow(
            @Schema(description = "in words: \"Subject to call-in until …\", \"Effective from …\", …")
            String callInStatus,
            @Schema(description = "when the call-in window closes (local date-time, Europe/London), once the record "
                    + "is published; null when exempt from call-in", example = "2026-12-31T17:00:00")
            LocalDateTime callInClosesAt,
            @Schema(description = "whether it can be called in now") boolean callInOpen,
            @Schema(description = "whether it has taken effect: its window closed without a call-in, it is exempt, "
                    + "or a call-in concluded") boolean effective,
            @Schema(description = "why it is exempt from call-in (special urgency with the chair's consent)")
            String callInExemptReason) {

        static CallInWindow of(ExecutiveDecision d, ForwardPlanManagement forwardPlan, LocalDateTime now) {
            return new CallInWindow(forwardPlan.callInStatus(d), d.callInClosesAtTime(), d.callInOpenAt(now),
                    d.effectiveAt(now), d.callInExemptReason());
        }
    }

    /** A decision in a list: its entry, route, state, call-in window, call-in and flags. */
    record DecisionSummaryResource(long id, String reference, String matter, DecisionMaker maker,
            @Schema(description = "the cabinet member or officer taking it") Reference makerPerson,
            Reference portfolio, LocalDate expectedOn, boolean keyDecision, Set<KeyReason> keyReasons,
            BigDecimal financialEffect, List<Reference> wards, boolean inPrivate, Integer exemptParagraph,
            DecisionRoute route, DecisionState state, LocalDate noticePublishedOn,
            @Schema(description = "key decisions: the key-decision-notice rule's latest date for the expected date")
            NoticeRuleResource noticeRule, LocalDate decidedOn, LocalDate recordPublishedOn,
            String callInStatus,
            @Schema(description = "local date-time in Europe/London", example = "2026-12-31T17:00:00")
            LocalDateTime callInClosesAt, boolean callInOpen, boolean effective, String callInExemptReason,
            CallInResource callIn,
            @Schema(description = "committees that flagged it for pre-decision scrutiny")
            List<PreDecisionScrutinyResource> preDecisionScrutiny, String withdrawnReason, int version) {

        static DecisionSummaryResource of(ExecutiveDecision d, NoticeRuleResource notice, CallInWindow window,
                CallIn callIn, List<PreDecisionScrutiny> flags) {
            return new DecisionSummaryResource(d.id().value(), d.reference(), d.matter(), d.maker(),
                    d.makerPerson(), d.portfolio(), d.expectedOn(), d.keyDecision(), d.keyReasons(),
                    d.financialEffect(), d.wards(), d.inPrivate(), d.exemptParagraph(), d.route(), d.state(),
                    d.noticePublishedOn(), notice, d.decidedOn(), d.recordPublishedOn(), window.callInStatus(),
                    window.callInClosesAt(), window.callInOpen(), window.effective(), window.callInExemptReason(),
                    CallInResource.of(callIn), flags.stream().map(PreDecisionScrutinyResource::of).toList(),
                    d.withdrawnReason(), d.version());
        }
    }

    /** A page of decisions. */
    record DecisionsPage(List<DecisionSummaryResource> items, int page, int size, long total, int pages) {

        /**
         * A page of the forward plan with each decision's call-in, flags and call-in window, read in three queries
         * whatever the page's size.
         */
        static DecisionsPage of(ResultPage<ExecutiveDecision> result, ForwardPlanManagement forwardPlan) {
            List<DecisionId> ids = result.items().stream().map(ExecutiveDecision::id).toList();
            Map<Long, CallIn> callIns = forwardPlan.callIns(ids);
            Map<Long, List<PreDecisionScrutiny>> flags = forwardPlan.preDecisionScrutiny(ids);
            LocalDateTime now = forwardPlan.now();
            NoticeRules rules = new NoticeRules(forwardPlan);
            return new DecisionsPage(result.items().stream().map(d -> DecisionSummaryResource.of(d,
                    rules.of(d), CallInWindow.of(d, forwardPlan, now), callIns.get(d.id().value()),
                    flags.getOrDefault(d.id().value(), List.of()))).toList(), result.page(), result.size(),
                    result.total(), result.pages());
        }
    }

    /**
     * A decision with everything about it: the forward plan entry, the route by which it may be taken, the private
     * meeting notices, the record once published, the call-in window, the call-in and its outcome, pre-decision
     * scrutiny flags and reg 18 reports.
     */
    record DecisionResource(long id, String reference, String matter, String summary, DecisionMaker maker,
            @Schema(description = "the cabinet member or officer taking it (none for cabinet)") Reference makerPerson,
            Reference portfolio, Reference leadMember, Reference leadOfficer, LocalDate expectedOn,
            boolean keyDecision, Set<KeyReason> keyReasons,
            @Schema(description = "the expenditure or saving, in pounds") BigDecimal financialEffect,
            List<Reference> wards, String documents, String consultation, boolean inPrivate,
            @Schema(description = "the Schedule 12A paragraph allowing it to be taken in private")
            Integer exemptParagraph,
            String privateReason,
            @Schema(description = "how scrutiny is expected to engage with it") String plannedScrutiny,
            DecisionRoute route, LocalDate noticePublishedOn,
            @Schema(description = "key decisions: the key-decision-notice rule's latest date for the expected date")
            NoticeRuleResource noticeRule, GeneralExceptionResource generalException,
            SpecialUrgencyResource specialUrgency, PrivateNoticeResource privateNotice, DecisionState state,
            String stateLabel, LocalDate decidedOn,
            @Schema(description = "the decision record, once published (before that, only for those who keep the "
                    + "decision)") DecisionRecordResource record,
            String callInStatus,
            @Schema(description = "local date-time in Europe/London", example = "2026-12-31T17:00:00")
            LocalDateTime callInClosesAt, boolean callInOpen, boolean effective, String callInExemptReason,
            CallInResource callIn, List<PreDecisionScrutinyResource> preDecisionScrutiny,
            List<KeyDecisionReportResource> keyDecisionReports, String withdrawnReason,
            @Schema(description = "send it back to change the decision or record it; a stale one is refused with 409")
            int version) {

        /** The resource of a decision; its record only when published or {@code recordVisible}. */
        static DecisionResource of(ExecutiveDecision d, ForwardPlanManagement forwardPlan, boolean recordVisible) {
            CallInWindow window = CallInWindow.of(d, forwardPlan, forwardPlan.now());
            GeneralExceptionResource exception = d.route() == DecisionRoute.GENERAL_EXCEPTION
                    ? new GeneralExceptionResource(d.chairInformed(), d.chairInformedOn(), d.exceptionReasons(),
                            d.earliestDecisionOn()) : null;
            SpecialUrgencyResource urgency = d.route() == DecisionRoute.SPECIAL_URGENCY
                    ? new SpecialUrgencyResource(d.urgencyAgreedBy(), d.urgencyAgreedAs(), d.urgencyAgreedOn(),
                            d.exceptionReasons()) : null;
            boolean showRecord = d.state().decided() && (d.recordPublished() || recordVisible);
            return new DecisionResource(d.id().value(), d.reference(), d.matter(), d.summary(), d.maker(),
                    d.makerPerson(), d.portfolio(), d.leadMember(), d.leadOfficer(), d.expectedOn(), d.keyDecision(),
                    d.keyReasons(), d.financialEffect(), d.wards(), d.documents(), d.consultation(), d.inPrivate(),
                    d.exemptParagraph(), d.privateReason(), d.plannedScrutiny(), d.route(), d.noticePublishedOn(),
                    new NoticeRules(forwardPlan).of(d), exception, urgency,
                    d.inPrivate() ? PrivateNoticeResource.of(forwardPlan.privateNotice(d.id()).orElse(null)) : null,
                    d.state(), d.state().label(), d.decidedOn(), showRecord ? DecisionRecordResource.of(d) : null,
                    window.callInStatus(), window.callInClosesAt(), window.callInOpen(), window.effective(),
                    window.callInExemptReason(), CallInResource.of(forwardPlan.callIn(d.id()).orElse(null)),
                    forwardPlan.preDecisionScrutiny(d.id()).stream().map(PreDecisionScrutinyResource::of).toList(),
                    forwardPlan.keyDecisionReports(d.id()).stream().map(KeyDecisionReportResource::of).toList(),
                    d.withdrawnReason(), d.version());
        }
    }

    /**
     * The key-decision-notice rule for decisions: the stored latest date once the notice is published (it follows
     * the expected date), otherwise worked out from the expected date. The citation is the statutory rule's.
     */
    static final class NoticeRules {

        private static final String CITATION = RuleCatalogue.statutoryDefaults()
                .require(RuleCatalogue.KEY_DECISION_NOTICE).citation();

        private final ForwardPlanManagement forwardPlan;

        NoticeRules(ForwardPlanManagement forwardPlan) {
            this.forwardPlan = forwardPlan;
        }

        /** The rule for a key decision (null for one that is not key). */
        NoticeRuleResource of(ExecutiveDecision d) {
            if (!d.keyDecision()) {
                return null;
            }
            if (d.noticeDue() == null) {
                var notice = forwardPlan.noticeDeadline(d.expectedOn());
                return new NoticeRuleResource(RuleCatalogue.KEY_DECISION_NOTICE, notice.due(), notice.citation());
            }
            return new NoticeRuleResource(RuleCatalogue.KEY_DECISION_NOTICE, d.noticeDue(), CITATION);
        }
    }
}
