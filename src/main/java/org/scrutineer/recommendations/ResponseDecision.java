package org.scrutineer.recommendations;

/** The executive's decision on a recommendation. */
public enum ResponseDecision {
    ACCEPTED("Accepted", false),
    PARTIALLY_ACCEPTED("Partially accepted", true),
    REJECTED("Rejected", true),
    DEFERRED("Deferred", true);

    private final String label;
    private final boolean reasonsRequired;

    ResponseDecision(String label, boolean reasonsRequired) {
        this.label = label;
        this.reasonsRequired = reasonsRequired;
    }

    public String label() {
        return label;
    }

    /** Whether the executive must give its reasons (always, except when it accepts in full). */
    public boolean reasonsRequired() {
        return reasonsRequired;
    }

    /** Whether something will be done, so an action, owners and a target date make sense. */
    public boolean actionFollows() {
        return this == ACCEPTED || this == PARTIALLY_ACCEPTED;
    }
}
