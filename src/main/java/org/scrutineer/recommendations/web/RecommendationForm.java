package org.scrutineer.recommendations.web;

import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.Recommendation;
import org.scrutineer.recommendations.RecommendationDetails;

/** The form for a recommendation of a draft report. */
public class RecommendationForm {

    private String text;
    private Addressee addressedTo = Addressee.EXECUTIVE;
    private Long addresseeId;
    private String partnerBody;
    private Long portfolioId;
    private boolean exempt;
    private String publicSummary;
    private int version;

    static RecommendationForm of(Recommendation r) {
        RecommendationForm f = new RecommendationForm();
        f.text = r.text();
        f.addressedTo = r.addressedTo();
        f.addresseeId = r.addressee() == null ? null : r.addressee().id();
        f.partnerBody = r.partnerBody();
        f.portfolioId = r.portfolio() == null ? null : r.portfolio().id();
        f.exempt = r.exempt();
        f.publicSummary = r.publicSummary();
        f.version = r.version();
        return f;
    }

    RecommendationDetails details() {
        return new RecommendationDetails(text, addressedTo, addresseeId, partnerBody, portfolioId, exempt,
                publicSummary);
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Addressee getAddressedTo() { return addressedTo; }
    public void setAddressedTo(Addressee addressedTo) { this.addressedTo = addressedTo; }
    public Long getAddresseeId() { return addresseeId; }
    public void setAddresseeId(Long addresseeId) { this.addresseeId = addresseeId; }
    public String getPartnerBody() { return partnerBody; }
    public void setPartnerBody(String partnerBody) { this.partnerBody = partnerBody; }
    public Long getPortfolioId() { return portfolioId; }
    public void setPortfolioId(Long portfolioId) { this.portfolioId = portfolioId; }
    public boolean isExempt() { return exempt; }
    public void setExempt(boolean exempt) { this.exempt = exempt; }
    public String getPublicSummary() { return publicSummary; }
    public void setPublicSummary(String publicSummary) { this.publicSummary = publicSummary; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
