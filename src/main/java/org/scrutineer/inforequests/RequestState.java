package org.scrutineer.inforequests;

/** Where an information request stands. */
public enum RequestState {
    RECEIVED("Received"),
    ACKNOWLEDGED("Acknowledged"),
    CLARIFICATION_SOUGHT("Clarification sought (clock stopped)"),
    PROVIDED("Provided"),
    PARTLY_PROVIDED("Partly provided"),
    REFUSED("Refused"),
    WITHDRAWN("Withdrawn");

    private final String label;

    RequestState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the executive still owes a response. */
    public boolean open() {
        return this == RECEIVED || this == ACKNOWLEDGED || this == CLARIFICATION_SOUGHT;
    }

    /** Whether the executive has answered (provided, partly provided or refused). */
    public boolean answered() {
        return this == PROVIDED || this == PARTLY_PROVIDED || this == REFUSED;
    }
}
