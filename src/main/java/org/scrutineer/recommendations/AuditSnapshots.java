package org.scrutineer.recommendations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the audit history records of a report and a recommendation, with the labels a reader of the history sees,
 * so that changes made through the pages, the API and an import read alike.
 */
final class AuditSnapshots {

    private AuditSnapshots() {
    }

    static Map<String, Object> snapshot(ScrutinyReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Reference", r.reference());
        m.put("Committee", r.committeeName());
        m.put("Title", r.title());
        m.put("Summary", r.summary());
        m.put("Text", r.body());
        m.put("Exempt paragraph", r.exemptParagraph());
        m.put("Public interest reasoning", r.exemptReason());
        m.put("Public summary", r.publicSummary());
        m.put("State", r.state().label());
        m.put("Required response fields", r.requiredFields().stream().map(ResponseField::label).sorted().toList());
        m.put("Shared on", r.sharedOn());
        m.put("Agreed on", r.agreedOn());
        m.put("Agreed at", r.agreedAt());
        m.put("Notice served on", r.noticeServedOn());
        m.put("Response due", r.responseDue());
        m.put("Response", r.responseState() == null ? null : r.responseState().label());
        m.put("Response summary", r.responseSummary());
        m.put("Approved via", r.approvedVia() == null ? null : r.approvedVia().label());
        m.put("Approved by", r.responseApprovedBy() == null ? null : r.responseApprovedBy().name());
        m.put("Response given on", r.responseGivenOn());
        m.put("Days late", r.responseDaysLate());
        m.put("Published on", r.publishedOn());
        if (r.imported()) {
            m.put("Imported", true);
        }
        return m;
    }

    static Map<String, Object> snapshot(Recommendation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Function<org.scrutineer.directory.Reference, String> name = ref -> ref == null ? null : ref.name();
        m.put("Reference", r.reference());
        m.put("Recommendation", r.text());
        m.put("Addressed to", r.addressedTo().label());
        m.put("Addressee", name.apply(r.addressee()));
        m.put("Partner body", r.partnerBody());
        m.put("Portfolio", name.apply(r.portfolio()));
        m.put("Exempt", r.exempt());
        m.put("Public summary", r.publicSummary());
        m.put("Decision", r.decision() == null ? null : r.decision().label());
        m.put("Reasons", r.reasons());
        m.put("Proposed action", r.proposedAction());
        m.put("Cabinet member", name.apply(r.cabinetMember()));
        m.put("Lead officer", name.apply(r.leadOfficer()));
        m.put("Target date", r.targetDate());
        m.put("Success measure", r.successMeasure());
        m.put("Stage", r.stage().label());
        m.put("Progress", r.progress() == null ? null : r.progress().label());
        m.put("Current target", r.currentTarget());
        m.put("Last update", r.lastUpdateOn());
        m.put("Signed off on", r.signedOffOn());
        m.put("Impact", r.impactNote());
        m.put("Next review", r.nextReviewOn());
        return m;
    }
}
