package org.scrutineer.meetings.web;

import java.util.ArrayList;
import java.util.List;

import org.scrutineer.meetings.AgendaItem;
import org.scrutineer.meetings.AgendaItemDetails;
import org.scrutineer.platform.FieldProblem;

/** The form for an agenda item. */
public class AgendaItemForm {

    private String title;
    private String purpose;
    private String aims;
    private String linesOfQuestioning;
    private DateParts aimsAgreedOn = new DateParts();
    private String aimsAgreedWith;
    private String reportText;
    private Long portfolioId;
    private Long directorateId;
    private boolean inPrivate;
    private Integer exemptParagraph;
    private String privateReason;
    private String publicSummary;
    private int version;

    static AgendaItemForm of(AgendaItem i) {
        AgendaItemForm f = new AgendaItemForm();
        f.title = i.title();
        f.purpose = i.purpose();
        f.aims = i.aims();
        f.linesOfQuestioning = i.linesOfQuestioning();
        f.aimsAgreedOn = DateParts.of(i.aimsAgreedOn());
        f.aimsAgreedWith = i.aimsAgreedWith();
        f.reportText = i.reportText();
        f.portfolioId = i.portfolioId();
        f.directorateId = i.directorateId();
        f.inPrivate = i.inPrivate();
        f.exemptParagraph = i.exemptParagraph();
        f.privateReason = i.privateReason();
        f.publicSummary = i.publicSummary();
        f.version = i.version();
        return f;
    }

    AgendaItemDetails details() {
        return new AgendaItemDetails(title, purpose, aims, linesOfQuestioning, aimsAgreedOn.toDate(), aimsAgreedWith,
                reportText, portfolioId, directorateId, inPrivate, exemptParagraph, privateReason, publicSummary);
    }

    /** What was typed but cannot be read. */
    List<FieldProblem> mistyped() {
        List<FieldProblem> p = new ArrayList<>();
        if (aimsAgreedOn.isInvalid()) {
            p.add(new FieldProblem("aimsAgreedOn", "The date the aims were agreed must be a real date, for example 3 11 2026"));
        }
        return p;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getAims() { return aims; }
    public void setAims(String aims) { this.aims = aims; }
    public String getLinesOfQuestioning() { return linesOfQuestioning; }
    public void setLinesOfQuestioning(String linesOfQuestioning) { this.linesOfQuestioning = linesOfQuestioning; }
    public DateParts getAimsAgreedOn() { return aimsAgreedOn; }
    public void setAimsAgreedOn(DateParts aimsAgreedOn) { this.aimsAgreedOn = aimsAgreedOn; }
    public String getAimsAgreedWith() { return aimsAgreedWith; }
    public void setAimsAgreedWith(String aimsAgreedWith) { this.aimsAgreedWith = aimsAgreedWith; }
    public String getReportText() { return reportText; }
    public void setReportText(String reportText) { this.reportText = reportText; }
    public Long getPortfolioId() { return portfolioId; }
    public void setPortfolioId(Long portfolioId) { this.portfolioId = portfolioId; }
    public Long getDirectorateId() { return directorateId; }
    public void setDirectorateId(Long directorateId) { this.directorateId = directorateId; }
    public boolean isInPrivate() { return inPrivate; }
    public void setInPrivate(boolean inPrivate) { this.inPrivate = inPrivate; }
    public Integer getExemptParagraph() { return exemptParagraph; }
    public void setExemptParagraph(Integer exemptParagraph) { this.exemptParagraph = exemptParagraph; }
    public String getPrivateReason() { return privateReason; }
    public void setPrivateReason(String privateReason) { this.privateReason = privateReason; }
    public String getPublicSummary() { return publicSummary; }
    public void setPublicSummary(String publicSummary) { this.publicSummary = publicSummary; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
