package org.scrutineer.attendance;

/** Where a councillor's request to speak on an item stands. */
public enum SpeakingState {
    REQUESTED("Awaiting the chair"),
    GRANTED("Granted"),
    REFUSED("Refused"),
    WITHDRAWN("Withdrawn"),
    LAPSED("Lapsed");

    private final String label;

    SpeakingState(String label) {
        this.label = label;
    }

    /** The label people read. */
    public String label() {
        return label;
    }
}
