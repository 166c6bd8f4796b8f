package org.scrutineer.recommendations;

/** What the committee decides when it reviews a recommendation's progress. */
public enum ReviewOutcome {
    SIGNED_OFF("Signed off as implemented"),
    KEPT_OPEN("Kept open");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
