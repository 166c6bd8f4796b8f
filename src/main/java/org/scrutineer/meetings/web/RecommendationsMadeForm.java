package org.scrutineer.meetings.web;

import java.util.ArrayList;
import java.util.List;

import org.scrutineer.recommendations.Addressee;
import org.scrutineer.recommendations.RecommendationDetails;

/**
 * The recommendations the committee made on an item at the meeting, one row each. Rows left blank are ignored;
 * without JavaScript, "Add another recommendation" shows the form again with one more row.
 */
public class RecommendationsMadeForm {

    /** Rows the form starts with. */
    static final int ROWS = 3;

    /** The most rows the form grows to. */
    static final int MAX_ROWS = 30;

    private List<Row> recommendations = new ArrayList<>();

    /** A form with blank rows, each under the item's portfolio (when it has one). */
    static RecommendationsMadeForm blank(Long portfolioId) {
        RecommendationsMadeForm f = new RecommendationsMadeForm();
        for (int i = 0; i < ROWS; i++) {
            f.addRow(portfolioId);
        }
        return f;
    }

    /** Adds a blank row (up to the most the form holds). */
    void addRow(Long portfolioId) {
        if (recommendations.size() < MAX_ROWS) {
            Row row = new Row();
            row.portfolioId = portfolioId;
            recommendations.add(row);
        }
    }

    /** The rows with text, and for each its row number on this form (to put problems on the right row). */
    List<RecommendationDetails> made(List<Integer> rows) {
        List<RecommendationDetails> made = new ArrayList<>();
        for (int i = 0; i < recommendations.size(); i++) {
            Row r = recommendations.get(i);
            if (r.text != null && !r.text.isBlank()) {
                made.add(new RecommendationDetails(r.text, r.addressedTo, r.addresseeId, r.partnerBody, r.portfolioId,
                        r.exempt, r.publicSummary));
                rows.add(i);
            }
        }
        return made;
    }

    public List<Row> getRecommendations() { return recommendations; }
    public void setRecommendations(List<Row> recommendations) { this.recommendations = recommendations; }

    /** One recommendation. */
    public static class Row {

        private String text;
        private Addressee addressedTo = Addressee.EXECUTIVE;
        private Long addresseeId;
        private String partnerBody;
        private Long portfolioId;
        private boolean exempt;
        private String publicSummary;

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
    }
}
