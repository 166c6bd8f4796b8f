package org.scrutineer.recommendations.web;

import java.time.LocalDate;

import org.scrutineer.recommendations.ReviewOutcome;
import org.springframework.format.annotation.DateTimeFormat;

/** The committee's review of a recommendation. */
public class ReviewForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewedOn;
    private ReviewOutcome outcome;
    private String impactNote;

    public LocalDate getReviewedOn() { return reviewedOn; }
    public void setReviewedOn(LocalDate reviewedOn) { this.reviewedOn = reviewedOn; }
    public ReviewOutcome getOutcome() { return outcome; }
    public void setOutcome(ReviewOutcome outcome) { this.outcome = outcome; }
    public String getImpactNote() { return impactNote; }
    public void setImpactNote(String impactNote) { this.impactNote = impactNote; }
}
