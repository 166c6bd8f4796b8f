package org.scrutineer.forwardplan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.scrutineer.forwardplan.CallInRequest;
import org.scrutineer.forwardplan.DecisionDetails;
import org.scrutineer.forwardplan.DecisionMaker;
import org.scrutineer.forwardplan.DecisionRecordDetails;
import org.scrutineer.forwardplan.DecisionRoute;
import org.scrutineer.forwardplan.ForwardPlanSettings;
import org.scrutineer.forwardplan.KeyReason;
import org.scrutineer.platform.FieldProblem;

/** The forward plan's rules as pure functions, so that tables of cases can test them. */
public final class ForwardPlanRules {

    static final int MAX_TEXT = 20_000;

    private ForwardPlanRules() {
    }

    /** Problems with a forward plan entry, by the council's key decision thresholds. */
    public static List<FieldProblem> details(DecisionDetails d, ForwardPlanSettings s) {
        List<FieldProblem> p = new ArrayList<>();
        if (blank(d.matter())) {
            p.add(new FieldProblem("matter", "Enter the matter to be decided"));
        } else if (d.matter().length() > 500) {
            p.add(new FieldProblem("matter", "The matter must be 500 characters or fewer"));
        }
        if (d.maker() == null) {
            p.add(new FieldProblem("maker", "Select who takes the decision"));
        } else if (d.maker() != DecisionMaker.CABINET && d.makerId() == null) {
            p.add(new FieldProblem("makerId", "Select the " + d.maker().label().toLowerCase() + " taking the decision"));
        }
        if (d.expectedOn() == null) {
            p.add(new FieldProblem("expectedOn", "Enter the date the decision is expected to be taken"));
        } else if (d.expectedOn().getYear() < 2000 || d.expectedOn().getYear() > 2199) {
            p.add(new FieldProblem("expectedOn", "The date must be between 2000 and 2199"));
        }
        BigDecimal amount = d.financialEffect();
        if (amount != null && amount.signum() < 0) {
            p.add(new FieldProblem("financialEffect", "Enter the expenditure or saving as a positive amount"));
        }
        boolean aboveThreshold = amount != null && amount.compareTo(s.keyThreshold()) >= 0;
        if (d.keyDecision()) {
            Set<KeyReason> reasons = d.keyReasons();
            if (reasons.isEmpty()) {
                p.add(new FieldProblem("keyReasons", "Select why the decision is key"));
            }
            if ((reasons.contains(KeyReason.EXPENDITURE) || reasons.contains(KeyReason.SAVINGS)) && !aboveThreshold) {
                p.add(new FieldProblem("financialEffect", "Enter the expenditure or saving: it must be at least £"
                        + s.keyThreshold().toPlainString() + " for the decision to be key on that ground"));
            }
            if (reasons.contains(KeyReason.WARDS) && d.wardIds().size() < s.keyWards()) {
                p.add(new FieldProblem("wardIds", "Select the " + s.keyWards()
                        + " or more wards whose communities the decision significantly affects"));
            }
        } else if (aboveThreshold) {
            p.add(new FieldProblem("keyDecision", "£" + amount.toPlainString()
                    + " is at or above the council's key decision threshold of £" + s.keyThreshold().toPlainString()
                    + ": the decision is key"));
        }
        if (d.inPrivate()) {
            if (d.exemptParagraph() == null || d.exemptParagraph() < 1 || d.exemptParagraph() > 7) {
                p.add(new FieldProblem("exemptParagraph", "Select the paragraph of Schedule 12A (1 to 7) that allows the decision to be taken in private"));
            }
            if (blank(d.privateReason())) {
                p.add(new FieldProblem("privateReason", "Enter why the public interest favours taking it in private"));
            }
        }
        for (String[] f : new String[][] {{"summary", d.summary()}, {"documents", d.documents()},
                {"consultation", d.consultation()}, {"privateReason", d.privateReason()},
                {"plannedScrutiny", d.plannedScrutiny()}}) {
            if (f[1] != null && f[1].length() > MAX_TEXT) {
                p.add(new FieldProblem(f[0], "This must be " + MAX_TEXT + " characters or fewer"));
            }
        }
        return p;
    }

    /**
     * Whether a key decision may be taken on a day by its route. By notice, the notice must have been published no
     * later than the {@code key-decision-notice} date for that day; by general exception, on or after the
     * {@code general-exception-earliest-decision} date; by special urgency, once the urgency was agreed.
     *
     * @param route the route recorded
     * @param noticePublishedOn when the forward plan notice was published (null if not yet)
     * @param latestNoticeForDay the latest publication date the rule allows for a decision on the day
     * @param earliestByException the earliest date under the general exception (null unless that route)
     * @param urgencyAgreedOn when special urgency was agreed (null unless that route)
     * @param day the day proposed
     * @param field the field to name
     * @param citation the rule's citation, to name in the message
     * @return the problem, or null when the day is lawful
     */
    public static FieldProblem timing(DecisionRoute route, LocalDate noticePublishedOn, LocalDate latestNoticeForDay,
            LocalDate earliestByException, LocalDate urgencyAgreedOn, LocalDate day, String field, String citation) {
        return switch (route) {
            case NOTICE -> noticePublishedOn == null || noticePublishedOn.isAfter(latestNoticeForDay)
                    ? new FieldProblem(field, "A key decision on " + day + " needs its notice published by "
                            + latestNoticeForDay + " (key-decision-notice: 28 clear days, " + citation + ")"
                            + (noticePublishedOn == null ? "" : "; the notice was published on " + noticePublishedOn)
                            + ". Choose a later date, or use the general exception or special urgency route")
                    : null;
            case GENERAL_EXCEPTION -> earliestByException == null || day.isBefore(earliestByException)
                    ? new FieldProblem(field, "Under the general exception the decision may be taken from "
                            + earliestByException + " (general-exception-earliest-decision: 5 clear working days after "
                            + "the scrutiny chair was told and notice published, " + citation + ")")
                    : null;
            case SPECIAL_URGENCY -> urgencyAgreedOn == null || day.isBefore(urgencyAgreedOn)
                    ? new FieldProblem(field, "Under special urgency the decision may be taken once the urgency is agreed ("
                            + urgencyAgreedOn + ")")
                    : null;
        };
    }

    /** Problems with a decision record (regs 12-13 list what it must hold). */
    public static List<FieldProblem> record(DecisionRecordDetails r, LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        if (r.decidedOn() == null) {
            p.add(new FieldProblem("decidedOn", "Enter the date the decision was taken"));
        } else if (r.decidedOn().isAfter(today)) {
            p.add(new FieldProblem("decidedOn", "The date of the decision cannot be in the future"));
        }
        if (blank(r.decision())) {
            p.add(new FieldProblem("decision", "Enter what was decided"));
        }
        if (blank(r.reasons())) {
            p.add(new FieldProblem("reasons", "Enter the reasons for the decision (SI 2012/2089 reg 13)"));
        }
        if (blank(r.alternatives())) {
            p.add(new FieldProblem("alternatives", "Enter the alternative options considered and rejected (reg 13)"));
        }
        for (String[] f : new String[][] {{"decision", r.decision()}, {"reasons", r.reasons()},
                {"alternatives", r.alternatives()}, {"conflicts", r.conflicts()}, {"dispensations", r.dispensations()},
                {"callInExemptReason", r.callInExemptReason()}}) {
            if (f[1] != null && f[1].length() > MAX_TEXT) {
                p.add(new FieldProblem(f[0], "This must be " + MAX_TEXT + " characters or fewer"));
            }
        }
        return p;
    }

    /**
     * Problems with a call-in under the constitution's signatory rule.
     *
     * @param r the request
     * @param eligible signatories who are serving councillors and not members of the executive
     * @param chairs signatories who chair an overview and scrutiny committee
     * @param s the constitution's settings
     */
    public static List<FieldProblem> callIn(CallInRequest r, Set<Long> eligible, Set<Long> chairs,
            ForwardPlanSettings s) {
        List<FieldProblem> p = new ArrayList<>();
        if (r.grounds().isEmpty()) {
            p.add(new FieldProblem("grounds", "Select the grounds for the call-in"));
        }
        if (blank(r.explanation())) {
            p.add(new FieldProblem("explanation", "Explain why the decision should be called in"));
        } else if (r.explanation().length() > MAX_TEXT) {
            p.add(new FieldProblem("explanation", "This must be " + MAX_TEXT + " characters or fewer"));
        }
        if (r.committeeId() == null) {
            p.add(new FieldProblem("committeeId", "Select the overview and scrutiny committee to hear the call-in"));
        }
        List<Long> invalid = r.signatoryIds().stream().filter(id -> !eligible.contains(id)).toList();
        if (!invalid.isEmpty()) {
            p.add(new FieldProblem("signatoryIds", "Only serving councillors who are not members of the executive may "
                    + "sign a call-in"));
        }
        long valid = r.signatoryIds().stream().filter(eligible::contains).count();
        boolean chairSigned = r.signatoryIds().stream().anyMatch(chairs::contains);
        if (valid < s.callInSignatories() || (s.callInRequiresChair() && !chairSigned)) {
            p.add(new FieldProblem("signatoryIds", "The constitution's call-in rule needs " + s.callInRule()
                    + "; this call-in has " + valid + (valid == 1 ? " valid signatory" : " valid signatories")
                    + (s.callInRequiresChair() && !chairSigned ? " and no scrutiny chair" : "")));
        }
        return p;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
