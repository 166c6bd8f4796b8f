package org.scrutineer.forwardplan;

/** Where a call-in stands. */
public enum CallInState {
    AWAITING_COMMITTEE("Implementation suspended, awaiting the committee"),
    REFERRED_BACK("Referred back to the decision maker"),
    REFERRED_TO_COUNCIL("Referred to full council"),
    CONCLUDED("Concluded");

    private final String label;

    CallInState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
