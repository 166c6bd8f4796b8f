package org.scrutineer.forwardplan;

/** Where an executive decision stands. */
public enum DecisionState {
    PLANNED("Planned, not yet published"),
    ON_FORWARD_PLAN("On the forward plan"),
    DECIDED("Decided, record not yet published"),
    RECORD_PUBLISHED("Decision published"),
    CALLED_IN("Called in: implementation suspended"),
    REFERRED_BACK("Referred back to the decision maker"),
    REFERRED_TO_COUNCIL("Referred to full council"),
    EFFECTIVE("Effective"),
    WITHDRAWN("Withdrawn");

    private final String label;

    DecisionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the decision has been taken. */
    public boolean decided() {
        return this == DECIDED || this == RECORD_PUBLISHED || this == CALLED_IN || this == REFERRED_BACK
                || this == REFERRED_TO_COUNCIL || this == EFFECTIVE;
    }

    /** Whether the public see it (anything but a draft). */
    public boolean published() {
        return this != PLANNED;
    }
}
