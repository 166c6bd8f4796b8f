package org.scrutineer.recommendations.web;

import org.scrutineer.recommendations.ReportDetails;
import org.scrutineer.recommendations.ScrutinyReport;

/** The report form. */
public class ReportForm {

    private Long committeeId;
    private String title;
    private String summary;
    private String body;
    private boolean exempt;
    private Integer exemptParagraph;
    private String exemptReason;
    private String publicSummary;
    private int version;

    static ReportForm of(ScrutinyReport r) {
        ReportForm f = new ReportForm();
        f.committeeId = r.committeeId().value();
        f.title = r.title();
        f.summary = r.summary();
        f.body = r.body();
        f.exempt = r.exempt();
        f.exemptParagraph = r.exemptParagraph();
        f.exemptReason = r.exemptReason();
        f.publicSummary = r.publicSummary();
        f.version = r.version();
        return f;
    }

    ReportDetails details() {
        if (exempt && exemptParagraph == null) {
            // the paragraph's own check names the missing choice
            return new ReportDetails(committeeId, title, summary, body, 0, exemptReason, publicSummary);
        }
        return new ReportDetails(committeeId, title, summary, body, exempt ? exemptParagraph : null, exemptReason,
                publicSummary);
    }

    public Long getCommitteeId() { return committeeId; }
    public void setCommitteeId(Long committeeId) { this.committeeId = committeeId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public boolean isExempt() { return exempt; }
    public void setExempt(boolean exempt) { this.exempt = exempt; }
    public Integer getExemptParagraph() { return exemptParagraph; }
    public void setExemptParagraph(Integer exemptParagraph) { this.exemptParagraph = exemptParagraph; }
    public String getExemptReason() { return exemptReason; }
    public void setExemptReason(String exemptReason) { this.exemptReason = exemptReason; }
    public String getPublicSummary() { return publicSummary; }
    public void setPublicSummary(String publicSummary) { this.publicSummary = publicSummary; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
