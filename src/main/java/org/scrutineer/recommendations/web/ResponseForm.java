package org.scrutineer.recommendations.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.ResponseDecision;
import org.scrutineer.recommendations.ResponseDetails;
import org.scrutineer.recommendations.ScrutinyReport;
import org.springframework.format.annotation.DateTimeFormat;

/** The executive response form: a covering summary and a response to each recommendation. */
public class ResponseForm {

    private String summary;
    private Integer version;
    private List<Row> responses = new ArrayList<>();

    static ResponseForm of(ScrutinyReport report, List<Recommendation> recs) {
        ResponseForm f = new ResponseForm();
        f.summary = report.responseSummary();
        f.version = report.version();
        for (Recommendation r : recs) {
            Row row = new Row();
            row.recommendationId = r.id().value();
            row.decision = r.decision();
            row.reasons = r.reasons();
            row.proposedAction = r.proposedAction();
            row.cabinetMemberId = r.cabinetMember() == null ? null : r.cabinetMember().id();
            row.leadOfficerId = r.leadOfficer() == null ? null : r.leadOfficer().id();
            row.targetDate = r.targetDate();
            row.successMeasure = r.successMeasure();
            f.responses.add(row);
        }
        return f;
    }

    /** Suggests each recommendation's portfolio holder and lead officer as its owners, where none is set. */
    void ownersFromPortfolios(List<Recommendation> recs, List<org.scrutineer.directory.Portfolio> portfolios) {
        for (int i = 0; i < recs.size() && i < responses.size(); i++) {
            Recommendation r = recs.get(i);
            Row row = responses.get(i);
            portfolios.stream().filter(p -> r.portfolio() != null && p.id() == r.portfolio().id()).findFirst()
                    .ifPresent(p -> {
                        if (row.cabinetMemberId == null && p.holder() != null) {
                            row.cabinetMemberId = p.holder().id();
                        }
                        if (row.leadOfficerId == null && p.leadOfficer() != null) {
                            row.leadOfficerId = p.leadOfficer().id();
                        }
                    });
        }
    }

    List<ResponseDetails> details() {
        return responses.stream().map(r -> new ResponseDetails(r.recommendationId, r.decision, r.reasons,
                r.proposedAction, r.cabinetMemberId, r.leadOfficerId, r.targetDate, r.successMeasure)).toList();
    }

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public List<Row> getResponses() { return responses; }
    public void setResponses(List<Row> responses) { this.responses = responses; }

    /** The response to one recommendation. */
    public static class Row {
        private Long recommendationId;
        private ResponseDecision decision;
        private String reasons;
        private String proposedAction;
        private Long cabinetMemberId;
        private Long leadOfficerId;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate targetDate;
        private String successMeasure;

        public Long getRecommendationId() { return recommendationId; }
        public void setRecommendationId(Long recommendationId) { this.recommendationId = recommendationId; }
        public ResponseDecision getDecision() { return decision; }
        public void setDecision(ResponseDecision decision) { this.decision = decision; }
        public String getReasons() { return reasons; }
        public void setReasons(String reasons) { this.reasons = reasons; }
        public String getProposedAction() { return proposedAction; }
        public void setProposedAction(String proposedAction) { this.proposedAction = proposedAction; }
        public Long getCabinetMemberId() { return cabinetMemberId; }
        public void setCabinetMemberId(Long cabinetMemberId) { this.cabinetMemberId = cabinetMemberId; }
        public Long getLeadOfficerId() { return leadOfficerId; }
        public void setLeadOfficerId(Long leadOfficerId) { this.leadOfficerId = leadOfficerId; }
        public LocalDate getTargetDate() { return targetDate; }
        public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }
        public String getSuccessMeasure() { return successMeasure; }
        public void setSuccessMeasure(String successMeasure) { this.successMeasure = successMeasure; }
    }
}
