package org.scrutineer.forwardplan;

/** What the committee decides on a called-in decision. */
public enum CallInOutcome {
    NO_FURTHER_ACTION("No further action: the decision takes effect"),
    REFERRED_BACK("Referred back to the decision maker with concerns"),
    REFERRED_TO_COUNCIL("Referred to full council");

    private final String label;

    CallInOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
